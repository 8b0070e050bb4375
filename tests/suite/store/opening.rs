//! What a file that is not a session reads as, the list of recent sessions, and the way back
//! through a damaged session's backup.

use plaza::store::{
    DecodeError, StoreError, backup_path, decode, load, read_recent, readable_backup,
    recover_backup, save, write_recent,
};

use crate::support::{example, file_names, temp_dir, write_session};

#[test]
fn other_files_are_told_apart_from_damaged_sessions() {
    let cases: [(&str, DecodeError); 6] = [
        ("", DecodeError::Empty),
        ("  // only a comment\n", DecodeError::Empty),
        ("Agenda(items: [])", DecodeError::NotASession),
        ("Buy coffee before the retreat.\n", DecodeError::NotASession),
        ("{\"title\": \"retreat\"}", DecodeError::NotASession),
        ("(title: \"no version\")", DecodeError::NotASession),
    ];
    for (text, expected) in cases {
        assert_eq!(decode(text).err(), Some(expected), "{text:?}");
    }
    let cut = decode("Session(format_version: 1, title: ").expect_err("cut off");
    assert!(matches!(cut, DecodeError::Syntax { .. }), "{cut:?}");
    assert!(cut.is_damage());
    assert!(!DecodeError::NotASession.is_damage());
    let plain = DecodeError::NotASession.to_string();
    assert!(plain.contains("not a Plaza session"), "{plain}");
}

#[test]
fn a_text_file_is_not_a_session_in_plain_words() {
    let dir = temp_dir();
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "Agenda(items: [\"coffee\"])").expect("write");
    let error = load(&notes).expect_err("not a session");
    let words = error.to_string();
    assert!(words.contains("is not a Plaza session"), "{words}");
    assert!(!words.contains("Expected"), "{words}");
    assert_eq!(error.path(), Some(notes.as_path()));
}

#[test]
fn the_recent_list_is_kept_whole_in_its_own_file() {
    let dir = temp_dir();
    let file = dir.path().join("data/recent.ron");
    assert!(read_recent(&file).is_empty(), "no file, no sessions");
    let sessions = vec![dir.path().join("b.ron"), dir.path().join("a.ron")];
    write_recent(&file, &sessions).expect("written");
    assert_eq!(read_recent(&file), sessions);
    assert_eq!(file_names(&dir.path().join("data")), ["recent.ron"]);
    std::fs::write(&file, "not a list").expect("spoil it");
    assert!(
        read_recent(&file).is_empty(),
        "a spoilt list is an empty one"
    );
}

#[test]
fn a_damaged_session_comes_back_through_a_copy_of_its_backup() {
    let dir = temp_dir();
    let mut before = example();
    before.title = "Before the last save".into();
    let path = write_session(dir.path(), "retreat.ron", &before);
    save(&path, &example()).expect("the last save, which keeps a backup");
    assert!(backup_path(&path).exists());
    std::fs::write(&path, "Session(format_version: 1, title: \"cut").expect("damage it");
    let damaged = std::fs::read(&path).expect("read");

    assert_eq!(readable_backup(&path), Some(backup_path(&path)));
    let copy = recover_backup(&path).expect("recovered");
    assert_eq!(copy, dir.path().join("retreat-recovered.ron"));
    assert_eq!(
        load(&copy).expect("reads").session.title,
        "Before the last save"
    );
    assert_eq!(
        std::fs::read(&path).expect("read"),
        damaged,
        "left as it was"
    );
    let again = recover_backup(&path).expect("recovered again");
    assert_eq!(
        again,
        dir.path().join("retreat-recovered-2.ron"),
        "never over a file"
    );

    std::fs::remove_file(backup_path(&path)).expect("no backup");
    assert_eq!(readable_backup(&path), None);
    assert!(matches!(
        recover_backup(&path),
        Err(StoreError::Read { .. })
    ));
}
