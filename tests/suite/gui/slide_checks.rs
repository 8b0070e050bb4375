//! A slide on the projector at one window size, checked: every text at least 4% of the
//! window's height and inside the window, and each text laid out is a label on the screen.

use egui::accesskit::Role;
use egui::{Rect, UiBuilder, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use plaza::gui::room::deck::Slide;
use plaza::gui::room::hands::hands_layout;
use plaza::gui::room::slides::{projector_ui, slide_layout};
use plaza::gui::room::text::{MIN_TEXT_SHARE, PlacedText, placed_text_ui};
use plaza::gui::theme::ThemeChoice;
use plaza::model::Session;

/// What the projector window shows, and what it laid out on its last frame.
pub(super) struct Screen {
    /// The session shown.
    pub(super) session: Session,
    /// The slide up.
    pub(super) slide: Slide,
    /// The slide's texts as laid out.
    pub(super) placed: Vec<PlacedText>,
    /// The page of a slide that turns pages (a hand count's).
    pub(super) page: usize,
}

/// The projector window of `size` alone, on the title of `session`.
pub(super) fn harness(session: Session, size: Vec2) -> Harness<'static, Screen> {
    let screen = Screen {
        session,
        slide: Slide::Title,
        placed: Vec::new(),
        page: 0,
    };
    Harness::builder().with_size(size).build_ui_state(
        |ui, screen: &mut Screen| {
            // The whole window, as the projector's frameless panel gives it.
            let full = ui.ctx().content_rect();
            ui.scope_builder(UiBuilder::new().max_rect(full), |ui| {
                let palette = ThemeChoice::Dark.palette();
                let (session, slide) = (&screen.session, &screen.slide);
                // A hand count turns pages, as the projector's stage draws it.
                match hands_layout(ui, session, slide, &palette, full, screen.page) {
                    Some(placed) => {
                        screen.placed = placed.clone();
                        placed_text_ui(ui, placed);
                    }
                    None => {
                        screen.placed =
                            slide_layout(ui, session, (slide, screen.page), &palette, full);
                        projector_ui(ui, session, (slide, screen.page), &palette, false, None);
                    }
                }
            });
        },
        screen,
    )
}

/// Puts `slide` up, checks its texts and labels, and returns what was laid out.
pub(super) fn check_slide(
    harness: &mut Harness<'_, Screen>,
    slide: &Slide,
    size: Vec2,
) -> Vec<PlacedText> {
    let window = Rect::from_min_size(egui::Pos2::ZERO, size);
    let min = MIN_TEXT_SHARE * size.y;
    harness.state_mut().slide = slide.clone();
    harness.run();
    let placed = harness.state().placed.clone();
    assert!(!placed.is_empty(), "{slide:?} shows something");
    for text in &placed {
        assert!(
            text.size >= min - 0.01,
            "{slide:?} at {size:?}: {:?} is {:.1} px, under {min:.1}",
            text.text,
            text.size
        );
        assert!(
            window.contains_rect(text.rect),
            "{slide:?} at {size:?}: {:?} leaves the window: {:?}",
            text.text,
            text.rect
        );
    }
    // What is on screen is what was laid out: each text is a label of at least one full row.
    let labels = harness
        .get_all_by_role(Role::Label)
        .map(|node| node.rect())
        .collect::<Vec<_>>();
    assert_eq!(labels.len(), placed.len(), "{slide:?}: one label per text");
    for rect in labels {
        assert!(
            rect.height() >= min,
            "{slide:?} at {size:?}: a label {rect:?} is shorter than {min:.1}"
        );
        assert!(
            window.expand(0.5).contains_rect(rect),
            "{slide:?} at {size:?}: {rect:?} leaves the window"
        );
    }
    placed
}
