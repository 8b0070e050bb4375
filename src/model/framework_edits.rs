//! The changes a facilitator makes to a framework in the app, each built as one
//! [`Edit::SetFramework`] so it is checked, undone and saved like any other edit. Ids never
//! change when words do: notes, actions and polls keep pointing at the same item.

use super::{About, Edit, Framework, Item, SectionKind, Session, clip_words};

/// What refers to an item: a removal asks first when any of these is not zero.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ItemUse {
    /// Notes about the item.
    pub notes: usize,
    /// Action items about it.
    pub actions: usize,
    /// Polls that offer it.
    pub polls: usize,
}

impl ItemUse {
    /// Whether nothing refers to the item.
    pub fn is_unused(self) -> bool {
        self == ItemUse::default()
    }
}

/// What refers to the item `id`.
pub fn item_use(session: &Session, id: &str) -> ItemUse {
    let about = |about: &About| matches!(about, About::Item(item) if item == id);
    ItemUse {
        notes: session.notes.iter().filter(|n| about(&n.about)).count(),
        actions: session.actions.iter().filter(|a| about(&a.about)).count(),
        polls: session
            .polls
            .iter()
            .filter(|poll| poll.items.iter().any(|item| item == id))
            .count(),
    }
}

/// The framework changed by `change`, as an edit described by `what`; notes and actions as
/// they are.
pub(super) fn reframe(
    session: &Session,
    what: String,
    change: impl FnOnce(&mut Framework),
) -> Edit {
    let mut framework = session.framework.clone();
    change(&mut framework);
    Edit::SetFramework {
        what,
        framework: Box::new(framework),
        notes: session.notes.clone(),
        actions: session.actions.clone(),
    }
}

/// The framework's title, shown on the title slide.
pub fn set_framework_title(session: &Session, title: &str) -> Edit {
    let title = title.trim().to_owned();
    reframe(session, "rename the framework".into(), |f| f.title = title)
}

/// A section's own name; empty goes back to the default ("Core values").
pub fn set_section_label(session: &Session, kind: SectionKind, label: &str) -> Edit {
    let label = Some(label.trim().to_owned()).filter(|label| !label.is_empty());
    let what = format!("rename the {} section", kind.default_label().to_lowercase());
    reframe(session, what, |f| section_mut(f, kind).label = label)
}

/// The sentence that leads into a section's items.
pub fn set_section_intro(session: &Session, kind: SectionKind, intro: &str) -> Edit {
    let intro = intro.trim().to_owned();
    let what = format!("change the {} intro", kind.default_label().to_lowercase());
    reframe(session, what, |f| section_mut(f, kind).intro = intro)
}

/// An item's heading and text; its id stays. `None` when the item is not there.
pub fn set_item_words(session: &Session, id: &str, heading: &str, text: &str) -> Option<Edit> {
    let item = session.framework.item(id)?;
    let what = format!("edit {}", quoted(item.label()));
    let (heading, text) = (heading.trim().to_owned(), text.trim().to_owned());
    Some(reframe(session, what, |f| {
        if let Some(item) = item_mut(f, id) {
            item.heading = heading;
            item.text = text;
        }
    }))
}

/// A new item at the end of a section, with words to replace and an id of its own. Returns the
/// edit and the new item's id.
pub fn add_item(session: &Session, kind: SectionKind) -> (Edit, String) {
    let base = match kind {
        SectionKind::Mission => "commitment",
        SectionKind::Vision => "goal",
        SectionKind::Values => "value",
    };
    let taken =
        |id: &str| session.framework.item(id).is_some() || matches!(id, "general" | "parking-lot");
    let id = (1..)
        .map(|n| format!("new-{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_else(|| format!("new-{base}"));
    let heading = match kind {
        SectionKind::Vision => String::new(),
        _ => format!("NEW {}", base.to_uppercase()),
    };
    let item = Item::new(id.clone(), heading, "");
    let what = format!("add an item to {}", session.framework.section_name(kind));
    let edit = reframe(session, what, |f| section_mut(f, kind).items.push(item));
    (edit, id)
}

/// The item moved `by` places within its section (−1 up, +1 down). `None` at the end of the
/// section, or when the item is not there.
pub fn move_item(session: &Session, id: &str, by: isize) -> Option<Edit> {
    let (kind, item) = session.framework.items().find(|(_, item)| item.id == id)?;
    let items = &session.framework.section(kind).items;
    let at = items.iter().position(|other| other.id == id)?;
    let to = at.checked_add_signed(by).filter(|to| *to < items.len())?;
    let what = format!(
        "move {} {}",
        quoted(item.label()),
        if by < 0 { "up" } else { "down" }
    );
    Some(reframe(session, what, |f| {
        section_mut(f, kind).items.swap(at, to)
    }))
}

/// Takes the item off the framework. An item a poll offers is retired, not deleted, so the
/// poll's results still name it; its notes go to the parking lot and its action items to
/// general. `None` when the item is not there.
pub fn remove_item(session: &Session, id: &str) -> Option<Edit> {
    let item = session.framework.item(id)?;
    let retire = item_use(session, id).polls > 0;
    let what = format!(
        "{} {}",
        if retire { "retire" } else { "remove" },
        quoted(item.label())
    );
    let mut framework = session.framework.clone();
    for kind in SectionKind::ALL {
        let items = &mut section_mut(&mut framework, kind).items;
        if retire {
            if let Some(item) = items.iter_mut().find(|item| item.id == id) {
                item.retired = true;
            }
        } else {
            items.retain(|item| item.id != id);
        }
    }
    let about = |about: &About| matches!(about, About::Item(item) if item == id);
    let mut notes = session.notes.clone();
    for note in notes.iter_mut().filter(|note| about(&note.about)) {
        note.about = About::ParkingLot;
    }
    let mut actions = session.actions.clone();
    for action in actions.iter_mut().filter(|action| about(&action.about)) {
        action.about = About::General;
    }
    Some(Edit::SetFramework {
        what,
        framework: Box::new(framework),
        notes,
        actions,
    })
}

fn section_mut(framework: &mut Framework, kind: SectionKind) -> &mut super::Section {
    framework.section_mut(kind)
}

fn item_mut<'a>(framework: &'a mut Framework, id: &str) -> Option<&'a mut Item> {
    [
        &mut framework.mission,
        &mut framework.vision,
        &mut framework.values,
    ]
    .into_iter()
    .flat_map(|section| section.items.iter_mut())
    .find(|item| item.id == id)
}

fn quoted(label: &str) -> String {
    format!("“{}”", clip_words(label, 40))
}
