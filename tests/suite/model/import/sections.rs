//! Sections: named by their words, else the first kind not yet used; extra ones listed.

use plaza::model::{SectionKind, UnplacedReason};

use super::{framework, import};

#[test]
fn a_section_is_named_by_a_whole_word_in_any_case_and_language() {
    for (heading, kind) in [
        ("OUR MISSION", SectionKind::Mission),
        ("Nuestra misión", SectionKind::Mission),
        ("MISIÓN", SectionKind::Mission),
        ("Our vision is to be", SectionKind::Vision),
        ("Visión", SectionKind::Vision),
        ("What we value", SectionKind::Values),
        ("Our values:", SectionKind::Values),
        ("Nuestros valores", SectionKind::Values),
        ("Guiding principles", SectionKind::Values),
        ("Principios", SectionKind::Values),
        ("Core value(s)", SectionKind::Values),
    ] {
        let framework = framework(&format!("Title\n{heading}\n- One\n"));
        assert_eq!(
            framework.section(kind).intro,
            heading,
            "{heading} opens the {} section",
            kind.name()
        );
    }
}

#[test]
fn the_first_naming_word_wins_anywhere_in_the_heading_lines() {
    let text = "Title\nWe commit to these core values in fulfilling our mission:\n- One\n";
    assert_eq!(framework(text).values.items.len(), 1);
    let text = "Title\n## Vision\nWhat we see, and the mission it serves:\n- One\n";
    let framework = framework(text);
    assert_eq!(
        framework.vision.intro,
        "What we see, and the mission it serves:"
    );
    assert_eq!(framework.vision.items.len(), 1);
}

#[test]
fn a_word_inside_another_word_names_nothing() {
    let text = "Title\nWe make provision for all:\n- One\nRevisions and missionaries:\n- Two\n";
    let framework = framework(text);
    assert_eq!(framework.mission.intro, "We make provision for all:");
    assert_eq!(framework.vision.intro, "Revisions and missionaries:");
}

#[test]
fn an_unnamed_section_takes_the_first_kind_not_yet_used() {
    let text = "Title\nOur vision\n- V\nWe do this by:\n- M\nAnd we hold:\n- X\n";
    let framework = framework(text);
    assert_eq!(framework.vision.intro, "Our vision");
    assert_eq!(framework.mission.intro, "We do this by:");
    assert_eq!(framework.values.intro, "And we hold:");
}

#[test]
fn a_missing_section_is_left_empty() {
    let framework = framework("Title\nOur mission\n- M\nOur values\n- V\n");
    assert_eq!(framework.vision.intro, "");
    assert_eq!(framework.vision.items, []);
    assert_eq!(framework.values.items.len(), 1);
}

#[test]
fn a_second_section_of_a_kind_is_listed_and_the_rest_imported() {
    let text = "Title\nOur mission\n- M\nMission again\n- M2\n- M3\nOur values\n- V\n";
    let imported = import(text);
    assert_eq!(imported.framework.mission.items.len(), 1);
    assert_eq!(imported.framework.values.items.len(), 1);
    let unplaced: Vec<_> = imported
        .unplaced
        .iter()
        .map(|line| (line.line, line.text.as_str(), line.reason))
        .collect();
    let second = UnplacedReason::SecondSection(SectionKind::Mission);
    assert_eq!(
        unplaced,
        [
            (4, "Mission again", second),
            (5, "M2", second),
            (6, "M3", second)
        ]
    );
    assert!(
        imported.unplaced[0]
            .to_string()
            .contains("line 4: \"Mission again\": a second mission section"),
        "{}",
        imported.unplaced[0]
    );
}

#[test]
fn a_fourth_section_is_listed_and_the_rest_imported() {
    let text = "Title\nA\n- a\nB\n- b\nC\n- c\nD\n- d\n";
    let imported = import(text);
    assert_eq!(imported.framework.values.intro, "C");
    let unplaced: Vec<_> = imported
        .unplaced
        .iter()
        .map(|line| (line.line, line.reason))
        .collect();
    assert_eq!(
        unplaced,
        [
            (8, UnplacedReason::ExtraSection),
            (9, UnplacedReason::ExtraSection)
        ]
    );
}

#[test]
fn lines_after_the_last_bullet_are_listed() {
    let imported = import("Title\nMission\n- M\nApproved by the board, 2024\n");
    assert_eq!(imported.framework.mission.items.len(), 1);
    assert_eq!(imported.unplaced.len(), 1);
    assert_eq!(imported.unplaced[0].line, 4);
    assert_eq!(imported.unplaced[0].reason, UnplacedReason::NoItems);
}

#[test]
fn an_empty_bullet_is_listed_and_not_counted() {
    let imported = import("Title\nVision\n- a\n-\n- b\n");
    let ids: Vec<_> = imported
        .framework
        .vision
        .items
        .iter()
        .map(|item| item.id.as_str())
        .collect();
    assert_eq!(ids, ["vision-1", "vision-2"]);
    assert_eq!(imported.unplaced.len(), 1);
    assert_eq!(imported.unplaced[0].reason, UnplacedReason::EmptyBullet);
}

#[test]
fn several_heading_lines_name_the_section_and_the_last_is_the_intro() {
    let framework = framework("Title\n## Our Mission\n\nWe advance health by:\n- M\n");
    assert_eq!(framework.mission.intro, "We advance health by:");
}

#[test]
fn an_imported_framework_makes_a_valid_session() {
    let imported = import("Title\nMission\n- CARE a\n- CARE b\nVision\n- x\n");
    for kind in SectionKind::ALL {
        assert_eq!(
            imported.framework.section(kind).label,
            None,
            "import sets no label"
        );
    }
    assert!(imported.framework.items().all(|(_, item)| !item.retired));
    let session = plaza::model::Session::new(
        "Retreat",
        chrono::NaiveDate::from_ymd_opt(2025, 3, 1).expect("a date"),
        imported.framework,
    );
    let problems = plaza::model::validate(&session);
    assert!(problems.is_empty(), "{problems:?}");
}
