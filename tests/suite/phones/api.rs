//! The ballot API as a phone meets it: join, the open poll, ballots of each method and every
//! way one is refused, a poll closed mid-vote, and a server stopped and started again.

use plaza::model::{BallotSource, Edit, PollMethod, PollStatus, Translation};
use plaza::store::load;
use serde_json::json;

use super::{CODE, Phone, served, session_open_on};
use crate::support::temp_dir;

#[test]
fn a_phone_joins_with_the_code_and_an_address_guessing_it_is_paused() {
    let dir = temp_dir();
    let (_document, server) = served(dir.path(), &session_open_on(PollMethod::default_dots()));
    let base = plaza::server::url_of(server.address());
    assert_eq!(server.code(), CODE);

    let mut phone = Phone::new(&base);
    let wrong = phone.join("1234");
    assert_eq!(wrong.status, 403);
    assert!(
        wrong.body["error"]
            .as_str()
            .is_some_and(|words| words.contains("code"))
    );
    let right = phone.join(CODE);
    assert_eq!(right.status, 200);
    let token = right.body["token"].as_str().expect("a token");
    assert_eq!(token.len(), 32, "128 random bits in hex");
    assert!(token.chars().all(|c| c.is_ascii_hexdigit()));
    let other = Phone::new(&base).join(CODE);
    assert_ne!(
        other.body["token"], right.body["token"],
        "each phone its own token"
    );

    // Ten wrong codes from one address within a minute: a pause, even for the right code.
    let mut guesser = Phone::new(&base);
    for n in 1..10 {
        assert_eq!(guesser.join(&format!("{n:04}")).status, 403);
    }
    let paused = guesser.join(CODE);
    assert_eq!(paused.status, 429, "{paused:?}");
    assert_eq!(paused.retry_after.as_deref(), Some("60"));
    assert!(paused.body["error"].is_string());
}

#[test]
fn a_translated_item_gives_phones_its_name_in_each_language() {
    let dir = temp_dir();
    let mut session = session_open_on(PollMethod::default_dots());
    let compassion = session
        .framework
        .values
        .items
        .iter_mut()
        .find(|item| item.id == "compassion")
        .expect("the example's values");
    compassion.translations.insert(
        "es".into(),
        Translation {
            heading: "COMPASIÓN".into(),
            text: "en la atención".into(),
        },
    );
    let (_document, server) = served(dir.path(), &session);
    let mut phone = Phone::new(&plaza::server::url_of(server.address()));
    phone.join(CODE);
    let poll = phone.get("api/poll");
    let choices = poll.body["choices"].as_array().expect("choices");
    assert_eq!(
        choices[1],
        json!({"id": "compassion", "label": "COMPASSION", "labels": {"es": "COMPASIÓN"}})
    );
    assert_eq!(
        choices[0].get("labels"),
        None,
        "untranslated: the label alone"
    );
}

#[test]
fn the_open_poll_is_given_only_with_a_token() {
    let dir = temp_dir();
    let session = session_open_on(PollMethod::default_rating());
    let (_document, server) = served(dir.path(), &session);
    let mut phone = Phone::new(&plaza::server::url_of(server.address()));
    assert_eq!(phone.get("api/poll").status, 401);
    phone.token = Some("0".repeat(32));
    assert_eq!(phone.get("api/poll").status, 401, "a token never given out");
    phone.join(CODE);
    let poll = phone.get("api/poll");
    assert_eq!(poll.status, 200);
    assert_eq!(poll.body["poll"], "vote");
    assert_eq!(
        poll.body["question"],
        "Which values need the most attention?"
    );
    let PollMethod::Rating {
        min,
        max,
        low,
        high,
    } = PollMethod::default_rating()
    else {
        unreachable!("a rating");
    };
    assert_eq!(
        poll.body["method"],
        json!({"rating": {"min": min, "max": max, "low": low, "high": high}})
    );
    let choices = poll.body["choices"].as_array().expect("choices");
    assert_eq!(choices.len(), 6);
    assert_eq!(
        choices[1],
        json!({"id": "compassion", "label": "COMPASSION"})
    );
    // Nothing else is served: no notes, results or session file.
    for path in [
        "api/results",
        "api/notes",
        "retreat.ron",
        "api/session",
        "../retreat.ron",
    ] {
        let answer = phone.get(path);
        assert_eq!(answer.status, 404, "{path}");
        assert!(answer.body["error"].is_string(), "{path}: a JSON error");
    }
    assert_eq!(phone.get("api/join").status, 405, "join is a POST");
}

#[test]
fn ballots_of_each_method_are_recorded_on_disk_before_201_and_bad_ones_refused() {
    let methods = [
        (
            PollMethod::default_dots(),
            r#"{"dots": {"compassion": 2, "diversity": 1}}"#,
            r#"{"dots": {"compassion": 2, "diversity": 2}}"#,
            "budget",
        ),
        (
            PollMethod::default_rating(),
            r#"{"ratings": {"compassion": 5, "integrity": 3}}"#,
            r#"{"ratings": {"compassion": 9}}"#,
            "scale",
        ),
        (
            PollMethod::Ranking,
            r#"{"ranking": ["integrity", "compassion"]}"#,
            r#"{"ranking": ["integrity", "integrity"]}"#,
            "twice",
        ),
    ];
    for (method, good, broken, why) in methods {
        let dir = temp_dir();
        let (document, server) = served(dir.path(), &session_open_on(method.clone()));
        let base = plaza::server::url_of(server.address());
        let mut phone = Phone::new(&base);
        phone.join(CODE);

        let refused = phone.vote(broken);
        assert_eq!(refused.status, 422, "{method:?}: {refused:?}");
        let reason = refused.body["error"].as_str().unwrap_or_default();
        assert!(
            reason.contains(why),
            "{method:?}: the reason says why: {reason}"
        );
        let unknown = phone.vote(r#"{"ranking": ["kindness"]}"#);
        assert_eq!(unknown.status, 422, "{method:?}: an unknown choice");
        assert_eq!(
            phone.post("api/ballot", b"{marks: dots").status,
            400,
            "not JSON"
        );
        let huge = vec![b' '; 1024 * 1024];
        assert_eq!(phone.post("api/ballot", &huge).status, 413, "1 MB");

        let recorded = phone.vote(good);
        assert_eq!(recorded.status, 201, "{method:?}: {recorded:?}");
        assert_eq!(recorded.body["recorded"], true);
        let id = recorded.body["ballot"].as_str().expect("the ballot's id");
        // On disk before the answer: the file holds it now.
        let on_disk = load(document.path()).expect("loads").session;
        let ballot = on_disk.polls[0]
            .ballots
            .iter()
            .find(|ballot| ballot.id == id)
            .expect("the ballot is in the file");
        assert_eq!(ballot.source, BallotSource::Phone);
        assert_eq!(on_disk.format_version, 2, "a phone's ballot is version 2");

        assert_eq!(
            phone.vote(good).status,
            409,
            "one ballot per phone per poll"
        );
        let again = load(document.path()).expect("loads").session;
        assert_eq!(again.polls[0].ballots.len(), 1, "{method:?}");
    }
}

#[test]
fn a_poll_closed_mid_vote_refuses_with_410_and_a_hand_count_is_not_offered() {
    let dir = temp_dir();
    let (mut document, server) = served(dir.path(), &session_open_on(PollMethod::default_dots()));
    let mut phone = Phone::new(&plaza::server::url_of(server.address()));
    phone.join(CODE);
    assert_eq!(phone.get("api/poll").status, 200);
    let stale = phone.post(
        "api/ballot",
        br#"{"poll": "another", "marks": {"dots": {"compassion": 1}}}"#,
    );
    assert_eq!(stale.status, 410, "a poll that is not the open one");
    document
        .apply(Edit::SetPollStatus {
            poll: "vote".into(),
            status: PollStatus::Closed,
        })
        .expect("closed");
    assert_eq!(phone.get("api/poll").status, 410);
    let late = phone.vote(r#"{"dots": {"compassion": 1}}"#);
    assert_eq!(late.status, 410);
    assert!(late.body["error"].is_string());

    let dir = temp_dir();
    let (_tally, server) = served(dir.path(), &session_open_on(PollMethod::Tally));
    let mut phone = Phone::new(&plaza::server::url_of(server.address()));
    phone.join(CODE);
    assert_eq!(
        phone.get("api/poll").status,
        410,
        "hands are counted in the room"
    );
}

#[test]
fn a_server_stopped_and_started_again_refuses_old_tokens_and_keeps_every_ballot() {
    let dir = temp_dir();
    let (document, server) = served(dir.path(), &session_open_on(PollMethod::Ranking));
    let mut phone = Phone::new(&plaza::server::url_of(server.address()));
    phone.join(CODE);
    assert_eq!(phone.vote(r#"{"ranking": ["compassion"]}"#).status, 201);
    server.stop();

    let again = plaza::server::VotingServer::start(
        document.shared(),
        plaza::server::ServeOptions {
            bind: "127.0.0.1".parse().expect("an address"),
            port: Some(0),
            ..plaza::server::ServeOptions::default()
        },
    )
    .expect("starts again");
    assert_ne!(again.code(), "", "a new code");
    let mut returning = Phone::new(&plaza::server::url_of(again.address()));
    returning.token = phone.token.clone();
    assert_eq!(returning.get("api/poll").status, 401, "the old run's token");
    let code = again.code().to_owned();
    returning.token = None;
    returning.join(&code);
    assert_eq!(returning.vote(r#"{"ranking": ["integrity"]}"#).status, 201);
    drop(again);
    let on_disk = load(document.path()).expect("loads").session;
    assert_eq!(
        on_disk.polls[0].ballots.len(),
        2,
        "both runs' ballots are kept"
    );
}

#[test]
fn a_run_takes_a_bounded_number_of_phones() {
    let mut access = plaza::server::Access::with_code(CODE.into());
    let from: std::net::IpAddr = "127.0.0.1".parse().expect("an address");
    let now = std::time::Instant::now();
    for _ in 0..plaza::server::MOST_TOKENS {
        assert!(matches!(
            access.join(from, CODE, now),
            plaza::server::Join::Token(_)
        ));
    }
    assert_eq!(access.join(from, CODE, now), plaza::server::Join::Full);
}
