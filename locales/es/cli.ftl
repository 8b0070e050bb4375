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
cli-merge-exists = { $path } ya existe; hay que elegir un archivo nuevo para la sesión combinada
cli-merge-invalid = { $path } no cumple las reglas de una sesión, así que no se combinó nada: { $problem } ({ $count ->
    [one] 1 problema
   *[other] { $count } problemas
} en total; `plaza validate` los muestra todos)
cli-merge-stdout = { $path } se escribió, pero su resumen no pudo ir a la salida estándar
cli-merge-done = Sesión combinada en { $path }
cli-merge-added = De { $path }: se agregaron { $notes }, { $actions }, { $polls } y { $ballots }.
cli-merge-added-themes = De { $path }: se agregaron { $notes }, { $actions }, { $themes }, { $polls } y { $ballots }.
cli-merge-themes = { $count ->
    [one] 1 tema
   *[other] { $count } temas
}
cli-merge-conflict = Diferencia: { $line }
cli-merge-refused = Rechazado: { $line }
cli-framework-of = no se puede tomar el marco de { $file }
cli-cannot-import = no se puede importar { $file }
cli-cannot-read-file = no se puede leer { $file }
cli-framework-too-large = pesa más de 1 MiB; se esperaba una sesión o un archivo Framework(…)
cli-framework-not-utf8 = no es texto UTF-8; se esperaba una sesión o un archivo Framework(…)
cli-framework-expected = se esperaba una sesión o un archivo Framework(…): { $reason }
cli-serve-read-only = { $reason }: los teléfonos no pueden votar en una sesión que otro Plaza está escribiendo
cli-serve-cannot-open = no se pudo abrir la votación
cli-serve-not-saved = la votación se abrió, pero no se pudo guardar: { $reason }
cli-serve-no-wait = no se puede esperar Ctrl+C
cli-stdout = no se pudo escribir en la salida estándar: { $reason }
cli-created-unsaid = { $path } se creó, pero su nombre no se pudo escribir en la salida estándar: { $reason }
