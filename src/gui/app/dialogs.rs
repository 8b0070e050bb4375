//! Open and save dialogs run on their own thread, so the console keeps drawing (and the
//! projector keeps showing) while the facilitator looks for a file.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};

/// What a dialog was opened for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Open a session file.
    Open,
    /// Save the session under a new name.
    SaveAs,
    /// Write a report (HTML, Markdown, CSV or JSON, by the name's extension).
    Export,
    /// Choose a session to compare the open one with.
    Compare,
    /// Choose a session file (a breakout laptop's) to merge into the open one.
    MergeIn,
}

/// A dialog that may be open, with its answer to come.
#[derive(Default)]
pub struct FileDialogs {
    waiting: Option<(Purpose, Receiver<Option<PathBuf>>)>,
}

impl FileDialogs {
    /// Whether a dialog is showing.
    pub fn is_open(&self) -> bool {
        self.waiting.is_some()
    }

    /// Shows a dialog for `purpose`, unless one is already showing. Fails when the system would
    /// not start the dialog's thread.
    pub fn ask(
        &mut self,
        purpose: Purpose,
        ctx: &egui::Context,
        suggested_name: &str,
    ) -> std::io::Result<()> {
        if self.waiting.is_some() {
            return Ok(());
        }
        let (answer, waiting) = mpsc::channel();
        let ctx = ctx.clone();
        let name = suggested_name.to_owned();
        let spawned = std::thread::Builder::new()
            .name("plaza-file-dialog".into())
            .spawn(move || {
                let session = rfd::FileDialog::new().add_filter("Plaza session", &["ron"]);
                let chosen = match purpose {
                    Purpose::Open | Purpose::Compare | Purpose::MergeIn => session.pick_file(),
                    Purpose::SaveAs => session.set_file_name(name).save_file(),
                    Purpose::Export => rfd::FileDialog::new()
                        .add_filter("Web page (HTML)", &["html"])
                        .add_filter("Markdown", &["md"])
                        .add_filter("Spreadsheet (CSV, the notes)", &["csv"])
                        .add_filter("JSON", &["json"])
                        .set_file_name(name)
                        .save_file(),
                };
                // Nobody waits for the answer once the console has closed.
                #[expect(clippy::let_underscore_must_use, reason = "the console has closed")]
                let _ = answer.send(chosen);
                ctx.request_repaint();
            });
        spawned?;
        self.waiting = Some((purpose, waiting));
        Ok(())
    }

    /// The dialog's answer, once the person has chosen (a path) or cancelled (nothing).
    pub fn answer(&mut self) -> Option<(Purpose, PathBuf)> {
        let (purpose, waiting) = self.waiting.as_ref()?;
        match waiting.try_recv() {
            Ok(chosen) => {
                let purpose = *purpose;
                self.waiting = None;
                chosen.map(|path| (purpose, path))
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.waiting = None;
                None
            }
        }
    }
}
