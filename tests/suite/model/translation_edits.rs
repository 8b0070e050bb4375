//! A framework's translation typed in the editor: each field one edit and one undo, the
//! organisation's own words untouched, and a translation emptied taken out (back to version 1).

use plaza::model::{
    Editor, SectionKind, set_item_translation, set_section_translation, set_title_translation,
};

use crate::support::fresh_session;

#[test]
fn each_translated_field_is_one_edit_and_one_undo() {
    let mut editor = Editor::new(fresh_session());
    let session = editor.session().clone();
    editor
        .apply(set_title_translation(
            &session,
            "es",
            " Misión, Visión y Valores ",
        ))
        .expect("a title");
    let session = editor.session().clone();
    let edit = set_item_translation(&session, "compassion", "es", "COMPASIÓN", "en la atención")
        .expect("the item is there");
    editor.apply(edit).expect("an item");
    let session = editor.session().clone();
    editor
        .apply(set_section_translation(
            &session,
            SectionKind::Values,
            "es",
            "",
            "Nos comprometemos con estos valores:",
        ))
        .expect("an intro");

    let framework = &editor.session().framework;
    assert_eq!(framework.title_in("es"), "Misión, Visión y Valores");
    assert_eq!(
        framework.values.intro_in("es"),
        "Nos comprometemos con estos valores:"
    );
    assert_eq!(framework.values.label_in("es"), None);
    let compassion = framework.item("compassion").expect("compassion");
    assert_eq!(compassion.full_text_in("es"), "COMPASIÓN en la atención");
    assert_eq!(
        compassion.heading, "COMPASSION",
        "the organisation's words stay"
    );
    assert_eq!(editor.session().needed_format_version(), 2);

    editor.undo().expect("undo the intro");
    editor.undo().expect("undo the item");
    let framework = &editor.session().framework;
    assert_eq!(
        framework.item("compassion").map(|i| i.heading_in("es")),
        Some("COMPASSION")
    );
    assert_eq!(framework.title_in("es"), "Misión, Visión y Valores");
}

#[test]
fn an_emptied_translation_is_taken_out_and_the_file_is_version_1_again() {
    let mut editor = Editor::new(fresh_session());
    let session = editor.session().clone();
    let edit = set_item_translation(&session, "compassion", "es", "COMPASIÓN", "")
        .expect("the item is there");
    editor.apply(edit).expect("an item");
    assert_eq!(editor.session().needed_format_version(), 2);
    let session = editor.session().clone();
    let edit =
        set_item_translation(&session, "compassion", "es", " ", "").expect("the item is there");
    editor.apply(edit).expect("emptied");
    assert!(
        editor
            .session()
            .framework
            .item("compassion")
            .expect("compassion")
            .translations
            .is_empty()
    );
    assert_eq!(editor.session().needed_format_version(), 1);
    assert!(set_item_translation(&session, "no-such-item", "es", "X", "y").is_none());
}
