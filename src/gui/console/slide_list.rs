//! The slide list at the console's left: every slide, the one up highlighted, how many notes
//! each item has and each poll's state; a click puts a slide up.

use std::collections::HashMap;

use egui::{Color32, RichText, ScrollArea, Ui};

use crate::gui::app::Msg;
use crate::gui::app::cache::{Cached, Version};
use crate::gui::room::deck::{Slide, deck};
use crate::model::{About, Session};
use crate::store::Document;
use crate::tr;

/// Notes per item, counted again only when the session changes.
#[derive(Debug, Default)]
pub struct NoteCounts {
    counts: Cached<HashMap<About, usize>>,
}

impl NoteCounts {
    /// Counts the notes of `document`'s session, if it changed since the last count.
    pub fn refresh(&mut self, document: &Document) {
        self.counts.get(&Version::of(document), || {
            let mut counts = HashMap::new();
            for note in &document.session().notes {
                *counts.entry(note.about.clone()).or_default() += 1;
            }
            counts
        });
    }

    /// How many notes are about the item of `slide`.
    fn of_slide(&self, slide: &Slide) -> usize {
        let counts = self.counts.kept();
        match slide {
            Slide::Commitment(id) | Slide::VisionGoal(id) | Slide::Value(id) => counts
                .and_then(|counts| counts.get(&About::Item(id.clone())))
                .copied()
                .unwrap_or(0),
            _ => 0,
        }
    }
}

/// The list, with "Slide 3 of 30" and what comes next above it.
pub fn slide_list_ui(
    ui: &mut Ui,
    session: &Session,
    current: &Slide,
    counts: &NoteCounts,
    asked: &mut Vec<Msg>,
) {
    let slides = deck(session);
    let at = slides
        .iter()
        .position(|slide| slide == current)
        .unwrap_or(0);
    let words = crate::gui::words(ui.ctx());
    let place = tr!(
        words,
        "console-slides-place",
        number = at + 1,
        count = slides.len()
    );
    ui.label(RichText::new(place).strong());
    // Always one line, cut to fit: a line that wraps or vanishes would move the list under the
    // pointer.
    let next = slides.get(at + 1).map_or_else(
        || tr!(words, "console-slides-next-none"),
        |next| {
            tr!(
                words,
                "console-slides-next",
                slide = next.title(session, words)
            )
        },
    );
    ui.add(egui::Label::new(next).truncate());
    ui.separator();
    ScrollArea::vertical().show(ui, |ui| {
        for (index, slide) in slides.iter().enumerate() {
            let mut text = format!("{}. {}", index + 1, slide.title(session, words));
            let count = counts.of_slide(slide);
            if count > 0 {
                text.push_str(&format!("  · {count}"));
            }
            // A poll's state, wherever the facilitator is working.
            if let Slide::PollBallot(id) = slide
                && let Some(poll) = session.poll(id)
            {
                let (status, _) = crate::gui::console::polls::status_word(words, poll.status);
                text.push_str(&format!("  · {}", status.to_lowercase()));
            }
            let response = slide_entry_ui(ui, index == at, text);
            if count > 0 {
                response
                    .clone()
                    .on_hover_text(tr!(words, "console-notes-count", count = count));
            }
            if response.clicked() {
                asked.push(Msg::Show(slide.clone()));
            }
        }
    });
}

/// One entry of the slide list: a clickable label, highlighted when it is the slide up. A
/// label, not a button: the list is redrawn every frame and labels cost a fraction as much.
fn slide_entry_ui(ui: &mut Ui, current: bool, text: String) -> egui::Response {
    let visuals = ui.visuals();
    let (fill, colour) = if current {
        (visuals.selection.bg_fill, visuals.selection.stroke.color)
    } else {
        (Color32::TRANSPARENT, visuals.text_color())
    };
    // The highlight goes under the text: keep its place in the paint order first.
    let backdrop = ui.painter().add(egui::Shape::Noop);
    let response = ui.add(
        egui::Label::new(RichText::new(text).color(colour))
            .sense(egui::Sense::click())
            .selectable(false),
    );
    let highlight = if response.hovered() && !current {
        ui.visuals().widgets.hovered.weak_bg_fill
    } else {
        fill
    };
    if highlight != Color32::TRANSPARENT {
        ui.painter().set(
            backdrop,
            egui::Shape::rect_filled(response.rect.expand(2.0), 3.0, highlight),
        );
    }
    response
}
