//! Open and save dialogs run on their own thread, so the console keeps drawing (and the
//! projector keeps showing) while the facilitator looks for a file. Where the system has no
//! chooser, or one comes straight back without showing, the facilitator types the path in
//! Plaza's own window instead: a dialog never fails without a word.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::{Duration, Instant};

use super::chooser::{Chooser, system_chooser};
use super::path_prompt::{PathPrompt, PromptOutcome, TypedBecause, path_prompt_ui};
use crate::tr;
use crate::words::{Lang, Words};

/// A system dialog answering "nothing chosen" sooner than this never showed: no person
/// cancels that fast.
const TOO_QUICK_TO_BE_A_PERSON: Duration = Duration::from_millis(300);

/// What a dialog was opened for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Open a session file.
    Open,
    /// Save the session under a new name.
    SaveAs,
    /// Write a report (HTML, Markdown, CSV or JSON, by the name's extension) in this language.
    Export(Lang),
    /// Choose a session to compare the open one with.
    Compare,
    /// Choose a session file (a breakout laptop's) to merge into the open one.
    MergeIn,
}

/// A system dialog on its way.
struct Waiting {
    purpose: Purpose,
    answer: Receiver<Option<PathBuf>>,
    since: Instant,
    /// Where the typed prompt starts, should the dialog not show.
    folder: PathBuf,
    name: String,
}

/// A dialog that may be open, with its answer to come.
pub struct FileDialogs {
    chooser: Chooser,
    waiting: Option<Waiting>,
    typed: Option<PathPrompt>,
}

impl Default for FileDialogs {
    fn default() -> FileDialogs {
        FileDialogs::with_chooser(system_chooser())
    }
}

impl FileDialogs {
    /// Dialogs that use the system's chooser if `chooser` says there is one, else the typed
    /// prompt.
    pub fn with_chooser(chooser: Chooser) -> FileDialogs {
        FileDialogs {
            chooser,
            waiting: None,
            typed: None,
        }
    }

    /// Whether a dialog is showing.
    pub fn is_open(&self) -> bool {
        self.waiting.is_some() || self.typed.is_some()
    }

    /// Shows a dialog for `purpose` that starts in `folder` (with `suggested_name` when
    /// saving), unless one is already showing, its file kinds named in `words`. Fails when the
    /// system would not start the dialog's thread.
    pub fn ask(
        &mut self,
        purpose: Purpose,
        ctx: &egui::Context,
        folder: &Path,
        suggested_name: &str,
        words: &Words,
    ) -> std::io::Result<()> {
        if self.is_open() {
            return Ok(());
        }
        if self.chooser == Chooser::Missing {
            self.typed = Some(PathPrompt::new(
                purpose,
                TypedBecause::NoChooser,
                folder,
                suggested_name,
            ));
            return Ok(());
        }
        let (answer, waiting) = mpsc::channel();
        let ctx = ctx.clone();
        let name = suggested_name.to_owned();
        let start = folder.to_owned();
        let [session_kind, html, markdown, csv, json] = [
            tr!(words, "app-filter-session"),
            tr!(words, "app-filter-html"),
            tr!(words, "app-filter-markdown"),
            tr!(words, "app-filter-csv"),
            tr!(words, "app-filter-json"),
        ];
        let spawned = std::thread::Builder::new()
            .name("plaza-file-dialog".into())
            .spawn(move || {
                let session = rfd::FileDialog::new()
                    .set_directory(&start)
                    .add_filter(session_kind, &["ron"]);
                let chosen = match purpose {
                    Purpose::Open | Purpose::Compare | Purpose::MergeIn => session.pick_file(),
                    Purpose::SaveAs => session.set_file_name(name).save_file(),
                    Purpose::Export(_) => rfd::FileDialog::new()
                        .set_directory(&start)
                        .add_filter(html, &["html"])
                        .add_filter(markdown, &["md"])
                        .add_filter(csv, &["csv"])
                        .add_filter(json, &["json"])
                        .set_file_name(name)
                        .save_file(),
                };
                // Nobody waits for the answer once the console has closed.
                #[expect(clippy::let_underscore_must_use, reason = "the console has closed")]
                let _ = answer.send(chosen);
                ctx.request_repaint();
            });
        spawned?;
        self.waiting = Some(Waiting {
            purpose,
            answer: waiting,
            since: Instant::now(),
            folder: folder.to_owned(),
            name: suggested_name.to_owned(),
        });
        Ok(())
    }

    /// The system dialog's answer, once the person has chosen (a path) or cancelled
    /// (nothing). A dialog that came back at once never showed: the typed prompt takes its
    /// place, now and for the rest of the run.
    pub fn answer(&mut self) -> Option<(Purpose, PathBuf)> {
        let waiting = self.waiting.as_ref()?;
        let chosen = match waiting.answer.try_recv() {
            Ok(chosen) => chosen,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => None,
        };
        let waiting = self.waiting.take()?;
        if chosen.is_none() && waiting.since.elapsed() < TOO_QUICK_TO_BE_A_PERSON {
            self.chooser = Chooser::Missing;
            self.typed = Some(PathPrompt::new(
                waiting.purpose,
                TypedBecause::ChooserFailed,
                &waiting.folder,
                &waiting.name,
            ));
        }
        chosen.map(|path| (waiting.purpose, path))
    }

    /// Shows the typed prompt, if it is open, and returns the path it was given.
    pub fn prompt_ui(&mut self, ui: &mut egui::Ui) -> Option<(Purpose, PathBuf)> {
        let prompt = self.typed.as_mut()?;
        match path_prompt_ui(ui, prompt) {
            PromptOutcome::Open => None,
            PromptOutcome::Closed => {
                self.typed = None;
                None
            }
            PromptOutcome::Chosen(purpose, path) => {
                self.typed = None;
                Some((purpose, path))
            }
        }
    }
}
