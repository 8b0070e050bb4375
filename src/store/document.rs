//! A session open for editing: the editor, the file it lives in, its lock and its autosaver.
//! The app and the durability tests drive sessions through this one path.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::{
    Autosaver, SaveStatus, SessionLock, StoreError, clean_stale_temp_files, create_in_folder, load,
    save_new,
};
use crate::model::{Applied, Edit, EditError, Editor, Problem, Session};

/// A session open in the program, saved as it changes.
pub struct Document {
    editor: Editor,
    path: PathBuf,
    saver: Option<Autosaver>,
    lock: Option<SessionLock>,
    read_only: Option<String>,
    /// The same, in a few words for one line: "another Plaza has it open (process 41 since 9:12)".
    read_only_short: Option<String>,
    problems: Vec<Problem>,
    /// Something about the file the person should know that did not stop it opening.
    warning: Option<String>,
}

impl Document {
    /// Opens a session file. If another Plaza has it, it opens read-only and
    /// [`Document::read_only`] says why.
    pub fn open(
        path: &Path,
        notify: impl Fn() + Send + Sync + 'static,
    ) -> Result<Document, StoreError> {
        // Lock first, then read: a Plaza closing down may write its last changes in between.
        let lock = SessionLock::acquire(path);
        let loaded = load(path)?;
        let mut document = Document {
            editor: Editor::new(loaded.session),
            path: path.to_owned(),
            saver: None,
            lock: None,
            read_only: None,
            read_only_short: None,
            problems: loaded.problems,
            warning: None,
        };
        match lock {
            Ok(lock) => {
                // Only a lock holder may touch the folder's temporary files: no save is under way.
                if let Err(error) = clean_stale_temp_files(path) {
                    document.warning = Some(format!(
                        "Temporary files a crashed save left beside {} could not be removed ({error}); they take space but do no harm.",
                        path.display()
                    ));
                }
                document.lock = Some(lock);
                document.saver = Some(Autosaver::spawn(path.to_owned(), 0, notify));
            }
            Err(error) => {
                document.read_only_short = Some(match &error {
                    StoreError::Locked { holder, .. } => {
                        format!("another Plaza has it open ({holder})")
                    }
                    other => other.to_string(),
                });
                document.read_only = Some(error.to_string());
            }
        }
        Ok(document)
    }

    /// Writes a new session to `path` (which must not exist yet) and opens it. Fails with
    /// [`StoreError::Exists`], changing nothing, if a file is there.
    pub fn create(
        path: &Path,
        session: Session,
        notify: impl Fn() + Send + Sync + 'static,
    ) -> Result<Document, StoreError> {
        let lock = SessionLock::acquire(path)?;
        save_new(path, &session)?;
        Ok(Document::created(path, session, lock, notify))
    }

    /// Writes a new session into `dir` (Plaza's sessions folder) under the first free name, as
    /// [`save_in_folder`](super::save_in_folder) does, and opens it. A name another Plaza holds
    /// the lock of (it is creating that file this instant) is passed over.
    pub fn create_in(
        dir: &Path,
        session: Session,
        notify: impl Fn() + Send + Sync + 'static,
    ) -> Result<Document, StoreError> {
        let (path, lock) =
            create_in_folder(dir, &session, |path| match SessionLock::acquire(path) {
                Ok(lock) => Ok(Some(lock)),
                Err(StoreError::Locked { .. }) => Ok(None),
                Err(error) => Err(error),
            })?;
        Ok(Document::created(&path, session, lock, notify))
    }

    fn created(
        path: &Path,
        session: Session,
        lock: SessionLock,
        notify: impl Fn() + Send + Sync + 'static,
    ) -> Document {
        Document {
            editor: Editor::new(session),
            path: path.to_owned(),
            saver: Some(Autosaver::spawn(path.to_owned(), 0, notify)),
            lock: Some(lock),
            read_only: None,
            read_only_short: None,
            problems: Vec::new(),
            warning: None,
        }
    }

    /// The session as it is now.
    pub fn session(&self) -> &Session {
        self.editor.session()
    }

    /// The editor, for undo labels and revisions.
    pub fn editor(&self) -> &Editor {
        &self.editor
    }

    /// The session file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Why the session cannot be saved (another Plaza has it), if so.
    pub fn read_only(&self) -> Option<&str> {
        self.read_only.as_deref()
    }

    /// Why the session cannot be saved, in a few words for one line of the console.
    pub fn read_only_reason(&self) -> Option<&str> {
        self.read_only_short.as_deref()
    }

    /// Something about the file the person should know that did not stop it opening, like
    /// leftovers of a crashed save that could not be removed.
    pub fn warning(&self) -> Option<&str> {
        self.warning.as_deref()
    }

    /// What `validate` found wrong in the file when it was opened.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// Where saving stands; `None` when read-only.
    pub fn save_status(&self) -> Option<SaveStatus> {
        self.saver.as_ref().map(Autosaver::status)
    }

    /// Applies an edit and hands the result to the autosaver.
    pub fn apply(&mut self, edit: Edit) -> Result<Applied, EditError> {
        if self.saver.is_none() {
            return Err(EditError::ReadOnly);
        }
        let applied = self.editor.apply(edit)?;
        self.submit(&applied);
        Ok(applied)
    }

    /// Undoes the last change, if any.
    pub fn undo(&mut self) -> Option<Applied> {
        let applied = self.editor.undo()?;
        self.submit(&applied);
        Some(applied)
    }

    /// Redoes the last undone change, if any.
    pub fn redo(&mut self) -> Option<Applied> {
        let applied = self.editor.redo()?;
        self.submit(&applied);
        Some(applied)
    }

    fn submit(&self, applied: &Applied) {
        if let Some(saver) = &self.saver {
            saver.submit(applied.revision, self.editor.snapshot(), applied.urgency);
        }
    }

    /// Writes pending changes now (e.g. after the user pressed "Retry").
    pub fn save_now(&self) {
        if let Some(saver) = &self.saver {
            saver.save_now();
        }
    }

    /// Blocks until `revision` is on disk or its save failed.
    pub fn wait_saved(&self, revision: u64, timeout: Duration) -> Result<(), String> {
        match &self.saver {
            Some(saver) => saver.wait_saved(revision, timeout),
            None => Err("the session is open read-only".into()),
        }
    }

    /// The lock held on the session file, if any.
    pub fn lock(&self) -> Option<&SessionLock> {
        self.lock.as_ref()
    }
}

impl Drop for Document {
    fn drop(&mut self) {
        // The saver writes what is pending before the lock is let go.
        self.saver = None;
        self.lock = None;
    }
}
