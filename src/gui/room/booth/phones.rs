//! The booth screen's panel for the room's phones: a QR code of the address, the address in
//! letters big enough to type from the back of the room, the join code and how many ballots
//! came by phone. It takes a strip on the right; the booth keeps the rest and keeps working.

use egui::{Align, Rect, Ui, pos2, vec2};

use crate::gui::room::languages::room_words;
use crate::gui::room::text::{MIN_TEXT_SHARE, PlacedText, placed_text_ui, text_size};
use crate::gui::theme::Palette;
use crate::gui::widgets::qr::qr_ui;

/// What the booth screen tells the room's phones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhonesPanel {
    /// The address phones open ("http://192.168.1.20:8080/").
    pub url: String,
    /// The four-digit join code.
    pub code: String,
    /// Ballots cast by phone so far.
    pub ballots: usize,
}

impl PhonesPanel {
    /// What the QR code holds: the address with the join code after `#`, so a phone that
    /// scans it joins at once.
    pub fn joining_url(&self) -> String {
        format!("{}#{}", self.url, self.code)
    }

    /// The address as a person types it: no scheme, no path ("192.168.1.20:8080").
    pub fn address(&self) -> &str {
        let rest = self
            .url
            .split_once("://")
            .map_or(self.url.as_str(), |(_, rest)| rest);
        rest.split(['/', '#', '?']).next().unwrap_or(rest)
    }
}

/// The panel's least share of the screen's width; more when the address needs it.
const LEAST_SHARE: f32 = 0.3;
/// The panel's most share of the screen's width: the booth keeps the rest.
const MOST_SHARE: f32 = 0.42;
/// Sizes to try for the address and the code, as shares of the height, largest first.
const BIG_SHARES: [f32; 5] = [0.07, 0.06, 0.05, 0.045, MIN_TEXT_SHARE];

/// The panel laid out: where the QR code goes and the texts, placed.
pub(super) struct PhonesLayout {
    /// The panel's strip, painted a shade off the background.
    pub(super) strip: Rect,
    /// The square the QR code is drawn as large as fits in.
    pub(super) qr: Rect,
    /// The words, top to bottom.
    pub(super) texts: Vec<PlacedText>,
}

/// Splits the booth screen `full` into the booth's part and, with `phones`, the panel's.
pub(super) fn split(
    ui: &Ui,
    full: Rect,
    phones: Option<&PhonesPanel>,
    palette: &Palette,
) -> (Rect, Option<PhonesLayout>) {
    let Some(panel) = phones else {
        return (full, None);
    };
    let height = full.height();
    let pad = 0.025 * full.width();
    let least = text_size(
        ui.ctx(),
        panel.address(),
        (MIN_TEXT_SHARE * height).ceil(),
        f32::INFINITY,
    )
    .x;
    let width = (least + 2.0 * pad)
        .clamp(LEAST_SHARE * full.width(), MOST_SHARE * full.width())
        .round();
    let strip = Rect::from_min_max(pos2(full.right() - width, full.top()), full.max);
    let booth = Rect::from_min_max(full.min, pos2(strip.left(), full.bottom()));
    (booth, Some(layout(ui, panel, strip, pad, palette)))
}

/// The heading, the QR code, the address, the join code and the count, centred as a block in
/// `strip` from top to bottom.
fn layout(ui: &Ui, panel: &PhonesPanel, strip: Rect, pad: f32, palette: &Palette) -> PhonesLayout {
    let height = strip.height();
    let px = |share: f32| (share * height).ceil();
    let inner = strip.shrink2(vec2(pad, 0.04 * height));
    let width = inner.width();
    let one_line = |text: &str| {
        BIG_SHARES
            .map(px)
            .into_iter()
            .find(|&size| text_size(ui.ctx(), text, size, f32::INFINITY).x <= width)
            .unwrap_or(px(MIN_TEXT_SHARE))
    };
    let words = room_words(ui.ctx());
    let small = px(MIN_TEXT_SHARE);
    // Plaza's words, and in a room that speaks two languages the second's below, at the
    // room's smallest size and muted.
    let mut lines = Vec::new();
    let mut both = |(text, under): (String, Option<String>), size: f32, color| {
        lines.push((text, size, color));
        lines.extend(under.map(|under| (under, small, palette.muted)));
    };
    let heading = words.both(|w| w.get("room-phones-heading"));
    // The QR code goes under the heading, in one language or two.
    let qr_after = usize::from(heading.1.is_some());
    both(heading, px(0.045), palette.heading);
    both(
        (panel.address().to_owned(), None),
        one_line(panel.address()),
        palette.text,
    );
    let (code, second_code) =
        words.both(|w| crate::tr!(w, "room-phones-code", code = panel.code.as_str()));
    let code_size = one_line(&code);
    both((code, second_code), code_size, palette.heading);
    both(
        words.both(|w| crate::tr!(w, "room-phones-count", count = panel.ballots)),
        px(0.045),
        palette.muted,
    );
    let gap = px(0.02);
    let tall: Vec<f32> = lines
        .iter()
        .map(|(text, size, _)| text_size(ui.ctx(), text, *size, width).y)
        .collect();
    let words: f32 = tall.iter().sum();
    let side = (inner.height() - words - gap * lines.len() as f32)
        .min(width)
        .max(0.0);
    let mut top = inner.center().y - (words + side + gap * lines.len() as f32) / 2.0;
    let mut texts = Vec::new();
    let mut qr = Rect::NOTHING;
    for (index, ((text, size, color), tall)) in lines.into_iter().zip(tall).enumerate() {
        texts.push(PlacedText {
            text,
            rect: Rect::from_min_size(pos2(inner.left(), top), vec2(width, tall)),
            size,
            color,
            align: Align::Center,
        });
        top += tall + gap;
        if index == qr_after {
            qr = Rect::from_min_size(pos2(inner.center().x - side / 2.0, top), vec2(side, side));
            top += side + gap;
        }
    }
    PhonesLayout { strip, qr, texts }
}

/// Draws the panel laid out by [`split`] for `panel`.
pub(super) fn phones_ui(ui: &mut Ui, laid: PhonesLayout, panel: &PhonesPanel, palette: &Palette) {
    let shade = palette.background.lerp_to_gamma(palette.text, 0.06);
    ui.painter().rect_filled(laid.strip, 0.0, shade);
    qr_ui(ui, laid.qr, &panel.joining_url());
    placed_text_ui(ui, laid.texts);
}
