//! A QR code of a text (the address phones open), drawn with egui's own shapes: dark modules on
//! white whatever the projector's theme, because phone cameras read dark-on-light codes best and
//! some read no other; a quiet zone of four modules, as the standard asks; every module a whole
//! number of pixels, so no module is blurred into its neighbour.

use egui::{Color32, CornerRadius, Rect, Response, Sense, Ui, WidgetInfo, pos2, vec2};
use qrcode::{Color, QrCode};

/// Modules of white around the code on each side.
pub const QUIET_ZONE: usize = 4;

/// The code's modules, dark or light, row by row, and how many to a side (without the quiet
/// zone); `None` when the text is too long for any QR code.
fn modules(text: &str) -> Option<(Vec<bool>, usize)> {
    let code = QrCode::new(text.as_bytes()).ok()?;
    let width = code.width();
    let dark = code
        .to_colors()
        .into_iter()
        .map(|colour| colour == Color::Dark)
        .collect();
    Some((dark, width))
}

/// The side, in points, of the QR code of `text` drawn as large as fits a square of `side`
/// points at `pixels_per_point` (quiet zone included); 0 when no code can be drawn.
pub fn qr_side(text: &str, side: f32, pixels_per_point: f32) -> f32 {
    match modules(text) {
        Some((_, width)) => module_pixels(width, side, pixels_per_point).map_or(0.0, |pixels| {
            (width + 2 * QUIET_ZONE) as f32 * pixels / pixels_per_point
        }),
        None => 0.0,
    }
}

/// Whole pixels to a module for a code `width` modules wide in `side` points, if at least one.
fn module_pixels(width: usize, side: f32, pixels_per_point: f32) -> Option<f32> {
    let modules = (width + 2 * QUIET_ZONE) as f32;
    let pixels = (side * pixels_per_point / modules).floor();
    (pixels >= 1.0).then_some(pixels)
}

/// Draws the QR code of `text` as large as fits in `rect`, centred in it, and names it for a
/// screen reader ("QR code for http://…"). Returns the response over the square drawn, quiet
/// zone included (empty when the text cannot be coded or the rect is too small for a module of
/// one pixel).
pub fn qr_ui(ui: &mut Ui, rect: Rect, text: &str) -> Response {
    let ppp = ui.ctx().pixels_per_point();
    let drawn = modules(text).and_then(|(dark, width)| {
        let pixels = module_pixels(width, rect.width().min(rect.height()), ppp)?;
        Some((dark, width, pixels))
    });
    let Some((dark, width, pixels)) = drawn else {
        return ui.allocate_rect(
            Rect::from_center_size(rect.center(), vec2(0.0, 0.0)),
            Sense::hover(),
        );
    };
    let module = pixels / ppp;
    let side = (width + 2 * QUIET_ZONE) as f32 * module;
    // The square's corner on a pixel boundary, so every module edge is one too.
    let centred = Rect::from_center_size(rect.center(), vec2(side, side)).min;
    let corner = pos2(
        (centred.x * ppp).round() / ppp,
        (centred.y * ppp).round() / ppp,
    );
    let square = Rect::from_min_size(corner, vec2(side, side));
    let painter = ui.painter_at(square);
    painter.rect_filled(square, CornerRadius::ZERO, Color32::WHITE);
    let origin = corner + vec2(QUIET_ZONE as f32, QUIET_ZONE as f32) * module;
    // One rectangle per run of dark modules in a row: a fraction of the shapes, the same picture.
    for (y, row) in dark.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if !row[x] {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && row[x] {
                x += 1;
            }
            let run = Rect::from_min_size(
                origin + vec2(start as f32, y as f32) * module,
                vec2((x - start) as f32 * module, module),
            );
            painter.rect_filled(run, CornerRadius::ZERO, Color32::BLACK);
        }
    }
    let response = ui.allocate_rect(square, Sense::hover());
    let words = crate::gui::room::languages::room_words(ui.ctx()).first;
    let label = crate::tr!(words, "room-qr-name", address = text);
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Image, true, &label));
    response
}
