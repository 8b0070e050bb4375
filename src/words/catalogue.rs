//! The message catalogues: one Fluent file per part of Plaza and per language, built into the
//! program so that it speaks with no files beside it.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};

use super::Lang;

/// Each part's catalogue, English then Spanish. A part of the program keeps its words in its
/// own file, so the files stay small enough to read side by side.
pub const PARTS: &[(&str, &str, &str)] = &[
    (
        "common",
        include_str!("../../locales/en/common.ftl"),
        include_str!("../../locales/es/common.ftl"),
    ),
    (
        "model",
        include_str!("../../locales/en/model.ftl"),
        include_str!("../../locales/es/model.ftl"),
    ),
    (
        "app",
        include_str!("../../locales/en/app.ftl"),
        include_str!("../../locales/es/app.ftl"),
    ),
    (
        "console",
        include_str!("../../locales/en/console.ftl"),
        include_str!("../../locales/es/console.ftl"),
    ),
    (
        "room",
        include_str!("../../locales/en/room.ftl"),
        include_str!("../../locales/es/room.ftl"),
    ),
    (
        "desk",
        include_str!("../../locales/en/desk.ftl"),
        include_str!("../../locales/es/desk.ftl"),
    ),
    (
        "report",
        include_str!("../../locales/en/report.ftl"),
        include_str!("../../locales/es/report.ftl"),
    ),
    (
        "compare",
        include_str!("../../locales/en/compare.ftl"),
        include_str!("../../locales/es/compare.ftl"),
    ),
    (
        "merge",
        include_str!("../../locales/en/merge.ftl"),
        include_str!("../../locales/es/merge.ftl"),
    ),
    (
        "cli",
        include_str!("../../locales/en/cli.ftl"),
        include_str!("../../locales/es/cli.ftl"),
    ),
    (
        "phones",
        include_str!("../../locales/en/phones.ftl"),
        include_str!("../../locales/es/phones.ftl"),
    ),
];

/// One language's catalogue: every part's messages in one bundle.
pub type Bundle = FluentBundle<FluentResource>;

/// Builds `lang`'s bundle. A catalogue that does not parse is a fault of the program, not of
/// anyone's data, and the catalogue test catches it first; a broken message still shows its
/// key rather than nothing.
pub fn bundle(lang: Lang) -> Bundle {
    let id = lang
        .tag()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // The Unicode isolation marks Fluent puts around each value show as boxes in some fonts
    // and mean nothing in text that is never right-to-left.
    bundle.set_use_isolating(false);
    // NUMBER(…, type: "ordinal") chooses "1st", "2nd", "3rd" by the language's own rules.
    if bundle.add_builtins().is_err() {
        // Only a function added twice fails, and this bundle is new.
    }
    bundle.set_formatter(Some(match lang {
        Lang::English => english_number,
        Lang::Spanish => spanish_number,
    }));
    for (_, english, spanish) in PARTS {
        let text = match lang {
            Lang::English => english,
            Lang::Spanish => spanish,
        };
        let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(part, _)| part);
        // Errors here are keys defined twice; the catalogue test names them, and the first
        // definition stands.
        if bundle.add_resource(resource).is_err() {
            continue;
        }
    }
    bundle
}

fn english_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    number(value, '.')
}

fn spanish_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    number(value, ',')
}

/// A number with the language's decimal mark and as many decimals as it asks for.
fn number(value: &FluentValue, mark: char) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let digits = number.options.minimum_fraction_digits.unwrap_or(0);
    let text = format!("{:.*}", digits, number.value);
    Some(text.replacen('.', &mark.to_string(), 1))
}
