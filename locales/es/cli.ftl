# cli

cli-report-is-session = { $path } es la propia sesión; hay que elegir otro archivo para el informe
cli-report-stdout = no se pudo escribir el informe en la salida estándar
cli-cannot-read = { $file }: no se puede leer: { $reason }
cli-unplaced = { $file }:{ $line }: no se importó: "{ $text }" ({ $reason })
cli-serve-no-poll = no hay ninguna votación “{ $id }” en esta sesión
cli-serve-hand-count = “{ $question }” es un conteo de manos: no recibe votos
cli-serve-not-open = “{ $question }” está { $status }: los teléfonos solo votan en una votación abierta
cli-serve-none-open = no hay ninguna votación abierta: hay que indicar una con --poll (se abre un borrador)
cli-serve-several-open = hay { $count } votaciones abiertas; hay que indicar una con --poll: { $polls }
cli-compare-json = no se pudo escribir la comparación como JSON
cli-compare-stdout = no se pudo escribir la comparación en la salida estándar
