//! A framework's words in another language: each falls back to the organisation's own words
//! where it has no translation, so a half-translated framework still shows every line.

use std::collections::BTreeMap;

use super::{Framework, Item, Section, SectionKind};

/// Adds the languages `from` has and `into` lacks.
fn fill<T: Clone>(into: &mut BTreeMap<String, T>, from: &BTreeMap<String, T>) {
    for (lang, words) in from {
        into.entry(lang.clone()).or_insert_with(|| words.clone());
    }
}

impl Framework {
    /// The title in the language tagged `lang`, or as written.
    pub fn title_in(&self, lang: &str) -> &str {
        self.translations
            .get(lang)
            .map(|text| text.title.as_str())
            .filter(|title| !title.trim().is_empty())
            .unwrap_or(&self.title)
    }

    /// Whether `other` is this framework, translations aside.
    pub fn same_apart_from_translations(&self, other: &Framework) -> bool {
        self.without_translations() == other.without_translations()
    }

    /// Takes in `other`'s translations into languages (of the title, a section, an item) that
    /// this framework lacks; where both have one, this framework's stays.
    pub fn add_missing_translations(&mut self, other: &Framework) {
        fill(&mut self.translations, &other.translations);
        for kind in SectionKind::ALL {
            let theirs = other.section(kind);
            let ours = self.section_mut(kind);
            fill(&mut ours.translations, &theirs.translations);
            for item in &mut ours.items {
                if let Some(their_item) = theirs.items.iter().find(|other| other.id == item.id) {
                    fill(&mut item.translations, &their_item.translations);
                }
            }
        }
    }

    fn without_translations(&self) -> Framework {
        let mut bare = self.clone();
        bare.translations.clear();
        for kind in SectionKind::ALL {
            let section = bare.section_mut(kind);
            section.translations.clear();
            for item in &mut section.items {
                item.translations.clear();
            }
        }
        bare
    }

    /// Whether anything of the framework is translated into `lang`.
    pub fn is_translated_into(&self, lang: &str) -> bool {
        self.translations.contains_key(lang)
            || [&self.mission, &self.vision, &self.values]
                .iter()
                .any(|section| {
                    section.translations.contains_key(lang)
                        || section
                            .items
                            .iter()
                            .any(|item| item.translations.contains_key(lang))
                })
    }
}

impl Section {
    /// The organisation's name for the section in `lang`: its translation, else its label.
    pub fn label_in(&self, lang: &str) -> Option<&str> {
        self.translations
            .get(lang)
            .and_then(|text| text.label.as_deref())
            .filter(|label| !label.trim().is_empty())
            .or(self
                .label
                .as_deref()
                .filter(|label| !label.trim().is_empty()))
    }

    /// The leading sentence in `lang`, or as written.
    pub fn intro_in(&self, lang: &str) -> &str {
        self.translations
            .get(lang)
            .map(|text| text.intro.as_str())
            .filter(|intro| !intro.trim().is_empty())
            .unwrap_or(&self.intro)
    }
}

impl Item {
    /// The lead words in `lang`, or as written.
    pub fn heading_in(&self, lang: &str) -> &str {
        match self.translations.get(lang) {
            Some(words) if !(words.heading.trim().is_empty() && words.text.trim().is_empty()) => {
                &words.heading
            }
            _ => &self.heading,
        }
    }

    /// The rest of the statement in `lang`, or as written.
    pub fn text_in(&self, lang: &str) -> &str {
        match self.translations.get(lang) {
            Some(words) if !(words.heading.trim().is_empty() && words.text.trim().is_empty()) => {
                &words.text
            }
            _ => &self.text,
        }
    }

    /// The short name in `lang`: its heading, or its whole text where it has none.
    pub fn label_in(&self, lang: &str) -> &str {
        let heading = self.heading_in(lang);
        if heading.trim().is_empty() {
            self.text_in(lang)
        } else {
            heading
        }
    }

    /// The whole statement in `lang`: heading and text joined by a space.
    pub fn full_text_in(&self, lang: &str) -> String {
        let (heading, text) = (self.heading_in(lang), self.text_in(lang));
        match (heading.is_empty(), text.is_empty()) {
            (true, _) => text.to_owned(),
            (false, true) => heading.to_owned(),
            (false, false) => format!("{heading} {text}"),
        }
    }
}
