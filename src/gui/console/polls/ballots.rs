//! A poll's life on the console: opening, closing and revealing it, the ballots cast (one
//! removed after a confirmation), and the counts typed for a hand count.

use egui::{RichText, Ui};

use super::settings::number_ui;
use crate::gui::app::{Msg, Question};
use crate::gui::room::deck::Slide;
use crate::gui::theme::okabe_ito;
use crate::model::{Ballot, BallotSource, Edit, Marks, Poll, PollStatus, Session};
use crate::tr;
use crate::words::Words;

/// The ballots cast, newest first, one removed after a confirmation.
pub(super) fn ballots_ui(
    ui: &mut Ui,
    session: &Session,
    poll: &Poll,
    question: Option<&Question>,
    out: &mut Vec<Msg>,
) {
    let words = crate::gui::words(ui.ctx());
    let header = tr!(words, "console-ballots-header", count = poll.ballots.len());
    egui::CollapsingHeader::new(header)
        .id_salt("poll-ballots")
        .show(ui, |ui| {
            ui.label(RichText::new(tr!(words, "console-ballots-intro")).weak());
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
                        ui.label(RichText::new(tr!(words, "console-ballots-phone")).weak());
                    }
                    // While voting goes on, the laptop may be seen by the next voter: times
                    // only, so nobody can match a ballot to the person who just left.
                    if poll.status != PollStatus::Open {
                        let summary = ballot_summary(words, session, ballot);
                        ui.add(egui::Label::new(summary).truncate());
                    }
                });
                let removal = Question::RemoveBallot {
                    poll: poll.id.clone(),
                    ballot: ballot.id.clone(),
                };
                if question == Some(&removal) {
                    ui.horizontal(|ui| {
                        ui.label(
                            RichText::new(tr!(words, "console-ballots-remove-ask"))
                                .color(okabe_ito::ORANGE),
                        );
                        if ui.button(tr!(words, "console-ballots-remove")).clicked() {
                            out.push(Msg::Apply(Edit::RemoveBallot {
                                poll: poll.id.clone(),
                                ballot: ballot.id.clone(),
                            }));
                        }
                        if ui.button(tr!(words, "console-keep-it")).clicked() {
                            out.push(Msg::Question(None));
                        }
                    });
                } else if ui
                    .small_button(tr!(
                        words,
                        "console-ballots-remove-number",
                        number = index + 1
                    ))
                    .clicked()
                {
                    out.push(Msg::Question(Some(removal)));
                }
            }
        });
}

/// "COMPASSION 2 · DIVERSITY 1", "1st INTEGRITY · 2nd COMPASSION".
pub(super) fn ballot_summary(words: &Words, session: &Session, ballot: &Ballot) -> String {
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
                tr!(
                    words,
                    "console-ballots-ranked",
                    place = place + 1,
                    choice = session.item_label(item)
                )
            })
            .collect::<Vec<_>>()
            .join(" · "),
    }
}

/// The buttons that move the poll on (open, close, reveal), and the one that puts it on the
/// projector when it is not there (`shown`).
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
    let words = crate::gui::words(ui.ctx());
    ui.horizontal_wrapped(|ui| {
        match poll.status {
            PollStatus::Draft => {
                // Why it is greyed out is said in the settings' rule line, which is always
                // there: a line appearing here would move the controls below.
                let open = ui
                    .add_enabled(
                        !cleared,
                        egui::Button::new(tr!(words, "console-poll-open-voting")),
                    )
                    .on_disabled_hover_text(tr!(words, "console-poll-no-items"));
                if open.clicked() {
                    out.push(status(PollStatus::Open));
                    out.push(Msg::Show(Slide::PollBallot(poll.id.clone())));
                }
            }
            PollStatus::Open => {
                if ui.button(tr!(words, "console-poll-close-voting")).clicked() {
                    out.push(status(PollStatus::Closed));
                    out.push(Msg::BoothHere(false));
                }
                if poll.method.takes_ballots() {
                    let label = if booth_here {
                        tr!(words, "console-poll-booth-here-leave")
                    } else {
                        tr!(words, "console-poll-booth-here")
                    };
                    if ui
                        .button(label)
                        .on_hover_text(tr!(words, "console-poll-booth-here-hover"))
                        .clicked()
                    {
                        out.push(Msg::Show(Slide::PollBallot(poll.id.clone())));
                        out.push(Msg::BoothHere(!booth_here));
                    }
                }
                if !poll.has_votes()
                    && ui
                        .button(tr!(words, "console-poll-back-to-draft"))
                        .clicked()
                {
                    out.push(status(PollStatus::Draft));
                }
            }
            PollStatus::Closed => {
                if ui.button(tr!(words, "console-poll-reveal")).clicked() {
                    out.push(status(PollStatus::Revealed));
                    out.push(Msg::Show(Slide::PollResults(poll.id.clone())));
                }
                if ui.button(tr!(words, "console-poll-reopen")).clicked() {
                    out.push(status(PollStatus::Open));
                }
            }
            PollStatus::Revealed => {
                if ui.button(tr!(words, "console-poll-show-results")).clicked() {
                    out.push(Msg::Show(Slide::PollResults(poll.id.clone())));
                }
            }
        }
        // Beside the lifecycle's buttons, not under them: one row to look at.
        if !shown && poll.status != PollStatus::Revealed {
            let show = ui
                .button(tr!(words, "console-poll-show"))
                .on_hover_text(tr!(words, "console-poll-show-hover"));
            if show.clicked() {
                out.push(Msg::Show(Slide::PollBallot(poll.id.clone())));
            }
        }
    });
}

pub(super) fn tally_ui(ui: &mut Ui, session: &Session, poll: &Poll, out: &mut Vec<Msg>) {
    ui.label(RichText::new(tr!(crate::gui::words(ui.ctx()), "console-tally-counts")).strong());
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
