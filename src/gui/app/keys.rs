//! The keys a facilitator drives the room with. Presentation clickers send PageUp / PageDown.

use egui::{InputState, Key, Modifiers};

/// What a key asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Next slide.
    Next,
    /// Previous slide.
    Previous,
    /// First slide.
    First,
    /// Last slide.
    Last,
    /// Black the projector out, or bring it back.
    ToggleBlank,
    /// Open the projector window.
    OpenProjector,
    /// Close the projector window.
    CloseProjector,
    /// Projector full screen on or off.
    ToggleFullscreen,
    /// Revert the last change to the session.
    Undo,
    /// Apply the last undone change again.
    Redo,
}

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
pub fn commands(input: &mut InputState, scope: KeyScope) -> Vec<Command> {
    take_commands(input, |key, modifiers| command_for(key, modifiers, scope))
}

/// Ctrl+Z, and Ctrl+Shift+Z or Ctrl+Y: undo and redo of session changes. Outside text fields
/// they always mean this; in the empty quick-entry box too, since it has nothing of its own
/// to undo.
pub fn history_commands(input: &mut InputState) -> Vec<Command> {
    take_commands(input, history_command)
}

fn take_commands(
    input: &mut InputState,
    command_for: impl Fn(Key, Modifiers) -> Option<Command>,
) -> Vec<Command> {
    take_keys(input, |key, modifiers, repeat| {
        let command = command_for(key, modifiers)?;
        // A held Ctrl+Z must not answer the question its first press asked ("undo the ballot
        // cast in the booth?"): undo and redo take one press each.
        let repeatable = !matches!(command, Command::Undo | Command::Redo);
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

fn history_command(key: Key, modifiers: Modifiers) -> Option<Command> {
    if !modifiers.command || modifiers.alt {
        return None;
    }
    match key {
        Key::Z if modifiers.shift => Some(Command::Redo),
        Key::Y => Some(Command::Redo),
        Key::Z => Some(Command::Undo),
        _ => None,
    }
}

fn command_for(key: Key, modifiers: Modifiers, scope: KeyScope) -> Option<Command> {
    let plain = !modifiers.command && !modifiers.ctrl && !modifiers.alt && !modifiers.shift;
    if scope == KeyScope::Locked {
        return None;
    }
    match key {
        Key::F5 if plain => return Some(Command::OpenProjector),
        Key::F11 if plain && scope != KeyScope::Booth => return Some(Command::ToggleFullscreen),
        _ => {}
    }
    match scope {
        KeyScope::Typing | KeyScope::Locked => None,
        KeyScope::Booth => match key {
            Key::PageDown if plain => Some(Command::Next),
            Key::PageUp if plain => Some(Command::Previous),
            _ => None,
        },
        KeyScope::All if !plain => history_command(key, modifiers),
        KeyScope::All => match key {
            Key::ArrowRight | Key::PageDown | Key::Space => Some(Command::Next),
            Key::ArrowLeft | Key::PageUp => Some(Command::Previous),
            Key::Home => Some(Command::First),
            Key::End => Some(Command::Last),
            Key::B => Some(Command::ToggleBlank),
            Key::Escape => Some(Command::CloseProjector),
            _ => None,
        },
    }
}
