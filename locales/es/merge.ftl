# combinar: lo que encontró la combinación de sesiones, y por qué no se pudo hacer

merge-moved-note = la nota “{ $text }” ({ $id }) es distinta en cada sesión: esta versión se guarda como { $new }, la otra conserva { $id }
merge-moved-action = la acción “{ $text }” ({ $id }) es distinta en cada sesión: esta versión se guarda como { $new }, la otra conserva { $id }
merge-moved-theme = el tema “{ $text }” ({ $id }) es distinto en cada sesión: esta versión se guarda como { $new }, la otra conserva { $id }
merge-moved-poll = la votación “{ $text }” ({ $id }) se configuró de forma distinta en dos sesiones: esta versión se guarda como { $new }, la otra conserva { $id }
merge-moved-ballot = un voto en “{ $text }” ({ $id }) es distinto en cada sesión: esta versión se guarda como { $new }, la otra conserva { $id }
merge-status = la votación “{ $question }” ({ $poll }) está { $statuses }: aquí queda { $kept }
merge-count = la votación “{ $question }” ({ $poll }): el conteo de { $item } es { $counts }: se conserva { $kept }
merge-count-none = ninguno
merge-two-themes = la nota “{ $text }” ({ $note }) se agrupó en dos temas, “{ $kept }” ({ $kept_id }) y “{ $out }” ({ $out_id }): se queda en “{ $kept }” y se sacó de “{ $out }”
merge-two-themes-emptied = { $line }, que se queda sin notas
merge-in-one = { $one } en una sesión
merge-in-two = { $first } en una sesión y { $second } en otra
merge-in-several = { $rest } o { $last } en distintas sesiones
merge-missing = ausente

## Votos que quedaron fuera

merge-refused-draft = el voto { $ballot } en “{ $question }” quedó fuera: la votación sigue en borrador en esta sesión; hay que abrirla y combinar de nuevo
merge-refused-breaks = el voto { $ballot } en “{ $question }” quedó fuera: { $reason }

## Por qué no se pueden combinar las sesiones

merge-error-none = hay que indicar al menos una sesión para combinar
merge-error-framework = “{ $other }” tiene un marco distinto de “{ $first }”: solo se pueden combinar sesiones con la misma misión, visión y valores
merge-error-invalid = “{ $title }” no cumple las reglas de una sesión ({ $problem }), así que no se combinó; `plaza validate` muestra cada problema
