//! One way to keep what is worked out from the session until the session changes: the slide
//! list's note counts, the dashboard's figures, a comparison, a merge plan. They are kept in
//! the views of the document open, which start afresh when another opens (a copy saved under
//! a new name starts again at revision 0).

use crate::store::Document;

/// Which state of which session something was worked out from: the session's id and the
/// editor's revision, which every change (and undo) moves on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Version {
    session: String,
    revision: u64,
}

impl Version {
    /// The version `document` is at now.
    pub fn of(document: &Document) -> Version {
        Version {
            session: document.session().id.clone(),
            revision: document.revision(),
        }
    }

    /// The version of `session` at `revision`.
    pub fn new(session: &str, revision: u64) -> Version {
        Version {
            session: session.to_owned(),
            revision,
        }
    }
}

/// A value worked out from one version of the session, worked out again for another.
#[derive(Debug, Clone)]
pub struct Cached<T> {
    kept: Option<(Version, T)>,
}

impl<T> Default for Cached<T> {
    fn default() -> Self {
        Cached { kept: None }
    }
}

impl<T> Cached<T> {
    /// The value for `version`, made by `make` if the one kept is of another version.
    pub fn get(&mut self, version: &Version, make: impl FnOnce() -> T) -> &T {
        if self.kept.as_ref().is_some_and(|(at, _)| at != version) {
            self.kept = None;
        }
        &self.kept.get_or_insert_with(|| (version.clone(), make())).1
    }

    /// The value kept, whatever its version.
    pub fn kept(&self) -> Option<&T> {
        self.kept.as_ref().map(|(_, value)| value)
    }
}
