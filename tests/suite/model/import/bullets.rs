//! Lines: every kind of bullet, wrapped lines, blank lines, Markdown, the title.

use plaza::model::SectionKind;

use super::{framework, import, items};

fn mission_texts(text: &str) -> Vec<String> {
    framework(text)
        .mission
        .items
        .iter()
        .map(|item| item.full_text())
        .collect()
}

#[test]
fn every_kind_of_bullet_starts_an_item() {
    for marker in ["•", "-", "*", "–", "1.", "1)", "a)", "12.", "B)"] {
        let text = format!("Title\nOur mission:\n{marker} First one\n  {marker} Second one\n");
        assert_eq!(
            mission_texts(&text),
            ["First one", "Second one"],
            "bullet {marker}"
        );
    }
}

#[test]
fn a_bullet_needs_a_space_after_its_marker_except_the_dot() {
    let imported = import("Title\nIntro\n•Touching\n- spaced\n-5 degrees\nLast intro\n- item\n");
    let mission = &imported.framework.mission;
    assert_eq!(mission.intro, "Intro");
    let texts: Vec<_> = mission
        .items
        .iter()
        .map(|item| item.text.as_str())
        .collect();
    assert_eq!(texts, ["Touching", "spaced"]);
    // "-5 degrees" is not a bullet: it heads the next section with "Last intro".
    assert_eq!(imported.framework.vision.intro, "Last intro");
}

#[test]
fn an_indented_line_right_after_a_bullet_continues_it() {
    let text =
        "Title\nMission:\n- The first line\n   wraps here\n   and here\n- Second\nVision:\n- One\n";
    assert_eq!(
        mission_texts(text),
        ["The first line wraps here and here", "Second"]
    );
}

#[test]
fn a_line_that_is_not_indented_after_a_bullet_heads_the_next_section() {
    let framework = framework("Title\nMission:\n- One\nOur vision\n- Two\n");
    assert_eq!(framework.mission.items.len(), 1);
    assert_eq!(framework.vision.intro, "Our vision");
}

#[test]
fn an_indented_line_after_a_blank_line_does_not_continue_the_bullet() {
    let framework = framework("Title\nMission:\n- One\n\n   Our vision\n- Two\n");
    assert_eq!(framework.mission.items[0].text, "One");
    assert_eq!(framework.vision.intro, "Our vision");
}

#[test]
fn blank_lines_are_ignored_everywhere() {
    let text = "\n\n  \nTitle\n\n\nOur mission\n\n- One\n\n\n- Two\n\n";
    let framework = framework(text);
    assert_eq!(framework.title, "Title");
    assert_eq!(framework.mission.intro, "Our mission");
    assert_eq!(framework.mission.items.len(), 2);
}

#[test]
fn markdown_hashes_and_bold_marks_are_removed() {
    let text = "# Our **Statement**\n\n## Mission\n\nWe __serve__ by:\n\n* **RESPECT**: for all\n* __Care__ — always\n";
    let framework = framework(text);
    assert_eq!(framework.title, "Our Statement");
    assert_eq!(framework.mission.intro, "We serve by:");
    assert_eq!(
        items(&framework, SectionKind::Mission),
        super::triples(&[
            ("respect", "RESPECT", "for all"),
            ("care", "Care", "always"),
        ])
    );
}

#[test]
fn crlf_line_ends_and_no_break_spaces_become_plain() {
    let text = "Title\r\nOur\u{a0}mission\r\n• GOOD\u{a0}work\u{202f}well\u{a0}\r\n";
    let framework = framework(text);
    assert_eq!(framework.mission.intro, "Our mission");
    assert_eq!(framework.mission.items[0].heading, "GOOD");
    assert_eq!(framework.mission.items[0].text, "work well");
}

#[test]
fn the_first_line_is_the_title_unless_a_bullet_follows_it() {
    let framework = framework("Our Values\n- Honesty\n- Care\n");
    assert_eq!(framework.title, "", "the session's title is used");
    assert_eq!(framework.values.intro, "Our Values");
    assert_eq!(framework.values.items.len(), 2);

    let framework = super::framework("Acme's statement\nOur values\n- Honesty\n");
    assert_eq!(framework.title, "Acme's statement");
    assert_eq!(framework.values.intro, "Our values");
}

#[test]
fn bullets_before_any_heading_form_a_section_without_an_intro() {
    let framework = framework("- One\n- Two\n");
    assert_eq!(framework.title, "");
    assert_eq!(framework.mission.intro, "");
    assert_eq!(framework.mission.items.len(), 2);
}

#[test]
fn text_is_kept_exactly_apart_from_the_ends() {
    let bullet = "Knowledge & discovery  for our state’s “people”,\tdía a día, and";
    let framework = framework(&format!("Title\nVision:\n-   {bullet}   \n"));
    assert_eq!(framework.vision.items[0].text, bullet);
}
