//! `docs/VOTING.md` says what the server answers: every status and word a phone can meet is in it,
//! word for word.

use plaza::model::{Edit, PollMethod, PollStatus};

use super::{Answer, CODE, Phone, served, session_open_on};
use crate::support::temp_dir;

/// The page phones' programmers read.
const DOCS: &str = include_str!("../../../docs/VOTING.md");

/// `answer` has `status`, and its status and words are in the docs.
fn documented(answer: &Answer, status: u16, what: &str) {
    assert_eq!(answer.status, status, "{what}: {answer:?}");
    assert!(
        DOCS.contains(&format!("`{status}`")),
        "{what}: status {status} is not in docs/VOTING.md"
    );
    if status >= 400 {
        let words = answer.body["error"]
            .as_str()
            .unwrap_or_else(|| panic!("{what}: an error body: {answer:?}"));
        assert!(
            DOCS.contains(words),
            "{what}: “{words}” is not in docs/VOTING.md"
        );
    }
}

#[test]
fn every_answer_a_phone_can_meet_is_in_the_docs_word_for_word() {
    let dir = temp_dir();
    let (mut document, server) = served(dir.path(), &session_open_on(PollMethod::default_dots()));
    let mut phone = Phone::new(&plaza::server::url_of(server.address()));

    documented(&phone.get("nowhere"), 404, "another path");
    documented(&phone.post("", b"{}"), 405, "POST /");
    documented(&phone.get("api/ballot"), 405, "GET /api/ballot");
    documented(&phone.post("api/join", b"{code"), 400, "a join not JSON");
    documented(&phone.post("api/join", b"{}"), 400, "a join with no code");
    documented(&phone.join("1234"), 403, "a wrong code");
    documented(&phone.get("api/poll"), 401, "the poll before joining");
    documented(
        &phone.vote(r#"{"dots": {}}"#),
        401,
        "a ballot before joining",
    );

    documented(&phone.join(CODE), 200, "the right code");
    documented(&phone.get("api/poll"), 200, "the poll");
    documented(
        &phone.post("api/ballot", &vec![b' '; 64 * 1024]),
        413,
        "a body over 16 KB",
    );
    documented(
        &phone.post("api/ballot", b"{marks"),
        400,
        "a ballot not JSON",
    );
    let broken = [
        (
            r#"{"dots": {"compassion": 2, "diversity": 2}}"#,
            "over the budget",
        ),
        (r#"{"dots": {"compassion": 1.5}}"#, "half a dot"),
        (
            r#"{"ratings": {"compassion": "high"}}"#,
            "a rating in words",
        ),
        (r#"{"ranking": [1, 2]}"#, "a ranking of numbers"),
        (r#"{"votes": ["compassion"]}"#, "no marks at all"),
        (r#"{"dots": {}}"#, "an empty ballot"),
    ];
    for (marks, what) in broken {
        documented(&phone.vote(marks), 422, what);
    }
    documented(
        &phone.post(
            "api/ballot",
            br#"{"poll": "another", "marks": {"dots": {"compassion": 1}}}"#,
        ),
        410,
        "another poll",
    );
    documented(
        &phone.vote(r#"{"dots": {"compassion": 1}}"#),
        201,
        "a ballot",
    );
    documented(
        &phone.vote(r#"{"dots": {"integrity": 1}}"#),
        409,
        "a second ballot",
    );

    document
        .apply(Edit::SetPollStatus {
            poll: "vote".into(),
            status: PollStatus::Closed,
        })
        .expect("closed");
    let mut late = Phone::new(&plaza::server::url_of(server.address()));
    late.join(CODE);
    documented(&late.get("api/poll"), 410, "the poll once closed");
    documented(
        &late.vote(r#"{"dots": {"compassion": 1}}"#),
        410,
        "a ballot once closed",
    );

    // Last: the pause holds for this address, the right code included.
    for guess in 1..=9 {
        late.join(&format!("{guess:04}"));
    }
    let paused = late.join(CODE);
    documented(&paused, 429, "ten wrong codes");
    assert_eq!(paused.retry_after.as_deref(), Some("60"));
    assert!(DOCS.contains("Retry-After: 60"));
}
