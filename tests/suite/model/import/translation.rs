//! A statement in Spanish read as the translation of an English framework: matched section by
//! section and item by item, refused with the counts when they differ, and written as format
//! version 2 that reads back the same.

use plaza::model::{CountMismatch, SectionKind, Session, TranslationError, import_translation};
use plaza::store::{decode, encode};

use super::framework;

const ENGLISH: &str = "\
Acme Health: Mission, Vision & Values

Our mission is to serve:
  • CARING for every patient
  • TEACHING the next healers

Our vision is a county where
  • Everyone has a doctor

Our values:
  • HONESTY in all we do
  • COURAGE to change
";

const SPANISH: &str = "\
Acme Salud: Misión, Visión y Valores

Nuestra misión es servir:
  • CUIDANDO a cada paciente
  • ENSEÑANDO a los próximos sanadores

Nuestra visión es un condado donde
  • Todos tienen un médico

Nuestros valores:
  • HONESTIDAD en todo lo que hacemos
  • VALENTÍA para cambiar
";

#[test]
fn a_spanish_statement_becomes_each_items_translation_in_order() {
    let english = framework(ENGLISH);
    let translated = import_translation(&english, SPANISH, "es").expect("the counts match");
    assert!(translated.unplaced.is_empty());
    let framework = translated.framework;
    assert_eq!(
        framework.title_in("es"),
        "Acme Salud: Misión, Visión y Valores"
    );
    assert_eq!(
        framework.title_in("en"),
        "Acme Health: Mission, Vision & Values"
    );
    assert_eq!(
        framework.mission.intro_in("es"),
        "Nuestra misión es servir:"
    );
    let values: Vec<(&str, &str)> = framework
        .values
        .items
        .iter()
        .map(|item| (item.heading_in("es"), item.text_in("es")))
        .collect();
    assert_eq!(
        values,
        [
            ("HONESTIDAD", "en todo lo que hacemos"),
            ("VALENTÍA", "para cambiar")
        ]
    );
    // The ids and the organisation's own words stay as they were.
    assert_eq!(framework.values.items[0].id, english.values.items[0].id);
    assert_eq!(framework.values.items[0].heading, "HONESTY");
    assert_eq!(
        framework.vision.items[0].label_in("es"),
        "Todos tienen un médico"
    );
    assert!(framework.is_translated_into("es"));
    assert!(!english.is_translated_into("es"));
}

#[test]
fn counts_that_differ_are_refused_naming_each_section_and_its_counts() {
    let english = framework(ENGLISH);
    let short = SPANISH.replace("  • VALENTÍA para cambiar\n", "");
    let longer = short.replace(
        "  • Todos tienen un médico\n",
        "  • Todos tienen un médico\n  • Nadie espera\n",
    );
    assert_eq!(
        import_translation(&english, &longer, "es"),
        Err(TranslationError::Counts(vec![
            CountMismatch {
                kind: SectionKind::Vision,
                framework: 1,
                statement: 2
            },
            CountMismatch {
                kind: SectionKind::Values,
                framework: 2,
                statement: 1
            },
        ]))
    );
    assert!(matches!(
        import_translation(&english, "no bullets here", "es"),
        Err(TranslationError::Import(_))
    ));
}

#[test]
fn retired_items_take_no_translation_and_a_second_import_replaces_the_first() {
    let mut english = framework(ENGLISH);
    english.values.items[0].retired = true;
    let one_value = SPANISH.replace("  • HONESTIDAD en todo lo que hacemos\n", "");
    let framework = import_translation(&english, &one_value, "es")
        .expect("one value in use, one in the statement")
        .framework;
    assert!(framework.values.items[0].translations.is_empty());
    assert_eq!(framework.values.items[1].heading_in("es"), "VALENTÍA");

    let again = one_value.replace("VALENTÍA", "CORAJE");
    let framework = import_translation(&framework, &again, "es")
        .expect("imports again")
        .framework;
    assert_eq!(framework.values.items[1].heading_in("es"), "CORAJE");
    assert_eq!(framework.values.items[1].translations.len(), 1);
}

#[test]
fn a_translated_framework_is_version_2_and_reads_back_the_same() {
    let english = framework(ENGLISH);
    let mut session = Session::new("Retreat", chrono::NaiveDate::MIN, english);
    assert_eq!(session.needed_format_version(), 1);
    session.framework = import_translation(&session.framework, SPANISH, "es")
        .expect("imports")
        .framework;
    assert_eq!(session.needed_format_version(), 2);
    let text = encode(&session).expect("encodes");
    for written in [
        "\"es\": Translation(",
        "heading: \"VALENTÍA\",",
        "\"es\": SectionText(",
        "\"es\": FrameworkText(",
    ] {
        assert!(text.contains(written), "{written} in {text}");
    }
    let back = decode(&text).expect("decodes");
    assert_eq!(back.framework, session.framework);
}
