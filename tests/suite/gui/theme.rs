//! Every projector theme keeps its text readable: at least 7:1 contrast (WCAG AAA).

use egui::Color32;
use plaza::gui::theme::{ThemeChoice, contrast_ratio, kind_colour, kind_rows};
use plaza::model::NoteKind;

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
            assert!(
                ratio >= 7.0,
                "{}: {name} is {ratio:.2}:1",
                theme.name(english())
            );
        }
    }
}

/// Every surface a kind's name is written on: each projector theme's slide and wall card, and
/// the console's rows (light and dark) plain, hovered, pressed and selected.
fn kind_surfaces() -> Vec<(String, Color32)> {
    let mut surfaces = Vec::new();
    for theme in ThemeChoice::ALL {
        let palette = theme.palette();
        surfaces.push((
            format!("{} slide", theme.name(english())),
            palette.background,
        ));
        surfaces.push((
            format!("{} wall card", theme.name(english())),
            palette.card(),
        ));
    }
    for (name, mut visuals) in [
        ("console dark", egui::Visuals::dark()),
        ("console light", egui::Visuals::light()),
    ] {
        kind_rows(&mut visuals);
        surfaces.extend([
            (format!("{name} row"), visuals.panel_fill),
            (
                format!("{name} hovered row"),
                visuals.widgets.hovered.weak_bg_fill,
            ),
            (
                format!("{name} pressed row"),
                visuals.widgets.active.weak_bg_fill,
            ),
            (format!("{name} selected row"), visuals.selection.bg_fill),
        ]);
    }
    surfaces
}

#[test]
fn every_kind_reads_at_7_to_1_on_every_screen_selected_or_not() {
    for (surface, fill) in kind_surfaces() {
        // The console picks the shade by its panel; a row on it keeps that shade.
        let chosen_by = if surface.starts_with("console dark") {
            egui::Visuals::dark().panel_fill
        } else if surface.starts_with("console light") {
            egui::Visuals::light().panel_fill
        } else {
            let theme = ThemeChoice::ALL
                .into_iter()
                .find(|theme| surface.starts_with(&theme.name(english())))
                .expect("a theme");
            theme.palette().background
        };
        for kind in NoteKind::ALL {
            let ratio = contrast_ratio(kind_colour(kind, chosen_by), fill);
            assert!(
                ratio >= 7.0,
                "{} on the {surface}: {ratio:.2}:1",
                kind.name()
            );
        }
    }
}

#[test]
fn a_projector_theme_writes_each_kind_in_the_console_colour_for_its_surface() {
    // One palette: the wall, the spotlight and the console agree on each kind's colour.
    for theme in ThemeChoice::ALL {
        let palette = theme.palette();
        for kind in NoteKind::ALL {
            assert_eq!(palette.kind(kind), kind_colour(kind, palette.background));
        }
    }
    let dark = egui::Visuals::dark().panel_fill;
    let light = egui::Visuals::light().panel_fill;
    for kind in NoteKind::ALL {
        assert_eq!(
            ThemeChoice::Dark.palette().kind(kind),
            kind_colour(kind, dark),
            "{}: the dark console and the dark projector agree",
            kind.name()
        );
        assert_eq!(
            ThemeChoice::Light.palette().kind(kind),
            kind_colour(kind, light),
            "{}: the light console and the light projector agree",
            kind.name()
        );
    }
    let distinct: std::collections::BTreeSet<_> = NoteKind::ALL
        .map(|kind| kind_colour(kind, dark).to_array())
        .into_iter()
        .collect();
    assert_eq!(distinct.len(), 4, "four kinds, four colours");
}

/// The words the themes are named in here.
fn english() -> &'static plaza::words::Words {
    plaza::words::Words::of(plaza::words::Lang::English)
}
