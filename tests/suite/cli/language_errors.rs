//! Each command's refusals for people in the system's language: Spanish under a Spanish locale,
//! English under an English one, word for word what it always said.

#![cfg(unix)]

use std::path::Path;
use std::process::{Command, Output, Stdio};

use super::{plaza_in_locale, stdout};
use crate::support::{example, example_path, last_year_path, temp_dir, write_session};

const SPANISH: &str = "es_MX.UTF-8";
const ENGLISH: &str = "en_US.UTF-8";

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn text(path: &Path) -> String {
    path.display().to_string()
}

/// Runs `plaza` in `locale` and checks it failed with `code`, saying `says` on standard error.
fn refuses(args: &[&str], dir: &Path, locale: &str, code: i32, says: &str) {
    let output = plaza_in_locale(args, dir, locale);
    let error = stderr(&output);
    assert_eq!(
        output.status.code(),
        Some(code),
        "{args:?} in {locale}: {error}"
    );
    assert!(!error.contains("panicked"), "{error}");
    assert!(
        error.starts_with("plaza: ") && error.contains(says),
        "{args:?} in {locale} says {says:?}: {error}"
    );
}

/// Runs `plaza` in `locale` with its standard output on a full disk.
fn into_full_disk(args: &[&str], dir: &Path, locale: &str) -> Output {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    Command::new(env!("CARGO_BIN_EXE_plaza"))
        .args(args)
        .env("XDG_DATA_HOME", dir)
        .env("HOME", dir)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale)
        .stdout(full)
        .stderr(Stdio::piped())
        .output()
        .expect("run plaza")
}

#[test]
fn merge_refuses_in_the_systems_language() {
    let dir = temp_dir();
    let a = text(&example_path());
    let taken = write_session(dir.path(), "taken.ron", &example());
    let taken = text(&taken);
    for (locale, says) in [
        (
            SPANISH,
            "taken.ron ya existe; hay que elegir un archivo nuevo",
        ),
        (
            ENGLISH,
            "taken.ron already exists; choose a new file for the merged session",
        ),
    ] {
        refuses(
            &["merge", &a, &a, "-o", &taken],
            dir.path(),
            locale,
            1,
            says,
        );
    }

    let mut other = example();
    other.framework.title = "Another organisation".into();
    other.title = "Their retreat".into();
    let other = text(&write_session(dir.path(), "other.ron", &other));
    let out = text(&dir.path().join("merged.ron"));
    for (locale, says) in [
        (
            SPANISH,
            "“Their retreat” tiene un marco distinto de “Leadership retreat 2026”",
        ),
        (
            ENGLISH,
            "“Their retreat” is on a different framework from “Leadership retreat 2026”",
        ),
    ] {
        refuses(
            &["merge", &a, &other, "-o", &out],
            dir.path(),
            locale,
            1,
            says,
        );
    }

    let mut broken = example();
    broken.polls[0].status = plaza::model::PollStatus::Draft;
    let broken = text(&write_session(dir.path(), "broken.ron", &broken));
    for (locale, says) in [
        (
            SPANISH,
            "broken.ron no cumple las reglas de una sesión, así que no se combinó nada: ",
        ),
        (
            ENGLISH,
            "broken.ron breaks the session rules, so nothing was merged: ",
        ),
    ] {
        refuses(
            &["merge", &a, &broken, "-o", &out],
            dir.path(),
            locale,
            1,
            says,
        );
    }
    assert!(
        !dir.path().join("merged.ron").exists(),
        "nothing was written"
    );
}

#[test]
fn merge_tells_what_it_did_in_the_systems_language() {
    let dir = temp_dir();
    let open = example();
    let mut laptop = open.clone();
    laptop.notes[0].text = "Edited on the laptop".into();
    let a = text(&write_session(dir.path(), "a.ron", &open));
    let b = text(&write_session(dir.path(), "b.ron", &laptop));
    for (locale, name, says) in [
        (
            SPANISH,
            "es.ron",
            [
                "Sesión combinada en",
                "se agregaron 1 nota, 0 acciones, 0 votaciones y 0 votos.",
                "Diferencia: la nota “",
            ],
        ),
        (
            ENGLISH,
            "en.ron",
            [
                "Merged into",
                "1 note, 0 action items, 0 polls and 0 ballots added.",
                "Conflict: note “",
            ],
        ),
    ] {
        let out = text(&dir.path().join(name));
        let output = plaza_in_locale(&["merge", &a, &b, "-o", &out], dir.path(), locale);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let said = stdout(&output);
        for line in says {
            assert!(said.contains(line), "{locale}: {line:?} in {said}");
        }
    }
}

#[test]
fn new_from_refuses_in_the_systems_language() {
    let dir = temp_dir();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "\n\n").expect("written");
    let empty = text(&empty);
    let target = text(&dir.path().join("new.ron"));
    for (locale, says) in [
        (
            SPANISH,
            "empty.txt: la declaración está vacía: se esperaba un título",
        ),
        (
            ENGLISH,
            "empty.txt: the statement is empty: expected a title",
        ),
    ] {
        refuses(
            &["new", "--from", &empty, "-o", &target],
            dir.path(),
            locale,
            1,
            says,
        );
    }
    for (locale, says) in [
        (SPANISH, "no se puede importar "),
        (ENGLISH, "cannot import "),
    ] {
        refuses(
            &["new", "--from", &empty, "-o", &target],
            dir.path(),
            locale,
            1,
            says,
        );
    }

    let garbage = dir.path().join("garbage.ron");
    std::fs::write(&garbage, "Framework(title: 5)").expect("written");
    let garbage = text(&garbage);
    for (locale, says) in [
        (SPANISH, "no se puede tomar el marco de "),
        (
            SPANISH,
            "se esperaba una sesión o un archivo Framework(…): ",
        ),
        (ENGLISH, "cannot take the framework of "),
        (ENGLISH, "expected a session or a Framework(…) file: "),
    ] {
        refuses(
            &["new", "--from", &garbage, "-o", &target],
            dir.path(),
            locale,
            1,
            says,
        );
    }

    let missing = text(&dir.path().join("missing.txt"));
    for (locale, says) in [(SPANISH, "no se puede leer "), (ENGLISH, "cannot read ")] {
        refuses(
            &["new", "--from", &missing, "-o", &target],
            dir.path(),
            locale,
            1,
            says,
        );
    }
    assert!(!dir.path().join("new.ron").exists(), "nothing was written");
}

#[test]
fn serve_refuses_a_session_another_plaza_holds_in_the_systems_language() {
    let dir = temp_dir();
    let mut session = example();
    session.polls[0].status = plaza::model::PollStatus::Open;
    let path = write_session(dir.path(), "held.ron", &session);
    let _held = plaza::store::SessionLock::acquire(&path).expect("the lock");
    let file = text(&path);
    for (locale, says) in [
        (SPANISH, "está abierto en otro Plaza"),
        (
            SPANISH,
            ": los teléfonos no pueden votar en una sesión que otro Plaza está escribiendo",
        ),
        (ENGLISH, "is open in another Plaza"),
        (
            ENGLISH,
            ": phones cannot vote into a session another Plaza is writing",
        ),
    ] {
        refuses(
            &["serve", &file, "--port", "0"],
            dir.path(),
            locale,
            1,
            says,
        );
    }
}

#[test]
fn compare_speaks_the_language_asked_and_its_errors_the_systems() {
    let dir = temp_dir();
    let before = text(&last_year_path());
    let after = text(&example_path());
    let spanish = plaza_in_locale(
        &["compare", &before, &after, "--lang", "es"],
        dir.path(),
        ENGLISH,
    );
    assert!(spanish.status.success(), "{}", stderr(&spanish));
    assert!(
        stdout(&spanish).contains("## Votaciones comparadas"),
        "{}",
        stdout(&spanish)
    );
    assert!(
        stdout(&spanish).contains("3,21 → 3,64 (+0,43)"),
        "decimal commas"
    );
    let default = plaza_in_locale(&["compare", &before, &after], dir.path(), SPANISH);
    assert!(
        stdout(&default).contains("## Polls compared"),
        "a comparison is English unless asked, whatever the locale"
    );
    let json = |lang: &str| {
        let output = plaza_in_locale(
            &["compare", &before, &after, "-f", "json", "--lang", lang],
            dir.path(),
            SPANISH,
        );
        stdout(&output)
    };
    assert_eq!(json("es"), json("en"), "JSON is for programs");

    for (locale, says) in [
        (
            SPANISH,
            "plaza: no se pudo escribir la comparación en la salida estándar",
        ),
        (
            ENGLISH,
            "plaza: could not write the comparison to standard output",
        ),
    ] {
        let output = into_full_disk(&["compare", &before, &after], dir.path(), locale);
        assert_eq!(output.status.code(), Some(1));
        assert!(stderr(&output).starts_with(says), "{}", stderr(&output));
    }
}

#[test]
fn a_full_standard_output_is_told_in_the_systems_language() {
    let dir = temp_dir();
    let file = text(&example_path());
    for (locale, says) in [
        (
            SPANISH,
            "plaza: no se pudo escribir en la salida estándar: ",
        ),
        (ENGLISH, "plaza: could not write to standard output: "),
    ] {
        let output = into_full_disk(&["validate", &file], dir.path(), locale);
        assert_eq!(output.status.code(), Some(1));
        assert!(stderr(&output).starts_with(says), "{}", stderr(&output));
    }
    for (locale, name, says) in [
        (
            SPANISH,
            "es.ron",
            "es.ron se creó, pero su nombre no se pudo escribir en la salida estándar: ",
        ),
        (
            ENGLISH,
            "en.ron",
            "en.ron was created, but its name could not be written to standard output: ",
        ),
    ] {
        let target = text(&dir.path().join(name));
        let output = into_full_disk(&["new", "-o", &target], dir.path(), locale);
        assert_eq!(output.status.code(), Some(1));
        assert!(stderr(&output).contains(says), "{}", stderr(&output));
    }
}

#[test]
fn a_spanish_csv_has_accented_headings_in_utf8_with_no_mark_before_them_like_the_english() {
    let dir = temp_dir();
    let file = text(&example_path());
    for (lang, heading) in [
        ("es", "votación,pregunta,método"),
        ("en", "poll,question,method"),
    ] {
        let out = dir.path().join(format!("results-{lang}.csv"));
        let output = plaza_in_locale(
            &[
                "report",
                &file,
                "--table",
                "results",
                "--lang",
                lang,
                "-o",
                &text(&out),
            ],
            dir.path(),
            ENGLISH,
        );
        assert!(output.status.success(), "{}", stderr(&output));
        let bytes = std::fs::read(&out).expect("the CSV");
        assert!(
            !bytes.starts_with(b"\xef\xbb\xbf"),
            "no byte-order mark, as ever"
        );
        let csv = String::from_utf8(bytes).expect("UTF-8");
        assert!(
            csv.lines()
                .next()
                .is_some_and(|line| line.contains(heading)),
            "{csv}"
        );
    }
}
