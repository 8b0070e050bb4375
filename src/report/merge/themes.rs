//! Themes in a merge. A theme is known by its id and its title, what it is about and when it was
//! made; its notes are joined: two laptops that each put a note in the same theme give one theme
//! with both notes. A note that two laptops grouped differently ends up in two themes, which
//! the session rules forbid: it stays in one, is taken out of the other, and the line says so.

use std::collections::{HashMap, HashSet};

use super::clip;
use super::lines::{Conflict, Thing};
use super::resolve::Kind;
use crate::model::{Note, Session, Theme};

/// Everything that makes a theme the same theme; its notes are not part of it (they are joined).
pub(super) fn theme_content(theme: &Theme) -> String {
    format!("{:?}", (&theme.title, &theme.about, theme.created))
}

pub(super) const THEMES: Kind<Theme> = Kind {
    thing: Thing::Theme,
    id: |theme| &theme.id,
    set_id: |theme, id| theme.id = id,
    describe: |theme| clip(&theme.title),
    combine: |theme, other| {
        for note in other.notes {
            if !theme.notes.contains(&note) {
                theme.notes.push(note);
            }
        }
    },
};

/// Leaves each note in one theme at most. A note held by several stays in the one `ours` (the
/// open session, for `merge_into`) put it in, or else in the theme whose title sorts first (then
/// its id), so the result does not depend on the order of the inputs. Notes `ours` grouped are
/// never taken out of its themes. A theme may be left with no notes: it is kept, so no title a
/// laptop gave is lost and a poll that offers it still names it, and the line says so.
pub(super) fn one_theme_per_note(
    themes: &mut [Theme],
    notes: &[Note],
    ours: Option<&Session>,
    conflicts: &mut Vec<Conflict>,
) {
    let mut holders: HashMap<&str, Vec<usize>> = HashMap::new();
    for (at, theme) in themes.iter().enumerate() {
        for note in &theme.notes {
            holders.entry(note.as_str()).or_default().push(at);
        }
    }
    let ours_holds: HashSet<(&str, &str)> = ours
        .into_iter()
        .flat_map(|session| &session.themes)
        .flat_map(|theme| {
            theme
                .notes
                .iter()
                .map(|note| (theme.id.as_str(), note.as_str()))
        })
        .collect();
    let mut takes: Vec<(String, usize, usize)> = Vec::new();
    for (note, held) in holders.into_iter().filter(|(_, held)| held.len() > 1) {
        let keeper = held
            .iter()
            .copied()
            .find(|&at| ours_holds.contains(&(themes[at].id.as_str(), note)))
            .or_else(|| {
                held.iter().copied().min_by(|&a, &b| {
                    (&themes[a].title, &themes[a].id).cmp(&(&themes[b].title, &themes[b].id))
                })
            });
        let Some(keeper) = keeper else { continue };
        for &at in &held {
            if at != keeper && !ours_holds.contains(&(themes[at].id.as_str(), note)) {
                takes.push((note.to_owned(), keeper, at));
            }
        }
    }
    for (note, _, from) in &takes {
        themes[*from].notes.retain(|id| id != note);
    }
    let words: HashMap<&str, &str> = notes
        .iter()
        .map(|note| (note.id.as_str(), note.text.as_str()))
        .collect();
    for (note, keeper, from) in takes {
        let (kept, out) = (&themes[keeper], &themes[from]);
        conflicts.push(Conflict::TwoThemes {
            text: clip(words.get(note.as_str()).copied().unwrap_or(&note)),
            kept: (clip(&kept.title), kept.id.clone()),
            out: (clip(&out.title), out.id.clone()),
            emptied: out.notes.is_empty(),
            note,
        });
    }
}
