//! Item ids: slugs of headings, `<kind>-<position>` without one, unique in the framework.

use plaza::model::SectionKind;

use super::framework;

fn ids(text: &str, kind: SectionKind) -> Vec<String> {
    framework(text)
        .section(kind)
        .items
        .iter()
        .map(|item| item.id.clone())
        .collect()
}

fn values(bullets: &[&str]) -> Vec<String> {
    let text = format!("Title\nOur values\n- {}\n", bullets.join("\n- "));
    ids(&text, SectionKind::Values)
}

#[test]
fn a_heading_id_is_its_slug_up_to_the_first_comma() {
    assert_eq!(
        values(&[
            "EXCELLENCE & ACCOUNTABILITY in all",
            "INTEGRITY, PROFESSIONALISM & ETHICAL BEHAVIOR that",
            "RESPETO Y DIGNIDAD en todo",
            "SOCIAL RESPONSIBILITY shown",
            "PASIÓN Y ÉTICA siempre",
            "HEALTH AND SAFETY first",
            "Work/life balance: always",
            "COVID-19 RESPONSE now",
        ]),
        [
            "excellence-accountability",
            "integrity",
            "respeto-dignidad",
            "social-responsibility",
            "pasion-etica",
            "health-safety",
            "work-life-balance",
            "covid-19-response",
        ]
    );
}

#[test]
fn an_item_without_a_heading_is_its_kind_and_position() {
    let text = "Title\nOur mission\n- EDUCATING all\n- serving all\nOur vision\n- a\n- b\n- c\nOur values\n- kind\n";
    assert_eq!(ids(text, SectionKind::Mission), ["educating", "mission-2"]);
    assert_eq!(
        ids(text, SectionKind::Vision),
        ["vision-1", "vision-2", "vision-3"]
    );
    assert_eq!(ids(text, SectionKind::Values), ["values-1"]);
}

#[test]
fn a_heading_with_nothing_ascii_is_named_by_position() {
    assert_eq!(values(&["中文: 文字", "ÆØ: x"]), ["values-1", "values-2"]);
}

#[test]
fn ids_are_unique_in_the_framework() {
    let text = "Title\nMission\n- CARE for all\n- CARE again\nValues\n- CARE: a value\n- Care - and more\n";
    let framework = framework(text);
    let all: Vec<_> = framework
        .items()
        .map(|(_, item)| item.id.as_str())
        .collect();
    assert_eq!(all, ["care", "care-2", "care-3", "care-4"]);
}

#[test]
fn general_and_parking_lot_are_never_item_ids() {
    assert_eq!(
        values(&["GENERAL wellbeing", "Parking lot: ideas", "GENERAL again"]),
        ["general-2", "parking-lot-2", "general-3"]
    );
}
