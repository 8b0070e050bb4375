//! Text in the room, one way: how big each kind of text is, how tall a text is at a size, and
//! how a text is put in its place as a label (so it is in the accessibility tree, where tests
//! and screen readers find it). Every projected text is at least [`MIN_TEXT_SHARE`] of the
//! window's height.

use egui::{
    Align, Color32, FontId, Galley, Label, Layout, Rect, RichText, Ui, UiBuilder, Vec2, vec2,
};

/// The smallest text allowed on the projector, as a share of the window's height.
pub const MIN_TEXT_SHARE: f32 = 0.04;

/// What a projected text is for; sets its preferred size. Fitting may shrink all sizes of a
/// screen together, never below [`MIN_TEXT_SHARE`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A small label above the main text ("CORE VALUE").
    Kicker,
    /// A slide's main words.
    Title,
    /// A statement's body text.
    Body,
    /// One entry of a list.
    ListItem,
    /// Secondary facts (counts, dates).
    Muted,
    /// One note on its own, as large as it fits.
    Spotlight,
    /// A poll's question over its results.
    Question,
    /// The small print of a chart: counts, column heads, "… and N more".
    Small,
    /// A row of a chart: rank, name and numbers.
    Row,
}

impl Role {
    /// Preferred size as a share of the window's height.
    pub fn share(self) -> f32 {
        match self {
            Role::Kicker | Role::Muted => 0.045,
            Role::Title => 0.10,
            Role::Body => 0.06,
            Role::ListItem => 0.05,
            Role::Spotlight => 0.09,
            Role::Question => 0.07,
            Role::Small => 0.042,
            Role::Row => 0.052,
        }
    }
}

/// The font size of `role` on a screen `height` points tall, its preferred share shrunk by
/// `scale` (1 for none) but never below [`MIN_TEXT_SHARE`]. Whole points, rounded up: egui
/// snaps font sizes, and the minimum must hold after that.
pub fn size(role: Role, scale: f32, height: f32) -> f32 {
    ((role.share() * scale).max(MIN_TEXT_SHARE) * height).ceil()
}

/// One line (or wrapped paragraph) of projected text, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedText {
    /// The words.
    pub text: String,
    /// Where it goes.
    pub rect: Rect,
    /// Its font size in points.
    pub size: f32,
    /// Its colour.
    pub color: Color32,
    /// How its lines sit in its rectangle.
    pub align: Align,
}

/// How tall `text` is at `size`, wrapped to `width`.
pub fn text_height(ui: &Ui, text: &str, size: f32, width: f32) -> f32 {
    text_size(ui.ctx(), text, size, width).y
}

/// How wide and tall `text` is at `size`, wrapped to `width`.
pub fn text_size(ctx: &egui::Context, text: &str, size: f32, width: f32) -> Vec2 {
    ctx.fonts_mut(|fonts| {
        fonts.layout(
            text.to_owned(),
            FontId::proportional(size),
            Color32::WHITE,
            width,
        )
    })
    .size()
}

/// Whether every word of `text` fits on a line of `width` at `size`, so wrapping it never
/// breaks a word in two.
pub fn words_fit(ctx: &egui::Context, text: &str, size: f32, width: f32) -> bool {
    text.split_whitespace()
        .all(|word| text_size(ctx, word, size, f32::INFINITY).x <= width)
}

/// `text` as it fits in at most `lines` lines of `width` at `size`: whole if it does, else cut
/// after the last whole word that leaves room for "…" (inside a word only when the first word
/// alone is too long), so a name is never cut to "le…".
pub fn fit_lines(ctx: &egui::Context, text: &str, size: f32, width: f32, lines: usize) -> String {
    let fits = |candidate: &str| {
        ctx.fonts_mut(|fonts| {
            fonts.layout(
                candidate.to_owned(),
                FontId::proportional(size),
                Color32::WHITE,
                width,
            )
        })
        .rows
        .len()
            <= lines
    };
    if fits(text) {
        return text.to_owned();
    }
    let cut = |end: usize| {
        let head = text[..end].trim_end_matches([' ', ',', ';', ':', '—', '-', '·', '&']);
        format!("{head}…")
    };
    // Where each word ends, then the most words that fit, found by halving.
    let ends: Vec<usize> = text
        .char_indices()
        .filter(|&(at, c)| c.is_whitespace() && at > 0)
        .map(|(at, _)| at)
        .collect();
    let longest = |candidates: &[usize]| {
        let (mut low, mut high) = (0, candidates.len());
        while low < high {
            let middle = (low + high).div_ceil(2);
            if fits(&cut(candidates[middle - 1])) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        (low > 0).then(|| cut(candidates[low - 1]))
    };
    longest(&ends).unwrap_or_else(|| {
        let chars: Vec<usize> = text.char_indices().map(|(at, _)| at).skip(1).collect();
        longest(&chars).unwrap_or_else(|| "…".to_owned())
    })
}

/// Puts `text` in `rect` as a wrapped label, its lines aligned by `align`. The one way text
/// reaches the room's screen.
pub fn place(ui: &mut Ui, rect: Rect, text: &str, size: f32, colour: Color32, align: Align) {
    // Not `ui.put`: its justified layout would stretch wrapped lines to the full width.
    ui.scope_builder(
        UiBuilder::new()
            .max_rect(rect)
            .layout(Layout::top_down(align)),
        |ui| {
            ui.add(
                Label::new(
                    RichText::new(text)
                        .font(FontId::proportional(size))
                        .color(colour),
                )
                .wrap()
                .selectable(false),
            );
        },
    );
}

/// Puts text laid out already (mixed styles, a monospace face) in `rect`, as a label.
pub fn place_galley(ui: &mut Ui, rect: Rect, galley: std::sync::Arc<Galley>) {
    ui.scope_builder(
        UiBuilder::new()
            .max_rect(rect)
            .layout(Layout::top_down(Align::Min)),
        |ui| {
            ui.add(Label::new(galley).selectable(false));
        },
    );
}

/// Puts a text measured already at `placed.rect` without a child `Ui` (that halves the cost of
/// a chart's frame): the same accessible node a label makes, read out as `placed.text` (the
/// galley may hold no-break spaces where it must not wrap), the galley painted as it is.
pub fn place_measured(ui: &mut Ui, placed: &PlacedText, galley: std::sync::Arc<Galley>) {
    let response = ui.allocate_rect(placed.rect, egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &placed.text));
    ui.painter().galley(placed.rect.min, galley, placed.color);
}

/// Draws texts placed earlier.
pub fn placed_text_ui(ui: &mut Ui, placed: Vec<PlacedText>) {
    for text in placed {
        place(ui, text.rect, &text.text, text.size, text.color, text.align);
    }
}

/// A text as tall as it wraps to `rect`'s width, centred in `rect` from top to bottom.
pub fn middle_of(ui: &Ui, rect: Rect, text: &str, size: f32) -> Rect {
    let height = text_height(ui, text, size, rect.width());
    Rect::from_min_size(
        egui::pos2(rect.left(), rect.center().y - height / 2.0),
        vec2(rect.width(), height),
    )
}

/// Lines of text centred as one block in `rect`, each line centred across it.
pub fn centred_lines(ui: &mut Ui, rect: Rect, lines: &[(&str, f32, Color32)]) {
    let gap = 0.3 * lines.first().map_or(0.0, |line| line.1);
    let heights: Vec<f32> = lines
        .iter()
        .map(|(text, size, _)| text_height(ui, text, *size, rect.width()))
        .collect();
    let total: f32 = heights.iter().sum::<f32>() + gap * (lines.len().saturating_sub(1)) as f32;
    let mut top = rect.center().y - total / 2.0;
    for ((text, size, colour), height) in lines.iter().zip(heights) {
        let line = Rect::from_min_size(egui::pos2(rect.left(), top), vec2(rect.width(), height));
        place(ui, line, text, *size, *colour, Align::Center);
        top += height + gap;
    }
}

/// The font size a measured text was laid out at (0 for an empty one).
pub fn galley_size(galley: &Galley) -> f32 {
    galley
        .job
        .sections
        .first()
        .map_or(0.0, |section| section.format.font_id.size)
}

/// The colour a measured text was laid out in.
pub fn galley_colour(galley: &Galley) -> Color32 {
    galley
        .job
        .sections
        .first()
        .map_or(Color32::PLACEHOLDER, |section| section.format.color)
}
