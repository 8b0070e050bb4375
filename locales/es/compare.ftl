# comparar: dos sesiones lado a lado (plaza compare, la comparación del escritorio)

compare-title = { $after } frente a { $before }
compare-polls-compared = Votaciones comparadas
compare-no-polls = Ninguna de las dos sesiones hizo votaciones: solo se comparan las notas.
compare-shares-meaning = Los puntos y los conteos de manos se comparan como la parte de cada elemento en todo lo emitido en la votación de ese año, para que un año con más votantes o con más puntos por persona no parezca más entusiasta; un cambio de parte se da en puntos porcentuales.
compare-before = { $title } (antes)
compare-after = { $title } (después)
compare-only-in = Solo en { $title }:
compare-item-by-item = Elemento por elemento
compare-cells-meaning = Cada celda se lee antes → después, y el cambio. Lugar Borda: 1 es el primero; un número menor es mejor. – significa que ese año no hubo tal votación, o que su votación no incluía el elemento.

## Lo que se compara: el encabezado de una columna, el nombre de una fila, el tipo de votación en una frase

compare-heading-notes = Notas
compare-heading-dots = Parte de los puntos
compare-heading-rating = Calificación media
compare-heading-ranking = Lugar Borda
compare-heading-hand-count = Parte del conteo de manos
compare-name-notes = Notas
compare-name-dots = Votación con puntos
compare-name-rating = Calificación
compare-name-ranking = Clasificación
compare-name-hand-count = Conteo de manos
compare-poll-notes = nota
compare-poll-dots = votación con puntos
compare-poll-rating = calificación
compare-poll-ranking = clasificación
compare-poll-hand-count = conteo de manos

## Las cifras de una votación y de una celda

compare-missing = sin { $poll }
compare-counted-by-hand = contado a mano, { $count } en total
compare-so-far = { $facts } hasta ahora, la votación está abierta
compare-same-question = la misma pregunta
compare-none = nada
compare-no-choices = ninguna
compare-no-change = sin cambio
compare-up = sube { $count }
compare-down = baja { $count }
compare-share-points = { $count ->
    [one] 1 punto porcentual
   *[other] { $count } puntos porcentuales
}
compare-no-dots-cast = sin puntos emitidos
compare-nothing-counted = nada contado
compare-rated-by = calificado por { $count }
compare-rated-by-few = calificado por { $count }, pocos

## Votaciones sobre las ideas del grupo

compare-ideas = Votaciones sobre las ideas del grupo
compare-ideas-meaning = Las opciones de estas votaciones son las propias notas, temas o acciones del grupo, que cambian de un año a otro, así que se listan con sus opciones principales, sin compararlas elemento por elemento. Una opción que comparten las copias de una votación de ambos años (la misma nota, tema o acción) se muestra antes → después.
compare-no-such-poll = { $title }: no hubo esta votación
compare-top-choices = Opciones principales: { $choices }.
compare-idea-choice = { $rank }{ $kind } “{ $text }” ({ $score })
compare-kind-note = nota
compare-kind-theme = tema
compare-kind-action = acción
compare-kind-item = elemento
compare-kind-choice = opción
