//! The model's things in words: English word for word as the model's own English, Spanish in
//! Spanish, with the model's values in their places.

use plaza::model::{
    BallotError, Edit, EditError, PollMethod, PollStatus, SectionKind, SettingsError, Unplaced,
    UnplacedReason, validate,
};
use plaza::sample::example_retreat;
use plaza::store::{DecodeError, StoreError};
use plaza::words::{Lang, Words};

fn english() -> &'static Words {
    Words::of(Lang::English)
}

fn spanish() -> &'static Words {
    Words::of(Lang::Spanish)
}

#[test]
fn english_edits_read_as_the_model_describes_them() {
    let session = example_retreat();
    let poll = session
        .polls
        .first()
        .expect("the example has polls")
        .id
        .clone();
    let note = session
        .notes
        .first()
        .expect("the example has notes")
        .id
        .clone();
    let item = session
        .framework
        .items()
        .next()
        .expect("an item")
        .1
        .id
        .clone();
    let edits = [
        Edit::RemoveNote(note),
        Edit::SetPollStatus {
            poll: poll.clone(),
            status: PollStatus::Closed,
        },
        Edit::SetPollStatus {
            poll: poll.clone(),
            status: PollStatus::Draft,
        },
        Edit::SetTally {
            poll: poll.clone(),
            item,
            count: 12,
        },
        Edit::RemovePoll(poll),
    ];
    for edit in &edits {
        assert_eq!(english().edit(edit, &session), edit.describe(&session));
    }
    let spanish_close = spanish().edit(&edits[1], &session);
    assert!(
        spanish_close.starts_with("cerrar la votación “"),
        "{spanish_close}"
    );
}

#[test]
fn english_errors_read_as_the_model_words_them() {
    let errors = [
        EditError::NoSuchNote("n1".into()),
        EditError::PollNotOpen { status: "closed" },
        EditError::BadTransition {
            from: "draft",
            to: "revealed",
        },
        EditError::Ballot(BallotError::WrongMethod {
            poll: "dots",
            ballot: "a ranking",
        }),
        EditError::Ballot(BallotError::OffScale {
            item: "care".into(),
            score: 9,
            min: 1,
            max: 5,
        }),
        EditError::Settings(SettingsError::BadCap { budget: 3, cap: 4 }),
        EditError::InTheme("Protect time".into()),
    ];
    for error in &errors {
        assert_eq!(english().edit_error(error), error.to_string());
    }
    assert_eq!(
        spanish().edit_error(&errors[1]),
        "la votación está cerrada: solo se reciben votos mientras está abierta"
    );
    assert_eq!(
        spanish().edit_error(&errors[4]),
        "voto rechazado: 9 para \"care\" está fuera de la escala 1–5"
    );
}

#[test]
fn problems_with_a_file_read_in_each_language() {
    let mut session = example_retreat();
    let first = session.notes.first().expect("notes").id.clone();
    if let Some(second) = session.notes.get_mut(1) {
        second.id = first.clone();
    }
    session.polls.first_mut().expect("polls").status = PollStatus::Draft;
    let problems = validate(&session);
    assert!(problems.len() >= 2, "{problems:?}");
    for problem in &problems {
        assert_eq!(english().problem(problem), problem.to_string());
    }
    let duplicate = format!("note {first}: the id {first} is used twice");
    assert!(problems.iter().any(|p| p.to_string() == duplicate));
    let spanish_duplicate = format!("nota {first}: el id {first} se usa dos veces");
    assert!(
        problems
            .iter()
            .any(|p| spanish().problem(p) == spanish_duplicate)
    );
}

#[test]
fn names_follow_the_language_and_the_framework() {
    let session = example_retreat();
    let values = session.framework.section(SectionKind::Values);
    assert_eq!(
        english().section_name(values, SectionKind::Values),
        values.name(SectionKind::Values)
    );
    assert_eq!(spanish().method_name(&PollMethod::Tally), "Conteo de manos");
    assert_eq!(english().method_name(&PollMethod::Ranking), "Ranking");
    let mut labelled = values.clone();
    labelled.label = Some("Guiding principles".into());
    assert_eq!(
        spanish().section_name(&labelled, SectionKind::Values),
        "Guiding principles",
        "the organisation's own label stands where it has no translation"
    );
    labelled.label = None;
    assert_eq!(
        spanish().section_name(&labelled, SectionKind::Values),
        "Valores fundamentales"
    );
}

#[test]
fn unplaced_lines_and_file_errors_read_in_each_language() {
    let unplaced = Unplaced {
        line: 12,
        text: "Board".into(),
        reason: UnplacedReason::SecondSection(SectionKind::Vision),
    };
    assert_eq!(english().unplaced(&unplaced), unplaced.to_string());
    assert_eq!(
        spanish().unplaced(&unplaced),
        "línea 12: \"Board\": una segunda sección de visión; solo se importa la primera"
    );
    let errors = [
        StoreError::Decode {
            path: "a.ron".into(),
            source: DecodeError::NewerVersion { found: 9 },
        },
        StoreError::Decode {
            path: "a.ron".into(),
            source: DecodeError::Syntax {
                line: 3,
                column: 4,
                message: "Expected `(`".into(),
            },
        },
        StoreError::Exists {
            path: "b.ron".into(),
        },
    ];
    for error in &errors {
        assert_eq!(english().store_error(error), error.to_string());
    }
    assert!(
        spanish()
            .store_error(&errors[2])
            .starts_with("b.ron ya existe")
    );
}
