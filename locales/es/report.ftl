# informe

## Las líneas de la sesión al principio

report-facilitated-by = facilitada por { $names }
report-notes-count = { $count ->
    [one] 1 nota
   *[other] { $count } notas
}
report-actions-count = { $count ->
    [one] 1 acción
   *[other] { $count } acciones
}
report-polls-count = { $count ->
    [one] 1 votación
   *[other] { $count } votaciones
}

## Secciones

report-polls = Votaciones
report-no-polls = No hay votaciones.
report-themes = Temas
report-notes = Notas
report-no-notes = No hay notas.
report-actions = Acciones
report-no-actions = No hay acciones.
report-tie = = indica un empate.

## Encabezados de tabla

report-col-rank = Lugar
report-col-item = Elemento
report-col-dots = Puntos
report-col-count = Conteo
report-col-points = Puntos
report-col-first-choices = Primeras opciones
report-col-mean = Media
report-col-median = Mediana
report-col-ratings = Calificaciones
report-col-done = Hecha
report-col-action = Acción
report-col-owner = Responsable
report-col-due = Fecha límite
report-col-about = Se refiere a
report-yes = sí
report-no = no
report-action-done = ✓ hecha
report-action-open = pendiente

## Las cifras de una votación

report-ballots = { $count ->
    [one] 1 voto
   *[other] { $count } votos
}
report-hands-counted = { $count ->
    [one] 1 mano contada
   *[other] { $count } manos contadas
}
report-sources = { $booth } en la cabina de votación, { $phones }
report-on-phones = { $count ->
    [one] 1 desde un teléfono
   *[other] { $count } desde teléfonos
}
report-scale = Escala de { $min } ({ $low }) a { $max } ({ $high }).
report-few-ratings-mark = (pocas calificaciones)
report-few-ratings-meaning = calificado en menos de la mitad de los votos, así que va después de los elementos calificados en al menos la mitad
report-few-ratings-short = calificado por menos de la mitad, así que va después del resto
report-few-ratings-line = Pocas calificaciones: { $meaning } ({ $ballots } en total).
report-theme-notes = { $count ->
    [one] 1 nota
   *[other] { $count } notas
}
report-chart-label = Resultados de { $question }
report-chart-rating = { $mean } · { $ratings }
report-ratings-count = { $count ->
    [one] 1 calificación
   *[other] { $count } calificaciones
}
report-few = (pocas)
report-points-count = { $count ->
    [one] 1 punto
   *[other] { $count } puntos
}
report-dots-count = { $count ->
    [one] 1 punto
   *[other] { $count } puntos
}
report-counted = { $count ->
    [one] 1 contado
   *[other] { $count } contados
}
report-mean-rated = media { $mean }, { $count ->
    [one] 1 calificación
   *[other] { $count } calificaciones
}
report-not-rated = sin calificar
report-no-owner = Sin responsable todavía
report-heading-dots = Puntos
report-heading-rating = Calificación
report-heading-ranking = Clasificación
report-heading-tally = Conteo
report-heading-numbered = { $heading } { $number }

## Encabezados de columna del CSV, que la gente lee en una hoja de cálculo

report-csv-id = id
report-csv-about = se_refiere_a
report-csv-about-name = nombre_se_refiere_a
report-csv-group = grupo
report-csv-kind = tipo
report-csv-text = texto
report-csv-created = creada
report-csv-owner = responsable
report-csv-due = fecha_límite
report-csv-done = hecha
report-csv-poll = votación
report-csv-question = pregunta
report-csv-method = método
report-csv-status = estado
report-csv-ballots = votos
report-csv-rank = lugar
report-csv-tied = empate
report-csv-item = elemento
report-csv-item-name = nombre_elemento
report-csv-total = total
report-csv-mean = media
report-csv-median = mediana
report-csv-ratings = calificaciones
report-csv-points = puntos
report-csv-first-choices = primeras_opciones
report-csv-few-ratings = pocas_calificaciones
report-csv-item-kind = tipo_elemento

## Por qué no se pudo hacer un informe

report-export-extension = Plaza no puede escribir un informe como { $name }: hay que elegir un archivo que termine en { $extensions } (la extensión decide el formato)
report-export-mismatch = { $name } es un nombre de archivo { $found }, pero el formato pedido es { $asked }: tienen que coincidir
report-export-render = no se pudo hacer el informe: { $reason }
