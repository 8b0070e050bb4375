//! Saving on a background thread, so the disk never holds up a frame. Votes and poll states are
//! saved at once and confirmed by revision; typing is saved after a short quiet spell.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

use super::{StoreError, save};
use crate::model::{Session, Urgency};

/// Quiet time after the last keystroke before typing is saved.
const QUIET: Duration = Duration::from_secs(1);
/// Typing that never pauses is still saved this often.
const MAX_DELAY: Duration = Duration::from_secs(5);
/// Wait before trying a failed save again.
const RETRY: Duration = Duration::from_secs(5);
/// An urgent change that comes soon after a save waits until this long after it, so a burst of
/// ballots (a room's phones) shares a few saves instead of one each; a lone vote is not held.
const GATHER: Duration = Duration::from_millis(5);

/// Where saving stands, for the screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SaveStatus {
    /// The newest revision on disk.
    pub saved_revision: u64,
    /// The newest revision handed to the saver.
    pub wanted_revision: u64,
    /// When the last save succeeded.
    pub saved_at: Option<DateTime<Utc>>,
    /// Why the last save failed, until a save succeeds.
    pub error: Option<SaveFailure>,
    /// The revision the last failed save tried to write.
    pub failed_revision: u64,
    /// A save is being written right now.
    pub saving: bool,
    /// How many saves succeeded since the saver started (each one an fsync'd write).
    pub saves: u64,
}

/// Why a save failed, kept as what happened so that each screen words it in its own language;
/// its `Display` is the English, for logs and the phones' server.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SaveFailure {
    /// The saver is no longer running: nothing more will be saved.
    #[error("the saver has stopped; use Save as… to keep your work")]
    Stopped,
    /// The file could not be written; the one on disk is as it was.
    #[error("cannot save {}: {reason}. The file on disk was not changed.", path.display())]
    Write {
        /// The session file.
        path: PathBuf,
        /// What the system (or the writer) said.
        reason: String,
    },
    /// A reason that comes in words already.
    #[error("{0}")]
    Said(String),
}

impl From<&str> for SaveFailure {
    fn from(said: &str) -> SaveFailure {
        SaveFailure::Said(said.to_owned())
    }
}

impl From<&StoreError> for SaveFailure {
    fn from(error: &StoreError) -> SaveFailure {
        match error {
            StoreError::Write { path, source } => SaveFailure::Write {
                path: path.clone(),
                reason: source.to_string(),
            },
            StoreError::Encode { path, reason } => SaveFailure::Write {
                path: path.clone(),
                reason: reason.clone(),
            },
            other => SaveFailure::Said(other.to_string()),
        }
    }
}

impl SaveStatus {
    /// Whether `revision` (or a later one) is on disk.
    pub fn is_saved(&self, revision: u64) -> bool {
        self.saved_revision >= revision
    }

    /// Whether everything handed over is on disk.
    pub fn is_clean(&self) -> bool {
        self.saved_revision >= self.wanted_revision
    }
}

struct Shared {
    status: Mutex<SaveStatus>,
    changed: Condvar,
    notify: Box<dyn Fn() + Send + Sync>,
}

impl Shared {
    fn status(&self) -> MutexGuard<'_, SaveStatus> {
        // A panic elsewhere while holding the lock leaves a usable status; keep going.
        self.status
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn update(&self, change: impl FnOnce(&mut SaveStatus)) {
        change(&mut self.status());
        self.changed.notify_all();
        (self.notify)();
    }
}

enum Job {
    Save {
        revision: u64,
        session: Arc<Session>,
        urgency: Urgency,
    },
    Now,
}

/// Saves one session file in the background.
pub struct Autosaver {
    shared: Arc<Shared>,
    jobs: Option<Sender<Job>>,
    thread: Option<JoinHandle<()>>,
    path: PathBuf,
}

impl Autosaver {
    /// Starts saving to `path`, which must already hold `revision`'s content (or not exist yet,
    /// with `revision` 0 meaning nothing to save). `notify` is called after every status change,
    /// e.g. to ask the screen to repaint.
    pub fn spawn(
        path: PathBuf,
        revision: u64,
        notify: impl Fn() + Send + Sync + 'static,
    ) -> Autosaver {
        let shared = Arc::new(Shared {
            status: Mutex::new(SaveStatus {
                saved_revision: revision,
                wanted_revision: revision,
                ..SaveStatus::default()
            }),
            changed: Condvar::new(),
            notify: Box::new(notify),
        });
        let (jobs, inbox) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("plaza-autosave".into())
            .spawn({
                let shared = Arc::clone(&shared);
                let path = path.clone();
                move || run(&path, &shared, &inbox)
            })
            .ok();
        Autosaver {
            shared,
            jobs: Some(jobs),
            thread,
            path,
        }
    }

    /// The file being saved to.
    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    /// Hands over the session at `revision`. Urgent ones are written at once.
    pub fn submit(&self, revision: u64, session: Arc<Session>, urgency: Urgency) {
        self.shared
            .update(|status| status.wanted_revision = status.wanted_revision.max(revision));
        self.send(Job::Save {
            revision,
            session,
            urgency,
        });
    }

    /// Writes what is pending now, without waiting for the quiet spell (e.g. "Retry").
    pub fn save_now(&self) {
        // Marked at once, so nobody waiting reads the last failure as the answer to this attempt.
        self.shared.update(|status| status.saving = true);
        self.send(Job::Now);
    }

    fn send(&self, job: Job) {
        let sent = self
            .jobs
            .as_ref()
            .is_some_and(|jobs| jobs.send(job).is_ok());
        if !sent {
            self.shared.update(|status| {
                status.saving = false;
                status.error = Some(SaveFailure::Stopped);
                status.failed_revision = status.wanted_revision;
            });
        }
    }

    /// Where saving stands now.
    pub fn status(&self) -> SaveStatus {
        self.shared.status().clone()
    }

    /// Something to wait on for saves, without holding the saver.
    pub fn waiter(&self) -> SaveWaiter {
        SaveWaiter {
            shared: Arc::clone(&self.shared),
        }
    }

    /// Waits until `revision` is on disk (Ok), a save of it failed (Err with the reason), or
    /// `timeout` passed (Err).
    pub fn wait_saved(&self, revision: u64, timeout: Duration) -> Result<(), String> {
        self.waiter().wait_saved(revision, timeout)
    }
}

/// Waits for saves of one [`Autosaver`] from any thread.
pub struct SaveWaiter {
    shared: Arc<Shared>,
}

impl SaveWaiter {
    /// Waits until `revision` is on disk (Ok), a save of it failed (Err with the reason), or
    /// `timeout` passed (Err).
    pub fn wait_saved(&self, revision: u64, timeout: Duration) -> Result<(), String> {
        let deadline = Instant::now() + timeout;
        let mut status = self.shared.status();
        loop {
            if status.is_saved(revision) {
                return Ok(());
            }
            if let Some(error) = &status.error
                && !status.saving
                && status.failed_revision >= revision
            {
                return Err(error.to_string());
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err("saving is taking too long".into());
            }
            status = self
                .shared
                .changed
                .wait_timeout(status, left)
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .0;
        }
    }
}

impl Drop for Autosaver {
    /// Writes anything pending before the program goes away.
    fn drop(&mut self) {
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            // A saver that panicked has said so on its way out; a drop has nobody to tell.
            #[expect(clippy::let_underscore_must_use, reason = "a drop cannot report")]
            let _ = thread.join();
        }
    }
}

fn run(path: &std::path::Path, shared: &Shared, inbox: &Receiver<Job>) {
    let mut pending: Option<(u64, Arc<Session>)> = None;
    let mut first_pending: Option<Instant> = None;
    let mut due: Option<Instant> = None;
    let mut last_saved: Option<Instant> = None;
    // An urgent change is waiting (perhaps gathering others): typing does not push it back.
    let mut urgent = false;
    let mut open = true;
    while open || pending.is_some() {
        let job = match (open, due) {
            (false, _) => None,
            (true, Some(due)) => {
                match inbox.recv_timeout(due.saturating_duration_since(Instant::now())) {
                    Ok(job) => Some(job),
                    Err(RecvTimeoutError::Timeout) => None,
                    Err(RecvTimeoutError::Disconnected) => {
                        open = false;
                        None
                    }
                }
            }
            (true, None) => match inbox.recv() {
                Ok(job) => Some(job),
                Err(_) => {
                    open = false;
                    None
                }
            },
        };
        let now = Instant::now();
        // Everything handed over while the last save was being written goes into the next
        // one: 200 ballots arriving together cost a few saves, not 200.
        let waiting = std::iter::from_fn(|| inbox.try_recv().ok());
        for job in job.into_iter().chain(waiting) {
            match job {
                Job::Save {
                    revision,
                    session,
                    urgency,
                } => {
                    if pending
                        .as_ref()
                        .is_none_or(|(pending_revision, _)| revision >= *pending_revision)
                    {
                        pending = Some((revision, session));
                    }
                    let first = *first_pending.get_or_insert(now);
                    let gathered = last_saved.map_or(now, |saved| (saved + GATHER).max(now));
                    urgent |= urgency == Urgency::Now;
                    due = Some(match (urgency, due) {
                        (Urgency::Now, Some(due)) => due.min(gathered),
                        (Urgency::Now, None) => gathered,
                        // An urgent change already waiting is written when due all the same.
                        (Urgency::Soon, Some(due)) if urgent || due <= now => due,
                        (Urgency::Soon, _) => (now + QUIET).min(first + MAX_DELAY),
                    });
                }
                Job::Now if pending.is_some() => due = Some(now),
                Job::Now => shared.update(|status| status.saving = false),
            }
        }
        // Closing down: write what is left without waiting.
        if !open {
            due = Some(now);
        }
        if due.is_some_and(|due| due <= Instant::now())
            && let Some((revision, session)) = pending.take()
        {
            urgent = false;
            shared.update(|status| status.saving = true);
            match save(path, &session) {
                Ok(()) => {
                    shared.update(|status| {
                        status.saving = false;
                        status.saved_revision = status.saved_revision.max(revision);
                        status.saved_at = Some(Utc::now());
                        status.error = None;
                        status.saves += 1;
                    });
                    last_saved = Some(Instant::now());
                    first_pending = None;
                    due = None;
                }
                Err(error) => {
                    shared.update(|status| {
                        status.saving = false;
                        status.error = Some(SaveFailure::from(&error));
                        status.failed_revision = revision;
                    });
                    pending = Some((revision, session));
                    // Typing after a failure waits for the retry, not for its own first edit.
                    first_pending = None;
                    if !open {
                        // Nobody is left to retry for; the last error stays in the status.
                        break;
                    }
                    due = Some(Instant::now() + RETRY);
                }
            }
        } else if pending.is_none() {
            due = None;
        }
    }
}
