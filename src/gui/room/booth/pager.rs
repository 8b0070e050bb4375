//! The booth's pager, under the rows when the choices take more than one page: big arrows to
//! turn the page either way, and between them "Page 1 of 2" with what the ballot holds on the
//! other pages, so a voter never forgets a choice out of view.

use egui::{Align, Color32, Rect, Ui, vec2};

use super::layout::Measure;
use crate::gui::room::booth::{Booth, BoothAction};
use crate::gui::room::languages::room_words;
use crate::gui::room::text::{MIN_TEXT_SHARE, centred_lines, text_height};
use crate::gui::theme::Palette;
use crate::gui::widgets::big_button::{BigButton, Look, big_button};
use crate::model::Marks;
use crate::words::Words;

/// Draws the pager in `rect` and says which arrow the voter pressed.
pub(super) fn pager_ui(
    ui: &mut Ui,
    rect: Rect,
    booth: &Booth,
    (palette, interactive): (&Palette, bool),
    measure: Measure,
    actions: &mut Vec<BoothAction>,
) {
    let (page, pages) = (booth.page(), booth.pages());
    let first = room_words(ui.ctx()).first;
    let (previous, next) = (
        first.get("room-booth-previous-page"),
        first.get("room-booth-next-page"),
    );
    let arrow_width = (0.16 * rect.width()).max(1.6 * measure.target());
    let arrows = [
        (
            Rect::from_min_size(rect.min, vec2(arrow_width, rect.height())),
            false,
            "previous-page",
            previous.as_str(),
            page > 0,
            BoothAction::PreviousPage,
        ),
        (
            Rect::from_min_size(
                egui::pos2(rect.right() - arrow_width, rect.top()),
                vec2(arrow_width, rect.height()),
            ),
            true,
            "next-page",
            next.as_str(),
            page + 1 < pages,
            BoothAction::NextPage,
        ),
    ];
    for (at, forward, key, name, enabled, action) in arrows {
        let button = BigButton {
            text: "",
            name: Some(name),
            key,
            size: measure.px(0.06),
            look: if enabled { Look::Plain } else { Look::Disabled },
            align: Align::Center,
            under: None,
        };
        if big_button(ui, at, button, palette, interactive).clicked() {
            actions.push(action);
        }
        let ink = if enabled { palette.text } else { palette.muted };
        arrow(ui, at, forward, ink);
    }
    let gap = 0.02 * rect.width();
    let middle = Rect::from_min_max(
        egui::pos2(rect.left() + arrow_width + gap, rect.top()),
        egui::pos2(rect.right() - arrow_width - gap, rect.bottom()),
    );
    let room = room_words(ui.ctx());
    let one_line =
        |text: &str, size: f32| text_height(ui, text, size, middle.width()) <= 1.5 * size;
    let (preferred, least) = (measure.px(0.045), measure.px(MIN_TEXT_SHARE));
    // Both languages side by side where they fit on one line (the row holds no second), at the
    // preferred size or the room's minimum; else the first alone, as large as fits.
    let both = room
        .second
        .map(|second| {
            format!(
                "{}  ·  {}",
                page_words(booth, first),
                page_words(booth, second)
            )
        })
        .and_then(|both| {
            [preferred, least]
                .into_iter()
                .find(|&size| one_line(&both, size))
                .map(|size| (both, size))
        });
    let (words, size) = both.unwrap_or_else(|| {
        let words = page_words(booth, first);
        let size = if one_line(&words, preferred) {
            preferred
        } else {
            least
        };
        (words, size)
    });
    centred_lines(ui, middle, &[(&words, size, palette.text)]);
}

/// A solid triangle pointing the way the page turns, drawn rather than typed: the room's font
/// has no arrow glyph.
fn arrow(ui: &Ui, rect: Rect, forward: bool, ink: Color32) {
    let half = 0.22 * rect.height();
    let point = if forward { half } else { -half };
    let centre = rect.center();
    let points = vec![
        egui::pos2(centre.x + point, centre.y),
        egui::pos2(centre.x - point, centre.y - half),
        egui::pos2(centre.x - point, centre.y + half),
    ];
    ui.painter()
        .add(egui::Shape::convex_polygon(points, ink, egui::Stroke::NONE));
}

/// "Page 1 of 2", and what the ballot holds on the other pages: "Page 1 of 2 · 2 dots on
/// page 2".
fn page_words(booth: &Booth, words: &Words) -> String {
    let (page, pages) = (booth.page(), booth.pages());
    let mut said = crate::tr!(words, "room-booth-page", page = page + 1, pages = pages);
    let elsewhere = booth.marked_elsewhere();
    if elsewhere > 0 {
        let what = match booth.marks() {
            Marks::Dots(_) => crate::tr!(words, "room-booth-dots-elsewhere", count = elsewhere),
            Marks::Ratings(_) => crate::tr!(words, "room-booth-rated-elsewhere", count = elsewhere),
            Marks::Ranking(_) => {
                crate::tr!(words, "room-booth-picked-elsewhere", count = elsewhere)
            }
        };
        let other = if pages == 2 {
            crate::tr!(words, "room-booth-on-page", what = what, page = 2 - page)
        } else {
            crate::tr!(words, "room-booth-on-other-pages", what = what)
        };
        said.push_str(&format!("  ·  {other}"));
    }
    said
}
