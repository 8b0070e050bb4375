//! The sessions opened lately, by title, day and venue, newest first.

use egui::text::LayoutJob;
use egui::{FontId, RichText, TextFormat, Ui};

use super::BODY;
use crate::gui::app::{Msg, RecentSession, State};
use crate::tr;
use crate::words::Words;

/// "19 November 2026 · Abiquiú", or why the file cannot be read.
pub fn recent_facts(session: &RecentSession, words: &Words) -> String {
    match &session.summary {
        Some(summary) if summary.venue.trim().is_empty() => words.date_long(summary.date),
        Some(summary) => format!(
            "{} · {}",
            words.date_long(summary.date),
            summary.venue.trim()
        ),
        None if session.found => tr!(words, "landing-recent-unreadable"),
        None => tr!(words, "landing-recent-missing"),
    }
}

/// The title a list shows: the session's own, or its file's name when it cannot be read.
pub fn recent_title(session: &RecentSession) -> String {
    match &session.summary {
        Some(summary) => summary.title.clone(),
        None => session.path.file_name().map_or_else(
            || session.path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        ),
    }
}

/// The recent sessions but the one open, each a wide button that opens it: the title, then
/// its day and venue, its file on hover.
pub fn recent_list_ui(ui: &mut Ui, state: &State, asked: &mut Vec<Msg>) {
    let words = state.words;
    ui.label(
        RichText::new(tr!(words, "landing-recent"))
            .size(BODY)
            .strong(),
    );
    ui.add_space(4.0);
    // The session open is always the first: it was remembered when it opened.
    let others = usize::from(state.document.is_some());
    if state.recent.len() <= others {
        ui.label(
            RichText::new(tr!(words, "landing-recent-none"))
                .size(BODY)
                .weak(),
        );
        return;
    }
    for session in state.recent.iter().skip(others) {
        let mut job = LayoutJob::default();
        let strong = ui.visuals().strong_text_color();
        let weak = ui.visuals().weak_text_color();
        job.append(
            &recent_title(session),
            0.0,
            TextFormat::simple(FontId::proportional(18.0), strong),
        );
        job.append(
            &format!("\n{}", recent_facts(session, words)),
            0.0,
            TextFormat::simple(FontId::proportional(14.0), weak),
        );
        let button = egui::Button::new(job).min_size(egui::vec2(ui.available_width(), 0.0));
        let file = session.path.display().to_string();
        let response = ui
            .add_enabled(session.summary.is_some(), button)
            .on_hover_text(&file)
            .on_disabled_hover_text(&file);
        if response.clicked() {
            asked.push(Msg::Open(session.path.clone()));
        }
    }
}
