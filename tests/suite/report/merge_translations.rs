//! A translation added on one laptop does not make its framework another one: the sessions
//! still merge, and the merged framework carries every laptop's translations.

use plaza::model::Translation;
use plaza::report::{MergeError, merge, merge_into};

use crate::support::example;

fn spanish(heading: &str, text: &str) -> Translation {
    Translation {
        heading: heading.to_owned(),
        text: text.to_owned(),
    }
}

#[test]
fn sessions_that_differ_only_in_translations_merge_and_keep_them_all() {
    let plain = example();
    let mut translated = plain.clone();
    translated.id = "other-laptop".into();
    translated.framework.values.items[1]
        .translations
        .insert("es".into(), spanish("COMPASIÓN", "en la atención"));
    let merged = merge(&[plain.clone(), translated.clone()]).expect("the same framework");
    assert_eq!(
        merged.session.framework.values.items[1].heading_in("es"),
        "COMPASIÓN"
    );
    // Merged into the open session, the other laptop's translation comes in too.
    let merged = merge_into(&plain, &translated).expect("the same framework");
    assert_eq!(
        merged.session.framework.values.items[1].text_in("es"),
        "en la atención"
    );
    assert_eq!(merged.session.format_version, 2);
}

#[test]
fn the_open_sessions_translation_stays_when_both_have_one() {
    let mut ours = example();
    ours.framework.values.items[1]
        .translations
        .insert("es".into(), spanish("COMPASIÓN", "nuestra"));
    let mut theirs = example();
    theirs.id = "other-laptop".into();
    theirs.framework.values.items[1]
        .translations
        .insert("es".into(), spanish("COMPASIÓN", "suya"));
    let merged = merge_into(&ours, &theirs).expect("the same framework");
    assert_eq!(
        merged.session.framework.values.items[1].text_in("es"),
        "nuestra"
    );
}

#[test]
fn a_changed_word_still_makes_another_framework() {
    let plain = example();
    let mut changed = plain.clone();
    changed.id = "other-laptop".into();
    changed.framework.values.items[1].text = "changed".into();
    assert!(matches!(
        merge(&[plain, changed]),
        Err(MergeError::OtherFramework { .. })
    ));
}
