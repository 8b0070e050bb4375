//! The generated sessions the benchmarks and the booth's tests use are valid sessions, the same
//! each time: a wall grouped into themes, and a vote on twenty ideas.

use plaza::model::{PollMethod, validate};
use plaza::sample::{large_session, note_poll_session, with_themes};

#[test]
fn a_big_wall_is_grouped_into_themes_of_notes_about_one_item() {
    let session = with_themes(large_session(12, 5_000, 0), 200, 20);
    assert_eq!(session.themes.len(), 200);
    for theme in &session.themes {
        assert_eq!(theme.notes.len(), 20, "{}", theme.title);
        for id in &theme.notes {
            let note = session.note(id).expect("a note of the session");
            assert_eq!(note.about, theme.about, "{}", theme.title);
        }
    }
    let problems: Vec<String> = validate(&session).iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        session,
        with_themes(large_session(12, 5_000, 0), 200, 20),
        "the same every time"
    );
    // Asked again, the themes it has count and keep their notes.
    assert_eq!(with_themes(session.clone(), 200, 20), session);
}

#[test]
fn a_vote_on_twenty_ideas_offers_sentences_of_eight_to_twenty_words() {
    let session = note_poll_session(20, PollMethod::default_dots());
    let poll = &session.polls[0];
    assert_eq!(poll.items.len(), 20);
    for id in &poll.items {
        let words = session.item_label(id).split_whitespace().count();
        assert!((8..=20).contains(&words), "{words} words in {id}");
    }
    let problems: Vec<String> = validate(&session).iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{problems:?}");
}
