//! A session that did not open: what is wrong, in plain words, and the ways on — its backup,
//! another file, a new session, a recent one.

use std::path::Path;

use egui::{RichText, Ui};

use super::recent_list::recent_list_ui;
use super::start::ways_on_ui;
use super::{BODY, big_button};
use crate::gui::app::landing::quoted_name;
use crate::gui::app::{FailureKind, Msg, OpenFailure, State};
use crate::gui::theme::okabe_ito;
use crate::tr;

/// The headline, what it means, the backup if there is one, then the usual ways on.
pub fn not_opened_ui(ui: &mut Ui, state: &State, failure: &OpenFailure, asked: &mut Vec<Msg>) {
    let words = state.words;
    ui.label(
        RichText::new(failure.headline(words))
            .size(28.0)
            .strong()
            .color(okabe_ito::ORANGE),
    );
    ui.add_space(6.0);
    ui.label(RichText::new(failure.detail(words)).size(BODY));
    if let Some(path) = &failure.path {
        ui.label(RichText::new(path.display().to_string()).size(14.0).weak());
    }
    ui.add_space(20.0);
    if let (Some(path), Some(backup)) = (&failure.path, &failure.backup) {
        backup_ui(ui, failure.kind, path, backup, asked);
        ui.add_space(16.0);
    }
    ways_on_ui(ui, state, &tr!(words, "landing-open-another"), asked);
    ui.add_space(24.0);
    recent_list_ui(ui, state, asked);
}

/// The offer of a damaged (or vanished) session's backup: the save before the last, copied to
/// a new file so the damaged one stays for whoever wants to look at it.
fn backup_ui(ui: &mut Ui, kind: FailureKind, path: &Path, backup: &Path, asked: &mut Vec<Msg>) {
    let words = crate::gui::words(ui.ctx());
    let name = quoted_name(backup);
    let said = match kind {
        FailureKind::Missing => tr!(words, "landing-backup-still-there", name = name),
        _ => tr!(words, "landing-backup-reads", name = name),
    };
    ui.label(RichText::new(said).size(BODY));
    ui.add_space(6.0);
    let response = big_button(ui, &tr!(words, "app-open-backup-copy"), true, true)
        .on_hover_text(tr!(words, "landing-open-backup-hover"));
    if response.clicked() {
        asked.push(Msg::OpenBackup(path.to_owned()));
    }
}
