//! *Phones can vote* from the console: the server starts for the open poll, a phone's ballot
//! is recorded with no frame drawn and shows at the next one, and closing the poll stops the
//! server.

use std::net::TcpStream;

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use plaza::model::{BallotSource, PollMethod};

use super::{Phone, session_open_on};
use crate::support::{
    click_button, click_label, console_on, open_session, temp_dir, write_session,
};

#[test]
fn phones_vote_from_the_console_until_the_poll_closes() {
    let dir = temp_dir();
    let path = write_session(
        dir.path(),
        "retreat.ron",
        &session_open_on(PollMethod::default_dots()),
    );
    let mut harness = console_on(path);
    click_label(&mut harness, "Polls");
    harness
        .get_by_role_and_label(Role::CheckBox, "Phones can vote")
        .click_accesskit();
    harness.run();

    let labels: Vec<String> = harness
        .query_all_by_role(Role::Label)
        .filter_map(|node| node.accesskit_node().value().map(|text| text.to_string()))
        .collect();
    let url = labels
        .iter()
        .find(|text| text.starts_with("http://"))
        .expect("the address phones open")
        .clone();
    let port: u16 = url
        .trim_end_matches('/')
        .rsplit(':')
        .next()
        .and_then(|port| port.parse().ok())
        .expect("a port");
    let code = labels
        .iter()
        .find(|text| text.len() == 4 && text.chars().all(|c| c.is_ascii_digit()))
        .expect("the join code")
        .clone();

    // The phone talks to this computer only: the server listens on every address.
    let mut phone = Phone::new(&format!("http://127.0.0.1:{port}/"));
    assert_eq!(phone.join(&code).status, 200);
    // No frame runs while it votes: the server records it all the same.
    assert_eq!(phone.vote(r#"{"dots": {"compassion": 2}}"#).status, 201);
    harness.run();
    let session = open_session(&harness);
    assert_eq!(session.polls[0].ballots.len(), 1);
    assert_eq!(session.polls[0].ballots[0].source, BallotSource::Phone);
    assert!(
        harness
            .query_all_by_label_contains("1 ballot on phones")
            .next()
            .is_some(),
        "the console counts it"
    );

    // The booth screen tells the room how to join.
    harness
        .get_by_label_contains("Vote: Which values need the most attention?")
        .click_accesskit();
    harness.run();
    harness.key_press(egui::Key::F5);
    harness.run();
    assert!(
        harness
            .query_all_by_label(&format!("Join code {code}"))
            .next()
            .is_some(),
        "the booth screen shows the join code"
    );
    assert!(
        harness
            .query_all_by_label_contains("QR code for http://")
            .next()
            .is_some_and(|node| node
                .accesskit_node()
                .label()
                .is_some_and(|label| label.ends_with(&format!("#{code}")))),
        "the QR code holds the address and the code"
    );

    click_button(&mut harness, "Close voting");
    harness.run();
    assert!(
        TcpStream::connect(("127.0.0.1", port)).is_err(),
        "the server let go of the network when voting closed"
    );
}
