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
    /// A voter is at the booth: only the function keys and a clicker's PageUp / PageDown, so
    /// a voter's Space, arrows, Esc or B never move the room's screen.
    Booth,
}

/// The commands pressed this frame.
pub fn commands(input: &mut InputState, scope: KeyScope) -> Vec<Command> {
    let mut pressed = Vec::new();
    // Counted, not just seen: a clicker pressed three times between two frames moves three slides.
    let mut take = |key: Key, command: Command| {
        let times = input.count_and_consume_key(Modifiers::NONE, key);
        pressed.extend(std::iter::repeat_n(command, times));
    };
    take(Key::F5, Command::OpenProjector);
    take(Key::F11, Command::ToggleFullscreen);
    match scope {
        KeyScope::Typing => return pressed,
        KeyScope::Booth => {
            take(Key::PageDown, Command::Next);
            take(Key::PageUp, Command::Previous);
            return pressed;
        }
        KeyScope::All => {}
    }
    pressed.extend(history_commands(input));
    let mut take = |key: Key, command: Command| {
        let times = input.count_and_consume_key(Modifiers::NONE, key);
        pressed.extend(std::iter::repeat_n(command, times));
    };
    take(Key::ArrowRight, Command::Next);
    take(Key::PageDown, Command::Next);
    take(Key::Space, Command::Next);
    take(Key::ArrowLeft, Command::Previous);
    take(Key::PageUp, Command::Previous);
    take(Key::Home, Command::First);
    take(Key::End, Command::Last);
    take(Key::B, Command::ToggleBlank);
    take(Key::Escape, Command::CloseProjector);
    pressed
}

/// Ctrl+Z, and Ctrl+Shift+Z or Ctrl+Y: undo and redo of session changes. Outside text fields
/// they always mean this; in the empty quick-entry box too, since it has nothing of its own
/// to undo.
pub fn history_commands(input: &mut InputState) -> Vec<Command> {
    // Shift+Ctrl+Z first: Ctrl+Z alone would also match it.
    let redo = input.count_and_consume_key(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z)
        + input.count_and_consume_key(Modifiers::COMMAND, Key::Y);
    let undo = input.count_and_consume_key(Modifiers::COMMAND, Key::Z);
    let mut pressed = vec![Command::Redo; redo];
    pressed.extend(std::iter::repeat_n(Command::Undo, undo));
    pressed
}
