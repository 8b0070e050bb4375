//! An organisation's own names for its sections ("Guiding principles") are used wherever a
//! section is named, and a retired item leaves the slides and new polls.

use egui::UiBuilder;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use plaza::gui::room::deck::{Slide, deck};
use plaza::gui::room::slides::projector_ui;
use plaza::gui::theme::ThemeChoice;
use plaza::model::{SectionKind, Session};

use crate::support::{
    click_button, click_label, console_on, fresh_session, temp_dir, write_session,
};

fn labelled() -> Session {
    let mut session = fresh_session();
    session.framework.values.label = Some("Guiding principles".into());
    session.framework.vision.label = Some("Where we are going".into());
    // DIVERSITY was voted on once and then taken off the framework.
    session.framework.values.items[2].retired = true;
    session
}

fn projected(session: Session, slide: Slide) -> Harness<'static, (Session, Slide)> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .build_ui_state(
            |ui, (session, slide): &mut (Session, Slide)| {
                let full = ui.ctx().content_rect();
                ui.scope_builder(UiBuilder::new().max_rect(full), |ui| {
                    let palette = ThemeChoice::Dark.palette();
                    projector_ui(ui, session, (slide, 0), &palette, false, None);
                });
            },
            (session, slide),
        );
    harness.run();
    harness
}

#[test]
fn slides_use_the_sections_own_names_and_skip_a_retired_item() {
    let session = labelled();
    let slides = deck(&session);
    assert!(
        !slides.contains(&Slide::Value("diversity".into())),
        "retired: off the slides"
    );
    assert!(slides.contains(&Slide::Value("compassion".into())));
    assert_eq!(
        Slide::Vision.title(
            &session,
            plaza::words::Words::of(plaza::words::Lang::English)
        ),
        "Where we are going"
    );

    let harness = projected(session.clone(), Slide::Value("compassion".into()));
    harness.get_by_label("GUIDING PRINCIPLES");
    let harness = projected(session, Slide::Vision);
    harness.get_by_label("WHERE WE ARE GOING");
}

#[test]
fn the_console_names_sections_by_their_labels_and_new_polls_leave_out_retired_items() {
    let dir = temp_dir();
    let path = write_session(dir.path(), "retreat.ron", &labelled());
    let mut harness = console_on(path);
    click_label(&mut harness, "Polls");
    click_button(&mut harness, "New poll");
    let poll = &harness
        .state()
        .document()
        .expect("a session")
        .session()
        .polls[0];
    assert!(
        !poll.items.contains(&"diversity".to_owned()),
        "{:?}",
        poll.items
    );
    assert_eq!(poll.items.len(), 5);

    click_label(&mut harness, "Items on the poll (5)");
    harness.get_by_label("Guiding principles");
    harness.get_by_label("Where we are going · Leaders are lifelong learners");
    assert!(harness.query_by_label_contains("DIVERSITY").is_none());
    let framework = &harness
        .state()
        .document()
        .expect("a session")
        .session()
        .framework;
    assert_eq!(framework.section_name(SectionKind::Mission), "Mission");
}
