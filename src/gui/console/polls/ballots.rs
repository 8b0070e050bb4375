//! A poll's life on the console: opening, closing and revealing it, the ballots cast (one
//! removed after a confirmation), and the counts typed for a hand count.

use egui::{RichText, Ui};

use super::settings::number_ui;
use crate::gui::app::{Msg, Question};
use crate::gui::room::deck::Slide;
use crate::gui::theme::okabe_ito;
use crate::model::{Ballot, BallotSource, Edit, Marks, Poll, PollStatus, Session};

/// The ballots cast, newest first, one removed after a confirmation.
pub(super) fn ballots_ui(
    ui: &mut Ui,
    session: &Session,
    poll: &Poll,
    question: Option<&Question>,
    out: &mut Vec<Msg>,
) {
    egui::CollapsingHeader::new(format!("Ballots ({})", poll.ballots.len()))
        .id_salt("poll-ballots")
        .show(ui, |ui| {
            ui.label(
                RichText::new("Newest first. Remove one only if it was cast by mistake.").weak(),
            );
            for (index, ballot) in poll.ballots.iter().enumerate().rev() {
                ui.horizontal(|ui| {
                    ui.label(format!(
                        "#{}  {}",
                        index + 1,
                        ballot.cast.with_timezone(&chrono::Local).format("%H:%M:%S")
                    ));
                    // Where it came from says nothing of who cast it, so it shows while
                    // voting is open too; the booth's, the usual case, goes unmarked.
                    if ballot.source == BallotSource::Phone {
                        ui.label(RichText::new("phone").weak());
                    }
                    // While voting goes on, the laptop may be seen by the next voter: times
                    // only, so nobody can match a ballot to the person who just left.
                    if poll.status != PollStatus::Open {
                        ui.add(egui::Label::new(ballot_summary(session, ballot)).truncate());
                    }
                });
                let removal = Question::RemoveBallot {
                    poll: poll.id.clone(),
                    ballot: ballot.id.clone(),
                };
                if question == Some(&removal) {
                    ui.horizontal(|ui| {
                        ui.label(
                            RichText::new("Remove this ballot? It will no longer count.")
                                .color(okabe_ito::ORANGE),
                        );
                        if ui.button("Remove ballot").clicked() {
                            out.push(Msg::Apply(Edit::RemoveBallot {
                                poll: poll.id.clone(),
                                ballot: ballot.id.clone(),
                            }));
                        }
                        if ui.button("Keep it").clicked() {
                            out.push(Msg::Question(None));
                        }
                    });
                } else if ui
                    .small_button(format!("Remove ballot #{}…", index + 1))
                    .clicked()
                {
                    out.push(Msg::Question(Some(removal)));
                }
            }
        });
}

/// "COMPASSION 2 · DIVERSITY 1", "1st INTEGRITY · 2nd COMPASSION".
pub(super) fn ballot_summary(session: &Session, ballot: &Ballot) -> String {
    match &ballot.marks {
        Marks::Dots(dots) => dots
            .iter()
            .map(|(item, n)| format!("{} {n}", session.item_label(item)))
            .collect::<Vec<_>>()
            .join(" · "),
        Marks::Ratings(ratings) => ratings
            .iter()
            .map(|(item, n)| format!("{} {n}", session.item_label(item)))
            .collect::<Vec<_>>()
            .join(" · "),
        Marks::Ranking(order) => order
            .iter()
            .enumerate()
            .map(|(place, item)| {
                format!(
                    "{} {}",
                    crate::model::ordinal(place + 1),
                    session.item_label(item)
                )
            })
            .collect::<Vec<_>>()
            .join(" · "),
    }
}

/// The buttons that move the poll on (open, close, reveal), and the one that puts it on the
/// projector when it is not there (`shown`).
/// Why a poll with no items ticked cannot open.
pub(super) const NO_ITEMS: &str = "No items ticked: a poll needs at least one before it opens.";

pub(super) fn lifecycle_ui(
    ui: &mut Ui,
    poll: &Poll,
    (booth_here, shown, cleared): (bool, bool, bool),
    out: &mut Vec<Msg>,
) {
    let status = |status: PollStatus| {
        Msg::Apply(Edit::SetPollStatus {
            poll: poll.id.clone(),
            status,
        })
    };
    ui.horizontal_wrapped(|ui| {
        match poll.status {
            PollStatus::Draft => {
                // Why it is greyed out is said in the settings' rule line, which is always
                // there: a line appearing here would move the controls below.
                let open = ui
                    .add_enabled(!cleared, egui::Button::new("Open voting"))
                    .on_disabled_hover_text(NO_ITEMS);
                if open.clicked() {
                    out.push(status(PollStatus::Open));
                    out.push(Msg::Show(Slide::PollBallot(poll.id.clone())));
                }
            }
            PollStatus::Open => {
                if ui.button("Close voting").clicked() {
                    out.push(status(PollStatus::Closed));
                    out.push(Msg::BoothHere(false));
                }
                if poll.method.takes_ballots() {
                    let words = if booth_here {
                        "Leave the booth on this laptop"
                    } else {
                        "Booth on this laptop"
                    };
                    if ui
                        .button(words)
                        .on_hover_text(
                            "Hand the laptop round: it shows only the ballot until you leave",
                        )
                        .clicked()
                    {
                        out.push(Msg::Show(Slide::PollBallot(poll.id.clone())));
                        out.push(Msg::BoothHere(!booth_here));
                    }
                }
                if !poll.has_votes() && ui.button("Back to draft").clicked() {
                    out.push(status(PollStatus::Draft));
                }
            }
            PollStatus::Closed => {
                if ui.button("Reveal results").clicked() {
                    out.push(status(PollStatus::Revealed));
                    out.push(Msg::Show(Slide::PollResults(poll.id.clone())));
                }
                if ui.button("Reopen voting").clicked() {
                    out.push(status(PollStatus::Open));
                }
            }
            PollStatus::Revealed => {
                if ui.button("Show results").clicked() {
                    out.push(Msg::Show(Slide::PollResults(poll.id.clone())));
                }
            }
        }
        // Beside the lifecycle's buttons, not under them: one row to look at.
        if !shown && poll.status != PollStatus::Revealed {
            let show = ui
                .button("Show on the projector")
                .on_hover_text("Put this poll's slide up; the room has not seen it yet");
            if show.clicked() {
                out.push(Msg::Show(Slide::PollBallot(poll.id.clone())));
            }
        }
    });
}

pub(super) fn tally_ui(ui: &mut Ui, session: &Session, poll: &Poll, out: &mut Vec<Msg>) {
    ui.label(RichText::new("Counts").strong());
    egui::Grid::new("tally-counts")
        .num_columns(2)
        .show(ui, |ui| {
            for item in &poll.items {
                let caption = ui.label(crate::gui::console::about_picker::short(
                    session.item_label(item),
                ));
                let before = poll.tally.get(item).copied().unwrap_or(0);
                let salt = format!("tally-{item}");
                if let Some(count) = number_ui(ui, &salt, before, 0..=100_000, caption.id) {
                    out.push(Msg::Apply(Edit::SetTally {
                        poll: poll.id.clone(),
                        item: item.clone(),
                        count,
                    }));
                }
                ui.end_row();
            }
        });
}
