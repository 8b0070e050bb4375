//! The review dashboard: what a session said and decided, on one page that only reads. Per
//! item the notes by kind, where each poll placed it and its action items; each poll's
//! leaders; the themes the room made; and the action items still open, by owner and due date.

use chrono::NaiveDate;
use egui::{CollapsingHeader, Grid, RichText, Ui};

use crate::gui::theme::{self, okabe_ito};
use crate::model::clip_words;
use crate::model::{Framework, NoteKind, SectionKind, Session};
use crate::report::{ActionLine, PlaceSummary, Summary, about_key, on_phones_in};
use crate::tr;
use crate::words::Words;

use super::themes::themes_ui;

/// How wide a vision goal's sentence may run in the item table before it is cut.
const LABEL_CHARS: usize = 44;

/// Draws the dashboard of `session`; `today` decides which action items are overdue.
pub fn dashboard_ui(ui: &mut Ui, session: &Session, summary: &Summary, today: NaiveDate) {
    let words = crate::gui::words(ui.ctx());
    glance_ui(ui, session, summary, words);
    ui.add_space(12.0);
    section_heading(ui, &tr!(words, "desk-polls-first"));
    if summary.polls.is_empty() {
        ui.label(tr!(words, "desk-no-polls"));
    } else {
        leaders_ui(ui, summary);
    }
    if !session.themes.is_empty() {
        ui.add_space(12.0);
        section_heading(ui, &tr!(words, "desk-themes"));
        themes_ui(ui, session);
    }
    ui.add_space(12.0);
    section_heading(ui, &tr!(words, "desk-open-actions"));
    open_actions_ui(ui, summary, today, words);
    ui.add_space(12.0);
    section_heading(ui, &tr!(words, "desk-item-by-item"));
    ui.label(RichText::new(tr!(words, "desk-item-by-item-hint")).weak());
    ui.add_space(4.0);
    items_table_ui(ui, summary, words);
    ui.add_space(8.0);
    for section in [
        Some(SectionKind::Values),
        Some(SectionKind::Vision),
        Some(SectionKind::Mission),
        None,
    ] {
        let places: Vec<&PlaceSummary> = summary
            .places
            .iter()
            .filter(|place| place.section == section)
            .collect();
        if places.is_empty() {
            continue;
        }
        let name = section_name(&session.framework, section, words);
        ui.label(RichText::new(name).strong());
        for place in places {
            place_details_ui(ui, session, place, today, words);
        }
        ui.add_space(6.0);
    }
}

/// A section's own label, in the console's language where the framework has it so, else the
/// desk's name for it.
fn section_name(framework: &Framework, section: Option<SectionKind>, words: &Words) -> String {
    if let Some(kind) = section
        && let Some(label) = framework.section(kind).label_in(words.lang().tag())
    {
        return label.to_owned();
    }
    match section {
        Some(SectionKind::Values) => tr!(words, "desk-section-values"),
        Some(SectionKind::Vision) => tr!(words, "desk-section-vision"),
        Some(SectionKind::Mission) => tr!(words, "desk-section-mission"),
        None => tr!(words, "desk-section-general"),
    }
}

fn section_heading(ui: &mut Ui, text: &str) {
    ui.label(RichText::new(text).heading());
    ui.separator();
}

/// The session's size in four figures.
fn glance_ui(ui: &mut Ui, session: &Session, summary: &Summary, words: &Words) {
    let open: usize = summary.open_actions.iter().map(|o| o.actions.len()).sum();
    let ballots: usize = session.polls.iter().map(|poll| poll.ballots.len()).sum();
    let phones: usize = session.polls.iter().map(|poll| poll.sources().phone).sum();
    let ballot_words = match phones {
        0 => tr!(words, "desk-glance-ballots", count = ballots),
        _ => tr!(
            words,
            "desk-glance-ballots-phones",
            count = ballots,
            phones = on_phones_in(phones, words)
        ),
    };
    let (notes, actions, polls) = (
        session.notes.len(),
        session.actions.len(),
        session.polls.len(),
    );
    // The figure stands above its words: "12" over "notes".
    let figures = [
        (notes, tr!(words, "desk-glance-notes", count = notes)),
        (
            actions,
            tr!(words, "desk-glance-actions", count = actions, open = open),
        ),
        (polls, tr!(words, "desk-glance-polls", count = polls)),
        (ballots, ballot_words),
    ];
    card_rows_ui(ui, figures.len(), 150.0, |ui, index| {
        let (figure, said) = &figures[index];
        ui.label(RichText::new(figure.to_string()).size(28.0).strong());
        ui.label(said);
    });
}

/// Lays `count` cards of `width` points in rows that fit the space, each drawn by `card`.
/// (Frames do not know their size before they are drawn, so a wrapping layout cannot place
/// them; the rows are worked out here instead.)
fn card_rows_ui(ui: &mut Ui, count: usize, width: f32, mut card: impl FnMut(&mut Ui, usize)) {
    let spacing = ui.spacing().item_spacing.x;
    // A group frame adds its margin and stroke on both sides.
    let outer = width + 2.0 * 8.0;
    let per_row = (((ui.available_width() + spacing) / (outer + spacing)) as usize).max(1);
    for start in (0..count).step_by(per_row) {
        ui.horizontal_top(|ui| {
            for index in start..(start + per_row).min(count) {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(width);
                    ui.vertical(|ui| card(ui, index));
                });
            }
        });
    }
}

/// Each poll's question with its first three places.
fn leaders_ui(ui: &mut Ui, summary: &Summary) {
    card_rows_ui(ui, summary.polls.len(), 330.0, |ui, index| {
        let poll = &summary.polls[index];
        ui.add(egui::Label::new(RichText::new(&poll.question).strong()).wrap());
        ui.label(RichText::new(&poll.facts).weak());
        Grid::new(("leaders", &poll.id))
            .num_columns(3)
            .spacing([10.0, 2.0])
            .show(ui, |ui| {
                for leader in &poll.leaders {
                    ui.label(&leader.rank);
                    ui.label(clip_words(&leader.label, 30));
                    ui.label(&leader.score);
                    ui.end_row();
                }
            });
    });
}

/// "due 1 Feb 2027", in vermillion with "overdue" once the day has passed.
fn due_ui(ui: &mut Ui, line: &ActionLine, today: NaiveDate, words: &Words) {
    match line.due {
        Some(due) if !line.done && due < today => {
            let said = tr!(words, "desk-due-overdue", date = words.date_short(due));
            ui.label(RichText::new(said).color(okabe_ito::VERMILLION));
        }
        Some(due) => {
            ui.label(words.date_short(due));
        }
        None => {
            ui.label(RichText::new(tr!(words, "desk-no-date")).weak());
        }
    }
}

fn open_actions_ui(ui: &mut Ui, summary: &Summary, today: NaiveDate, words: &Words) {
    if summary.open_actions.is_empty() {
        let done = summary.done_actions;
        ui.label(if done == 0 {
            tr!(words, "desk-no-actions")
        } else {
            tr!(words, "desk-all-done", count = done)
        });
        return;
    }
    Grid::new("open-actions")
        .num_columns(4)
        .striped(true)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            let headings = [
                tr!(words, "desk-owner"),
                tr!(words, "desk-action"),
                tr!(words, "desk-due"),
                tr!(words, "desk-about"),
            ];
            for heading in headings {
                ui.label(RichText::new(heading).strong());
            }
            ui.end_row();
            for owner in &summary.open_actions {
                for (at, line) in owner.actions.iter().enumerate() {
                    // The owner heads their first row only, so the eye reads one block each.
                    if at == 0 {
                        ui.label(RichText::new(&owner.owner).strong());
                    } else {
                        ui.label("");
                    }
                    ui.label(&line.text);
                    due_ui(ui, line, today, words);
                    ui.label(clip_words(&line.about, 30));
                    ui.end_row();
                }
            }
        });
    if summary.done_actions > 0 {
        let said = tr!(words, "desk-done-not-listed", count = summary.done_actions);
        ui.label(RichText::new(said).weak());
    }
}

/// One row per item: notes by kind, each poll's rank and score, and how many actions.
fn items_table_ui(ui: &mut Ui, summary: &Summary, words: &Words) {
    Grid::new("items-table")
        .num_columns(6 + summary.polls.len())
        .striped(true)
        .spacing([14.0, 4.0])
        .show(ui, |ui| {
            ui.label(RichText::new(tr!(words, "desk-item")).strong());
            for kind in NoteKind::ALL {
                ui.label(kind_heading(ui, kind));
            }
            for poll in &summary.polls {
                ui.label(RichText::new(&poll.heading).strong())
                    .on_hover_text(&poll.question);
            }
            ui.label(RichText::new(tr!(words, "desk-actions")).strong());
            ui.end_row();
            for place in &summary.places {
                ui.label(clip_words(&place.label, LABEL_CHARS))
                    .on_hover_text(&place.label);
                for count in place.notes {
                    count_ui(ui, count);
                }
                for poll in &summary.polls {
                    match place.placings.iter().find(|p| p.poll == poll.id) {
                        Some(placing) => ui
                            .label(format!("{} · {}", placing.rank, placing.score))
                            .on_hover_text(tr!(
                                words,
                                "desk-rank-hover",
                                rank = &placing.rank,
                                of = placing.of,
                                question = &poll.question
                            )),
                        None => ui.label(RichText::new("·").weak()),
                    };
                }
                count_ui(ui, place.actions.len());
                ui.end_row();
            }
        });
    if !summary.polls.is_empty() {
        ui.add_space(4.0);
        Grid::new("poll-key").num_columns(2).show(ui, |ui| {
            for poll in &summary.polls {
                ui.label(RichText::new(&poll.heading).weak());
                ui.label(RichText::new(&poll.question).weak());
                ui.end_row();
            }
        });
    }
}

/// One note as a bullet: its words and its group; `with_kind` starts it with its kind, in the
/// kind's colour, where no heading says it.
pub(super) fn note_line_ui(ui: &mut Ui, note: &crate::model::Note, with_kind: bool) {
    let group = if note.group.trim().is_empty() {
        String::new()
    } else {
        format!("  ({})", note.group.trim())
    };
    let words = format!("• {}{group}", note.text);
    if with_kind {
        ui.horizontal_wrapped(|ui| {
            ui.label(kind_heading(ui, note.kind));
            ui.add(egui::Label::new(words).wrap());
        });
    } else {
        ui.add(egui::Label::new(words).wrap());
    }
}

/// A kind's name over its notes or its counts, in the kind's colour as on every screen.
fn kind_heading(ui: &Ui, kind: NoteKind) -> RichText {
    let colour = theme::kind_colour(kind, ui.visuals().panel_fill);
    let name = crate::gui::words(ui.ctx()).note_kind_plural(kind);
    RichText::new(name).strong().color(colour)
}

/// A count in the item table; a quiet dot for none, so the figures that matter stand out.
fn count_ui(ui: &mut Ui, count: usize) {
    if count == 0 {
        ui.label(RichText::new("·").weak());
    } else {
        ui.label(count.to_string());
    }
}

/// One item, folded: its notes by kind and its action items.
fn place_details_ui(
    ui: &mut Ui,
    session: &Session,
    place: &PlaceSummary,
    today: NaiveDate,
    words: &Words,
) {
    let notes: usize = place.notes.iter().sum();
    let title = tr!(
        words,
        "desk-place-title",
        label = clip_words(&place.label, 70),
        notes = notes,
        actions = place.actions.len()
    );
    CollapsingHeader::new(title)
        .id_salt(("review-place", about_key(&place.about)))
        .show(ui, |ui| {
            if place.label.chars().count() > 70 {
                ui.add(egui::Label::new(RichText::new(&place.label).italics()).wrap());
            }
            for placing in &place.placings {
                ui.label(tr!(
                    words,
                    "desk-place-placing",
                    question = &placing.question,
                    rank = &placing.rank,
                    of = placing.of,
                    score = &placing.score
                ));
            }
            for kind in NoteKind::ALL {
                let of_kind: Vec<_> = session
                    .notes
                    .iter()
                    .filter(|note| note.about == place.about && note.kind == kind)
                    .collect();
                if of_kind.is_empty() {
                    continue;
                }
                ui.label(kind_heading(ui, kind));
                for note in of_kind {
                    note_line_ui(ui, note, false);
                }
            }
            if !place.actions.is_empty() {
                ui.label(RichText::new(tr!(words, "desk-action-items")).strong());
                for line in &place.actions {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(if line.done {
                            tr!(words, "desk-action-done", text = &line.text)
                        } else {
                            format!("• {}", line.text)
                        });
                        if !line.owner.is_empty() {
                            ui.label(RichText::new(format!("— {}", line.owner)).weak());
                        }
                        due_ui(ui, line, today, words);
                    });
                }
            }
        });
}
