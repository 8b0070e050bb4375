//! The changes a facilitator makes to themes, each one [`Edit::SetThemes`]: group notes as a
//! theme, add notes to one or take them out, rename, merge two, dissolve one. A note is in one
//! theme at most: grouping it elsewhere takes it out of where it was.

use super::{About, Edit, Session, Theme, clip_words, new_id, now};

/// The themes changed by `change`, as an edit described by `what`. Themes the change leaves
/// with no notes go; one that had none already (a merge can leave one so) stays until it is
/// dissolved, since a poll may offer it.
fn rethemed(session: &Session, what: String, change: impl FnOnce(&mut Vec<Theme>)) -> Edit {
    let mut themes = session.themes.clone();
    change(&mut themes);
    let was_empty = |id: &str| {
        session
            .theme(id)
            .is_some_and(|theme| theme.notes.is_empty())
    };
    themes.retain(|theme| !theme.notes.is_empty() || was_empty(&theme.id));
    Edit::SetThemes { what, themes }
}

fn take_out(themes: &mut [Theme], notes: &[String]) {
    for theme in themes {
        theme.notes.retain(|note| !notes.contains(note));
    }
}

/// What the notes are about, when they agree; else general.
fn shared_about(session: &Session, notes: &[String]) -> About {
    let mut abouts = notes
        .iter()
        .filter_map(|id| session.note(id))
        .map(|note| &note.about);
    match abouts.next() {
        Some(first) if abouts.all(|other| other == first) => first.clone(),
        _ => About::General,
    }
}

/// A new theme of `notes` titled `title`; the notes leave any theme they were in. Returns the
/// edit and the theme's id.
pub fn group_as_theme(session: &Session, title: &str, notes: &[String]) -> (Edit, String) {
    let id = new_id();
    let theme = Theme {
        id: id.clone(),
        title: title.trim().to_owned(),
        about: shared_about(session, notes),
        notes: notes.to_vec(),
        created: now(),
    };
    let what = format!(
        "group {} as “{}”",
        super::plural(notes.len(), "note"),
        clip_words(title.trim(), 40)
    );
    let edit = rethemed(session, what, |themes| {
        take_out(themes, notes);
        themes.push(theme);
    });
    (edit, id)
}

/// `notes` added to the theme `id` (out of any other). `None` when there is no such theme.
pub fn add_to_theme(session: &Session, id: &str, notes: &[String]) -> Option<Edit> {
    let title = &session.theme(id)?.title;
    let what = format!("add notes to “{}”", clip_words(title, 40));
    Some(rethemed(session, what, |themes| {
        take_out(themes, notes);
        if let Some(theme) = themes.iter_mut().find(|theme| theme.id == id) {
            theme.notes.extend(notes.iter().cloned());
        }
    }))
}

/// `notes` taken out of whatever theme they are in; a theme left empty goes.
pub fn take_out_of_themes(session: &Session, notes: &[String]) -> Edit {
    let what = format!(
        "take {} out of its theme",
        super::plural(notes.len(), "note")
    );
    rethemed(session, what, |themes| take_out(themes, notes))
}

/// The theme `id` under a new title. `None` when there is no such theme.
pub fn rename_theme(session: &Session, id: &str, title: &str) -> Option<Edit> {
    let old = &session.theme(id)?.title;
    let what = format!("rename theme “{}”", clip_words(old, 40));
    let title = title.trim().to_owned();
    Some(rethemed(session, what, |themes| {
        if let Some(theme) = themes.iter_mut().find(|theme| theme.id == id) {
            theme.title = title;
        }
    }))
}

/// The notes of theme `from` joined to theme `into`, and `from` gone. `None` when either is
/// missing or they are the same.
pub fn merge_themes(session: &Session, into: &str, from: &str) -> Option<Edit> {
    if into == from {
        return None;
    }
    let kept = &session.theme(into)?.title;
    let gone = session.theme(from)?;
    let what = format!(
        "merge “{}” into “{}”",
        clip_words(&gone.title, 30),
        clip_words(kept, 30)
    );
    let moved = gone.notes.clone();
    Some(rethemed(session, what, |themes| {
        themes.retain(|theme| theme.id != from);
        if let Some(theme) = themes.iter_mut().find(|theme| theme.id == into) {
            theme.notes.extend(moved);
        }
    }))
}

/// The theme `id` dissolved: its notes stay, in no theme. `None` when there is no such theme.
pub fn dissolve_theme(session: &Session, id: &str) -> Option<Edit> {
    let title = &session.theme(id)?.title;
    let what = format!("dissolve theme “{}”", clip_words(title, 40));
    Some(rethemed(session, what, |themes| {
        themes.retain(|theme| theme.id != id);
    }))
}
