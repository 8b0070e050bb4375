//! The notes wall as the room reads it: each heading once a page and never alone at the foot
//! of a column, a page that runs on says "(continued)", "— Table 3" stays on the line where
//! the note ends when there is room for it there, and themes come first, each over its notes.

use std::sync::Arc;

use egui::accesskit::Role;
use egui::epaint::{Galley, Shape};
use egui::{Rect, Vec2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use plaza::gui::room::notes_wall::{WallView, notes_wall_ui, wall_pages};
use plaza::gui::theme::ThemeChoice;
use plaza::model::{About, Editor, NoteKind, Session, clip_words, group_as_theme};
use plaza::report::plural_kind;
use plaza::sample::{example_retreat, large_session};

const SIZES: [Vec2; 2] = [vec2(1280.0, 720.0), vec2(1024.0, 768.0)];

pub(super) struct Wall {
    session: Session,
    pub(super) view: WallView,
}

pub(super) fn wall_harness(
    session: Session,
    about: Option<About>,
    size: Vec2,
) -> Harness<'static, Wall> {
    let wall = Wall {
        session,
        view: WallView {
            about,
            ..WallView::default()
        },
    };
    let mut harness = Harness::builder().with_size(size).build_ui_state(
        |ui, wall: &mut Wall| {
            let full = ui.ctx().content_rect();
            ui.scope_builder(egui::UiBuilder::new().max_rect(full), |ui| {
                let palette = ThemeChoice::Dark.palette();
                notes_wall_ui(ui, &wall.session, &wall.view, &palette, full);
            });
        },
        wall,
    );
    harness.run();
    harness
}

fn page_count(harness: &Harness<'_, Wall>, size: Vec2) -> usize {
    let wall = harness.state();
    wall_pages(
        &harness.ctx,
        &wall.session,
        0,
        wall.view.about.as_ref(),
        size.x / size.y,
    )
    .count()
}

/// The names the wall's headings may carry: the themes' titles, and the items on the whole
/// wall or the kinds on one item's wall.
fn heading_names(session: &Session, all: bool) -> Vec<String> {
    let themes = session
        .themes
        .iter()
        .map(|theme| clip_words(&theme.title, 60));
    let mut names: Vec<String> = themes.collect();
    names.extend(if all {
        let mut names: Vec<String> = session
            .framework
            .items()
            .map(|(_, item)| clip_words(item.label(), 34))
            .collect();
        names.extend(["General", "Parking lot"].map(|name| clip_words(name, 34)));
        names
    } else {
        NoteKind::ALL
            .map(|kind| plural_kind(kind).to_owned())
            .to_vec()
    });
    names
}

/// `session` with the notes at `ranges` (indices into its notes) grouped as themes titled
/// `titles`, as the console groups them.
fn themed(session: Session, themes: &[(&str, std::ops::Range<usize>)]) -> Session {
    let mut editor = Editor::new(session);
    for (title, range) in themes {
        let ids: Vec<String> = editor.session().notes[range.clone()]
            .iter()
            .map(|note| note.id.clone())
            .collect();
        let (edit, _) = group_as_theme(editor.session(), title, &ids);
        editor.apply(edit).expect("the notes are grouped");
    }
    editor.session().clone()
}

/// Themes over the example retreat's notes: one short title, one long enough to be cut.
fn themed_example() -> Session {
    themed(
        example_retreat(),
        &[
            ("Protect time for care teams", 0..3),
            (
                "Make the hospital a place where every patient and every family feels known by name",
                5..9,
            ),
        ],
    )
}

/// Themes over a big session's notes, one of them longer than a page.
fn themed_large() -> Session {
    themed(
        large_session(6, 400, 0),
        &[
            ("Staffing and rest", 0..90),
            ("Quiet spaces", 100..104),
            ("Training together", 150..170),
        ],
    )
}

/// A heading's name and whether it heads a group's rest: "COMPASSION (9)" or "Ideas
/// (continued)".
fn as_heading(text: &str, names: &[String]) -> Option<(String, bool)> {
    let (name, tail) = text.rsplit_once(" (")?;
    let tail = tail.strip_suffix(')')?;
    let continued = tail == "continued";
    let counted = tail.chars().all(|c| c.is_ascii_digit()) && !tail.is_empty();
    (names.iter().any(|known| known == name) && (continued || counted))
        .then(|| (name.to_owned(), continued))
}

/// The walls the checks run on: the example retreat whole and one item's, and a big
/// generated session whole and one item's (its groups run over several columns).
fn walls() -> Vec<(&'static str, Session, Option<About>)> {
    let example = example_retreat();
    let compassion = About::Item(example.framework.value_ids()[0].clone());
    let large = large_session(6, 400, 0);
    let crowded = About::Item(large.framework.value_ids()[1].clone());
    vec![
        ("example, whole wall", example.clone(), None),
        ("example, one value", example, Some(compassion)),
        ("400 notes, whole wall", large.clone(), None),
        ("400 notes, one value", large, Some(crowded.clone())),
        ("example with themes, whole wall", themed_example(), None),
        ("400 notes with themes, whole wall", themed_large(), None),
        (
            "400 notes with themes, one value",
            themed_large(),
            Some(crowded),
        ),
    ]
}

#[test]
fn each_heading_shows_once_a_page_and_never_ends_a_column() {
    for (name, session, about) in walls() {
        let names = heading_names(&session, about.is_none());
        for size in SIZES {
            let mut harness = wall_harness(session.clone(), about.clone(), size);
            let pages = page_count(&harness, size);
            let mut continued_seen = 0;
            let mut before: Vec<String> = Vec::new();
            for page in 0..pages {
                harness.state_mut().view.page = page;
                harness.run();
                let labels: Vec<(String, Rect)> = harness
                    .query_all_by_role(Role::Label)
                    .map(|node| {
                        let text = node.accesskit_node().value().unwrap_or_default();
                        (text.to_owned(), node.rect())
                    })
                    .collect();
                let headings: Vec<(String, bool, Rect)> = labels
                    .iter()
                    .filter_map(|(text, rect)| {
                        as_heading(text, &names).map(|(name, continued)| (name, continued, *rect))
                    })
                    .collect();
                let at = format!("{name}, page {} of {pages} at {size:?}", page + 1);
                assert!(!headings.is_empty(), "{at}: no heading");
                for (index, (heading, continued, rect)) in headings.iter().enumerate() {
                    assert!(
                        headings[..index].iter().all(|(other, ..)| other != heading),
                        "{at}: “{heading}” twice"
                    );
                    // A card of its column sits below it: a card's words start a card's padding
                    // to the right of the column's edge.
                    let below = labels.iter().any(|(_, card)| {
                        card.top() > rect.bottom()
                            && (0.0..0.05 * size.y).contains(&(card.left() - rect.left()))
                    });
                    assert!(below, "{at}: “{heading}” ends its column");
                    if *continued {
                        continued_seen += 1;
                        assert_eq!(
                            before.last(),
                            Some(heading),
                            "{at}: “{heading} (continued)” follows a page that ends with it"
                        );
                    }
                }
                // A page seen alone says what its first cards are about.
                let first = labels
                    .iter()
                    .filter(|(text, _)| {
                        !text.starts_with("What we heard")
                            && !text.contains(" notes")
                            && !text.ends_with(" note")
                    })
                    .filter(|(_, rect)| rect.top() > 0.1 * size.y)
                    .min_by(|a, b| {
                        (a.1.left(), a.1.top())
                            .partial_cmp(&(b.1.left(), b.1.top()))
                            .unwrap_or(std::cmp::Ordering::Equal)
                    })
                    .map(|(text, _)| text.clone())
                    .unwrap_or_default();
                assert!(
                    as_heading(&first, &names).is_some(),
                    "{at}: starts with a card, “{first}”, not a heading"
                );
                before = headings.into_iter().map(|(name, ..)| name).collect();
            }
            if name.starts_with("400 notes, one value") || name.starts_with("400 notes with") {
                assert!(
                    continued_seen > 0,
                    "{name} at {size:?}: a group runs onto a new page"
                );
            }
        }
    }
}

/// The cards' galleys as painted, each with the group it names ("— Table 3").
fn cards_with_groups(harness: &Harness<'_, Wall>) -> Vec<Arc<Galley>> {
    harness
        .output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            Shape::Text(text) if text.galley.job.text.contains("— Table") => {
                Some(text.galley.clone())
            }
            Shape::Text(text) if text.galley.job.text.contains("—\u{a0}Table") => {
                Some(text.galley.clone())
            }
            _ => None,
        })
        .collect()
}

/// Where "— Table N" lands in a card: `Ok(true)` on the line the note ends on, `Ok(false)`
/// alone on the next line because the last line had no room for it, `Err` otherwise.
fn group_placement(galley: &Galley) -> Result<bool, String> {
    let text = &galley.job.text;
    let rows: Vec<String> = galley
        .rows
        .iter()
        .map(|row| row.glyphs.iter().map(|glyph| glyph.chr).collect())
        .collect();
    let Some(at) = rows.iter().position(|row| row.contains('—')) else {
        return Err(format!("“{text}”: the group is cut off: {rows:?}"));
    };
    let row = &galley.rows[at];
    let dash = row
        .glyphs
        .iter()
        .position(|glyph| glyph.chr == '—')
        .unwrap_or_default();
    // "—", "Table" and its number on one line.
    let group: String = row.glyphs[dash..].iter().map(|glyph| glyph.chr).collect();
    let number = text.rsplit([' ', '\u{a0}']).next().unwrap_or_default();
    if !group
        .replace('\u{a0}', " ")
        .trim_end()
        .ends_with(&format!("Table {number}"))
    {
        return Err(format!("“{text}”: the group is split: {rows:?}"));
    }
    let words_before = row.glyphs[..dash]
        .iter()
        .any(|glyph| !glyph.chr.is_whitespace());
    if words_before {
        return Ok(true);
    }
    if dash != 0 {
        return Err(format!(
            "“{text}”: the group's line starts with a space: {rows:?}"
        ));
    }
    let Some(previous) = at.checked_sub(1).map(|i| &galley.rows[i]) else {
        return Err(format!("“{text}”: the group comes first: {rows:?}"));
    };
    let end = previous
        .glyphs
        .iter()
        .rfind(|glyph| !glyph.chr.is_whitespace())
        .map_or(0.0, |glyph| glyph.pos.x + glyph.advance_width);
    let space = previous
        .glyphs
        .iter()
        .find(|glyph| glyph.chr == ' ')
        .map_or(0.0, |glyph| glyph.advance_width);
    let group_width = row.glyphs[dash..]
        .iter()
        .map(|glyph| glyph.advance_width)
        .sum::<f32>();
    let needed = end + 2.0 * space + group_width;
    // Within a pixel the sum of advances above (no kerning) cannot tell.
    if needed < galley.job.wrap.max_width - 1.0 {
        return Err(format!(
            "“{text}”: the group is on its own line though the last line has room \
             ({needed} of {} px): {rows:?}",
            galley.job.wrap.max_width
        ));
    }
    Ok(false)
}

#[test]
fn the_group_stays_on_the_line_where_the_note_ends_when_it_fits() {
    for (name, session, about) in walls() {
        for size in SIZES {
            let mut harness = wall_harness(session.clone(), about.clone(), size);
            let (mut same_line, mut next_line) = (0, 0);
            for page in 0..page_count(&harness, size) {
                harness.state_mut().view.page = page;
                harness.run();
                for galley in cards_with_groups(&harness) {
                    if galley.elided {
                        continue;
                    }
                    match group_placement(&galley) {
                        Ok(true) => same_line += 1,
                        Ok(false) => next_line += 1,
                        Err(problem) => panic!("{name} at {size:?}, page {}: {problem}", page + 1),
                    }
                }
            }
            assert!(same_line > 0, "{name} at {size:?}: no card names its group");
            if name.starts_with("400") {
                // Some notes end near the edge: their group goes whole to the next line.
                assert!(next_line > 0, "{name} at {size:?}: no group wrapped");
            }
        }
    }
}

#[test]
fn themes_head_the_wall_with_their_notes_and_every_note_shows_once() {
    for (name, session, about) in walls() {
        if session.themes.is_empty() {
            continue;
        }
        let names = heading_names(&session, about.is_none());
        let titles: Vec<String> = session
            .themes
            .iter()
            .map(|theme| clip_words(&theme.title, 60))
            .collect();
        let shown: Vec<&plaza::model::Note> = session
            .notes
            .iter()
            .filter(|note| about.as_ref().is_none_or(|about| &note.about == about))
            .collect();
        for size in SIZES {
            let mut harness = wall_harness(session.clone(), about.clone(), size);
            let mut seen = vec![0; shown.len()];
            let mut heading = String::new();
            let mut left_the_themes = false;
            for page in 0..page_count(&harness, size) {
                harness.state_mut().view.page = page;
                harness.run();
                let mut labels: Vec<(String, Rect)> = harness
                    .query_all_by_role(Role::Label)
                    .map(|node| {
                        let text = node.accesskit_node().value().unwrap_or_default();
                        (text.to_owned(), node.rect())
                    })
                    .filter(|(_, rect)| rect.top() > 0.1 * size.y && rect.top() < 0.9 * size.y)
                    .collect();
                // Reading order: column by column, top to bottom.
                labels.sort_by(|a, b| {
                    let column = |rect: &Rect| (rect.left() / (0.2 * size.x)).floor() as i32;
                    (column(&a.1), a.1.top())
                        .partial_cmp(&(column(&b.1), b.1.top()))
                        .unwrap_or(std::cmp::Ordering::Equal)
                });
                for (text, _) in labels {
                    if let Some((name, _)) = as_heading(&text, &names) {
                        let is_theme = titles.contains(&name);
                        assert!(
                            is_theme || !heading.is_empty() || page == 0,
                            "{name}: a heading out of nowhere"
                        );
                        if !is_theme {
                            left_the_themes = true;
                        }
                        assert!(
                            !(is_theme && left_the_themes),
                            "{name} at {size:?}: theme “{name}” after the notes in no theme"
                        );
                        heading = name;
                        continue;
                    }
                    let Some(index) = shown
                        .iter()
                        .position(|note| text.contains(note.text.trim()))
                    else {
                        continue;
                    };
                    seen[index] += 1;
                    let note = shown[index];
                    match session.theme_of(&note.id) {
                        Some(theme) => assert_eq!(
                            heading,
                            clip_words(&theme.title, 60),
                            "{name} at {size:?}: “{}” is not under its theme",
                            note.text
                        ),
                        None => assert!(
                            !titles.contains(&heading),
                            "{name} at {size:?}: “{}” is under a theme it is not in",
                            note.text
                        ),
                    }
                    // Under a theme the card says its kind: the heading does not.
                    if session.theme_of(&note.id).is_some() {
                        assert!(
                            text.starts_with(&note.kind.name().to_uppercase()),
                            "{name}: “{text}” does not say its kind"
                        );
                    }
                }
            }
            for (note, count) in shown.iter().zip(&seen) {
                assert_eq!(
                    *count, 1,
                    "{name} at {size:?}: “{}” shows {count} times",
                    note.text
                );
            }
        }
    }
}
