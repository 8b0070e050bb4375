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

/// The headline, what it means, the backup if there is one, then the usual ways on.
pub fn not_opened_ui(ui: &mut Ui, state: &State, failure: &OpenFailure, asked: &mut Vec<Msg>) {
    ui.label(
        RichText::new(&failure.headline)
            .size(28.0)
            .strong()
            .color(okabe_ito::ORANGE),
    );
    ui.add_space(6.0);
    ui.label(RichText::new(&failure.detail).size(BODY));
    if let Some(path) = &failure.path {
        ui.label(RichText::new(path.display().to_string()).size(14.0).weak());
    }
    ui.add_space(20.0);
    if let (Some(path), Some(backup)) = (&failure.path, &failure.backup) {
        backup_ui(ui, failure.kind, path, backup, asked);
        ui.add_space(16.0);
    }
    ways_on_ui(ui, state, "Open another…", asked);
    ui.add_space(24.0);
    recent_list_ui(ui, state, asked);
}

/// The offer of a damaged (or vanished) session's backup: the save before the last, copied to
/// a new file so the damaged one stays for whoever wants to look at it.
fn backup_ui(ui: &mut Ui, kind: FailureKind, path: &Path, backup: &Path, asked: &mut Vec<Msg>) {
    let why = match kind {
        FailureKind::Missing => "Its backup is still there",
        _ => "Its backup, from the save before, reads",
    };
    ui.label(RichText::new(format!("{why}: {}.", quoted_name(backup))).size(BODY));
    ui.add_space(6.0);
    let response = big_button(ui, "Open a copy of the backup", true, true).on_hover_text(
        "Copies the backup to a new file beside it and opens that; nothing is overwritten",
    );
    if response.clicked() {
        asked.push(Msg::OpenBackup(path.to_owned()));
    }
}
