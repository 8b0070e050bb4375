//! Which notes of the notes panel are chosen, as in a file list: a click chooses one note (its
//! actions show), Ctrl-click adds a note to the selection or takes it out, Shift-click selects
//! the run of notes listed from the last one clicked.

use std::collections::HashSet;

use egui::Modifiers;

use crate::model::{Note, Session};

/// The notes chosen on the notes panel.
#[derive(Debug, Default)]
pub struct NoteSelection {
    /// The note whose actions (edit, spotlight, delete) are shown.
    pub current: Option<String>,
    /// Notes selected with Ctrl-click or Shift-click: what grouping and voting then take,
    /// instead of every note listed.
    marked: Vec<String>,
    /// Where a Shift-click selection runs from: the note clicked last without Shift.
    anchor: Option<String>,
}

impl NoteSelection {
    /// How many notes are selected (not counting a note only chosen by a plain click).
    pub fn len(&self) -> usize {
        self.marked.len()
    }

    /// Whether no note is selected.
    pub fn is_empty(&self) -> bool {
        self.marked.is_empty()
    }

    /// Whether the note `id` is selected.
    pub fn contains(&self, id: &str) -> bool {
        self.marked.iter().any(|marked| marked == id)
    }

    /// Forgets the selection; the note chosen keeps its actions.
    pub fn clear(&mut self) {
        self.marked.clear();
    }

    /// What grouping and voting take: the notes selected that `session` still holds, else every
    /// note `shown` (listed newest first); in the order they were taken down.
    pub fn chosen(&mut self, session: &Session, shown: &[&Note]) -> Vec<String> {
        if self.marked.is_empty() {
            return shown.iter().rev().map(|note| note.id.clone()).collect();
        }
        let marked: HashSet<&str> = self.marked.iter().map(String::as_str).collect();
        let chosen: Vec<String> = session
            .notes
            .iter()
            .filter(|note| marked.contains(note.id.as_str()))
            .map(|note| note.id.clone())
            .collect();
        // A selection outlives a change of filter, but not its notes.
        self.marked.retain(|id| chosen.contains(id));
        chosen
    }

    /// What a click on the row of note `id` does, with `modifiers` held, among the notes
    /// `shown`: alone, it chooses that note; with Ctrl (⌘) it adds the note to the selection
    /// or takes it out; with Shift it selects every note listed from the last one clicked.
    pub fn click(&mut self, id: &str, modifiers: Modifiers, shown: &[&Note]) {
        if modifiers.shift
            && let Some(anchor) = self.anchor.clone()
        {
            let at = |id: &str| shown.iter().position(|note| note.id == id);
            if let (Some(from), Some(to)) = (at(&anchor), at(id)) {
                let (low, high) = (from.min(to), from.max(to));
                self.marked = shown[low..=high]
                    .iter()
                    .map(|note| note.id.clone())
                    .collect();
                self.current = Some(id.to_owned());
                return;
            }
        }
        if modifiers.command {
            if self.marked.is_empty()
                && let Some(first) = self.current.clone()
                && first != id
            {
                // The note chosen before is where the selection starts.
                self.marked.push(first);
            }
            if let Some(at) = self.marked.iter().position(|marked| marked == id) {
                self.marked.remove(at);
            } else {
                self.marked.push(id.to_owned());
            }
        } else {
            self.marked.clear();
        }
        self.current = Some(id.to_owned());
        self.anchor = Some(id.to_owned());
    }
}

/// The keys held at this frame's click: those of the button's release, which is what made
/// the click (the keys may be let go within the same frame), else those held now.
pub fn click_modifiers(input: &egui::InputState) -> Modifiers {
    input
        .events
        .iter()
        .rev()
        .find_map(|event| match event {
            egui::Event::PointerButton {
                pressed: false,
                modifiers,
                ..
            } => Some(*modifiers),
            _ => None,
        })
        .unwrap_or(input.modifiers)
}
