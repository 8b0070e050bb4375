//! The console and the review dashboard say how many ballots came from phones once any did,
//! and the ballot list marks each phone ballot beside its time; the projector's results do not.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use plaza::gui::PlazaApp;
use plaza::model::{Ballot, BallotSource, Marks, PollStatus, Session, now};

use crate::support::{
    at_console, click_label, console_on, example, example_with_phone_ballots, temp_dir,
    write_session,
};

const DOTS: &str = "Which values need the most attention next year?";

/// The app at the console on `session`, its Polls tab showing the dot vote.
fn dot_vote_at_console(session: &Session) -> (tempfile::TempDir, Harness<'static, PlazaApp>) {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", session);
    let mut harness: Harness<'static, PlazaApp> = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .with_max_steps(64)
        .build_eframe(move |_cc| at_console(plaza::store::Document::open(&path, || {})));
    harness.run();
    click_label(&mut harness, "Polls");
    click_label(&mut harness, DOTS);
    (dir, harness)
}

fn labels(harness: &Harness<'_, PlazaApp>) -> Vec<String> {
    harness
        .get_all_by_role(Role::Label)
        .map(|node| {
            node.value()
                .or_else(|| node.accesskit_node().label())
                .unwrap_or_default()
        })
        .collect()
}

#[test]
fn the_console_says_how_many_ballots_came_from_phones() {
    let (_dir, harness) = dot_vote_at_console(&example_with_phone_ballots(8));
    let seen = labels(&harness);
    let has = |text: &str| seen.iter().any(|label| label == text);
    assert!(
        has("23 ballots cast (15 at the booth, 8 on phones)"),
        "{seen:?}"
    );
    // The results table's line, under "Results".
    assert!(
        has("Dot voting · Revealed · 23 ballots (15 at the booth, 8 on phones)"),
        "{seen:?}"
    );
}

#[test]
fn a_poll_only_the_booth_voted_in_reads_as_before() {
    let (_dir, harness) = dot_vote_at_console(&example());
    let seen = labels(&harness);
    assert!(seen.iter().any(|label| label == "23 ballots cast"));
    assert!(
        seen.iter()
            .any(|label| label == "Dot voting · Revealed · 23 ballots")
    );
    assert!(
        !seen
            .iter()
            .any(|label| label.contains("booth") || label.contains("phone")),
        "{seen:?}"
    );
}

#[test]
fn the_ballot_list_marks_phone_ballots_while_voting_is_open() {
    let mut session = example();
    let dots = &mut session.polls[0];
    dots.status = PollStatus::Open;
    dots.ballots.truncate(3);
    dots.ballots.push(Ballot {
        id: "from-a-phone".into(),
        cast: now(),
        marks: Marks::Dots([("integrity".to_owned(), 1)].into()),
        source: BallotSource::Phone,
    });
    dots.ballots[1].source = BallotSource::Phone;
    let (_dir, mut harness) = dot_vote_at_console(&session);
    click_label(&mut harness, "Ballots (4)");
    let seen = labels(&harness);
    assert_eq!(
        seen.iter().filter(|label| *label == "phone").count(),
        2,
        "one mark per phone ballot: {seen:?}"
    );
    assert!(
        seen.iter()
            .any(|label| label == "4 ballots cast (2 at the booth, 2 on phones)")
    );
    // While voting is open the list shows times only, never what a ballot chose.
    assert!(
        !seen.iter().any(|label| label.contains("INTEGRITY 1")),
        "{seen:?}"
    );
}

#[test]
fn the_dashboard_says_how_many_ballots_came_from_phones() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &example_with_phone_ballots(8));
    let harness = console_on(path);
    assert!(harness.state().reviewing(), "every poll is revealed");
    let seen = labels(&harness);
    let has = |text: &str| seen.iter().any(|label| label == text);
    // The dot vote's card among "What the polls put first", and the session at a glance.
    assert!(
        has("Dot voting · revealed · 23 ballots (15 at the booth, 8 on phones)"),
        "{seen:?}"
    );
    assert!(has("Rating · revealed · 19 ballots"), "{seen:?}");
    assert!(has("ballots, 8 on phones"), "{seen:?}");
}
