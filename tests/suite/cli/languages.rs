//! The command line in Spanish: reports in the language asked for, messages for people in the
//! system's language, and the lines scripts read the same in every language.

use super::{plaza, plaza_in_locale, stdout};
use crate::support::{example, example_path, temp_dir, write_session};

#[test]
fn report_lang_es_writes_spanish_and_the_default_stays_english_under_a_spanish_locale() {
    let dir = temp_dir();
    let file = example_path().display().to_string();
    let spanish = plaza_in_locale(
        &["report", &file, "--lang", "es"],
        dir.path(),
        "en_US.UTF-8",
    );
    assert!(spanish.status.success(), "{spanish:?}");
    let text = stdout(&spanish);
    assert!(text.contains("19 de noviembre de 2026"), "{text}");
    assert!(text.contains("## Votaciones"), "{text}");
    assert!(text.contains("media") || text.contains("Media"), "{text}");

    let default = plaza_in_locale(&["report", &file], dir.path(), "es_MX.UTF-8");
    assert!(
        stdout(&default).contains("## Polls"),
        "reports are English unless asked, whatever the locale"
    );
    let english = plaza(&["report", &file, "--lang", "en"], dir.path());
    assert_eq!(stdout(&english), stdout(&default));
}

#[test]
fn an_error_reads_in_spanish_under_a_spanish_locale() {
    let dir = temp_dir();
    let missing = dir.path().join("missing.ron").display().to_string();
    let output = plaza_in_locale(&["report", &missing], dir.path(), "es_MX.UTF-8");
    assert_eq!(output.status.code(), Some(1));
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(
        error.starts_with("plaza: no se puede leer "),
        "the error is in Spanish: {error}"
    );

    let output = plaza_in_locale(
        &["report", &missing, "--output", "report.docx"],
        dir.path(),
        "es_MX.UTF-8",
    );
    assert_eq!(output.status.code(), Some(2));
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(
        error.contains("Plaza no puede escribir un informe como report.docx"),
        "{error}"
    );
}

#[test]
fn validate_says_ok_the_same_and_problems_in_spanish() {
    let dir = temp_dir();
    let good = example_path().display().to_string();
    let output = plaza_in_locale(&["validate", &good], dir.path(), "es_MX.UTF-8");
    assert!(output.status.success());
    assert_eq!(
        stdout(&output),
        format!("{good}: ok\n"),
        "scripts read this line"
    );

    let mut broken = example();
    broken.polls[0].status = plaza::model::PollStatus::Draft;
    let file = write_session(dir.path(), "broken.ron", &broken);
    let file = file.display().to_string();
    let output = plaza_in_locale(&["validate", &file], dir.path(), "es_MX.UTF-8");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("una votación en borrador tiene votos"),
        "{}",
        stdout(&output)
    );
}
