//! A bullet's heading: a run of capitals, or a short phrase before a colon or dash.

use super::framework;

/// The (heading, text) a single bullet imports to.
fn split(bullet: &str) -> (String, String) {
    let framework = framework(&format!("Title\nOur values\n- {bullet}\n"));
    let item = &framework.values.items[0];
    (item.heading.clone(), item.text.clone())
}

fn pair(heading: &str, text: &str) -> (String, String) {
    (heading.to_owned(), text.to_owned())
}

#[test]
fn a_run_of_capitals_is_the_heading() {
    assert_eq!(
        split("EDUCATING and increasing diversity"),
        pair("EDUCATING", "and increasing diversity")
    );
    assert_eq!(
        split("INTEGRITY, PROFESSIONALISM & ETHICAL BEHAVIOR that embodies"),
        pair(
            "INTEGRITY, PROFESSIONALISM & ETHICAL BEHAVIOR",
            "that embodies"
        )
    );
    assert_eq!(
        split("RESEARCH / TEACHING at once"),
        pair("RESEARCH / TEACHING", "at once")
    );
}

#[test]
fn capitals_with_accents_are_capitals_and_lower_case_accents_end_the_run() {
    assert_eq!(
        split("RESPETO Y DIGNIDAD en todo"),
        pair("RESPETO Y DIGNIDAD", "en todo")
    );
    assert_eq!(
        split("ÉTICA Y PASIÓN siempre"),
        pair("ÉTICA Y PASIÓN", "siempre")
    );
    assert_eq!(split("ÉTICA ética"), pair("ÉTICA", "ética"));
}

#[test]
fn a_colon_or_dash_right_after_the_capitals_is_dropped() {
    assert_eq!(split("INTEGRITY — We act"), pair("INTEGRITY", "We act"));
    assert_eq!(split("INTEGRITY – We act"), pair("INTEGRITY", "We act"));
    assert_eq!(split("INTEGRITY - We act"), pair("INTEGRITY", "We act"));
    assert_eq!(split("INTEGRITY: We act"), pair("INTEGRITY", "We act"));
    assert_eq!(split("INTEGRITY : We act"), pair("INTEGRITY", "We act"));
}

#[test]
fn a_run_needs_a_word_of_two_letters() {
    assert_eq!(
        split("A college where all learn"),
        pair("", "A college where all learn")
    );
    assert_eq!(split("I am here"), pair("", "I am here"));
    assert_eq!(split("A B OK then"), pair("A B OK", "then"));
}

#[test]
fn a_bullet_all_in_capitals_is_all_heading() {
    assert_eq!(split("COMPASSION"), pair("COMPASSION", ""));
}

#[test]
fn a_short_phrase_before_a_colon_or_dash_is_the_heading() {
    assert_eq!(
        split("Respect: We treat everyone fairly"),
        pair("Respect", "We treat everyone fairly")
    );
    assert_eq!(
        split("Respeto — Tratamos a todos"),
        pair("Respeto", "Tratamos a todos")
    );
    assert_eq!(split("Care – always"), pair("Care", "always"));
    assert_eq!(split("Care - always"), pair("Care", "always"));
    assert_eq!(
        split("One two three four five six: seven"),
        pair("One two three four five six", "seven")
    );
}

#[test]
fn a_long_phrase_or_a_time_is_not_split() {
    let seven = "One two three four five six seven: eight";
    assert_eq!(split(seven), pair("", seven));
    assert_eq!(
        split("Meet every day at 10:30 sharp"),
        pair("", "Meet every day at 10:30 sharp")
    );
    assert_eq!(
        split("Promote the well-being of all"),
        pair("", "Promote the well-being of all")
    );
}

#[test]
fn the_first_separator_decides() {
    assert_eq!(
        split("Care - for all: always"),
        pair("Care", "for all: always")
    );
}

#[test]
fn a_trailing_and_is_kept() {
    assert_eq!(
        split("ADVOCATING for the health of all and"),
        pair("ADVOCATING", "for the health of all and")
    );
}
