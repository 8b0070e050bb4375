//! Every projector theme keeps its text readable: at least 7:1 contrast (WCAG AAA).

use egui::Color32;
use plaza::gui::theme::{ThemeChoice, contrast_ratio};

#[test]
fn contrast_ratio_matches_the_wcag_reference_values() {
    assert!((contrast_ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 1e-9);
    assert!((contrast_ratio(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-9);
    // #767676 on white is the well-known 4.54:1 grey.
    let grey = Color32::from_rgb(0x76, 0x76, 0x76);
    assert!((contrast_ratio(grey, Color32::WHITE) - 4.54).abs() < 0.01);
}

#[test]
fn every_text_colour_of_every_theme_is_at_least_7_to_1() {
    for theme in ThemeChoice::ALL {
        let palette = theme.palette();
        for (name, colour) in [
            ("text", palette.text),
            ("muted", palette.muted),
            ("heading", palette.heading),
        ] {
            let ratio = contrast_ratio(colour, palette.background);
            assert!(ratio >= 7.0, "{}: {name} is {ratio:.2}:1", theme.name());
        }
    }
}
