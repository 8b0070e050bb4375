//! The keys a facilitator drives the room with, as messages. Presentation clickers send
//! PageUp / PageDown.

use egui::{InputState, Key, Modifiers};

use crate::gui::app::dialogs::Purpose;
use crate::gui::app::message::Msg;

/// Which keys drive the slides, given what else wants the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyScope {
    /// All the keys below.
    All,
    /// A text field has the keyboard: letters, arrows and Space belong to the text.
    Typing,
    /// A voter is at the booth on the projector's screen: only F5 and a clicker's PageUp /
    /// PageDown, so a voter's Space, arrows, Esc, B, F11 or Ctrl+Z never move the room's
    /// screen or change the session.
    Booth,
    /// The laptop is handed round as the booth: no key does anything but vote.
    Locked,
}

/// The commands pressed this frame, in the order they were pressed, taken out of the input so
/// no widget acts on them too. Every press counts: a clicker pressed three times between two
/// frames moves three slides.
pub fn commands(input: &mut InputState, scope: KeyScope) -> Vec<Msg> {
    take_commands(input, |key, modifiers| command_for(key, modifiers, scope))
}

/// Ctrl+Z, and Ctrl+Shift+Z or Ctrl+Y: undo and redo of session changes. Outside text fields
/// they always mean this; in the empty quick-entry box too, since it has nothing of its own
/// to undo.
pub fn history_commands(input: &mut InputState) -> Vec<Msg> {
    take_commands(input, history_command)
}

fn take_commands(
    input: &mut InputState,
    command_for: impl Fn(Key, Modifiers) -> Option<Msg>,
) -> Vec<Msg> {
    take_keys(input, |key, modifiers, repeat| {
        let command = command_for(key, modifiers)?;
        // A held Ctrl+Z must not answer the question its first press asked ("undo the ballot
        // cast in the booth?"): undo and redo take one press each.
        let repeatable = !matches!(command, Msg::Undo | Msg::Redo);
        (repeatable || !repeat).then_some(command)
    })
}

/// What the keys pressed this frame ask for, in the order they were pressed, each taken out
/// of the input so no widget acts on it too. `meaning` gets the key, its modifiers and whether
/// it is a held key repeating; keys it returns `None` for stay in the input. The booth, the
/// slide keys, the notes' kind keys and the review desk read their keys through this, so keys
/// typed faster than a frame act in the order typed, each after the one before.
pub fn take_keys<T>(
    input: &mut InputState,
    mut meaning: impl FnMut(Key, Modifiers, bool) -> Option<T>,
) -> Vec<T> {
    let mut pressed = Vec::new();
    input.events.retain(|event| match event {
        egui::Event::Key {
            key,
            pressed: true,
            modifiers,
            repeat,
            ..
        } => match meaning(*key, *modifiers, *repeat) {
            Some(action) => {
                pressed.push(action);
                false
            }
            None => true,
        },
        _ => true,
    });
    pressed
}

fn history_command(key: Key, modifiers: Modifiers) -> Option<Msg> {
    if !modifiers.command || modifiers.alt {
        return None;
    }
    match key {
        Key::Z if modifiers.shift => Some(Msg::Redo),
        Key::Y => Some(Msg::Redo),
        Key::Z => Some(Msg::Undo),
        _ => None,
    }
}

/// The Session menu's shortcuts, as in every document program: Ctrl+N, Ctrl+O, Ctrl+Shift+S,
/// Ctrl+E. Never for a voter at the booth.
fn file_command(key: Key, modifiers: Modifiers) -> Option<Msg> {
    if !modifiers.command || modifiers.alt {
        return None;
    }
    match key {
        Key::N if !modifiers.shift => Some(Msg::NewSession),
        Key::O if !modifiers.shift => Some(Msg::Ask(Purpose::Open)),
        Key::S if modifiers.shift => Some(Msg::Ask(Purpose::SaveAs)),
        Key::E if !modifiers.shift => Some(Msg::Ask(Purpose::Export(crate::words::Lang::English))),
        _ => None,
    }
}

fn command_for(key: Key, modifiers: Modifiers, scope: KeyScope) -> Option<Msg> {
    let plain = !modifiers.command && !modifiers.ctrl && !modifiers.alt && !modifiers.shift;
    if scope == KeyScope::Locked {
        return None;
    }
    if scope != KeyScope::Booth
        && let Some(file) = file_command(key, modifiers)
    {
        return Some(file);
    }
    match key {
        Key::F5 if plain => return Some(Msg::OpenProjector),
        Key::F11 if plain && scope != KeyScope::Booth => return Some(Msg::ToggleFullscreen),
        _ => {}
    }
    match scope {
        KeyScope::Typing | KeyScope::Locked => None,
        KeyScope::Booth => match key {
            Key::PageDown if plain => Some(Msg::Next),
            Key::PageUp if plain => Some(Msg::Previous),
            _ => None,
        },
        KeyScope::All if !plain => history_command(key, modifiers),
        KeyScope::All => match key {
            Key::ArrowRight | Key::PageDown | Key::Space => Some(Msg::Next),
            Key::ArrowLeft | Key::PageUp => Some(Msg::Previous),
            Key::Home => Some(Msg::First),
            Key::End => Some(Msg::Last),
            Key::B => Some(Msg::ToggleBlank),
            Key::Escape => Some(Msg::CloseProjector),
            _ => None,
        },
    }
}
