# app

menu-view-language = Language
menu-view-projector-language = Projector language
projector-language-same = Same as the console
projector-language-both = { $first }, then { $second } below
