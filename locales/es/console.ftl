# console: los paneles del facilitador

## Las pestañas del área de trabajo, deshacer y rehacer
console-tab-notes = Notas
console-tab-actions = Acciones
console-tab-polls = Votaciones
console-tab-framework = Marco
console-undo = Deshacer
console-undo-nothing = Nada que deshacer
console-redo = Rehacer
console-redo-nothing = Nada que rehacer

## La barra de la sesión y los controles del proyector
console-session-caption = Sesión
console-session-title-hint = Título de la sesión
console-details-button = Detalles…
console-details-button-hover = Título, día, lugar, facilitadores
console-spotlight-end = Quitar foco (Esc)
console-spotlight-on = En foco: “{ $note }”
console-save-retry = Reintentar
console-save-as = Guardar como…
console-projector-open = Proyectar (F5)
console-projector-is-open = El proyector está abierto
console-projector-screen = Proyector en
console-screen-window = Una ventana
console-screen-full = Pantalla { $number } (completa)
console-projector-theme = Colores del proyector
console-projector-blanked = Proyector en negro (B)
console-preview-caption = En el proyector:

## La lista de diapositivas
console-slides-place = Diapositiva { $number } de { $count }
console-slides-next = Sigue: { $slide }
console-slides-next-none = Sigue: nada, esta es la última diapositiva
console-notes-count = { $count ->
    [one] 1 nota
   *[other] { $count } notas
}


## Palabras que comparten todos los paneles
console-save = Guardar
console-cancel = Cancelar
console-delete = Eliminar
console-keep-it = Conservar
console-previous-page = Página anterior
console-next-page = Página siguiente
console-page-of = Página { $page } de { $pages }
console-clicker-turns-pages = (el control remoto también pasa las páginas)

## El panel de notas
console-notes-about = Notas sobre
console-notes-show-wall = Mostrar en el muro
console-notes-show-wall-hover = Poner estas notas en el proyector como tarjetas
console-notes-group = Grupo
console-notes-group-hint = Mesa 3
console-notes-new = Nueva nota
console-notes-entry-hint = { $kind ->
    [concern] Una preocupación
    [idea] Una idea
    [question] Una pregunta
   *[strength] Una fortaleza
} sobre { $about }; Enter la agrega
console-notes-count-shown = { $shown } de { $count ->
    [one] 1 nota
   *[other] { $count } notas
}
console-notes-selected = · { $count ->
    [one] 1 seleccionada
   *[other] { $count } seleccionadas
}
console-notes-clear-selection = Quitar selección
console-notes-vote = Votar sobre estas ({ $count })
console-notes-vote-listed-hover = Una votación cuyas opciones son las notas de la lista, preparada en la pestaña Votaciones
console-notes-vote-selected-hover = Una votación cuyas opciones son las notas seleccionadas, preparada en la pestaña Votaciones
console-notes-vote-disabled-hover = Seleccionar o filtrar entre 2 y { $most } notas (Ctrl+clic, Mayús+clic, o filtro por palabras, grupo o tipo)
console-notes-listing-theme = Tema en la lista
console-notes-list-all = Ver todas las notas
console-notes-find = Buscar
console-notes-find-hint = palabras
console-notes-in-group = En el grupo
console-notes-in-group-hint = cualquiera
console-notes-kind = Tipo
console-notes-kind-any = Cualquiera
console-notes-all-items = Todos los elementos
console-notes-editing = Editando esta nota
console-notes-text = Texto
console-notes-edit-about = Sobre
console-notes-spotlight = Enfocar
console-notes-spotlight-hover = Mostrar solo esta nota en el proyector (Esc la quita)
console-notes-out-of-theme = Sacar del tema
console-notes-out-of-theme-hover = Sacar esta nota de su tema; sigue siendo una nota
console-notes-edit = Editar nota
console-notes-row-hover = Ctrl+clic o Mayús+clic para seleccionar varias
console-notes-name-group = Nombrar al grupo
console-notes-name-group-hover = Mostrar quién lo dijo (“— Mesa 3”) bajo una nota en foco

## Los controles del muro de notas
console-wall-heading = Muro de notas
console-wall-shows = El muro muestra
console-wall-all-by-item = Todas las notas, por elemento
console-wall-all-themes-first = Todas las notas: temas, luego por elemento

## Los temas en el panel de notas
console-themes-group = Agrupar como tema ({ $count })
console-themes-group-hover = Reunir estas notas bajo un título, como en un muro de notas adhesivas
console-themes-group-disabled-hover = Seleccionar notas (Ctrl+clic, Mayús+clic) o filtrarlas (por palabras, grupo o tipo)
console-themes-theme = Tema
console-themes-theme-hint = lo que estas notas comparten
console-themes-group-notes = Agrupar { $count ->
    [one] 1 nota
   *[other] { $count } notas
}
console-themes-header = Temas ({ $count })
console-themes-vote = Votar sobre los temas ({ $count })
console-themes-vote-hover = Una votación cuyas opciones son los temas, preparada en la pestaña Votaciones
console-themes-new-title = Nuevo título
console-themes-save-title = Guardar título
console-themes-list = Listar
console-themes-list-hover = Ver solo las notas de este tema
console-themes-rename = Renombrar
console-themes-dissolve = Disolver
console-themes-dissolve-hover = Sus notas se quedan, sin tema
console-themes-add-to = Agregar al tema ({ $count })
console-themes-take-out = Sacar del tema ({ $count })
console-themes-take-out-hover = Las notas se quedan, sin tema
console-themes-merge-into = Combinar con…
console-themes-merge-into-hover = Pasar las notas de este tema a otro tema; este desaparece

## Las acciones
console-actions-new = Nueva acción
console-actions-editing = Editar acción
console-actions-what = Qué
console-actions-what-hint = Publicar el panel de contrataciones
console-actions-what-missing = Primero hay que escribir qué se va a hacer.
console-actions-owner = Responsable
console-actions-owner-hint = Jefatura de RR. HH.
console-actions-due = Fecha límite
console-actions-due-hint = La fecha límite puede quedar vacía; se escribe como 2027-02-01 o 01/02/2027.
console-actions-due-not-a-date = “{ $typed }” no es una fecha. Se escribe como 2027-02-01, o se deja vacía.
console-actions-about = Sobre
console-actions-add = Agregar acción
console-actions-count = { $count ->
    [one] 1 acción
   *[other] { $count } acciones
}, { $open ->
    [one] 1 pendiente
   *[other] { $open } pendientes
}
console-actions-done = Hecha
console-actions-edit = Editar acción
console-actions-due-on = vence el { $date }

## Los detalles de la sesión
console-details-heading = Detalles de la sesión
console-details-title = Título
console-details-day = Día
console-details-not-a-date-yet = todavía no es una fecha
console-details-venue = Lugar
console-details-venue-hint = dónde se lleva a cabo
console-details-facilitators = Facilitadores
console-details-facilitators-hint = un nombre por línea
console-details-rule = El título y el día encabezan la diapositiva de título y cada informe.
console-details-no-title = La sesión necesita un título: encabeza la diapositiva de título y cada informe.
console-details-not-a-date = “{ $typed }” no es una fecha. Se escribe como 2026-11-19 o 19/11/2026.

## El temporizador
console-timer = Temporizador
console-timer-minutes = { $minutes } min
console-timer-custom = Otro
console-timer-custom-hint = mm:ss
console-timer-set = Fijar
console-timer-not-a-length = “{ $typed }” no es una duración: se escriben minutos, como 7 o 2:30 (hasta 3 horas)
console-timer-start = Iniciar
console-timer-pause = Pausar
console-timer-add-minute = +1 min
console-timer-reset = Reiniciar
console-timer-hide = Ocultar

## El editor del marco
console-framework-intro = El enunciado de la organización tal como lo muestran las diapositivas. Un cambio llega al proyector al salir del campo (Enter o Tab) y Ctrl+Z lo revierte; las notas, acciones y votaciones siguen apuntando a los mismos elementos.
console-framework-save-template = Guardar como plantilla
console-framework-save-template-hover = Conservar este marco para empezar desde él el próximo retiro de otra organización
console-framework-title = Título
console-framework-section = { $section } ({ $count ->
    [one] 1 elemento
   *[other] { $count } elementos
})
console-framework-called = Nombre
console-framework-called-default = { $label } (el predeterminado)
console-framework-intro-caption = Introducción
console-framework-heading = Encabezado
console-framework-text = Texto
console-framework-retired = { $item }: retirado, se conserva para los resultados de las votaciones que lo ofrecieron
console-framework-add-item = Agregar un elemento
console-framework-move-up = Subir
console-framework-move-down = Bajar
console-framework-remove = Quitar…
console-framework-remove-it = Quitarlo
console-framework-uses-notes = { $count ->
    [one] 1 nota
   *[other] { $count } notas
}
console-framework-uses-actions = { $count ->
    [one] 1 acción
   *[other] { $count } acciones
}
console-framework-uses-both = { $notes } y { $actions }
console-framework-has = { $item } tiene { $has }
console-framework-on-polls = { $item } está en { $polls ->
    [one] 1 votación
   *[other] { $polls } votaciones
}
console-framework-has-and-on-polls = { $item } tiene { $has } y está en { $polls ->
    [one] 1 votación
   *[other] { $polls } votaciones
}
console-framework-remove-ask = { $uses }. ¿Quitarlo? Sus notas pasan a pendientes y sus acciones a general. Ctrl+Z lo recupera todo.
console-framework-remove-ask-polls = { $uses }. ¿Quitarlo? Sus notas pasan a pendientes y sus acciones a general; las votaciones conservan sus resultados (el elemento queda retirado). Ctrl+Z lo recupera todo.

## El panel de votaciones
console-poll-draft = BORRADOR
console-poll-open = ABIERTA
console-poll-closed = CERRADA
console-poll-revealed = REVELADA
console-poll-draft-meaning = en preparación
console-poll-open-meaning = votando ahora
console-poll-closed-meaning = resultados ocultos
console-poll-revealed-meaning = resultados a la vista
console-polls-new = Nueva votación
console-polls-default-question = ¿Qué valores necesitan más atención el próximo año?
console-polls-count = { $count ->
    [one] 1 votación
   *[other] { $count } votaciones
}
console-polls-none = Aún no hay votaciones. “Nueva votación” inicia una sobre los seis valores fundamentales.
console-polls-ballots-cast = { $count ->
    [one] 1 voto emitido
   *[other] { $count } votos emitidos
}
console-polls-ballots-cast-sources = { $count ->
    [one] 1 voto emitido
   *[other] { $count } votos emitidos
} ({ $booth } en la cabina de votación, { $phones ->
    [one] 1 en un teléfono
   *[other] { $phones } en teléfonos
})
console-polls-results = Resultados
console-polls-results-hidden = Resultados (solo en esta pantalla hasta revelarlos)
console-polls-delete-ask = ¿Eliminar { $ballots ->
    [0] esta votación
    [one] esta votación y su único voto
   *[other] esta votación y sus { $ballots } votos
}? Deshacer (Ctrl+Z) la recupera.
console-polls-delete = Eliminar votación
console-polls-delete-ellipsis = Eliminar votación…
console-polls-act-on-header = Crear una acción a partir de un resultado
console-polls-act-on = Crear una acción

## La vida y los ajustes de una votación
console-poll-open-voting = Abrir votación
console-poll-close-voting = Cerrar votación
console-poll-booth-here = Cabina de votación en esta laptop
console-poll-booth-here-leave = Quitar la cabina de votación de esta laptop
console-poll-booth-here-hover = Pasar la laptop de mano en mano: solo muestra el voto hasta salir
console-poll-back-to-draft = Volver a borrador
console-poll-reveal = Revelar resultados
console-poll-reopen = Reabrir votación
console-poll-show-results = Mostrar resultados
console-poll-show = Mostrar en el proyector
console-poll-show-hover = Poner la diapositiva de esta votación; el salón aún no la ha visto
console-poll-no-items = Ningún elemento marcado: una votación necesita al menos uno para abrirse.
console-poll-question = Pregunta
console-poll-method = Método
console-poll-items = Elementos de la votación ({ $count })
console-poll-items-add = Agregar
console-poll-items-values = Valores fundamentales
console-poll-items-vision = Metas de la visión
console-poll-items-mission = Misión
console-poll-items-add-hover = Marcar todos los elementos de esta sección, sin desmarcar los que ya están
console-poll-items-add-disabled-hover = Toda esta sección ya está en la votación
console-poll-items-clear = Desmarcar todo
console-poll-dots-per-person = Puntos por persona
console-poll-dots-cap = Máximo en una opción
console-poll-scale-from = Escala de
console-poll-scale-to = a
console-poll-scale-low = Lo más bajo significa
console-poll-scale-high = Lo más alto significa
console-poll-scale-low-hint = Nada
console-poll-scale-high-hint = Totalmente
console-poll-ranking-rule = Cada persona ordena los elementos; puede clasificar solo algunos. Puntos: n − lugar + 1.
console-poll-tally-rule = Se escribe un conteo por elemento (manos levantadas, puntos en papel).
console-poll-dots-none = Cada persona necesita al menos 1 punto: no se aceptó 0.
console-poll-dots-too-many = Como máximo { $most } puntos por persona: no se aceptó { $asked }.
console-poll-dots-only-up = Ya hay votos: los puntos por persona solo pueden subir desde { $budget }, para que todos los votos sigan contando; no se aceptó { $asked }.
console-poll-dots-cap-followed = “Máximo en una opción” bajó a { $asked }, los nuevos puntos por persona.
console-poll-dots-cap-none = “Máximo en una opción” debe ser al menos 1: no se aceptó 0.
console-poll-dots-cap-too-many = “Máximo en una opción” no puede superar { $budget ->
    [one] el único punto
   *[other] los { $budget } puntos
} por persona: no se aceptó { $asked }.
console-poll-scale-upside-down = La escala debe ir de un número menor a uno mayor: no se aceptó de { $low } a { $high }.
console-poll-scale-too-long = Una escala tiene como máximo { $most } puntos: no se aceptó de { $low } a { $high }.
console-poll-rule-open = Los elementos y el método pueden cambiar hasta el primer voto.
console-poll-rule-tally-open = Los elementos y el método pueden cambiar hasta el primer conteo.
console-poll-rule-fixed = Ya hay votos: los elementos y el método quedan fijos.
console-poll-rule-tally-fixed = Ya hay conteos: los elementos y el método quedan fijos.
console-poll-rule-dots-fixed = Ya hay votos: los elementos y el método quedan fijos; los puntos por persona aún pueden subir.
console-tally-counts = Conteos

## Los votos emitidos
console-ballots-header = Votos ({ $count })
console-ballots-intro = Los más recientes primero. Quitar uno solo si se emitió por error.
console-ballots-phone = teléfono
console-ballots-remove-ask = ¿Quitar este voto? Ya no contará.
console-ballots-remove = Quitar voto
console-ballots-remove-number = Quitar voto n.º { $number }…
console-ballots-ranked = { $place }.º { $choice }

## Votar con teléfonos
console-phones-can-vote = Los teléfonos pueden votar
console-phones-can-vote-hover = Los teléfonos en el Wi-Fi del salón abren la dirección de la pantalla de la cabina de votación y escriben el código; no hace falta internet. Se detiene al cerrar la votación.
console-phones-open = Los teléfonos abren
console-phones-with-code = con el código de acceso
console-phones-ballots = · { $count ->
    [one] 1 voto
   *[other] { $count } votos
} en teléfonos
console-phones-on = en
console-phones-every-network = todas las redes
console-phones-network-hover = Qué red de la laptop usan los teléfonos: el Wi-Fi del lugar o el punto de acceso de la propia laptop

## Las palabras del propio salón en una votación
console-room-choices = Agregar una nota, un tema o una acción…
console-room-choices-hover = Ofrecer en esta votación las propias palabras del salón
console-room-choices-more-themes = { $count ->
    [one] 1 tema más
   *[other] { $count } temas más
}: escribir palabras para encontrarlos
console-room-choices-more-actions = { $count ->
    [one] 1 acción más
   *[other] { $count } acciones más
}: escribir palabras para encontrarlas
console-room-choices-more-notes = { $count ->
    [one] 1 nota más
   *[other] { $count } notas más
}: escribir palabras para encontrarlas
console-choice-item = Elemento
console-choice-note = Nota
console-choice-action = Acción
console-choice-theme = Tema

## El marco en otro idioma
console-framework-words = Palabras:
console-framework-words-own = Las de la organización
console-framework-words-in = En { $language }
console-translation-intro = El marco en { $language }: cada campo vacío muestra las palabras de la organización, y las diapositivas las muestran hasta que se escribe una traducción. El proyector muestra estas palabras cuando habla { $language } (Idioma del proyector, en el menú Ver).
console-translation-paste-header = Pegar la declaración en { $language }…
console-translation-paste-hint = La declaración completa en { $language }, como para un marco nuevo: sus secciones y viñetas se emparejan en orden con las de este marco, elemento por elemento.
console-translation-paste-placeholder = Pegue aquí la declaración
console-translation-import = Importar como traducción
console-translation-imported = Traducción importada. Ctrl+Z la deshace.
console-translation-imported-left-out = Traducción importada; { $count ->
    [one] 1 línea quedó
   *[other] { $count } líneas quedaron
} fuera: { $lines }
console-translation-unreadable = No se importó: { $why }
console-translation-count = { $section }: { $statement } en la declaración, { $framework } en el marco
console-translation-counts-differ = No se importó: la declaración debe tener tantos elementos como el marco, sección por sección. { $sections }.
