//! The projector's colour themes, and the colours of the four kinds of note on every screen.
//! Every text colour keeps a contrast of at least 7:1 (WCAG AAA) against what it sits on;
//! colours that carry meaning come from the Okabe–Ito palette, which reads the same to
//! colour-blind viewers, and never carry meaning alone.

use egui::{Color32, Visuals};

use crate::model::NoteKind;

/// A colour theme for the projector.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum ThemeChoice {
    /// Light text on a near-black background: calm in a dimmed room.
    #[default]
    Dark,
    /// Dark text on off-white: for bright rooms and weak projectors.
    Light,
    /// Pure white and yellow on black: the most legible.
    HighContrast,
}

/// The colours a projected slide uses.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    /// The slide's background.
    pub background: Color32,
    /// Main text.
    pub text: Color32,
    /// Secondary text (intros, labels, counts).
    pub muted: Color32,
    /// Headings.
    pub heading: Color32,
    /// Accents for bars and rules, never the only carrier of meaning.
    pub accents: [Color32; 4],
}

/// Okabe–Ito: orange, sky blue, bluish green, vermillion, blue, reddish purple, yellow.
pub mod okabe_ito {
    use egui::Color32;

    /// Orange.
    pub const ORANGE: Color32 = Color32::from_rgb(0xE6, 0x9F, 0x00);
    /// Sky blue.
    pub const SKY_BLUE: Color32 = Color32::from_rgb(0x56, 0xB4, 0xE9);
    /// Bluish green.
    pub const BLUISH_GREEN: Color32 = Color32::from_rgb(0x00, 0x9E, 0x73);
    /// Yellow.
    pub const YELLOW: Color32 = Color32::from_rgb(0xF0, 0xE4, 0x42);
    /// Blue.
    pub const BLUE: Color32 = Color32::from_rgb(0x00, 0x72, 0xB2);
    /// Vermillion.
    pub const VERMILLION: Color32 = Color32::from_rgb(0xD5, 0x5E, 0x00);
    /// Reddish purple.
    pub const REDDISH_PURPLE: Color32 = Color32::from_rgb(0xCC, 0x79, 0xA7);
}

impl ThemeChoice {
    /// All themes, in menu order.
    pub const ALL: [ThemeChoice; 3] = [
        ThemeChoice::Dark,
        ThemeChoice::Light,
        ThemeChoice::HighContrast,
    ];

    /// A plain name for the menu, in `words`.
    pub fn name(self, words: &crate::words::Words) -> String {
        match self {
            ThemeChoice::Dark => crate::tr!(words, "app-theme-dark"),
            ThemeChoice::Light => crate::tr!(words, "app-theme-light"),
            ThemeChoice::HighContrast => crate::tr!(words, "app-theme-high-contrast"),
        }
    }

    /// The theme's colours.
    pub fn palette(self) -> Palette {
        use okabe_ito::*;
        match self {
            ThemeChoice::Dark => Palette {
                background: Color32::from_rgb(0x12, 0x15, 0x1A),
                text: Color32::from_rgb(0xF2, 0xF2, 0xF0),
                muted: Color32::from_rgb(0xC4, 0xC8, 0xCE),
                heading: SKY_BLUE,
                accents: [SKY_BLUE, ORANGE, BLUISH_GREEN, REDDISH_PURPLE],
            },
            ThemeChoice::Light => Palette {
                background: Color32::from_rgb(0xFA, 0xF9, 0xF5),
                text: Color32::from_rgb(0x17, 0x17, 0x17),
                muted: Color32::from_rgb(0x3A, 0x3A, 0x3A),
                heading: Color32::from_rgb(0x00, 0x3F, 0x66),
                accents: [BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE],
            },
            ThemeChoice::HighContrast => Palette {
                background: Color32::BLACK,
                text: Color32::WHITE,
                muted: Color32::from_rgb(0xE8, 0xE8, 0xE8),
                heading: YELLOW,
                accents: [YELLOW, SKY_BLUE, ORANGE, Color32::WHITE],
            },
        }
    }
}

impl Palette {
    /// A note's card on the notes wall: the background lifted a little toward the text, so
    /// cards stand apart while every colour written on them keeps its contrast.
    pub fn card(&self) -> Color32 {
        self.background.lerp_to_gamma(self.text, 0.08)
    }

    /// The colour `kind` is written in on this theme's background and cards.
    pub fn kind(&self, kind: NoteKind) -> Color32 {
        kind_colour(kind, self.background)
    }
}

/// The colour a note's kind is written in on `surface`, the same hue on every screen (the
/// console's notes, the notes wall, the spotlight, the review desk): strength bluish green,
/// concern vermillion, idea sky blue, question reddish purple, from Okabe–Ito. No colour keeps
/// 7:1 against both black and white, so the hue stays and the lightness moves: a light shade
/// on dark surfaces, a deep one on light surfaces. On dark surfaces the four also differ in
/// lightness (strength lightest, concern darkest), a cue that needs no hue; and the kind's
/// name is always written beside its colour.
pub fn kind_colour(kind: NoteKind, surface: Color32) -> Color32 {
    let (on_dark, on_light) = match kind {
        NoteKind::Strength => (
            Color32::from_rgb(0x74, 0xEE, 0xC2),
            Color32::from_rgb(0x00, 0x50, 0x38),
        ),
        NoteKind::Concern => (
            Color32::from_rgb(0xFF, 0x9E, 0x6C),
            Color32::from_rgb(0x8A, 0x20, 0x00),
        ),
        NoteKind::Idea => (
            Color32::from_rgb(0x84, 0xD1, 0xFF),
            Color32::from_rgb(0x00, 0x4C, 0x70),
        ),
        NoteKind::Question => (
            Color32::from_rgb(0xF7, 0xA8, 0xD3),
            Color32::from_rgb(0x85, 0x00, 0x60),
        ),
    };
    if is_dark(surface) { on_dark } else { on_light }
}

/// Whether light text reads better than dark text on `surface`: below this luminance white
/// has more contrast than black.
fn is_dark(surface: Color32) -> bool {
    relative_luminance(surface) < 0.18
}

/// The console's look for rows and choices written in a kind's colour. egui marks a selected
/// row with a saturated blue on which no colour but white keeps 7:1, and lights a hovered one
/// as much; these rows are marked instead with a quiet tint (the selected one also with an
/// outline in the selection colour, see [`Visuals::selection`]), so the kind's colour reads
/// the same whether the row is chosen or not.
pub fn kind_rows(visuals: &mut Visuals) {
    let hovered = visuals.panel_fill.lerp_to_gamma(visuals.text_color(), 0.08);
    visuals.widgets.hovered.weak_bg_fill = hovered;
    visuals.widgets.active.weak_bg_fill = hovered;
    visuals.selection.bg_fill = visuals
        .extreme_bg_color
        .lerp_to_gamma(visuals.selection.bg_fill, 0.3);
}

/// WCAG relative luminance of an sRGB colour.
fn relative_luminance(color: Color32) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(color.r()) + 0.7152 * channel(color.g()) + 0.0722 * channel(color.b())
}

/// WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white).
pub fn contrast_ratio(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}
