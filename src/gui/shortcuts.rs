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
}

/// The commands pressed this frame. While a text field has the keyboard, only the function
/// keys count: letters, arrows and Space belong to the text.
pub fn commands(input: &mut InputState, typing: bool) -> Vec<Command> {
    let mut pressed = Vec::new();
    // Counted, not just seen: a clicker pressed three times between two frames moves three slides.
    let mut take = |key: Key, command: Command| {
        let times = input.count_and_consume_key(Modifiers::NONE, key);
        pressed.extend(std::iter::repeat_n(command, times));
    };
    take(Key::F5, Command::OpenProjector);
    take(Key::F11, Command::ToggleFullscreen);
    if typing {
        return pressed;
    }
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
