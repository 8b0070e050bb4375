//! A framework whose headings follow the heading rule, written out as a statement and imported
//! again, gives back the same headings, texts and ids.

use plaza::model::{Framework, Item, Section, import_statement};
use proptest::collection::{btree_set, vec};
use proptest::prelude::*;

/// A heading: one to three capitalised words of two letters or more. "AND" is left out: the
/// id rule drops it, so its id would not be its words.
fn heading() -> impl Strategy<Value = String> {
    vec(
        "[A-Z]{2,9}".prop_filter("not the word AND", |w| w != "AND"),
        1..=3,
    )
    .prop_map(|words| words.join(" "))
}

/// Text that starts with a lower-case word, so the heading's run ends where it should.
fn text() -> impl Strategy<Value = String> {
    vec("[a-z]{1,8}", 1..=8).prop_map(|words| words.join(" "))
}

fn slug(heading: &str) -> String {
    heading
        .to_lowercase()
        .split(' ')
        .collect::<Vec<_>>()
        .join("-")
}

/// Items with distinct headings (so distinct ids), and texts.
fn headed_items() -> impl Strategy<Value = Vec<Item>> {
    btree_set(heading(), 1..=5).prop_flat_map(|headings| {
        let headings: Vec<String> = headings.into_iter().collect();
        let count = headings.len();
        vec(text(), count).prop_map(move |texts| {
            headings
                .iter()
                .zip(texts)
                .map(|(heading, text)| Item::new(slug(heading), heading.clone(), text))
                .collect()
        })
    })
}

fn vision_items() -> impl Strategy<Value = Vec<Item>> {
    vec(text(), 1..=4).prop_map(|texts| {
        texts
            .into_iter()
            .enumerate()
            .map(|(n, text)| Item::new(format!("vision-{}", n + 1), "", capitalise(&text)))
            .collect()
    })
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The statement a person would write for `framework`.
fn statement(framework: &Framework) -> String {
    let mut text = format!("{}\n\n", framework.title);
    for section in [&framework.mission, &framework.vision, &framework.values] {
        text.push_str(&format!("{}\n\n", section.intro));
        for item in &section.items {
            text.push_str(&format!("• {}\n", item.full_text()));
        }
        text.push('\n');
    }
    text
}

fn section(intro: &str, items: Vec<Item>) -> Section {
    Section {
        label: None,
        intro: intro.to_owned(),
        items,
        translations: Default::default(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn a_framework_written_as_a_statement_imports_back_the_same(
        mission in headed_items(),
        vision in vision_items(),
        values in headed_items(),
    ) {
        // Values' ids must not clash with the mission's.
        let clash = values.iter().any(|v| mission.iter().any(|m| m.id == v.id));
        prop_assume!(!clash);
        let framework = Framework {
            title: "Acme Health".into(),
            mission: section("Our mission is to serve:", mission),
            vision: section("Our vision is a county where", vision),
            values: section("Our values:", values),
            translations: Default::default(),
        };
        let text = statement(&framework);
        let imported = import_statement(&text).expect("imports");
        prop_assert!(imported.unplaced.is_empty(), "{:?}", imported.unplaced);
        prop_assert_eq!(imported.framework, framework);
    }
}
