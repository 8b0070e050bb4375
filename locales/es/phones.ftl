# La página de votación en los teléfonos de la sala. Un valor escrito { $name } llega a la
# página como {name}, y la página lo completa; los conteos tienen una forma para uno y otra
# para varios.

phones-page-title = Plaza: votar
phones-language = Idioma
phones-join-heading = Vote desde su teléfono
phones-join-label = Escriba el código de acceso que aparece en la pantalla
phones-join-button = Entrar
phones-clear = Borrar
phones-undo = Deshacer la última elección
phones-cast = Emitir mi voto
phones-retry = Intentar de nuevo
phones-network = No se pudo conectar con la computadora: verifique que está en la red Wi-Fi de la sala
phones-code-digits = El código de acceso tiene cuatro dígitos.
phones-wrong-code = Ese no es el código de acceso: revise los cuatro dígitos de la pantalla.
phones-too-many = Demasiados intentos: espere un minuto
phones-join-failed = No se pudo entrar: inténtelo de nuevo.
phones-thanks = Gracias: su voto quedó registrado
phones-join-again = Escriba de nuevo el código de acceso.
phones-poll-failed = No se pudo cargar la pregunta.
phones-rate-hint = Califique los elementos que quiera: { $ends }
phones-rank-next = Toque su { $place } opción, o emita su voto
phones-rank-start = Toque los elementos en orden de preferencia, el más importante primero
phones-dot-used = Ya usó su punto. Quítelo para moverlo.
phones-dots-used = Ya usó sus { $count } puntos. Quite uno para moverlo.
phones-at-most-one = Máximo 1 punto por opción.
phones-at-most-other = Máximo { $count } puntos por opción.
phones-dots-left-one = Queda 1 punto · máximo { $most } por opción
phones-dots-left-other = Quedan { $left } puntos · máximo { $most } por opción
phones-dots-on-one = 1 punto
phones-dots-on-other = { $count } puntos
phones-add-dot = Agregar un punto a { $choice }
phones-take-dot = Quitar un punto de { $choice }
phones-choose-first = Elija al menos una opción primero.
phones-sending = Enviando su voto…
phones-already-recorded = Su voto ya estaba registrado
phones-already-voted = Este teléfono ya votó en esta votación
phones-join-again-vote = Escriba de nuevo el código de acceso y luego vote.
phones-cannot-cast = Este voto no se puede enviar.
phones-send-failed = No se pudo enviar su voto: inténtelo de nuevo.
phones-next-question = La siguiente pregunta aparecerá aquí cuando se abra.
phones-closed = La votación está cerrada
phones-ordinal = { $place }.ª
