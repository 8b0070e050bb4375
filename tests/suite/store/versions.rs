//! Format version 2 adds optional fields only. A session that uses none of them is written as
//! version 1, byte for byte as before; one that uses any is written as version 2, and goes back
//! to version 1 when it stops using them. Version 2 files read; version 3 is refused.

use plaza::model::SectionKind;
use plaza::store::{decode, encode, load, save};

use crate::support::{bytes, example, example_path, temp_dir, write_session};

#[test]
fn a_session_that_uses_nothing_new_is_written_byte_for_byte_as_version_1() {
    let original = std::fs::read_to_string(example_path()).expect("the example");
    let session = decode(&original).expect("reads");
    assert_eq!(session.needed_format_version(), 1);
    assert_eq!(encode(&session).expect("writes"), original);
    assert!(!original.contains("label"));
    assert!(!original.contains("retired"));
}

#[test]
fn a_section_label_or_a_retired_item_makes_it_version_2_and_back() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &example());
    let version_1 = bytes(&path);

    let mut session = example();
    session.framework.values.label = Some("Guiding principles".into());
    save(&path, &session).expect("save with a label");
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains("format_version: 2,"), "{text}");
    assert!(
        text.contains("label: Some(\"Guiding principles\")"),
        "{text}"
    );
    let back = load(&path).expect("version 2 reads").session;
    assert_eq!(
        back.framework.values.name(SectionKind::Values),
        "Guiding principles"
    );
    assert_eq!(back.format_version, 2);

    session.framework.values.label = None;
    session.framework.values.items[0].retired = true;
    save(&path, &session).expect("save with a retired item");
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains("format_version: 2,") && text.contains("retired: true"));

    session.framework.values.items[0].retired = false;
    save(&path, &session).expect("save with nothing new");
    assert_eq!(bytes(&path), version_1, "back to version 1, byte for byte");
}

#[test]
fn a_section_without_a_label_is_called_by_its_kind() {
    let session = example();
    let framework = &session.framework;
    assert_eq!(framework.mission.name(SectionKind::Mission), "Mission");
    assert_eq!(framework.vision.name(SectionKind::Vision), "Vision");
    assert_eq!(framework.values.name(SectionKind::Values), "Core values");
}

#[test]
fn every_shipped_session_re_saves_byte_for_byte_as_version_1() {
    for name in ["example-retreat.ron", "example-retreat-2025.ron"] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("sessions")
            .join(name);
        let original = std::fs::read_to_string(&path).expect("the example");
        let session = decode(&original).expect("reads");
        assert_eq!(session.format_version, 1, "{name}");
        assert_eq!(encode(&session).expect("writes"), original, "{name}");
    }
}

#[test]
fn a_version_1_plaza_refuses_a_labelled_session_as_newer() {
    let mut session = example();
    session.framework.values.label = Some("Guiding principles".into());
    let text = encode(&session).expect("writes");
    let error = plaza::store::decode_as_version(&text, 1).expect_err("a version-1 reader refuses");
    assert_eq!(error, plaza::store::DecodeError::NewerVersion { found: 2 });
    assert!(error.to_string().contains("newer version of Plaza"));
    assert!(plaza::store::decode_as_version(&encode(&example()).expect("v1"), 1).is_ok());
}

#[test]
fn a_phones_ballot_is_version_2_and_the_booths_leave_no_trace() {
    let mut session = crate::support::session_with_open_ranking_poll();
    let ballot = |id: &str, source| plaza::model::Ballot {
        id: id.into(),
        cast: plaza::model::now(),
        marks: plaza::model::Marks::Ranking(vec!["compassion".into()]),
        source,
    };
    session.polls[0]
        .ballots
        .push(ballot("booth-1", plaza::model::BallotSource::Booth));
    let text = plaza::store::encode(&session).expect("writes");
    assert!(
        !text.contains("source:"),
        "the booth's ballots leave it out"
    );
    assert_eq!(session.needed_format_version(), 1);

    session.polls[0]
        .ballots
        .push(ballot("phone-1", plaza::model::BallotSource::Phone));
    assert_eq!(session.needed_format_version(), 2);
    session.format_version = 2;
    let text = plaza::store::encode(&session).expect("writes");
    assert!(text.contains("source: Phone"), "{text}");
    let back = plaza::store::decode(&text).expect("reads");
    assert_eq!(back, session, "round-trips");
}
