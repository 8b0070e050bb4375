//! Update's dealings with files: opening and creating sessions, saving a copy, exporting a
//! report, reading another session to compare with or merge in, and committing a merge.

use std::path::{Path, PathBuf};

use super::landing::{Landing, OpenFailure, RecentSession};
use super::message::Question;
use super::startup::open_or_create;
use super::{PlazaApp, summary_of};
use crate::gui::desk::Screen;
use crate::gui::desk::compare::CompareView;
use crate::gui::desk::is_finished;
use crate::gui::desk::merge::MergePlan;
use crate::gui::landing::new_from::{NewFromDraft, Origin, recent_origin, template_origin};
use crate::gui::room::Room;
use crate::model::Framework;
use crate::model::{Edit, Session};
use crate::report::{Table, export_error, format_for, merge_error, render_in};
use crate::store::{
    Document, RECENT_COUNT, StoreError, default_framework, list_templates, load, new_session_on,
    new_sessions_folder, recover_backup, save_new, save_template, write_recent, write_report,
};
use crate::tr;
use crate::words::{Lang, Words};

impl PlazaApp {
    /// Puts `document` in front of the facilitator: the title slide, nothing half done from the
    /// session before, and the review desk for a session that is over.
    pub(super) fn switch_to(&mut self, document: Document) {
        if let Some(leaving) = &self.state.document {
            // Its title may have changed since it was opened: the list shows it as it is.
            let entry = RecentSession {
                path: canonical(leaving.path()),
                summary: Some(summary_of(leaving.session())),
                found: true,
            };
            if let Some(known) = self.state.recent.iter_mut().find(|s| s.path == entry.path) {
                *known = entry;
            }
        }
        let opened = RecentSession {
            path: canonical(document.path()),
            summary: Some(summary_of(document.session())),
            found: true,
        };
        let finished = is_finished(document.session());
        let state = &mut self.state;
        state.notice = document
            .warning()
            .map(|warning| state.words.open_warning(warning));
        state.document = Some(document);
        self.describe_edits();
        let state = &mut self.state;
        state.landing = Landing::Start;
        state.history = None;
        state.question = None;
        // What the room saw of the other session goes; how the projector is set up stays.
        state.room = Room {
            blanked: state.room.blanked,
            timer: state.room.timer.clone(),
            projector_open: state.room.projector_open,
            fullscreen: state.room.fullscreen,
            theme: state.room.theme,
            screen: state.room.screen,
            ..Room::default()
        };
        state.reviewing = finished;
        state.back_to_console = false;
        self.views.console.forget_session();
        self.views.desk = Default::default();
        self.remember(opened);
    }

    /// Puts `session` at the front of the recent sessions, and keeps the list for the next
    /// run at once: a Plaza that is closed by a power cut still knows where it was.
    pub(super) fn remember(&mut self, session: RecentSession) {
        let recent = &mut self.state.recent;
        recent.retain(|known| known.path != session.path);
        recent.insert(0, session);
        recent.truncate(RECENT_COUNT);
        let Some(file) = &self.recent_file else {
            return;
        };
        let paths: Vec<PathBuf> = recent.iter().map(|known| known.path.clone()).collect();
        if let Err(error) = write_recent(file, &paths)
            && self.state.notice.is_none()
        {
            let what = tr!(self.state.words, "app-recent-not-kept");
            let why = self.state.words.store_error(&error);
            self.fail(&what, &why);
        }
    }

    /// A function the saver calls when a save lands, so the console shows it.
    fn repaint(&self) -> impl Fn() + Send + Sync + 'static {
        let ctx = self.ctx.clone();
        move || {
            if let Some(ctx) = &ctx {
                ctx.request_repaint();
            }
        }
    }

    /// Switches to the session at `path`; the one open stays if that one cannot be read.
    pub(super) fn open(&mut self, path: &Path) {
        if self
            .state
            .document
            .as_ref()
            .is_some_and(|document| document.path() == path)
        {
            return;
        }
        match Document::open(path, self.repaint()) {
            Ok(document) => self.switch_to(document),
            Err(error) => self.refuse_opening(&error),
        }
    }

    /// Says why a session did not open: on the console's message line while a session stays
    /// open (offering the backup of a damaged one), else on the screen in its place.
    fn refuse_opening(&mut self, error: &StoreError) {
        let failure = OpenFailure::from_error(error);
        if self.state.document.is_none() {
            self.state.landing = Landing::NotOpened(failure);
            return;
        }
        self.state.notice = Some(failure.sentence(self.state.words));
        if let (Some(path), Some(_)) = (&failure.path, &failure.backup) {
            self.state.question = Some(Question::OpenBackup(path.clone()));
        }
    }

    /// Copies the backup of the damaged session at `path` to a new file beside it, and opens
    /// that; the damaged file stays as it is.
    pub(super) fn open_backup(&mut self, path: &Path) {
        self.state.question = None;
        match recover_backup(path) {
            Ok(copy) => {
                self.open(&copy);
                if self
                    .state
                    .document
                    .as_ref()
                    .is_some_and(|d| d.path() == copy)
                {
                    self.state.notice = Some(tr!(
                        self.state.words,
                        "app-backup-opened",
                        path = path.display().to_string(),
                        copy = copy.display().to_string()
                    ));
                }
            }
            Err(error) => {
                let why = self.state.words.store_error(&error);
                self.fail(&tr!(self.state.words, "app-backup-not-opened"), &why);
            }
        }
    }

    /// A new session on the built-in framework, in Plaza's sessions folder.
    pub(super) fn new_session(&mut self) {
        match open_or_create(None, self.repaint()) {
            Ok(document) => self.switch_to(document),
            Err(error) => self.refuse_opening(&error),
        }
    }

    /// The window of the frameworks a new session may start from: the built-in one, the
    /// templates, the frameworks of recent sessions (each once).
    pub(super) fn ask_new_from(&mut self) {
        let words = self.state.words;
        let mut origins = vec![Origin {
            name: tr!(words, "app-builtin-framework"),
            from: default_framework().title,
            framework: default_framework(),
        }];
        let mut unreadable = Vec::new();
        let templates = self
            .templates
            .as_deref()
            .map(list_templates)
            .unwrap_or_default();
        for template in templates {
            match template {
                Ok(template) => {
                    origins.push(template_origin(&template.path, template.framework, words))
                }
                Err(error) => unreadable.push(words.store_error(&error)),
            }
        }
        for recent in &self.state.recent {
            if let Ok(loaded) = load(&recent.path) {
                let session = loaded.session;
                origins.push(recent_origin(&session.title, session.framework, words));
            }
        }
        let mut seen: Vec<Framework> = Vec::new();
        origins.retain(|origin| {
            let new = !seen.contains(&origin.framework);
            seen.push(origin.framework.clone());
            new
        });
        self.views.new_from = Some(NewFromDraft::new(origins, unreadable));
    }

    /// A new session on `framework` in Plaza's sessions folder, then opened.
    pub(super) fn new_session_from(&mut self, title: &str, framework: Framework) {
        self.views.new_from = None;
        let session = new_session_on(title, framework);
        let folder = match &self.sessions {
            Some(dir) => Ok(dir.clone()),
            None => new_sessions_folder(),
        };
        let created = folder.and_then(|dir| Document::create_in(&dir, session, self.repaint()));
        match created {
            Ok(document) => self.switch_to(document),
            Err(error) => {
                let why = self.state.words.store_error(&error);
                self.fail(&tr!(self.state.words, "app-session-not-created"), &why);
            }
        }
    }

    /// A copy of the session as a new file at `path`, then opened; never over a file.
    pub(super) fn save_copy(&mut self, path: &Path) {
        let Some(document) = &self.state.document else {
            return;
        };
        if let Err(error) = save_new(path, document.session()) {
            let why = self.state.words.store_error(&error);
            self.fail(&tr!(self.state.words, "app-copy-not-saved"), &why);
            return;
        }
        self.open(path);
    }

    /// A report of the session at `path` in `lang`, in the format its extension names.
    pub(super) fn export(&mut self, path: &Path, lang: Lang) {
        let Some(document) = &self.state.document else {
            return;
        };
        // The extension picks the format; CSV is the notes, the table most asked for. What
        // went wrong is said in the console's language, whatever the report's.
        let said = self.state.words;
        let written = format_for(path, None)
            .and_then(|format| {
                Ok((
                    format,
                    render_in(document.session(), format, Table::Notes, Words::of(lang))?,
                ))
            })
            .map_err(|error| export_error(&error, said))
            .and_then(|(format, text)| {
                write_report(path, &text)
                    .map(|()| format)
                    .map_err(|error| said.store_error(&error))
            });
        match written {
            Ok(format) => {
                let saved = tr!(
                    self.state.words,
                    "app-report-saved",
                    format = format.name(),
                    path = path.display().to_string()
                );
                self.state.notice = Some(saved);
            }
            Err(error) => self.fail(&tr!(self.state.words, "app-report-not-saved"), &error),
        }
    }

    /// Keeps the session's framework in the templates folder, for "New session from…".
    pub(super) fn save_template(&mut self) {
        let Some(document) = &self.state.document else {
            return;
        };
        let framework = &document.session().framework;
        let words = self.state.words;
        let not_saved = tr!(words, "app-template-not-saved");
        let Some(dir) = &self.templates else {
            self.fail(&not_saved, &tr!(words, "app-no-data-folder"));
            return;
        };
        match save_template(dir, framework) {
            Ok(path) => {
                let path = path.display().to_string();
                self.state.notice = Some(tr!(words, "app-template-saved", path = path));
            }
            Err(error) => self.fail(&not_saved, &words.store_error(&error)),
        }
    }

    /// "retreat-report.html": the report's suggested name, after the session's file.
    pub(super) fn report_name(&self) -> String {
        let stem = self
            .state
            .document
            .as_ref()
            .and_then(|d| d.path().file_stem())
            .map_or_else(
                || tr!(self.state.words, "app-report-file-stem"),
                |n| n.to_string_lossy().into_owned(),
            );
        tr!(self.state.words, "app-report-file-name", stem = stem)
    }

    /// Reads another session for a comparison or a merge; a file that cannot be read leaves a
    /// message and changes nothing. So does, for a merge (`strict`), one that breaks the
    /// format's rules: its flaws would come into the open session. A comparison only reads.
    fn read_other(&mut self, path: &Path, strict: bool) -> Option<Session> {
        let words = self.state.words;
        if let Some(document) = &self.state.document
            && canonical(document.path()) == canonical(path)
        {
            // Its file can be a moment behind what is on screen; and it has nothing new.
            let why = tr!(words, "app-already-open");
            self.fail(&tr!(words, "app-not-read"), &why);
            return None;
        }
        match load(path) {
            Ok(loaded) if loaded.problems.is_empty() || !strict => Some(loaded.session),
            Ok(loaded) => {
                let first = loaded
                    .problems
                    .first()
                    .map(|problem| words.problem(problem))
                    .unwrap_or_default();
                let why = tr!(
                    words,
                    "app-has-problems",
                    file = path.display().to_string(),
                    count = loaded.problems.len(),
                    first = first
                );
                self.fail(&tr!(words, "app-not-merged"), &why);
                None
            }
            Err(error) => {
                self.fail(
                    &tr!(words, "app-could-not-read-session"),
                    &words.store_error(&error),
                );
                None
            }
        }
    }

    /// The open session beside the one at `path`, on the review desk.
    pub(super) fn compare(&mut self, path: &Path) {
        let Some(other) = self.read_other(path, false) else {
            return;
        };
        let Some(document) = &self.state.document else {
            return;
        };
        let view = CompareView::new(
            path.to_owned(),
            other,
            document.session(),
            document.revision(),
        );
        self.show_on_desk(Screen::Compare(Box::new(view)));
    }

    /// What merging the session at `path` in would do, for the facilitator to confirm.
    pub(super) fn preview_merge(&mut self, path: &Path) {
        let Some(other) = self.read_other(path, true) else {
            return;
        };
        let Some(document) = &self.state.document else {
            return;
        };
        let plan = MergePlan::new(
            path.to_owned(),
            other,
            document.session(),
            document.revision(),
        );
        match plan {
            Ok(plan) => self.show_on_desk(Screen::Merge(Box::new(plan))),
            Err(error) => {
                let why = merge_error(&error, self.state.words);
                self.fail(&tr!(self.state.words, "app-not-merged"), &why);
            }
        }
    }

    /// Applies a merge the facilitator confirmed, and says what it did and how to take it back.
    pub(super) fn commit_merge(&mut self, edit: Edit) {
        let words = self.state.words;
        let added = self
            .views
            .desk
            .merge_plan()
            .map(|plan| plan.added_words(words))
            .unwrap_or_default();
        let name = match &edit {
            Edit::MergeIn { from, .. } => from.clone(),
            _ => String::new(),
        };
        if self.apply(edit, Some(tr!(words, "app-merge-not-made"))) {
            self.state.notice = Some(tr!(words, "app-merged", name = name, added = added));
            self.close_desk_screen();
        }
    }

    /// The review desk (`true`) or the console. Leaving the review for the console is how the
    /// facilitator chooses to change the session.
    pub(super) fn review(&mut self, reviewing: bool) {
        self.state.reviewing = reviewing;
        if !reviewing {
            self.views.desk.screen = Screen::Dashboard;
            self.state.back_to_console = false;
        }
    }

    fn show_on_desk(&mut self, screen: Screen) {
        if !self.state.reviewing {
            self.state.back_to_console = true;
            self.state.reviewing = true;
        }
        self.views.desk.screen = screen;
    }

    /// Leaves a comparison or merge preview: back to the dashboard, or the console it came from.
    pub(super) fn close_desk_screen(&mut self) {
        self.views.desk.screen = Screen::Dashboard;
        if std::mem::take(&mut self.state.back_to_console) {
            self.state.reviewing = false;
        }
    }
}

/// The path as the list of recent sessions keeps it: the same file by one name.
fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned())
}
