//! Large touch targets drawn in the projector's own colours (egui's widget style follows the
//! console's look, not the projector theme). Each one is a real button in the accessibility tree.

use egui::{
    Align, Align2, Color32, CornerRadius, FontId, Rect, Response, Sense, Stroke, StrokeKind, Ui,
    WidgetInfo,
};

use crate::gui::theme::Palette;

/// How a big button looks, which says what it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    /// An ordinary choice.
    Plain,
    /// A choice already made (a rated score, a picked item): a heavier frame, not just colour.
    Chosen,
    /// The one thing to do next ("Cast my vote").
    Primary,
    /// Not available now.
    Disabled,
}

/// A big button: what it shows, and what a screen reader (and a test) calls it when the
/// picture alone would be ambiguous ("4" on a rating row is "COMPASSION: 4").
pub struct BigButton<'a> {
    /// The words on the button.
    pub text: &'a str,
    /// Its accessible name, if not `text`.
    pub name: Option<&'a str>,
    /// What keeps it the same button from frame to frame (an item id), unique on its screen.
    pub key: &'a str,
    /// Text size in points.
    pub size: f32,
    /// How it looks.
    pub look: Look,
    /// Where the words sit across it: a list of choices reads best with every name starting
    /// at the same edge, a lone command centred.
    pub align: Align,
}

/// Draws a big button over `rect`. When `interactive` is false (the console's preview of the
/// projector), it is only a picture and takes no clicks.
pub fn big_button(
    ui: &mut Ui,
    rect: Rect,
    button: BigButton<'_>,
    palette: &Palette,
    interactive: bool,
) -> Response {
    let BigButton {
        text,
        name,
        key,
        size,
        look,
        align,
    } = button;
    let name = name.unwrap_or(text);
    let enabled = interactive && look != Look::Disabled;
    let sense = if enabled {
        Sense::click()
    } else {
        Sense::hover()
    };
    let id = ui.scope_id().with(("big-button", key));
    let response = ui.interact(rect, id, sense);
    if interactive {
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, enabled, name));
    }
    let pressed_look = enabled && response.hovered();
    let (fill, stroke, ink) = colours(palette, look, pressed_look);
    let rounding = CornerRadius::same((0.18 * size).round().clamp(2.0, 40.0) as u8);
    let painter = ui.painter_at(rect.expand(4.0));
    painter.rect(rect, rounding, fill, stroke, StrokeKind::Inside);
    if response.has_focus() {
        painter.rect_stroke(
            rect.expand(3.0),
            rounding,
            Stroke::new((0.08 * size).max(2.0), palette.text),
            StrokeKind::Outside,
        );
    }
    let galley = ui.ctx().fonts_mut(|fonts| {
        fonts.layout(
            text.to_owned(),
            FontId::proportional(size),
            ink,
            rect.width() - 0.6 * size,
        )
    });
    let inside = rect.shrink2(egui::vec2(0.3 * size, 0.0));
    let at = Align2([align, Align::Center])
        .align_size_within_rect(galley.size(), inside)
        .min;
    painter.galley(at, galley, ink);
    response
}

/// Fill, frame and text colour for a look; every text colour keeps the theme's contrast.
fn colours(palette: &Palette, look: Look, hovered: bool) -> (Color32, Stroke, Color32) {
    let tint = |amount: f32| palette.background.lerp_to_gamma(palette.text, amount);
    let thin = Stroke::new(2.0, palette.muted);
    match look {
        Look::Plain if hovered => (tint(0.16), thin, palette.text),
        Look::Plain => (tint(0.08), thin, palette.text),
        Look::Chosen => (
            palette.background.lerp_to_gamma(palette.heading, 0.22),
            Stroke::new(5.0, palette.heading),
            palette.text,
        ),
        Look::Primary => (
            palette.heading,
            Stroke::new(if hovered { 5.0 } else { 2.0 }, palette.text),
            palette.background,
        ),
        Look::Disabled => (
            palette.background,
            Stroke::new(2.0, tint(0.3)),
            palette.muted,
        ),
    }
}
