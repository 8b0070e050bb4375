//! The voting page's words in every language, handed to the page as one JSON object: the page
//! runs on the phone, so it fills in its own values (`{count}`) and picks its own language.

use serde_json::{Map, Value};

use super::{Arg, Lang, Words};

/// Each message the page uses, with the values it fills in.
const PAGE_MESSAGES: &[(&str, &[&str])] = &[
    ("phones-page-title", &[]),
    ("phones-language", &[]),
    ("phones-join-heading", &[]),
    ("phones-join-label", &[]),
    ("phones-join-button", &[]),
    ("phones-clear", &[]),
    ("phones-undo", &[]),
    ("phones-cast", &[]),
    ("phones-retry", &[]),
    ("phones-network", &[]),
    ("phones-code-digits", &[]),
    ("phones-wrong-code", &[]),
    ("phones-too-many", &[]),
    ("phones-join-failed", &[]),
    ("phones-thanks", &[]),
    ("phones-join-again", &[]),
    ("phones-poll-failed", &[]),
    ("phones-rate-hint", &["ends"]),
    ("phones-rank-next", &["place"]),
    ("phones-rank-start", &[]),
    ("phones-dot-used", &[]),
    ("phones-dots-used", &["count"]),
    ("phones-at-most-one", &[]),
    ("phones-at-most-other", &["count"]),
    ("phones-dots-left-one", &["most"]),
    ("phones-dots-left-other", &["left", "most"]),
    ("phones-dots-on-one", &[]),
    ("phones-dots-on-other", &["count"]),
    ("phones-add-dot", &["choice"]),
    ("phones-take-dot", &["choice"]),
    ("phones-choose-first", &[]),
    ("phones-sending", &[]),
    ("phones-already-recorded", &[]),
    ("phones-already-voted", &[]),
    ("phones-join-again-vote", &[]),
    ("phones-cannot-cast", &[]),
    ("phones-send-failed", &[]),
    ("phones-next-question", &[]),
    ("phones-closed", &[]),
];

/// How many places of a ranking the page has words for ("1st" … "60th"); a ballot offers
/// fewer choices than a phone's screen can list.
const ORDINALS: u32 = 60;

/// `{"en": {"phones-join-button": "Join", …, "ordinals": ["1st", …], "name": "English"},
/// "es": {…}}`.
pub fn page_words() -> Value {
    let mut languages = Map::new();
    for lang in Lang::ALL {
        let words = Words::of(lang);
        let mut messages = Map::new();
        for (key, values) in PAGE_MESSAGES {
            let args: Vec<(&str, Arg)> = values
                .iter()
                .map(|name| (*name, Arg::from(format!("{{{name}}}"))))
                .collect();
            messages.insert((*key).to_owned(), Value::from(words.with(key, &args)));
        }
        let ordinals: Vec<Value> = (1..=ORDINALS)
            .map(|place| Value::from(crate::tr!(words, "phones-ordinal", place = place)))
            .collect();
        messages.insert("ordinals".to_owned(), Value::Array(ordinals));
        // The switch names each language in itself, as a person looking for it would.
        messages.insert("name".to_owned(), Value::from(lang.name()));
        languages.insert(lang.tag().to_owned(), Value::Object(messages));
    }
    Value::Object(languages)
}
