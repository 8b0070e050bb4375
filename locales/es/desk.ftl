# desk: la mesa de revisión, su panel, una comparación y la vista previa de una combinación

desk-reviewing = En revisión: nada de aquí cambia la sesión.
desk-edit-session = Editar sesión
desk-edit-session-hover = Volver a la consola: notas, acciones, votaciones y el proyector
desk-live-blanked = El proyector está en negro
desk-live-slide = El proyector muestra “{ $slide }”
desk-live-voting = la votación está abierta ({ $count ->
    [one] 1 voto
   *[other] { $count } votos
  } hasta ahora)
desk-live-spotlight = hay una nota destacada
desk-live-timer = el temporizador marca { $time }
desk-live-line = { $parts }. Para conducirla: Editar sesión.

## El panel

desk-polls-first = Lo que las votaciones pusieron primero
desk-no-polls = En esta sesión no se ha abierto ninguna votación.
desk-themes = Temas
desk-open-actions = Acciones pendientes, por responsable
desk-item-by-item = Elemento por elemento
desk-item-by-item-hint = Notas por tipo, el lugar y la puntuación en cada votación, y las acciones. Abrir un elemento de abajo para leer sus notas.
desk-section-values = Valores fundamentales
desk-section-vision = Metas de la visión
desk-section-mission = Misión
desk-section-general = General y estacionamiento de ideas
desk-glance-notes = { $count ->
    [one] nota
   *[other] notas
  }
desk-glance-actions = { $count ->
    [one] acción
   *[other] acciones
  }, { $open } { $open ->
    [one] pendiente
   *[other] pendientes
  }
desk-glance-polls = { $count ->
    [one] votación
   *[other] votaciones
  }
desk-glance-ballots = { $count ->
    [one] voto
   *[other] votos
  }
desk-glance-ballots-phones = { $count ->
    [one] voto
   *[other] votos
  }, { $phones }
desk-due-overdue = { $date } · vencida
desk-no-date = sin fecha
desk-no-actions = Todavía no hay acciones.
desk-all-done = { $count ->
    [one] La única acción está hecha.
   *[other] Las { $count } acciones están hechas.
  }
desk-done-not-listed = { $count ->
    [one] 1 acción hecha, no listada.
   *[other] { $count } acciones hechas, no listadas.
  }
desk-owner = Responsable
desk-action = Acción
desk-due = Fecha límite
desk-about = Sobre
desk-item = Elemento
desk-actions = Acciones
desk-rank-hover = Lugar { $rank } de { $of } en “{ $question }”
desk-place-title = { $label } — { $notes ->
    [one] 1 nota
   *[other] { $notes } notas
  }, { $actions ->
    [one] 1 acción
   *[other] { $actions } acciones
  }
desk-place-placing = { $question }: lugar { $rank } de { $of }, { $score }
desk-action-items = Acciones
desk-action-done = • Hecha: { $text }
desk-theme-title = { $title } — { $count ->
    [one] 1 nota
   *[other] { $count } notas
  }
desk-theme-title-about = { $title } — { $count ->
    [one] 1 nota
   *[other] { $count } notas
  }, sobre { $about }

## Comparar dos sesiones

desk-compare-back = Volver al panel (Esc)
desk-compared-with = Comparada con { $path }
desk-compare-heading = { $after } (después) comparada con { $before } (antes)
desk-compare-open-before = La sesión abierta es la de antes: las sesiones se ordenan por su fecha.
desk-compare-open-after = La sesión abierta es la de después: las sesiones se ordenan por su fecha.
desk-compare-chart-of = Gráfica de
desk-compare-every-change = Todos los cambios
desk-compare-every-change-hint = Cada celda se lee de antes a después, con el cambio. Lugar Borda: 1 es el primero. Un guion: ese año no hubo una votación así, o su votación no tenía el elemento.
desk-compare-to = a
desk-compare-only-in = Solo en { $title }
desk-compare-idea-polls = Votaciones sobre las ideas de la sala
desk-compare-no-such-poll = sin esa votación
desk-compare-polls = Votaciones comparadas
desk-compare-before = { $title } (antes)
desk-compare-after = { $title } (después)
desk-count-notes = { $count ->
    [one] 1 nota
   *[other] { $count } notas
  }
desk-compare-nothing-cast = Todavía no se ha votado en ninguna de las dos: { $poll }.
desk-compare-neither-ran = Ninguna de las dos sesiones tiene una votación para comparar: { $poll }.
desk-chart-before = { $label }, antes: { $figure }
desk-chart-after = { $label }, después: { $figure }
desk-chart-description = Gráfica: { $measure }. { $figures }

## Combinar otra sesión

desk-merge-heading = ¿Combinar “{ $name }”?
desk-merge-redone = La sesión cambió mientras esto estaba abierto (llegó un voto o una nota): esto es lo que hace la combinación ahora.
desk-merge-broken = Esta combinación ya no se puede hacer: { $why }.
desk-merge-adds = Agrega { $added }.
desk-merge-differences = { $count ->
    [one] 1 diferencia
   *[other] { $count } diferencias
  } entre las dos sesiones (nada de esto se cambia ni se pierde):
desk-merge-left-out = { $count ->
    [one] 1 voto queda fuera
   *[other] { $count } votos quedan fuera
  }, cada uno por la razón indicada:
desk-merge-new-notes = Notas nuevas
desk-merge-new-themes = Temas nuevos
desk-merge-new-actions = Acciones nuevas
desk-merge-more = …y { $count } más.
desk-merge-commit = Combinar (Enter)
desk-merge-all-here = Todo lo de ese archivo ya está aquí.
desk-merge-read-only = Esta sesión está abierta en solo lectura.
desk-merge-cancel = Cancelar (Esc)
desk-merge-nothing = Nada que combinar: todo lo de ese archivo ya está en esta sesión.
desk-merge-undo = Deshacer (Ctrl+Z) revierte toda la combinación.
desk-added-notes = { $count ->
    [one] 1 nota
   *[other] { $count } notas
  }
desk-added-actions = { $count ->
    [one] 1 acción
   *[other] { $count } acciones
  }
desk-added-themes = { $count ->
    [one] 1 tema
   *[other] { $count } temas
  }
desk-added-polls = { $count ->
    [one] 1 votación
   *[other] { $count } votaciones
  }
desk-added-ballots = { $count ->
    [one] 1 voto
   *[other] { $count } votos
  }
desk-added-regrouped = notas puestas en temas que esta sesión ya tiene
desk-added-nothing = nada
desk-list-and = { $rest } y { $last }
