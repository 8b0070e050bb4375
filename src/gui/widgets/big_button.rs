//! Large touch targets drawn in the projector's own colours (egui's widget style follows the
//! console's look, not the projector theme). Each one is a real button in the accessibility tree.

use egui::{
    Align, Align2, Color32, CornerRadius, FontId, Rect, Response, Sense, Stroke, StrokeKind, Ui,
    WidgetInfo,
};

use crate::gui::theme::{Palette, contrast_ratio};

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
    /// The same words in a bilingual room's second language, under the first, muted.
    pub under: Option<Under<'a>>,
}

/// A bilingual button's second line: its words, their size, and how far right of the first
/// line's start they begin (past a choice's number), for a button whose words start at an edge.
#[derive(Debug, Clone, Copy)]
pub struct Under<'a> {
    /// The words.
    pub text: &'a str,
    /// Text size in points.
    pub size: f32,
    /// How far in from the first line's left edge; ignored when the words are centred.
    pub indent: f32,
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
        under,
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
    let wrap = rect.width() - 0.6 * size;
    let layout = |text: &str, size: f32, colour: Color32, width: f32| {
        ui.ctx().fonts_mut(|fonts| {
            fonts.layout(text.to_owned(), FontId::proportional(size), colour, width)
        })
    };
    let galley = layout(text, size, ink, wrap);
    // The second language muted, unless muted would lose the theme's contrast on this fill.
    let under_ink = if contrast_ratio(palette.muted, fill) >= 7.0 {
        palette.muted
    } else {
        ink
    };
    let indent = match (align, under) {
        (Align::Center, _) | (_, None) => 0.0,
        (_, Some(under)) => under.indent,
    };
    let second = under.map(|under| layout(under.text, under.size, under_ink, wrap - indent));
    let block = egui::vec2(
        galley
            .size()
            .x
            .max(second.as_ref().map_or(0.0, |g| indent + g.size().x)),
        galley.size().y + second.as_ref().map_or(0.0, |g| g.size().y),
    );
    let inside = rect.shrink2(egui::vec2(0.3 * size, 0.0));
    let at = Align2([align, Align::Center])
        .align_size_within_rect(block, inside)
        .min;
    let line_at = |width: f32, top: f32, indent: f32| match align {
        Align::Center => egui::pos2(inside.center().x - width / 2.0, top),
        Align::Max => egui::pos2(at.x + block.x - width, top),
        Align::Min => egui::pos2(at.x + indent, top),
    };
    let first_at = line_at(galley.size().x, at.y, 0.0);
    let first_height = galley.size().y;
    painter.galley(first_at, galley, ink);
    if let (Some(second), Some(under)) = (second, under) {
        let under_rect = Rect::from_min_size(
            line_at(second.size().x, at.y + first_height, indent),
            second.size(),
        );
        painter.galley(under_rect.min, second, under_ink);
        if interactive {
            // Its own node, so that a screen reader (and a test) finds the second language;
            // it only hovers, so the button under it still takes the tap.
            let said = ui.interact(under_rect, id.with("under"), Sense::hover());
            said.widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, under.text));
        }
    }
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
