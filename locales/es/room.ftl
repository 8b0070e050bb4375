# room

projector-window-title = Plaza — Proyector · { $slide }

## Slide titles (the slide list and the projector's window title)

room-slide-poll = Votación
room-slide-vote = Votación: { $question }
room-slide-results = Resultados: { $question }
room-slide-notes-wall = Muro de notas
room-slide-actions = Acciones
room-slide-thanks = Gracias

## The small line over one item's slide, where the organisation gave its section no name

room-kicker-mission = MISIÓN
room-kicker-vision = VISIÓN
room-kicker-value = VALOR FUNDAMENTAL

## Slides

room-poll-removed = Esta votación se eliminó
room-ballots-cast = { $count ->
    [one] 1 voto emitido
   *[other] { $count } votos emitidos
}
room-points = { $count ->
    [one] 1 punto
   *[other] { $count } puntos
}
room-rating-score = { $mean } ({ $count ->
    [one] 1 calificó
   *[other] { $count } calificaron
})
room-rating-score-few = { $mean } ({ $count ->
    [one] 1 calificó
   *[other] { $count } calificaron
}, pocos)
room-poll-draft = La votación abre pronto
room-poll-open = La votación está abierta
room-poll-closed = La votación cerró · resultados pronto
room-poll-revealed = Ya hay resultados
room-notes-kicker = NOTAS
room-notes-title = Lo que escuchamos
room-notes-count = { $count ->
    [one] 1 nota
   *[other] { $count } notas
}
room-actions-kicker = PRÓXIMOS PASOS
room-actions-none = Ninguna todavía
room-action-due = para el { $date }
room-more = … y { $count } más
room-choices-page = { $count ->
    [one] 1 opción
   *[other] { $count } opciones
}  ·  página { $page } de { $pages }

## A hand count while hands are up

room-hands-open = La votación está abierta: levantar la mano al escuchar cada opción

## The booth

room-booth-dot-used = El punto ya está en uso. Para moverlo, hay que quitarlo primero.
room-booth-dots-used = Los { $count } puntos ya están en uso. Para mover uno, hay que quitarlo primero.
room-booth-most-on-one = { $count ->
    [one] Máximo 1 punto por opción.
   *[other] Máximo { $count } puntos por opción.
}
room-booth-all-rated = Todos los elementos tienen calificación: tocar uno para cambiarla.
room-booth-not-taken = No se pudo recibir el voto: { $error }.
room-booth-choose-first = Primero hay que elegir al menos una opción.
room-booth-cannot-cast = Este voto no se puede emitir: { $error }.
room-booth-recording = Guardando el voto…
room-booth-not-saved = El voto todavía no está guardado
room-booth-wait = Favor de esperar aquí: el facilitador puede ver qué falló.
room-booth-next-name = Comenzar el siguiente voto
room-booth-thanks = Gracias: el voto quedó registrado.
room-booth-next = Siguiente persona: tocar para comenzar
room-booth-cast = Emitir mi voto
room-booth-clear = Borrar
room-booth-clear-name = Borrar mi voto
room-booth-undo-pick = Deshacer la última elección
room-booth-dots-left = { $count ->
    [one] Queda 1 punto
   *[other] Quedan { $count } puntos
}  ·  máximo { $most } por opción
room-booth-rate = Calificar los elementos que se desee:  { $ends }
room-booth-rank-next = Tocar la opción { $place }.ª, o emitir el voto
room-ordinal = { $place }.º
room-booth-rank-start = Tocar los elementos en orden de preferencia, el más importante primero
room-booth-take-dot = Quitar un punto a { $name }
room-booth-lower = Bajar { $name }
room-booth-higher = Subir { $name }
room-booth-previous-page = Página anterior
room-booth-next-page = Página siguiente
room-booth-page = Página { $page } de { $pages }
room-booth-dots-elsewhere = { $count ->
    [one] 1 punto
   *[other] { $count } puntos
}
room-booth-rated-elsewhere = { $count ->
    [one] 1 calificado
   *[other] { $count } calificados
}
room-booth-picked-elsewhere = { $count ->
    [one] 1 elegido
   *[other] { $count } elegidos
}
room-booth-on-page = { $what } en la página { $page }
room-booth-on-other-pages = { $what } en otras páginas

## Phones

room-phones-heading = Votar con el celular
room-phones-code = Código de acceso { $code }
room-phones-count = { $count ->
    [one] 1 voto por celular
   *[other] { $count } votos por celular
}
room-qr-name = Código QR de { $address }

## Results

room-results-ballots = { $count ->
    [one] 1 voto
   *[other] { $count } votos
}
room-results-by-hand = Conteo a mano · { $total } en total
room-results-first-choices = { $count ->
    [one] 1 vez en primer lugar
   *[other] { $count } veces en primer lugar
}
room-results-kicker = RESULTADOS · { $method }
room-results-points-one = 1 punto por un primer lugar
room-results-points-two = 2 puntos por un primer lugar, 1 por un segundo
room-results-points-more = { $top } puntos por un primer lugar, { $next } por un segundo, y así sucesivamente
room-results-tie = = indica un empate
room-results-few = pocos = calificado por menos de la mitad, por eso va después del resto
room-results-rated = calificaron
room-results-rated-few = { $count } · pocos

## The notes wall

room-wall-empty = Todavía no hay notas
room-wall-notes-page = { $count ->
    [one] 1 nota
   *[other] { $count } notas
}  ·  página { $page } de { $pages }
room-wall-continued = { $name } (continúa)

## The console's table of a poll's results

room-detail-no-items = Esta votación no tiene elementos.
room-detail-few = pocos: { $meaning }
room-detail-facts = { $method } · { $status } · { $summary }
room-detail-scale = Escala de { $min } ({ $low }) a { $max } ({ $high })
room-detail-points = Puntos: { $count } por una primera opción, uno menos por cada lugar siguiente; 0 si no se clasificó
room-detail-choice = Opción
room-detail-total = Total
room-detail-points-head = Puntos
room-detail-first = Primera
room-detail-mean = Media
room-detail-median = Mediana
room-detail-rated = Calificaron
room-detail-given = Dadas { $min }…{ $max }
room-detail-over-time = Votos emitidos a lo largo del tiempo
room-detail-per-minutes = { $count ->
    [one] un minuto
   *[other] { $count } minutos
}
room-detail-per-hours = { $count ->
    [one] una hora
   *[other] { $count } horas
}
room-detail-per-days = { $count ->
    [one] un día
   *[other] { $count } días
}
room-detail-over-time-line = { $count ->
    [one] 1 voto
   *[other] { $count } votos
} en total; cada columna es { $per }, la de más votos tuvo { $peak ->
    [one] 1 voto
   *[other] { $peak } votos
}
