//! More choices than one page of the booth holds, and a hand count, on the projector: the
//! voter turns pages by keys or by the on-screen arrows, a digit chooses on the page in view,
//! and while hands are up the room reads every choice.

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use plaza::gui::PlazaApp;
use plaza::gui::room::deck::Slide;
use plaza::model::{Poll, PollMethod, Session};

use super::booth::{cast_and_wait_for_thanks, open_and_project, poll_of, projector_texts, shown};
use crate::support::{click_button, console_on, dots, temp_dir, write_session};

/// A session on the built-in framework with one draft poll of `method` on `items` (all the
/// framework's items when `None`).
fn session_with_poll(method: PollMethod, items: Option<Vec<String>>) -> Session {
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).expect("a date");
    let mut session = Session::new("Pages", date, plaza::store::default_framework());
    let every = session
        .framework
        .items()
        .map(|(_, item)| item.id.clone())
        .collect();
    let poll = Poll::draft(
        "poll".into(),
        "Where should we focus?".into(),
        items.unwrap_or(every),
        method,
    );
    session.polls.push(poll);
    session
}

/// The console on `session`, its poll open and on the projector.
fn projected(
    session: &Session,
) -> (
    tempfile::TempDir,
    std::path::PathBuf,
    Harness<'static, PlazaApp>,
) {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", session);
    let mut harness = console_on(path.clone());
    harness.get_by_label("Polls").click_accesskit();
    harness.run();
    open_and_project(&mut harness);
    (dir, path, harness)
}

fn press(harness: &mut Harness<'_, PlazaApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

/// Whether the booth's button that chooses the item named `label` is on the screen.
fn choosable(harness: &Harness<'_, PlazaApp>, label: &str) -> bool {
    harness
        .query_all_by_role_and_label(Role::Button, label)
        .next()
        .is_some()
}

/// The name the booth shows for the item `id`.
fn label_of(harness: &Harness<'_, PlazaApp>, id: &str) -> String {
    let document = harness.state().document().expect("a session is open");
    document.session().item_label(id).to_owned()
}

#[test]
fn more_than_nine_choices_turn_pages_by_keys_and_arrows_and_a_digit_chooses_on_the_page() {
    let method = PollMethod::Dots {
        per_person: 3,
        per_item: 2,
    };
    let session = session_with_poll(method, None);
    let items = session.polls[0].items.clone();
    assert!(items.len() > 9, "the seed has {} items", items.len());
    let (_dir, path, mut harness) = projected(&session);

    let booth = harness.state().booth().expect("the booth is up");
    let (pages, page_one) = (booth.pages(), booth.page_items());
    assert!(pages >= 2, "{} choices take pages", items.len());
    assert!(page_one.len() <= 9, "at most nine to a page");
    assert!(shown(&harness, &format!("Page 1 of {pages}")));
    let first = label_of(&harness, &items[0]);
    let next = items[page_one.end].clone();
    let next_label = label_of(&harness, &next);
    assert!(choosable(&harness, &first));
    assert!(!choosable(&harness, &next_label), "page 2 is out of view");

    // The clicker's PageDown turns the booth's page, not the slide.
    press(&mut harness, Key::PageDown);
    assert!(shown(&harness, &format!("Page 2 of {pages}")));
    assert!(matches!(harness.state().slide(), Slide::PollBallot(_)));
    assert!(choosable(&harness, &next_label));
    assert!(!choosable(&harness, &first), "page 1 is out of view");

    // Digit 1 on page 2 is the first choice of page 2.
    press(&mut harness, Key::Num1);
    let booth = harness.state().booth().expect("the booth is up");
    assert_eq!(booth.dots_on(&next), 1);
    assert_eq!(booth.dots_on(&items[0]), 0);

    // The arrows on the screen turn pages too; the pager keeps the dot on page 2 in mind.
    click_button(&mut harness, "Previous page");
    assert!(choosable(&harness, &first));
    let elsewhere = if pages == 2 { "page 2" } else { "other pages" };
    assert!(
        shown(
            &harness,
            &format!("Page 1 of {pages}  ·  1 dot on {elsewhere}")
        ),
        "the pager says where the voter is, and that a dot is placed on another page"
    );
    click_button(&mut harness, "Next page");
    assert!(choosable(&harness, &next_label));
    // The dot is on the page in view now: nothing to remind.
    assert!(shown(&harness, &format!("Page 2 of {pages}")));

    cast_and_wait_for_thanks(&mut harness, &path, 1);
    let ballots = poll_of(&harness).ballots;
    assert_eq!(ballots.len(), 1);
    assert_eq!(
        ballots[0].marks,
        dots(&[(&next, 1)]),
        "the ballot holds page 2's first"
    );
}

#[test]
fn a_hand_count_shows_every_choice_while_hands_are_up() {
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).expect("a date");
    let values = Session::new("x", date, plaza::store::default_framework())
        .framework
        .value_ids();
    let session = session_with_poll(PollMethod::Tally, Some(values.clone()));
    let (_dir, _path, harness) = projected(&session);
    assert!(matches!(harness.state().slide(), Slide::PollBallot(_)));
    let texts = projector_texts(&harness);
    assert!(
        texts.iter().any(|text| text == "Where should we focus?"),
        "the question: {texts:?}"
    );
    for (index, id) in values.iter().enumerate() {
        let choice = format!("{}.  {}", index + 1, label_of(&harness, id));
        assert!(
            texts.contains(&choice),
            "the projector shows {choice:?}: {texts:?}"
        );
    }
}
