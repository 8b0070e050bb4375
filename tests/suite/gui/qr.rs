//! The QR code Plaza draws reads back as the address: the painted rectangles are rasterized
//! here, as a camera would see the screen, and decoded with a QR reader of its own.

use egui::epaint::{ClippedShape, Shape};
use egui::{Color32, Rect, UiBuilder, Vec2, pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use plaza::gui::widgets::qr::{QUIET_ZONE, qr_ui};

const URL: &str = "http://192.168.1.20:8080/#4821";

/// The grey level of a colour, as a camera's sensor would take it.
fn grey(colour: Color32) -> u8 {
    let [r, g, b, _] = colour.to_array();
    ((u32::from(r) * 299 + u32::from(g) * 587 + u32::from(b) * 114) / 1000) as u8
}

/// Paints every filled rectangle of `shapes` (in order, clipped) into a grey image of `size`
/// points at one pixel a point, on a mid-grey ground, so white and black both have to be
/// painted to show.
fn rasterize(shapes: &[ClippedShape], size: Vec2) -> (usize, usize, Vec<u8>) {
    let (width, height) = (size.x as usize, size.y as usize);
    let mut pixels = vec![128u8; width * height];
    fn paint(shape: &Shape, clip: Rect, image: &mut [u8], width: usize, height: usize) {
        match shape {
            Shape::Vec(shapes) => {
                for shape in shapes {
                    paint(shape, clip, image, width, height);
                }
            }
            Shape::Rect(rect) if rect.fill.a() == 255 => {
                let area = rect.rect.intersect(clip);
                let level = grey(rect.fill);
                let x0 = area.left().round().max(0.0) as usize;
                let x1 = (area.right().round().max(0.0) as usize).min(width);
                let y0 = area.top().round().max(0.0) as usize;
                let y1 = (area.bottom().round().max(0.0) as usize).min(height);
                for y in y0..y1 {
                    image[y * width + x0.min(x1)..y * width + x1].fill(level);
                }
            }
            _ => {}
        }
    }
    for clipped in shapes {
        paint(
            &clipped.shape,
            clipped.clip_rect,
            &mut pixels,
            width,
            height,
        );
    }
    (width, height, pixels)
}

/// The texts of every QR code in the picture painted by `shapes` on a window of `size`.
pub(super) fn decode_painted(shapes: &[ClippedShape], size: Vec2) -> Vec<String> {
    let (width, height, pixels) = rasterize(shapes, size);
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| pixels[y * width + x]);
    image
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect()
}

/// The code drawn into a square of `side` points in the middle of a dark window.
fn drawn_at(side: f32) -> (Vec<String>, Rect) {
    let size = vec2(side + 80.0, side + 60.0);
    let mut harness = Harness::builder().with_size(size).build_ui_state(
        |ui, drawn: &mut Rect| {
            let full = ui.ctx().content_rect();
            ui.painter().rect_filled(full, 0.0, Color32::from_gray(20));
            let place = Rect::from_center_size(full.center(), vec2(side, side));
            ui.scope_builder(UiBuilder::new().max_rect(full), |ui| {
                *drawn = qr_ui(ui, place, URL).rect;
            });
        },
        Rect::NOTHING,
    );
    harness.run();
    harness.get_by_label(&format!("QR code for {URL}"));
    let texts = decode_painted(&harness.output().shapes, size);
    (texts, *harness.state())
}

#[test]
fn a_small_qr_code_reads_back_as_the_address() {
    let (texts, drawn) = drawn_at(120.0);
    assert_eq!(texts, vec![URL.to_owned()]);
    assert!(drawn.width() <= 120.0 && drawn.width() > 100.0, "{drawn:?}");
}

#[test]
fn a_large_qr_code_reads_back_as_the_address_with_whole_pixel_modules() {
    let (texts, drawn) = drawn_at(300.0);
    assert_eq!(texts, vec![URL.to_owned()]);
    // The square holds the code and its quiet zone in modules of whole pixels, its corner on a
    // pixel.
    let modules = qrcode::QrCode::new(URL).expect("the address codes").width() + 2 * QUIET_ZONE;
    let module = drawn.width() / modules as f32;
    assert_eq!(module, module.round(), "{module} px a module");
    assert!(
        module >= 300.0 / modules as f32 - 1.0,
        "{module} px a module"
    );
    assert_eq!(drawn.min, pos2(drawn.min.x.round(), drawn.min.y.round()));
}
