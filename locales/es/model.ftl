# Palabras para lo que guarda el modelo: nombres de secciones y métodos, cambios, problemas de un archivo.

## Secciones, métodos, estados, tipos de nota

model-section-mission = Misión
model-section-vision = Visión
model-section-values = Valores fundamentales
model-kind-mission = Misión
model-kind-vision = Visión
model-kind-values = Valores

model-method-dots = Votación con puntos
model-method-rating = Calificación
model-method-ranking = Clasificación
model-method-tally = Conteo de manos

model-status-draft = Borrador
model-status-open = Abierta
model-status-closed = Cerrada
model-status-revealed = Revelada

model-note-strength = Fortaleza
model-note-concern = Preocupación
model-note-idea = Idea
model-note-question = Pregunta
model-notes-strength = Fortalezas
model-notes-concern = Preocupaciones
model-notes-idea = Ideas
model-notes-question = Preguntas

model-about-general = General
model-about-parking-lot = Estacionamiento de ideas

## Cambios, como los nombra el menú de deshacer

model-edit-details = cambiar los datos de la sesión
model-edit-add-note = agregar la nota { $text }
model-edit-edit-note = editar la nota { $text }
model-edit-delete-note = eliminar la nota { $text }
model-edit-restore-note = restaurar la nota { $text }
model-edit-add-action = agregar la acción { $text }
model-edit-edit-action = editar la acción { $text }
model-edit-delete-action = eliminar la acción { $text }
model-edit-restore-action = restaurar la acción { $text }
model-edit-add-poll = agregar la votación { $poll }
model-edit-change-poll = cambiar la votación { $poll }
model-edit-delete-poll = eliminar la votación { $poll }
model-edit-restore-poll = restaurar la votación { $poll }
model-edit-poll-draft = volver a borrador la votación { $poll }
model-edit-poll-open = abrir la votación { $poll }
model-edit-poll-close = cerrar la votación { $poll }
model-edit-poll-reveal = revelar la votación { $poll }
model-edit-ballot = voto en { $poll }
model-edit-remove-ballot = quitar un voto de { $poll }
model-edit-restore-ballot = restaurar un voto en { $poll }
model-edit-merge-in = combinar { $from }
model-edit-tally = conteo de { $count } para { $item } en { $poll }

## Por qué no se aplicó un cambio

model-error-no-note = no hay ninguna nota con el id { $id }
model-error-no-action = no hay ninguna acción con el id { $id }
model-error-no-poll = no hay ninguna votación con el id { $id }
model-error-no-ballot = la votación no tiene ningún voto con el id { $id }
model-error-no-item = "{ $item }" no es un elemento del marco
model-error-id-used = el id { $id } ya está en uso
model-error-empty-id = el id está vacío
model-error-empty-text = el texto está vacío
model-error-empty-title = la sesión necesita un título
model-error-poll-not-open = la votación está { $status }: solo se reciben votos mientras está abierta
model-error-ballot = voto rechazado: { $reason }
model-error-bad-transition = una votación no puede pasar de { $from } a { $to }
model-error-has-ballots = la votación ya tiene votos, así que no puede volver a borrador
model-error-settings-locked = los elementos y el método de la votación quedan fijos en cuanto hay votos; solo se puede aumentar la cantidad de puntos
model-error-poll-not-fresh = una votación nueva empieza como borrador y sin votos
model-error-not-tally = solo las votaciones de conteo de manos aceptan conteos escritos
model-error-read-only = esta sesión está abierta solo para lectura: otro Plaza la tiene abierta, o no se pudo bloquear
model-error-merge-removes = combinar solo agrega: no puede cambiar ni quitar { $what } de la sesión
model-error-offered-by-poll = la votación "{ $poll }" la ofrece como opción; hay que eliminar primero la votación, o conservarla
model-error-in-theme = está en el tema "{ $theme }"; primero hay que sacarla del tema
model-error-in-two-themes = la nota { $note } quedaría en dos temas; una nota está en un tema como máximo
model-error-framework-loses = un cambio al marco conserva todas las notas y acciones
model-error-merge-breaks = la combinación dejaría la sesión incoherente ({ $reason })
model-error-tally-while-draft = hay que abrir la votación antes de escribir conteos

# El estado de una votación dentro de una frase ("la votación está cerrada").
model-state-draft = en borrador
model-state-open = abierta
model-state-closed = cerrada
model-state-revealed = revelada

## Por qué no se puede contar un voto, y por qué los ajustes de una votación no tienen sentido

model-ballot-wrong-method = esta es una votación de { $poll } pero el voto contiene { $ballot }
model-ballot-method-dots = puntos
model-ballot-method-rating = calificación
model-ballot-method-ranking = clasificación
model-ballot-method-tally = conteo de manos
model-ballot-holds-dots = puntos
model-ballot-holds-ratings = calificaciones
model-ballot-holds-ranking = una clasificación
model-ballot-tally = una votación de conteo de manos recibe conteos del facilitador, no votos
model-ballot-empty = el voto está vacío
model-ballot-not-on-poll = "{ $item }" no está en esta votación
model-ballot-over-budget = { $given } puntos, pero el máximo es { $budget }
model-ballot-over-cap = { $given } puntos en "{ $item }", pero en un elemento caben como máximo { $cap }
model-ballot-off-scale = { $score } para "{ $item }" está fuera de la escala { $min }–{ $max }
model-ballot-ranked-twice = "{ $item }" está clasificado dos veces
model-settings-no-items = la votación no tiene elementos
model-settings-duplicate = "{ $item }" está dos veces en la votación
model-settings-bad-cap = el máximo por elemento ({ $cap }) debe estar entre 1 y la cantidad de puntos ({ $budget })
model-settings-bad-scale = la escala de calificación { $min }–{ $max } debe ir de un número menor a uno mayor, con 101 puntos como máximo

## Qué está mal en un archivo de sesión, y dónde

model-problem = { $place }: { $problem }
model-place-session = sesión
model-place-item = marco: elemento de { $kind } "{ $label }"
model-place-note = nota { $id }
model-place-action = acción { $id }
model-place-theme = tema "{ $title }"
model-place-poll = votación "{ $poll }"
model-place-ballot = votación "{ $poll }": voto { $ballot }
model-problem-empty-id = el id está vacío
model-problem-duplicate-id = el id { $id } se usa dos veces
model-problem-about-no-item = trata de "{ $id }", que no es un elemento del marco
model-problem-no-title = no tiene título
model-problem-missing-note = su nota { $note } no existe
model-problem-note-in-two-themes = su nota { $note } también está en otro tema; una nota está en un tema como máximo
model-problem-not-a-choice = "{ $item }" no es un elemento del marco, ni una nota, ni una acción, ni un tema
model-problem-count-not-on-poll = un conteo para "{ $item }", que no está en la votación
model-problem-counts-not-tally = conteos escritos en una votación que no es de conteo de manos
model-problem-draft-has-ballots = una votación en borrador tiene votos

## Líneas de una declaración que no encontraron lugar en el marco

model-unplaced = línea { $line }: "{ $text }": { $reason }
model-unplaced-second-mission = una segunda sección de misión; solo se importa la primera
model-unplaced-second-vision = una segunda sección de visión; solo se importa la primera
model-unplaced-second-values = una segunda sección de valores; solo se importa la primera
model-unplaced-extra = una sección después de la misión, la visión y los valores; un marco solo tiene esas tres
model-unplaced-no-items = no la sigue ninguna viñeta, así que no introduce ningún elemento
model-unplaced-empty-bullet = una viñeta sin palabras

## Archivos que no se pudieron leer ni escribir

model-store-read = no se puede leer { $path }: { $reason }
model-store-decode = { $path }: { $reason }
model-store-decode-syntax = { $path }:{ $reason }
model-store-write = no se puede guardar { $path }: { $reason }. El archivo en el disco no cambió.
model-store-locked = { $path } está abierto en otro Plaza ({ $holder }), así que se abrió solo para lectura: los cambios aquí no se pueden guardar
model-store-exists = { $path } ya existe, y Plaza nunca escribe sobre un archivo que no creó: hay que elegir otro nombre
model-store-report = no se pudo escribir { $path }: { $reason }. No se cambió nada
model-store-is-session = { $path } es una sesión de Plaza; un informe nunca reemplaza una sesión: hay que elegir otro archivo
model-store-not-framework = { $path } no es un marco que Plaza pueda usar: { $reason }
model-store-no-folder = no se encuentra una carpeta para las sesiones nuevas: { $reason }
model-store-locked-short = otro Plaza la tiene abierta ({ $holder })
model-store-saver-stopped = el guardado automático se detuvo; con Guardar como… se conserva el trabajo
model-store-stale-temp-files = No se pudieron quitar los archivos temporales que un guardado interrumpido dejó junto a { $path } ({ $reason }); ocupan espacio pero no causan problemas.
model-decode-syntax = { $line }:{ $column }: { $reason }
model-decode-newer = lo escribió una versión más nueva de Plaza (formato de archivo { $found }; este programa lee los formatos 1 a { $newest }). Hay que abrirlo con un Plaza más nuevo. El archivo no cambió.
model-decode-extensions = activa extensiones de RON (#![enable(…)]), que los archivos de sesión de Plaza nunca usan: no es una sesión de Plaza
model-decode-unknown-version = la versión { $found } del formato de archivo no existe; la primera versión es la 1
model-decode-empty = el archivo está vacío
model-decode-not-session = no es una sesión de Plaza: contiene otra cosa (las sesiones de Plaza son los archivos .ron que guarda)

## Por qué no se pudo importar una declaración

model-import-empty = la declaración está vacía: se esperaba un título y, para la misión, la visión y los valores, una línea que presente sus elementos, con los elementos como viñetas (•, -, *, 1., a))
model-import-no-bullets = la declaración no tiene viñetas, así que no tiene elementos que importar: se esperaba cada compromiso de la misión, meta de la visión y valor en su propia línea, empezando con •, -, *, –, 1., 1) o a)
model-import-nothing-placed = todas las viñetas de la declaración están vacías: se esperaban palabras después de cada •, -, *, –, 1., 1) o a)
model-import-not-utf8 = la declaración no es texto UTF-8 (la línea { $line } no lo es): se esperaba un archivo de texto simple .txt o .md guardado como UTF-8
model-import-binary = la declaración contiene datos binarios (línea { $line }), no texto: se esperaba un archivo de texto simple .txt o .md; primero hay que guardar un documento de procesador de textos como texto simple
model-import-too-large = la declaración tiene { $bytes } bytes, más que el 1 MiB (1048576 bytes) que puede tener una declaración: se esperaba la misión, la visión y los valores de la organización como texto simple
