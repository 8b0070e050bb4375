# app

menu-view-language = Idioma
menu-view-projector-language = Idioma del proyector
projector-language-same = El mismo que la consola
projector-language-both = { $first }, con { $second } debajo
