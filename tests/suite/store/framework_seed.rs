//! The built-in framework says, word for word, what the organisation's statement says.

use plaza::model::SectionKind;
use plaza::store::default_framework;

const SEED: &str = include_str!("../../fixtures/mission-vision-values.txt");

/// The seed as a title and (intro, bullets) per section, in order.
fn parse_seed() -> (String, Vec<(String, Vec<String>)>) {
    let mut lines = SEED.lines().map(str::trim).filter(|line| !line.is_empty());
    let title = lines.next().expect("the seed has a title").to_owned();
    let mut sections: Vec<(String, Vec<String>)> = Vec::new();
    for line in lines {
        match line.strip_prefix('•') {
            Some(bullet) => sections
                .last_mut()
                .expect("a bullet follows an intro")
                .1
                .push(bullet.trim().to_owned()),
            None => sections.push((line.to_owned(), Vec::new())),
        }
    }
    (title, sections)
}

/// The seed separates some headings from their text with a no-break space; a plain one is fine.
fn plain(text: &str) -> String {
    text.replace('\u{a0}', " ")
}

#[test]
fn framework_matches_the_seed_sentence_by_sentence() {
    let framework = default_framework();
    let (title, sections) = parse_seed();
    assert_eq!(framework.title, title);
    assert_eq!(sections.len(), 3, "mission, vision and values");
    for (kind, (intro, bullets)) in SectionKind::ALL.into_iter().zip(&sections) {
        let section = framework.section(kind);
        assert_eq!(&section.intro, intro, "{} intro", kind.name());
        assert_eq!(
            section.items.len(),
            bullets.len(),
            "{} item count",
            kind.name()
        );
        for (item, bullet) in section.items.iter().zip(bullets) {
            assert_eq!(
                item.full_text(),
                plain(bullet),
                "{} item {}",
                kind.name(),
                item.id
            );
        }
    }
}

#[test]
fn item_ids_are_the_documented_ones() {
    let framework = default_framework();
    let ids = |kind| {
        framework
            .section(kind)
            .items
            .iter()
            .map(|item| item.id.as_str())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids(SectionKind::Mission),
        ["educating", "providing", "advocating", "pursuing"]
    );
    assert_eq!(
        ids(SectionKind::Vision),
        [
            "vision-1", "vision-2", "vision-3", "vision-4", "vision-5", "vision-6"
        ]
    );
    assert_eq!(
        ids(SectionKind::Values),
        [
            "excellence-accountability",
            "compassion",
            "diversity",
            "integrity",
            "social-responsibility",
            "creativity-innovation"
        ]
    );
}

#[test]
fn headings_are_the_capitalised_lead_words_and_vision_goals_have_none() {
    let framework = default_framework();
    for item in &framework.vision.items {
        assert_eq!(item.heading, "", "vision goal {}", item.id);
    }
    for item in framework
        .mission
        .items
        .iter()
        .chain(&framework.values.items)
    {
        assert!(!item.heading.is_empty(), "{} has a heading", item.id);
        assert_eq!(
            item.heading,
            item.heading.to_uppercase(),
            "{} heading is capitalised",
            item.id
        );
        let first_word = item.text.split_whitespace().next().unwrap_or_default();
        assert_ne!(
            first_word,
            first_word.to_uppercase(),
            "{}: the heading took all the capitals",
            item.id
        );
    }
    let integrity = framework.item("integrity").expect("integrity is a value");
    assert_eq!(
        integrity.heading,
        "INTEGRITY, PROFESSIONALISM & ETHICAL BEHAVIOR"
    );
}

#[test]
fn the_seed_punctuation_survives() {
    let framework = default_framework();
    let vision_3 = framework.item("vision-3").expect("vision-3");
    assert!(
        vision_3.text.contains("our state’s people"),
        "the curly apostrophe is kept"
    );
    let compassion = framework.item("compassion").expect("compassion");
    assert!(
        compassion.text.ends_with("New Mexico's people"),
        "the straight apostrophe is kept"
    );
    assert_eq!(
        framework.item("pursuing").expect("pursuing").text,
        "new knowledge and excellence of practice."
    );
}
