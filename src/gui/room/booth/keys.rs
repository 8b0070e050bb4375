//! Keys for voters without a touch screen: the digits choose item 1, 2, … of the page in view
//! (or give the next unrated item that score), PageDown / PageUp and the arrows → / ← turn
//! the page, Backspace takes the last choice back, Enter casts.

use egui::{Key, Ui};

use crate::gui::app::keys::take_keys;
use crate::gui::room::booth::{Booth, BoothAction};
use crate::model::{Poll, PollMethod};

/// Keys for voters without a touch screen, taken in the order pressed: `6 Backspace 4 Enter`
/// typed faster than a frame casts 4, and `4 5 3` on a rating rates three items, each key
/// acting on the ballot as the keys before it left it. On the projector a clicker's PageDown
/// and PageUp never get here: they are the facilitator's, and turn the booth's pages before
/// they move the slide (`PlazaApp::update`); on the laptop handed round they only turn pages.
pub(super) fn keys(ui: &Ui, poll: &Poll, booth: &Booth, actions: &mut Vec<BoothAction>) {
    if ui.ctx().text_edit_focused() {
        return;
    }
    // With a button focused (Tab), Enter presses that button, and must not also cast.
    let focused = ui.ctx().memory(|memory| memory.focused().is_some());
    let method = &poll.method;
    // Pages turned by earlier keys of this frame count: `PageDown 2` picks the second item of
    // the next page.
    let mut page = booth.clone();
    let taken = ui.input_mut(|input| {
        take_keys(input, |key, modifiers, repeat| {
            if !modifiers.is_none() {
                return None;
            }
            let action = match key {
                // A held key deletes one choice after another, as it does in a text.
                Key::Backspace => Some(BoothAction::TakeBack),
                _ if repeat => None,
                Key::Enter if !focused => Some(BoothAction::Cast),
                Key::PageDown | Key::ArrowRight => Some(BoothAction::NextPage),
                Key::PageUp | Key::ArrowLeft => Some(BoothAction::PreviousPage),
                _ => {
                    let digit = digit_of(key)?;
                    let on_page = page.page_items();
                    let item = || {
                        (digit <= on_page.len())
                            .then(|| poll.items.get(on_page.start + digit - 1).cloned())
                            .flatten()
                    };
                    match method {
                        PollMethod::Dots { .. } => item().map(BoothAction::AddDot),
                        PollMethod::Ranking => item().map(BoothAction::Pick),
                        PollMethod::Rating { .. } => {
                            Some(BoothAction::RateNext(i32::try_from(digit).ok()?))
                        }
                        PollMethod::Tally => None,
                    }
                }
            }?;
            page.act(poll, action.clone());
            Some(action)
        })
    });
    actions.extend(taken);
}

/// 1 for the 1 key, … 9 for the 9 key.
fn digit_of(key: Key) -> Option<usize> {
    let digits = [
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
        Key::Num7,
        Key::Num8,
        Key::Num9,
    ];
    digits.iter().position(|&d| d == key).map(|at| at + 1)
}

/// Whether one of `keys` was pressed this frame (held keys repeating do not count: a voter's
/// held Enter must not start the next ballot).
pub(super) fn pressed_any(ui: &Ui, keys: &[Key]) -> bool {
    let pressed = ui.input_mut(|input| {
        take_keys(input, |key, modifiers, repeat| {
            (keys.contains(&key) && modifiers.is_none() && !repeat).then_some(())
        })
    });
    !pressed.is_empty()
}
