# app: los menús, la línea de mensajes, los archivos y sus diálogos, la pantalla de inicio

app-window-title = Plaza

## Menús

menu-session = Sesión
menu-session-new = Nueva
menu-session-new-from = Nueva sesión a partir de…
menu-session-new-from-hover = La declaración propia de una organización, una plantilla o el marco de una sesión reciente
menu-session-open = Abrir…
menu-session-save-as = Guardar como…
menu-session-export = Exportar informe en inglés…
menu-session-export-hover = HTML, Markdown, CSV o JSON: lo decide la extensión del archivo
menu-session-export-in = Exportar informe en { $language }…
menu-session-export-in-hover = El mismo informe con las palabras de Plaza, y las del marco donde está traducido, en { $language }
menu-session-compare = Comparar con…
menu-session-compare-hover = El retiro del año pasado, por ejemplo: qué cambió, elemento por elemento
menu-session-merge = Combinar con…
menu-session-merge-hover = Reúne las notas, acciones y votos de la sesión de la laptop de un grupo de trabajo
menu-session-recent = Recientes
menu-recent-none = Todavía no hay otras sesiones
menu-view = Ver
menu-view-console = Consola: conducir la sesión
menu-view-review = Revisión: lo que se dijo y se decidió
menu-view-language = Idioma
menu-view-projector-language = Idioma del proyector
projector-language-same = El mismo que la consola
projector-language-both = { $first }, con { $second } debajo
menu-edit = Editar
menu-edit-undo = Deshacer
menu-edit-redo = Rehacer
app-undo-label = Deshacer: { $change }
app-redo-label = Rehacer: { $change }

## La línea de mensajes

app-question-keep = Conservarlo
app-question-undo-ballot = Deshacer el voto
app-question-undo-ballot-why = El último cambio es un voto emitido en la cabina de votación, y a la persona se le dijo que quedó registrado. ¿Deshacerlo?
app-open-backup-copy = Abrir una copia del respaldo
app-dismiss = Descartar
app-failed = { $what }: { $why }
app-undone = Deshecho: { $change }
app-redone = Rehecho: { $change }
app-not-undone = No se deshizo: { $why }; se votó desde teléfonos. En su lugar, cerrar la votación.
app-change-not-made = Ese cambio no se hizo
app-title-not-changed = El título no se cambió
app-phones-unreachable = Esta laptop no está en ninguna red a la que lleguen los teléfonos: conectarla al Wi-Fi del lugar o activar su punto de acceso, y luego volver a marcar que los teléfonos pueden votar.
app-phones-cannot-vote = Los teléfonos no pueden votar: { $why }
app-phones-cannot-listen = no se puede escuchar en { $address }: { $reason }
app-phones-server-not-started = el servidor de votación no pudo arrancar: { $reason }
app-phones-read-only = la sesión es de solo lectura ({ $why })
app-poll-default-question = ¿Cuál de estas deberíamos atender primero?
app-poll-not-made = La votación no se creó
app-no-file-dialog = No se pudo abrir ningún diálogo de archivos

## Archivos

app-copy-file-name = { $stem }-copia.ron
app-new-file-name = sesion.ron
app-report-file-name = { $stem }-informe.html
app-report-file-stem = sesion
app-recent-not-kept = La lista de sesiones recientes no se guardó para la próxima vez
app-backup-opened = Se abrió el respaldo de { $path }, copiado en { $copy }; el archivo dañado quedó como estaba
app-backup-not-opened = El respaldo no se abrió
app-builtin-framework = El marco incluido en Plaza
app-session-not-created = La nueva sesión no se creó
app-copy-not-saved = No se pudo guardar una copia
app-report-saved = Informe { $format } guardado en { $path }
app-report-not-saved = El informe no se guardó
app-template-not-saved = La plantilla no se guardó
app-no-data-folder = esta computadora no tiene una carpeta para los datos de Plaza
app-template-saved = El marco se guardó como plantilla: { $path }
app-not-read = No se leyó
app-already-open = esa es la sesión que ya está abierta: elegir otro archivo de sesión
app-not-merged = No se combinó
app-has-problems = { $file } tiene { $count ->
    [one] 1 problema
   *[other] { $count } problemas
  } (el primero: { $first }); plaza validate los enumera todos: hay que corregirlos primero
app-could-not-read-session = No se pudo leer esa sesión
app-merge-not-made = La combinación no se hizo
app-merged = Se combinó { $name } (agrega { $added }). Deshacer (Ctrl+Z) revierte la combinación.
app-origin-recent = el marco de “{ $title }”
app-origin-template = plantilla { $file }

## Una sesión que no se abrió

app-failure-the-session = La sesión
app-failure-not-a-session = { $name } no es una sesión de Plaza
app-failure-not-a-session-detail = Plaza abre los archivos de sesión que guarda (.ron). Este archivo contiene otra cosa, así que no se leyó ni se cambió nada de él.
app-failure-not-text-detail = Plaza abre los archivos de sesión que guarda (.ron). Este archivo ni siquiera es texto, así que no se leyó ni se cambió nada de él.
app-failure-newer = { $name } se guardó con una versión más nueva de Plaza
app-failure-damaged = { $name } tiene daños
app-failure-damaged-detail = Plaza no pudo leerlo ({ $why }). El archivo no se cambió.
app-failure-missing = { $name } no está
app-failure-missing-detail = Puede que se haya movido, cambiado de nombre o borrado, o que esté en una unidad que no está conectada.
app-failure-unreadable = No se pudo leer { $name }
app-failure-unopened = No se pudo abrir { $name }
app-failure-sentence = { $headline }. { $detail }
app-failure-backup-beside = Junto a él hay un respaldo: { $name }.

## Diálogos de archivos, y la ruta escrita donde no los hay

app-filter-session = Sesión de Plaza
app-filter-html = Página web (HTML)
app-filter-markdown = Markdown
app-filter-csv = Hoja de cálculo (CSV, las notas)
app-filter-json = JSON
app-path-title-open = Abrir una sesión
app-path-title-save-as = Guardar una copia como
app-path-title-export = Exportar un informe
app-path-title-compare = Comparar con otra sesión
app-path-title-merge = Combinar con otra sesión
app-path-button-open = Abrir
app-path-button-save-as = Guardar
app-path-button-export = Exportar
app-path-button-compare = Comparar
app-path-button-merge = Combinar
app-path-empty-open = Falta la ruta de la sesión que se abrirá.
app-path-empty-save-as = Falta la ruta de la copia que se guardará.
app-path-empty-export = Falta la ruta del informe que se escribirá.
app-path-empty-compare = Falta la ruta de la sesión con la que se comparará.
app-path-empty-merge = Falta la ruta de la sesión que se combinará.
app-path-folder-to-read = “{ $path }” es una carpeta: falta el nombre de un archivo de sesión dentro de ella (Tab completa).
app-path-no-file = No hay ningún archivo en “{ $path }”.
app-path-folder-to-write = “{ $path }” es una carpeta: falta un nombre para el archivo.
app-path-exists = Ya hay un archivo en “{ $path }”: una copia nunca lo reemplaza. Elegir otro nombre.
app-path-no-folder = No existe la carpeta “{ $path }”.
app-path-not-a-file = “{ $path }” no es la ruta de un archivo.
app-path-no-chooser = Esta computadora no tiene selector de archivos (ni portal de escritorio ni zenity): hay que escribir la ruta del archivo.
app-path-chooser-failed = El selector de archivos del sistema no se abrió: hay que escribir la ruta del archivo.
app-path-example = /home/usuario/retiro.ron
app-path-label = Ruta
app-path-no-matches = Aquí no hay archivos ni carpetas que coincidan.
app-path-more = y { $count } más: escribir más del nombre
app-path-hint-export = La terminación del nombre decide el formato: .html, .md, .csv o .json. Tab completa.
app-path-hint = Tab completa un nombre; ~ es la carpeta personal.
app-cancel = Cancelar

## El estado de guardado junto al título

app-state-read-only = Solo lectura: { $reason }
app-state-not-saved = Sin guardar: { $why }
app-state-saving = Guardando…
app-state-saved-at = Guardado a las { $time }
app-state-saved = Guardado
app-read-only = Solo lectura
app-save-copy-as = Guardar una copia como…
app-save-copy-as-hover = Una copia de esta sesión en un archivo nuevo, que se abre aquí para trabajar en ella
app-read-only-why = { $reason }: aquí no se puede cambiar nada. En una copia, sí.

## Temas de color

app-theme-dark = Oscuro
app-theme-light = Claro
app-theme-high-contrast = Alto contraste

## La pantalla de inicio, y una sesión que no se abrió

landing-title = Plaza
landing-tagline = Presentar la misión, la visión y los valores de la organización; recoger lo que dice la sala; votar en la pantalla compartida.
landing-new-session = Nueva sesión
landing-new-session-hint = Con el marco incluido, guardada en la carpeta de sesiones de Plaza
landing-open-hint = Un archivo de sesión (.ron) que guardó Plaza
landing-open-another = Abrir otro…
landing-backup-still-there = Su respaldo sigue ahí: { $name }.
landing-backup-reads = Su respaldo, del guardado anterior, se puede leer: { $name }.
landing-open-backup-hover = Copia el respaldo a un archivo nuevo junto a él y abre ese; no se sobrescribe nada
landing-recent = Sesiones recientes
landing-recent-none = Ninguna todavía: las sesiones aparecen aquí una vez que se han abierto.
landing-recent-unreadable = no se puede leer
landing-recent-missing = no se encontró: se movió o se borró

## Nueva sesión a partir de…

landing-new-from-choose = Elegir de dónde viene el marco.
landing-new-from-paste-first = Pegar la declaración de la organización: su misión, su visión y sus valores, cada elemento en su propia línea, empezando con una viñeta (•, -, * o 1.).
landing-new-from-title = Título de la sesión
landing-new-from-title-example = Retiro de planeación estratégica
landing-new-from-create = Crear sesión
landing-new-from-start = Empezar a partir de
landing-new-from-pasted = La declaración de la organización, pegada
landing-new-from-statement = Declaración
landing-new-from-statement-example = Nuestra misión es…{ "\u000A" }• SERVIR a cada paciente…{ "\u000A" }{ "\u000A" }Nuestros valores:{ "\u000A" }• RESPETO — …
landing-new-from-slides = Las diapositivas que genera
landing-new-from-unplaced = Sin ubicar ({ $count ->
    [one] 1 línea
   *[other] { $count } líneas
  })
landing-new-from-section-empty = { $section }: ninguno (se omiten sus diapositivas)
landing-new-from-section = { $section } ({ $count ->
    [one] 1 elemento
   *[other] { $count } elementos
  })
landing-new-from-item-id = id: { $id }
