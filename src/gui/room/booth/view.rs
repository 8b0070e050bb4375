//! The voting booth as a voter sees it: the question and the poll's items as big touch targets
//! (each at least 8% of the window's height), "3 dots left" always in view, and "Cast my vote"
//! only when the ballot counts; more than nine choices take pages, with "Page 1 of 2" and big
//! arrows. After casting, a full screen that shows nothing of the ballot. Keys: the digits
//! choose item 1, 2, … of the page (or give the next unrated item that score), PageDown and
//! PageUp turn the page, Backspace takes the last choice back, Enter casts, and on the
//! thank-you screen Enter or Space starts the next ballot.

use egui::{Align, Color32, Key, Rect, Ui, vec2};

use super::keys::{keys, pressed_any};
use super::layout::{Measure, PlacedRow, page_size};
use super::pager::pager_ui;
use super::phones::{PhonesPanel, phones_ui, split};
use super::rows::Rows;
use crate::gui::room::booth::{Booth, BoothAction, Phase};
use crate::gui::room::languages::room_words;
use crate::gui::room::text::MIN_TEXT_SHARE;
use crate::gui::room::text::{centred_lines, place, text_height, text_size};
use crate::gui::theme::Palette;
use crate::gui::widgets::big_button::{BigButton, Look, Under, big_button};
use crate::model::{Marks, Poll, PollMethod, Session};
use crate::words::Words;

/// The smallest touch target, as a share of the window's height.
pub const MIN_TARGET_SHARE: f32 = 0.08;

/// The booth's screen: its size, and the margin-free area inside it.
struct Screen {
    full: Rect,
    area: Rect,
}

impl Screen {
    fn new(full: Rect) -> Self {
        let area = full.shrink2(vec2(0.05 * full.width(), 0.04 * full.height()));
        Screen { full, area }
    }

    /// A share of the window's height, in whole points.
    fn px(&self, share: f32) -> f32 {
        (share * self.full.height()).ceil()
    }

    /// The smallest target, as tall as a touch needs.
    fn target(&self) -> f32 {
        self.px(MIN_TARGET_SHARE).max(self.px(0.09))
    }
}

/// The rows of the booth for `poll` filling `full`, as the voter sees them now (the page in
/// view): each item's name as shown, where, and at what size. Nothing is drawn.
pub fn booth_rows(
    ui: &Ui,
    (session, poll): (&Session, &Poll),
    booth: &Booth,
    palette: &Palette,
    full: Rect,
    phones: Option<&PhonesPanel>,
) -> Vec<PlacedRow> {
    let screen = Screen::new(split(ui, full, phones, palette).0);
    let ballot = Ballot {
        session,
        poll,
        booth,
        palette,
        interactive: false,
    };
    let frame = ballot.frame(ui, &screen);
    ballot.rows(&screen, frame.rows).layout(ui)
}

/// Draws the booth for `poll` filling `full` and returns what the voter did this frame.
/// `interactive` is false for the console's small preview: a picture, deaf to clicks and keys.
/// With `phones`, a strip on the right tells the room's phones where to vote, and the booth
/// takes the rest.
pub fn booth_ui(
    ui: &mut Ui,
    (session, poll): (&Session, &Poll),
    booth: &Booth,
    palette: &Palette,
    full: Rect,
    interactive: bool,
    phones: Option<&PhonesPanel>,
) -> Vec<BoothAction> {
    let (full, panel) = split(ui, full, phones, palette);
    if let (Some(laid), Some(phones)) = (panel, phones) {
        phones_ui(ui, laid, phones, palette);
    }
    let screen = Screen::new(full);
    match booth.phase() {
        Phase::ThankYou => thank_you_ui(ui, &screen, palette, interactive),
        Phase::Recording { .. } => {
            let recording = room_words(ui.ctx()).first.get("room-booth-recording");
            let words = [(recording.as_str(), screen.px(0.07), palette.text)];
            centred_lines(ui, screen.area, &words);
            Vec::new()
        }
        Phase::NotSaved { error, .. } => {
            let first = room_words(ui.ctx()).first;
            let (not_saved, wait, error) = (
                first.get("room-booth-not-saved"),
                first.get("room-booth-wait"),
                first.save_failure(error),
            );
            let words = [
                (not_saved.as_str(), screen.px(0.08), palette.heading),
                (wait.as_str(), screen.px(0.05), palette.text),
                (error.as_str(), screen.px(0.04), palette.muted),
            ];
            centred_lines(ui, screen.area, &words);
            Vec::new()
        }
        Phase::Voting => {
            let ballot = Ballot {
                session,
                poll,
                booth,
                palette,
                interactive,
            };
            ballot.ui(ui, &screen)
        }
    }
}

/// The screen after a vote: it shows nothing of the ballot, and the whole of it is the button
/// that starts the next one.
fn thank_you_ui(
    ui: &mut Ui,
    screen: &Screen,
    palette: &Palette,
    interactive: bool,
) -> Vec<BoothAction> {
    let calm = Palette {
        // The whole screen is the button; it should look like a calm slide.
        background: palette.background,
        text: palette.background,
        muted: palette.background,
        ..*palette
    };
    let words = room_words(ui.ctx());
    let name = words.first.get("room-booth-next-name");
    let next = BigButton {
        text: "",
        name: Some(&name),
        key: "next",
        size: screen.px(0.05),
        look: Look::Plain,
        align: Align::Center,
        under: None,
    };
    let response = big_button(ui, screen.full, next, &calm, interactive);
    let (thanks, thanks_under) = words.both(|w| w.get("room-booth-thanks"));
    let (next_words, next_under) = words.both(|w| w.get("room-booth-next"));
    let mut lines = vec![(thanks.as_str(), screen.px(0.08), palette.text)];
    if let Some(under) = &thanks_under {
        lines.push((under.as_str(), screen.px(0.05), palette.muted));
    }
    lines.push((next_words.as_str(), screen.px(0.05), palette.heading));
    if let Some(under) = &next_under {
        lines.push((under.as_str(), screen.px(0.04), palette.muted));
    }
    centred_lines(ui, screen.area, &lines);
    let key = interactive && pressed_any(ui, &[Key::Enter, Key::Space]);
    if response.clicked() || key {
        vec![BoothAction::NextVoter]
    } else {
        Vec::new()
    }
}

/// A ballot being marked.
struct Ballot<'a> {
    session: &'a Session,
    poll: &'a Poll,
    booth: &'a Booth,
    palette: &'a Palette,
    interactive: bool,
}

/// Where the parts of a ballot go, top to bottom.
struct Frame {
    /// The question.
    question: Rect,
    /// What the voter has left to do, with the last thing refused, and its colour.
    hint: (Rect, String, Color32),
    /// The hint in the second language of a bilingual room, muted.
    hint_under: Option<(Rect, String)>,
    /// The rows of the page in view.
    rows: Rect,
    /// "Page 1 of 2" and its arrows, when the choices take more than one page.
    pager: Option<Rect>,
    /// Clear, the count, Cast.
    footer: Rect,
}

impl Ballot<'_> {
    fn ui(&self, ui: &mut Ui, screen: &Screen) -> Vec<BoothAction> {
        let mut actions = Vec::new();
        if self.interactive {
            let fits = self.page_size(ui, screen);
            if fits != self.booth.page_size() {
                actions.push(BoothAction::PageSize(fits));
            }
        }
        let frame = self.frame(ui, screen);
        let question_size = screen.px(0.065);
        let question = &self.poll.question;
        place(
            ui,
            frame.question,
            question,
            question_size,
            self.palette.text,
            Align::Center,
        );
        let (hint_rect, hint, colour) = &frame.hint;
        place(
            ui,
            *hint_rect,
            hint,
            screen.px(0.045),
            *colour,
            Align::Center,
        );
        if let Some((rect, under)) = &frame.hint_under {
            let size = screen.px(MIN_TEXT_SHARE);
            place(ui, *rect, under, size, self.palette.muted, Align::Center);
        }
        self.footer_ui(ui, screen, frame.footer, &mut actions);
        self.rows(screen, frame.rows).ui(ui, &mut actions);
        if let Some(pager) = frame.pager {
            let measure = Measure {
                height: screen.full.height(),
            };
            let look = (self.palette, self.interactive);
            pager_ui(ui, pager, self.booth, look, measure, &mut actions);
        }
        if self.interactive {
            keys(ui, self.poll, self.booth, &mut actions);
        }
        actions
    }

    fn rows(&self, screen: &Screen, area: Rect) -> Rows<'_> {
        Rows {
            session: self.session,
            poll: self.poll,
            booth: self.booth,
            palette: self.palette,
            area,
            height: screen.full.height(),
            interactive: self.interactive,
        }
    }

    /// How many choices a page of this screen holds with their names whole: measured with
    /// the hint as it reads with nothing refused, so a passing message never turns pages.
    fn page_size(&self, ui: &Ui, screen: &Screen) -> usize {
        let area = |paged| self.frame_with(ui, screen, paged, None).rows;
        let height = screen.full.height();
        page_size(ui, (self.session, self.poll), area, height)
    }

    /// The question, then what the voter has left to do (with the last thing refused, if
    /// any), the rows, the pager if the choices take pages, and the footer.
    fn frame(&self, ui: &Ui, screen: &Screen) -> Frame {
        let paged = self.booth.pages() > 1;
        let message = self.booth.message(room_words(ui.ctx()).first);
        self.frame_with(ui, screen, paged, message.as_deref())
    }

    /// The frame with the pager or without (`paged`), and with `message` in the hint.
    fn frame_with(&self, ui: &Ui, screen: &Screen, paged: bool, message: Option<&str>) -> Frame {
        let (area, height) = (screen.area, screen.full.height());
        let line = |top: f32, text: &str, size: f32| {
            let tall = text_height(ui, text, size, area.width());
            Rect::from_min_size(egui::pos2(area.left(), top), vec2(area.width(), tall))
        };
        let question = line(area.top(), &self.poll.question, screen.px(0.065));
        let words = room_words(ui.ctx());
        let (mut hint, under) = words.both(|w| hint_line(self.poll, self.booth, w));
        let colour = match message {
            Some(message) => {
                hint = format!("{hint}   ·   {message}");
                self.palette.heading
            }
            None => self.palette.muted,
        };
        let hint_rect = line(question.bottom() + 0.01 * height, &hint, screen.px(0.045));
        // The second language's hint, below the first and smaller, never below the minimum.
        let hint_under = under.map(|under| {
            let rect = line(hint_rect.bottom(), &under, screen.px(MIN_TEXT_SHARE));
            (rect, under)
        });
        let above_rows = hint_under.as_ref().map_or(hint_rect, |(rect, _)| *rect);
        let footer = Rect::from_min_max(
            egui::pos2(area.left(), area.bottom() - footer_height(ui, screen)),
            area.max,
        );
        let mut bottom = footer.top() - 0.025 * height;
        // The pager takes a row of its own, with less room around it than the footer has.
        let pager = paged.then(|| {
            let tall = screen.px(MIN_TARGET_SHARE);
            bottom = footer.top() - 0.012 * height - tall;
            Rect::from_min_max(
                egui::pos2(area.left(), bottom),
                egui::pos2(area.right(), bottom + tall),
            )
        });
        if pager.is_some() {
            bottom -= 0.012 * height;
        }
        Frame {
            question,
            hint: (hint_rect, hint, colour),
            hint_under,
            rows: Rect::from_min_max(
                egui::pos2(area.left(), above_rows.bottom() + 0.015 * height),
                egui::pos2(area.right(), bottom),
            ),
            pager,
            footer,
        }
    }

    /// Clear (and Undo last pick) on the left, the count in the middle, Cast on the right; in
    /// a bilingual room each button says its words in the second language too where both fit
    /// on a line each, and the count says both.
    fn footer_ui(
        &self,
        ui: &mut Ui,
        screen: &Screen,
        footer: Rect,
        actions: &mut Vec<BoothAction>,
    ) {
        let tall = footer.height();
        let button = |ui: &mut Ui, rect: Rect, button: BigButton<'_>| {
            big_button(ui, rect, button, self.palette, self.interactive).clicked()
        };
        let cast_width = 0.3 * footer.width();
        let words = room_words(ui.ctx());
        let first = words.first;
        let (cast_words, cast_under) = words.both(|w| w.get("room-booth-cast"));
        let (clear_words, clear_under) = words.both(|w| w.get("room-booth-clear"));
        let (undo_words, undo_under) = words.both(|w| w.get("room-booth-undo-pick"));
        let clear_name = first.get("room-booth-clear-name");
        let under_size = screen.px(MIN_TEXT_SHARE);
        let cast_size = screen.px(0.05);
        let cast = BigButton {
            text: &cast_words,
            name: None,
            key: "cast",
            size: cast_size,
            look: if self.booth.is_valid(self.poll) {
                Look::Primary
            } else {
                Look::Disabled
            },
            align: Align::Center,
            under: second_line(
                ui,
                (&cast_words, cast_under.as_deref()),
                (cast_size, under_size),
                cast_width,
            ),
        };
        let cast_rect = Rect::from_min_size(
            egui::pos2(footer.right() - cast_width, footer.top()),
            vec2(cast_width, tall),
        );
        if button(ui, cast_rect, cast) {
            actions.push(BoothAction::Cast);
        }
        let side = 0.18 * footer.width();
        let size = screen.px(0.045);
        let clear = BigButton {
            text: &clear_words,
            name: Some(&clear_name),
            key: "clear",
            size,
            look: Look::Plain,
            align: Align::Center,
            under: second_line(
                ui,
                (&clear_words, clear_under.as_deref()),
                (size, under_size),
                side,
            ),
        };
        if button(ui, Rect::from_min_size(footer.min, vec2(side, tall)), clear) {
            actions.push(BoothAction::Clear);
        }
        let mut count_left = footer.left() + side + 0.02 * footer.width();
        if self.poll.method == PollMethod::Ranking {
            let picked = matches!(self.booth.marks(), Marks::Ranking(order) if !order.is_empty());
            let undo = BigButton {
                text: &undo_words,
                name: None,
                key: "undo-pick",
                size,
                look: if picked { Look::Plain } else { Look::Disabled },
                align: Align::Center,
                under: second_line(
                    ui,
                    (&undo_words, undo_under.as_deref()),
                    (size, under_size),
                    1.4 * side,
                ),
            };
            let undo_rect =
                Rect::from_min_size(egui::pos2(count_left, footer.top()), vec2(1.4 * side, tall));
            if button(ui, undo_rect, undo) {
                actions.push(BoothAction::UndoPick);
            }
            count_left += 1.4 * side + 0.02 * footer.width();
        }
        let count_rect = Rect::from_min_max(
            egui::pos2(count_left, footer.top()),
            egui::pos2(
                footer.right() - cast_width - 0.02 * footer.width(),
                footer.bottom(),
            ),
        );
        let count = self.poll.ballots.len();
        let (cast_count, count_under) =
            words.both(|w| crate::tr!(w, "room-ballots-cast", count = count));
        let mut lines = vec![(cast_count.as_str(), under_size, self.palette.muted)];
        // The second language's count where both fit between the buttons (beside a ranking's
        // Undo there may be room for one).
        let tall = |text: &str| text_height(ui, text, under_size, count_rect.width());
        lines.extend(
            count_under
                .as_deref()
                .filter(|under| {
                    tall(&cast_count) + 0.3 * under_size + tall(under) <= count_rect.height()
                })
                .map(|under| (under, under_size, self.palette.muted)),
        );
        centred_lines(ui, count_rect, &lines);
    }
}

/// A footer button's second line: only where both lines keep to one line each in a button
/// `width` wide, as a wrapped pair would not fit the target.
fn second_line<'a>(
    ui: &Ui,
    (first, under): (&str, Option<&'a str>),
    (size, under_size): (f32, f32),
    width: f32,
) -> Option<Under<'a>> {
    let under = under?;
    let room = width - 0.6 * size;
    let one_line = |text: &str, size: f32| text_size(ui.ctx(), text, size, f32::INFINITY).x <= room;
    (one_line(first, size) && one_line(under, under_size)).then_some(Under {
        text: under,
        size: under_size,
        indent: 0.0,
    })
}

/// How tall the footer's buttons are: a touch target, taller in a bilingual room so that a
/// button's two lines fit in it.
fn footer_height(ui: &Ui, screen: &Screen) -> f32 {
    if room_words(ui.ctx()).second.is_none() {
        return screen.target();
    }
    let line = |size: f32| text_height(ui, "Ag", size, f32::INFINITY);
    let two = line(screen.px(0.05)) + line(screen.px(MIN_TEXT_SHARE)) + screen.px(0.015);
    screen.target().max(two)
}

/// What the voter has left to do, always in view.
fn hint_line(poll: &Poll, booth: &Booth, words: &Words) -> String {
    match &poll.method {
        PollMethod::Dots {
            per_person,
            per_item,
        } => {
            let left = per_person.saturating_sub(booth.dots_used());
            crate::tr!(
                words,
                "room-booth-dots-left",
                count = left,
                most = *per_item
            )
        }
        PollMethod::Rating {
            min,
            max,
            low,
            high,
        } => {
            let ends = [(min, low), (max, high)]
                .into_iter()
                .map(|(score, words)| {
                    if words.trim().is_empty() {
                        score.to_string()
                    } else {
                        format!("{score} = {words}")
                    }
                })
                .collect::<Vec<_>>()
                .join("   …   ");
            crate::tr!(words, "room-booth-rate", ends = ends)
        }
        PollMethod::Ranking => match &booth.marks() {
            Marks::Ranking(order) if !order.is_empty() => {
                crate::tr!(words, "room-booth-rank-next", place = order.len() + 1)
            }
            _ => words.get("room-booth-rank-start"),
        },
        PollMethod::Tally => String::new(),
    }
}
