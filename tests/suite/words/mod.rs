//! Words for people: the catalogues agree with each other and with the code, each language
//! formats its own dates and numbers, and the system's locale picks the language.

mod catalogue;
mod formats;
mod glyphs;
mod model_words;
