//! Every character the screens may show from the catalogues is in the app's own fonts: one
//! missing would show as an empty box on the projector ("→" is not in them, "…" is).

use egui::FontId;
use egui_kittest::Harness;
use plaza::words::PARTS;

/// Parts whose words only reach a terminal or a phone's browser, which bring their own fonts.
const NOT_DRAWN: &[&str] = &["cli", "phones"];

/// Characters the screens never draw as they are: the review desk draws "→" as an arrow of its
/// own (desk/compare.rs), and "✓" is only in the HTML report, which a browser shows.
const NEVER_DRAWN_AS_IS: &[char] = &['→', '✓'];

#[test]
fn every_character_a_screen_shows_from_the_catalogues_is_in_the_apps_fonts() {
    let mut harness = Harness::new_ui(|ui| {
        ui.label("Plaza");
    });
    harness.run();
    let mut missing = Vec::new();
    for (part, english, spanish) in PARTS {
        if NOT_DRAWN.contains(part) {
            continue;
        }
        for (lang, text) in [("en", english), ("es", spanish)] {
            for line in text
                .lines()
                .filter(|line| !line.trim_start().starts_with('#'))
            {
                for c in line
                    .chars()
                    .filter(|c| !c.is_ascii() && !NEVER_DRAWN_AS_IS.contains(c))
                {
                    let has = harness
                        .ctx
                        .fonts_mut(|fonts| fonts.has_glyph(&FontId::proportional(20.0), c));
                    if !has {
                        missing.push(format!("{lang}/{part}.ftl: {c:?} in {line:?}"));
                    }
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "characters the fonts lack:\n{}",
        missing.join("\n")
    );
}
