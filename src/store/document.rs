//! A session open for editing: the editor, the file it lives in, its lock and its autosaver.
//! The app and the durability tests drive sessions through this one path.
//!
//! The editor and the saver sit behind one lock shared with [`SharedDocument`], so another
//! thread (the phones' voting server) can apply a ballot and have it saved while the window is
//! minimised and draws no frames. The app reads a copy of the session as it stood at its last
//! [`Document::refresh`] or edit, so a frame never waits for that thread.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use super::{
    Autosaver, SaveStatus, SessionLock, StoreError, clean_stale_temp_files, create_in_folder, load,
    save_new,
};
use crate::model::{Applied, Describer, Edit, EditError, Editor, Problem, Session};

/// The editor and its saver, changed only together, under one lock.
struct Core {
    editor: Editor,
    saver: Option<Autosaver>,
}

impl Core {
    fn apply(&mut self, edit: Edit, recorded: bool) -> Result<Applied, EditError> {
        if self.saver.is_none() {
            return Err(EditError::ReadOnly);
        }
        let applied = if recorded {
            self.editor.apply(edit)?
        } else {
            self.editor.apply_unrecorded(edit)?
        };
        self.submit(&applied);
        Ok(applied)
    }

    fn submit(&self, applied: &Applied) {
        if let Some(saver) = &self.saver {
            saver.submit(applied.revision, self.editor.snapshot(), applied.urgency);
        }
    }
}

/// The core shared between the app's document and other threads.
struct Shared {
    core: Mutex<Core>,
    /// Tells the app something changed (asks the screen to repaint).
    notify: Arc<dyn Fn() + Send + Sync>,
}

impl Shared {
    fn core(&self) -> MutexGuard<'_, Core> {
        // A panic on another thread while holding the lock leaves a usable editor: every edit
        // is checked before it changes anything.
        self.core
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// What the app reads between refreshes: the session and its history as they stood.
#[derive(Clone)]
struct View {
    session: Arc<Session>,
    revision: u64,
    undo_label: Option<String>,
    undo_edit: Option<Edit>,
    redo_label: Option<String>,
}

impl View {
    fn of(editor: &Editor) -> View {
        View {
            session: editor.snapshot(),
            revision: editor.revision(),
            undo_label: editor.undo_label().map(str::to_owned),
            undo_edit: editor.undo_edit().cloned(),
            redo_label: editor.redo_label().map(str::to_owned),
        }
    }
}

/// A handle on an open document for another thread: it applies edits through the same editor,
/// rules and saver as the app, and the app sees them at its next refresh.
#[derive(Clone)]
pub struct SharedDocument {
    shared: Arc<Shared>,
}

impl SharedDocument {
    /// Applies `edit` outside the facilitator's undo history (a phone's ballot is not theirs to
    /// undo by accident), hands it to the saver and tells the app. Read-only sessions refuse.
    pub fn apply(&self, edit: Edit) -> Result<Applied, EditError> {
        let applied = self.shared.core().apply(edit, false)?;
        (self.shared.notify)();
        Ok(applied)
    }

    /// The session as it is now.
    pub fn snapshot(&self) -> Arc<Session> {
        self.shared.core().editor.snapshot()
    }

    /// Blocks until `revision` is on disk or its save failed.
    pub fn wait_saved(&self, revision: u64, timeout: Duration) -> Result<(), String> {
        // The saver is reached without holding the editor's lock for the wait.
        let saver = self.shared.core().saver.as_ref().map(Autosaver::waiter);
        match saver {
            Some(waiter) => waiter.wait_saved(revision, timeout),
            None => Err("the session is open read-only".into()),
        }
    }

    /// Where saving stands; `None` when read-only.
    pub fn save_status(&self) -> Option<SaveStatus> {
        self.shared.core().saver.as_ref().map(Autosaver::status)
    }
}

/// A session open in the program, saved as it changes.
pub struct Document {
    shared: Arc<Shared>,
    view: View,
    path: PathBuf,
    lock: Option<SessionLock>,
    read_only: Option<String>,
    /// The same, in a few words for one line: "another Plaza has it open (process 41 since 9:12)".
    read_only_short: Option<String>,
    /// Why it is read-only, as found, for words in a language.
    read_only_cause: Option<StoreError>,
    problems: Vec<Problem>,
    /// Something about the file the person should know that did not stop it opening.
    warning: Option<OpenWarning>,
}

/// Something about a session's file worth knowing that did not stop it opening; its
/// `Display` is the English.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpenWarning {
    /// Temporary files a crashed save left beside the session could not be removed.
    #[error(
        "Temporary files a crashed save left beside {} could not be removed ({reason}); they take space but do no harm.",
        path.display()
    )]
    StaleTempFiles {
        /// The session file.
        path: PathBuf,
        /// What the system said.
        reason: String,
    },
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
        let notify: Arc<dyn Fn() + Send + Sync> = Arc::new(notify);
        let mut document = Document::with(Editor::new(loaded.session), None, Arc::clone(&notify));
        document.path = path.to_owned();
        document.problems = loaded.problems;
        match lock {
            Ok(lock) => {
                // Only a lock holder may touch the folder's temporary files: no save is under way.
                if let Err(error) = clean_stale_temp_files(path) {
                    document.warning = Some(OpenWarning::StaleTempFiles {
                        path: path.to_owned(),
                        reason: error.to_string(),
                    });
                }
                document.lock = Some(lock);
                let notify = Arc::clone(&notify);
                document.shared.core().saver =
                    Some(Autosaver::spawn(path.to_owned(), 0, move || notify()));
            }
            Err(error) => {
                document.read_only_short = Some(match &error {
                    StoreError::Locked { holder, .. } => {
                        format!("another Plaza has it open ({holder})")
                    }
                    other => other.to_string(),
                });
                document.read_only = Some(error.to_string());
                document.read_only_cause = Some(error);
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
        let notify: Arc<dyn Fn() + Send + Sync> = Arc::new(notify);
        let saver = {
            let notify = Arc::clone(&notify);
            Autosaver::spawn(path.to_owned(), 0, move || notify())
        };
        let mut document = Document::with(Editor::new(session), Some(saver), notify);
        document.path = path.to_owned();
        document.lock = Some(lock);
        document
    }

    fn with(
        editor: Editor,
        saver: Option<Autosaver>,
        notify: Arc<dyn Fn() + Send + Sync>,
    ) -> Document {
        let view = View::of(&editor);
        Document {
            shared: Arc::new(Shared {
                core: Mutex::new(Core { editor, saver }),
                notify,
            }),
            view,
            path: PathBuf::new(),
            lock: None,
            read_only: None,
            read_only_short: None,
            read_only_cause: None,
            problems: Vec::new(),
            warning: None,
        }
    }

    /// The session as it stood at the last refresh or edit.
    pub fn session(&self) -> &Session {
        &self.view.session
    }

    /// A cheap shared copy of the session, for work on another thread.
    pub fn snapshot(&self) -> Arc<Session> {
        Arc::clone(&self.view.session)
    }

    /// Counts every change since the session was opened; starts at 0.
    pub fn revision(&self) -> u64 {
        self.view.revision
    }

    /// Words the edits made from now on with `describer`, in the language the person reads.
    pub fn describe_edits_with(&mut self, describer: Describer) {
        self.shared.core().editor.set_describer(describer);
    }

    /// What undo would revert, if anything.
    pub fn undo_label(&self) -> Option<&str> {
        self.view.undo_label.as_deref()
    }

    /// The change undo would revert, as it was made.
    pub fn undo_edit(&self) -> Option<&Edit> {
        self.view.undo_edit.as_ref()
    }

    /// What redo would apply again, if anything.
    pub fn redo_label(&self) -> Option<&str> {
        self.view.redo_label.as_deref()
    }

    /// Takes in what other threads applied since the last look; returns whether anything
    /// changed.
    pub fn refresh(&mut self) -> bool {
        let core = self.shared.core();
        if core.editor.revision() == self.view.revision {
            return false;
        }
        self.view = View::of(&core.editor);
        true
    }

    /// A handle for another thread that applies edits to this session.
    pub fn shared(&self) -> SharedDocument {
        SharedDocument {
            shared: Arc::clone(&self.shared),
        }
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

    /// Why the session is read-only, as found: for words in a language ([`Document::read_only`]
    /// and [`Document::read_only_reason`] are the English).
    pub fn read_only_cause(&self) -> Option<&StoreError> {
        self.read_only_cause.as_ref()
    }

    /// Something about the file the person should know that did not stop it opening, like
    /// leftovers of a crashed save that could not be removed.
    pub fn warning(&self) -> Option<&OpenWarning> {
        self.warning.as_ref()
    }

    /// What `validate` found wrong in the file when it was opened.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// Where saving stands; `None` when read-only.
    pub fn save_status(&self) -> Option<SaveStatus> {
        self.shared.core().saver.as_ref().map(Autosaver::status)
    }

    /// Applies an edit and hands the result to the autosaver.
    pub fn apply(&mut self, edit: Edit) -> Result<Applied, EditError> {
        self.change(|core| core.apply(edit, true))
    }

    /// Undoes the last change, if any; refused when phones' ballots stand in its way.
    pub fn undo(&mut self) -> Result<Option<Applied>, EditError> {
        self.change(|core| {
            let applied = core.editor.try_undo()?;
            if let Some(applied) = &applied {
                core.submit(applied);
            }
            Ok(applied)
        })
    }

    /// Redoes the last undone change, if any.
    pub fn redo(&mut self) -> Option<Applied> {
        self.change(|core| {
            let applied = core.editor.redo()?;
            core.submit(&applied);
            Some(applied)
        })
    }

    /// Runs `change` on the core and takes in the result, and whatever other threads did.
    fn change<T>(&mut self, change: impl FnOnce(&mut Core) -> T) -> T {
        let mut core = self.shared.core();
        let result = change(&mut core);
        if core.editor.revision() != self.view.revision {
            self.view = View::of(&core.editor);
        }
        result
    }

    /// Writes pending changes now (e.g. after the user pressed "Retry").
    pub fn save_now(&self) {
        if let Some(saver) = &self.shared.core().saver {
            saver.save_now();
        }
    }

    /// Blocks until `revision` is on disk or its save failed.
    pub fn wait_saved(&self, revision: u64, timeout: Duration) -> Result<(), String> {
        self.shared().wait_saved(revision, timeout)
    }

    /// The lock held on the session file, if any.
    pub fn lock(&self) -> Option<&SessionLock> {
        self.lock.as_ref()
    }
}

impl Drop for Document {
    fn drop(&mut self) {
        // The saver writes what is pending before the lock is let go. Another thread's handle
        // may outlive the document: it then finds the session read-only.
        let saver = self.shared.core().saver.take();
        drop(saver);
        self.lock = None;
    }
}
