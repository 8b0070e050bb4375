//! The one update: every message is acted on here, and only here is the session changed, a
//! notice set, a confirmation asked or a file touched.

use std::path::{Path, PathBuf};

use egui::ViewportCommand;

use super::dialogs::Purpose;
use super::message::{Msg, Question, TimerMsg};
use super::phones::Phones;
use super::{PlazaApp, State};
use crate::gui::room::booth::BoothAction;
use crate::gui::room::deck::{Slide, deck};
use crate::gui::room::hands::hands_pages;
use crate::gui::room::notes_wall::wall_pages;
use crate::gui::room::results::results_pages;
use crate::gui::room::slides::slide_pages;
use crate::gui::room::window::projector_id;
use crate::model::{About, Applied, Edit, EditError, Poll, PollMethod, PollStatus, new_id};
use crate::tr;

impl PlazaApp {
    /// Acts on one message.
    pub fn update(&mut self, msg: Msg) {
        match msg {
            Msg::Apply(edit) => {
                // The person has moved on from any question asked.
                self.state.question = None;
                self.apply(edit, None);
            }
            Msg::Undo => self.undo(),
            Msg::Redo => self.redo(),
            Msg::Question(question) => self.state.question = question,
            Msg::Rename(title) => self.rename(&title),
            Msg::RetrySave => {
                if let Some(document) = &self.state.document {
                    document.save_now();
                }
            }
            Msg::Next | Msg::Previous | Msg::First | Msg::Last => self.step(&msg),
            Msg::Show(slide) => self.go_to(slide, false),
            Msg::ToggleBlank => self.state.room.blanked = !self.state.room.blanked,
            Msg::OpenProjector => self.state.room.projector_open = true,
            Msg::CloseProjector => self.close_projector(),
            Msg::ToggleFullscreen => {
                let room = &mut self.state.room;
                room.fullscreen = !room.fullscreen;
                if let Some(ctx) = &self.ctx {
                    ctx.send_viewport_cmd_to(
                        projector_id(),
                        ViewportCommand::Fullscreen(room.fullscreen),
                    );
                }
            }
            Msg::Spotlight(note) => self.state.room.spotlight = note,
            Msg::SpotlightNamesGroup(name) => self.state.room.spotlight_names_group = name,
            Msg::Wall(about) => self.show_wall(about),
            Msg::WallPage(page) => self.state.room.wall.page = page,
            Msg::SlidePage(page) => self.state.room.slide_page = page,
            Msg::BoothHere(here) => {
                if let Some(document) = &self.state.document {
                    self.state.room.place_booth(here, document.session());
                }
            }
            Msg::Vote { poll, action } => self.vote(&poll, action),
            Msg::Phones(poll) => self.phones(poll),
            Msg::PhonesAddress(address) => {
                self.state.phones_address = address;
                // A server running moves to the address chosen.
                if let Some(poll) = self.state.phones.as_ref().map(|phones| phones.poll.clone()) {
                    self.state.phones = None;
                    self.phones(Some(poll));
                }
            }
            Msg::Timer(change) => self.time(change),
            Msg::Theme(theme) => self.state.room.theme = theme,
            Msg::Language(lang) => {
                self.state.language_chosen = true;
                self.speak(crate::words::Words::of(lang), self.state.room.words.choice);
            }
            Msg::ProjectorLanguage(choice) => self.speak(self.state.words, choice),
            Msg::Screen(screen) => self.state.room.screen = screen,
            Msg::VoteOn(choices) => self.vote_on(choices),
            Msg::ActOn { text, about } => self.views.console.act_on(&text, about),
            Msg::NewSession => self.new_session(),
            Msg::AskNewFrom => self.ask_new_from(),
            Msg::NewSessionFrom { title, framework } => self.new_session_from(&title, framework),
            Msg::Ask(purpose) => self.ask(purpose),
            Msg::Open(path) => self.open(&path),
            Msg::OpenBackup(path) => self.open_backup(&path),
            Msg::SaveCopyAs(path) => self.save_copy(&path),
            Msg::Export(path, lang) => self.export(&path, lang),
            Msg::CompareWith(path) => self.compare(&path),
            Msg::MergeIn(path) => self.preview_merge(&path),
            Msg::SaveTemplate => self.save_template(),
            Msg::Review(reviewing) => self.review(reviewing),
            Msg::CommitMerge(edit) => self.commit_merge(edit),
            Msg::CloseDeskScreen => self.close_desk_screen(),
            Msg::DismissNotice => {
                self.state.notice = None;
                if matches!(self.state.question, Some(Question::OpenBackup(_))) {
                    self.state.question = None;
                }
            }
        }
    }

    /// Applies an edit to the session: the one place in the app that changes it. A change
    /// made is no longer one undo could be asked about, nor one redo follows.
    fn edit(&mut self, edit: Edit) -> Result<Applied, EditError> {
        let document = self.state.document.as_mut().ok_or(EditError::ReadOnly)?;
        let applied = document.apply(edit)?;
        // The last change is another now: the question about undoing a ballot no longer holds.
        if self.state.question == Some(Question::UndoBallot) {
            self.state.question = None;
        }
        self.state.history = None;
        Ok(applied)
    }

    /// Applies an edit; what went wrong becomes the notice, worded once: `failed` says what
    /// was not done ("That change was not made"). Returns whether it was made.
    pub(super) fn apply(&mut self, edit: Edit, failed: Option<String>) -> bool {
        match self.edit(edit) {
            Ok(_) => true,
            Err(error) => {
                let what = failed.unwrap_or_else(|| tr!(self.state.words, "app-change-not-made"));
                let why = self.state.words.edit_error(&error);
                self.fail(&what, &why);
                false
            }
        }
    }

    /// Undoes the last change; a ballot cast in the booth is only taken back after the
    /// facilitator confirms, since the voter was told it is recorded.
    fn undo(&mut self) {
        let state = &mut self.state;
        let Some(document) = &mut state.document else {
            return;
        };
        let ballot = matches!(document.undo_edit(), Some(Edit::CastBallot { .. }));
        if ballot && state.question != Some(Question::UndoBallot) {
            state.question = Some(Question::UndoBallot);
            return;
        }
        state.question = None;
        match document.undo() {
            Ok(Some(applied)) => {
                // A message about what was just done (a merge, say) no longer holds.
                state.notice = None;
                state.history = Some(tr!(state.words, "app-undone", change = applied.label));
            }
            Ok(None) => {}
            Err(why) => {
                let why = state.words.edit_error(&why);
                state.notice = Some(tr!(state.words, "app-not-undone", why = why));
            }
        }
    }

    fn redo(&mut self) {
        let state = &mut self.state;
        let Some(document) = &mut state.document else {
            return;
        };
        state.question = None;
        if let Some(applied) = document.redo() {
            state.notice = None;
            state.history = Some(tr!(state.words, "app-redone", change = applied.label));
        }
    }

    /// A new session title typed in the console; a blank one is put back as it was.
    fn rename(&mut self, title: &str) {
        self.views.console.title_draft = None;
        let Some(document) = &self.state.document else {
            return;
        };
        let session = document.session();
        let title = title.trim();
        if title == session.title || title.is_empty() {
            return;
        }
        let edit = Edit::SetDetails {
            title: title.to_owned(),
            date: session.date,
            venue: session.venue.clone(),
            facilitators: session.facilitators.clone(),
        };
        let failed = tr!(self.state.words, "app-title-not-changed");
        self.apply(edit, Some(failed));
    }

    /// Next, previous, first, last: the clicker turns the pages of the wall, of a results
    /// chart and of the booth before it leaves them.
    fn step(&mut self, msg: &Msg) {
        let Some(document) = &self.state.document else {
            return;
        };
        if matches!(msg, Msg::Next | Msg::Previous)
            && self.state.room.turn_booth_page(matches!(msg, Msg::Next))
        {
            return;
        }
        let slides = deck(document.session());
        let room = &self.state.room;
        let at = slides
            .iter()
            .position(|slide| *slide == room.slide)
            .unwrap_or(0);
        let last = slides.len().saturating_sub(1);
        let pages = self.page_count(&room.slide);
        let room = &mut self.state.room;
        let page = match room.slide {
            Slide::NotesWall => &mut room.wall.page,
            _ => &mut room.slide_page,
        };
        if let Some(pages) = pages {
            // Fewer notes (a deletion, another choice) can mean fewer pages than before.
            *page = (*page).min(pages.saturating_sub(1));
        }
        let target = match msg {
            Msg::Next if pages.is_some_and(|pages| *page + 1 < pages) => {
                *page += 1;
                None
            }
            Msg::Previous if pages.is_some() && *page > 0 => {
                *page -= 1;
                None
            }
            Msg::Next => slides.get((at + 1).min(last)),
            Msg::Previous => slides.get(at.saturating_sub(1)),
            Msg::First => slides.first(),
            Msg::Last => slides.last(),
            _ => None,
        };
        if let Some(slide) = target.cloned() {
            self.go_to(slide, matches!(msg, Msg::Previous));
        }
    }

    /// Puts `slide` up; the console's work area follows it.
    fn go_to(&mut self, slide: Slide, backwards: bool) {
        let pages = if backwards {
            self.page_count(&slide).unwrap_or(1)
        } else {
            1
        };
        if self.state.room.go_to(slide, backwards, || pages) {
            self.views.console.follow_slide(&self.state.room.slide);
        }
    }

    /// How many pages `slide` has at the projector's shape, if it is one that turns pages (the
    /// notes wall, a revealed poll's results, a hand count with hands up, a slide too tall for
    /// the screen).
    fn page_count(&self, slide: &Slide) -> Option<usize> {
        match slide {
            Slide::NotesWall => Some(self.wall_page_count()),
            Slide::PollResults(id) => Some(self.results_page_count(id)),
            _ => {
                let (ctx, document) = (self.ctx.as_ref()?, self.state.document.as_ref()?);
                let (session, shape) = (document.session(), self.state.projector_shape());
                hands_pages(ctx, session, slide, shape)
                    .or_else(|| Some(slide_pages(ctx, session, slide, shape)))
            }
        }
    }

    fn show_wall(&mut self, about: Option<About>) {
        self.state.room.wall.about = about;
        self.state.room.wall.page = 0;
        self.go_to(Slide::NotesWall, false);
    }

    /// How many pages the notes wall has at the projector's shape; one without a screen.
    fn wall_page_count(&self) -> usize {
        let (Some(ctx), Some(document)) = (&self.ctx, &self.state.document) else {
            return 1;
        };
        wall_pages(
            ctx,
            document.session(),
            document.revision(),
            self.state.room.wall.about.as_ref(),
            self.state.projector_shape(),
        )
        .count()
    }

    /// How many pages the results of poll `id` take at the projector's shape; one without a
    /// screen, or while they are not revealed.
    fn results_page_count(&self, id: &str) -> usize {
        let (Some(ctx), Some(document)) = (&self.ctx, &self.state.document) else {
            return 1;
        };
        let session = document.session();
        session
            .poll(id)
            .filter(|poll| poll.status == PollStatus::Revealed)
            .map_or(1, |poll| {
                results_pages(ctx, session, poll, self.state.projector_shape())
            })
    }

    /// Starts letting phones vote on `poll` (stopping any server first), or stops (`None`).
    fn phones(&mut self, poll: Option<String>) {
        // One server at a time: the old one lets go of its port before a new one takes it.
        self.state.phones = None;
        let (Some(poll), Some(document)) = (poll, &self.state.document) else {
            return;
        };
        let words = self.state.words;
        match Phones::start(document, &poll, self.state.phones_address, words) {
            Ok(phones) => {
                if !phones.reachable() {
                    self.state.notice = Some(tr!(words, "app-phones-unreachable"));
                }
                self.state.phones = Some(phones);
            }
            Err(why) => self.state.notice = Some(tr!(words, "app-phones-cannot-vote", why = why)),
        }
    }

    /// Esc: first the spotlight ends; a second Esc closes the projector.
    fn close_projector(&mut self) {
        let room = &mut self.state.room;
        if room.spotlight.is_some() {
            room.spotlight = None;
        } else {
            room.projector_open = false;
            room.fullscreen = false;
        }
    }

    /// A voter's action in the booth of poll `poll`: marks change in the booth; a cast goes
    /// through the session's edits and autosave like any other change. An action meant for
    /// another poll's booth (a tap that arrived after the slide changed) is dropped.
    fn vote(&mut self, poll: &str, action: BoothAction) {
        let now = self.now();
        let state = &mut self.state;
        let (Some(document), Some(booth)) = (&state.document, &mut state.room.booth) else {
            return;
        };
        if booth.poll() != poll {
            return;
        }
        if action == BoothAction::NextVoter && !booth.ready_for_next(now) {
            return;
        }
        let Some(poll) = document.session().poll(booth.poll()).cloned() else {
            return;
        };
        if !booth.act(&poll, action) {
            return;
        }
        // Out of the room while the session changes, so the cast goes through `edit` like
        // every other change; a refusal is said to the voter, who may try again.
        let Some(mut booth) = self.state.room.booth.take() else {
            return;
        };
        booth.cast(|edit| self.edit(edit));
        self.state.room.booth = Some(booth);
    }

    fn time(&mut self, change: TimerMsg) {
        let now = self.now();
        let timer = &mut self.state.room.timer;
        match change {
            TimerMsg::Set(minutes) => timer.set_minutes(minutes),
            TimerMsg::Start => timer.start(now),
            TimerMsg::Pause => timer.pause(now),
            TimerMsg::AddMinute => timer.add_minute(),
            TimerMsg::Reset => timer.reset(),
            TimerMsg::Hide => timer.clear(),
        }
    }

    /// A draft dot poll on these notes or themes, prepared on the console's Polls tab; the room sees it
    /// when the facilitator shows it.
    fn vote_on(&mut self, choices: Vec<String>) {
        let poll = Poll::draft(
            new_id(),
            tr!(self.state.words, "app-poll-default-question"),
            choices,
            PollMethod::default_dots(),
        );
        let id = poll.id.clone();
        let failed = tr!(self.state.words, "app-poll-not-made");
        if self.apply(Edit::AddPoll(poll), Some(failed)) {
            self.views.console.show_poll(&id);
        }
    }

    /// Opens a file dialog for `purpose`, with a name to start from when saving.
    fn ask(&mut self, purpose: Purpose) {
        let Some(ctx) = self.ctx.clone() else {
            return;
        };
        let open = self.state.document.as_ref();
        let writable = open.is_some_and(|d| d.read_only().is_none());
        let can = match purpose {
            Purpose::Open => true,
            Purpose::SaveAs | Purpose::Export(_) | Purpose::Compare => open.is_some(),
            Purpose::MergeIn => writable,
        };
        if !can {
            // A shortcut pressed where its menu item is greyed out.
            return;
        }
        let name = match purpose {
            // A copy's name, not the open file's own: a copy never replaces a file.
            Purpose::SaveAs => self
                .state
                .document
                .as_ref()
                .and_then(|d| d.path().file_stem())
                .map_or_else(
                    || tr!(self.state.words, "app-new-file-name"),
                    |stem| {
                        let stem = stem.to_string_lossy().into_owned();
                        tr!(self.state.words, "app-copy-file-name", stem = stem)
                    },
                ),
            Purpose::Export(_) => self.report_name(),
            Purpose::Open | Purpose::Compare | Purpose::MergeIn => String::new(),
        };
        let folder = self.start_folder();
        let words = self.state.words;
        if let Err(error) = self.dialogs.ask(purpose, &ctx, &folder, &name, words) {
            self.fail(&tr!(words, "app-no-file-dialog"), &error.to_string());
        }
    }

    /// Where a file dialog starts: the open session's folder, else the latest recent
    /// session's, else the home folder.
    fn start_folder(&self) -> PathBuf {
        let open = self.state.document.as_ref().map(|d| d.path().to_owned());
        let recent = self.state.recent.first().map(|r| r.path.clone());
        open.or(recent)
            .and_then(|path| path.parent().map(Path::to_owned))
            .filter(|folder| folder.is_dir())
            .or_else(|| directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_owned()))
            .unwrap_or_else(|| PathBuf::from("."))
    }

    /// Says in the message line what was not done and why, one way for every failure:
    /// "Could not open the session: … ." The reason says what to do, where it knows.
    pub(super) fn fail(&mut self, what: &str, why: &str) {
        let end = if why.ends_with('.') { "" } else { "." };
        let said = tr!(self.state.words, "app-failed", what = what, why = why);
        self.state.notice = Some(format!("{said}{end}"));
    }

    /// The screen's clock, in seconds.
    pub(super) fn now(&self) -> f64 {
        self.ctx
            .as_ref()
            .map_or(0.0, |ctx| ctx.input(|input| input.time))
    }
}

impl State {
    /// The projector's shape (width ÷ height): the window's own while it is open.
    pub fn projector_shape(&self) -> f32 {
        if self.room.projector_open {
            self.last_projector_shape
        } else {
            16.0 / 9.0
        }
    }
}
