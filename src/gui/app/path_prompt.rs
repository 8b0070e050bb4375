//! Where no system file chooser can appear, the facilitator types the file's path in Plaza's own
//! small window, with the folder's matching files listed under it and Tab to complete a name.

use std::path::{MAIN_SEPARATOR, Path, PathBuf};

use egui::text::{CCursor, CCursorRange};
use egui::{Key, RichText, Ui};

use super::dialogs::Purpose;
use crate::gui::theme::okabe_ito;
use crate::tr;
use crate::words::Words;

/// How many of a folder's matches are listed under the path.
const SHOWN_MATCHES: usize = 8;
/// How many entries of a folder are looked at, so a huge folder cannot stall a frame.
const READ_AT_MOST: usize = 5_000;

/// Why Plaza asks for a typed path rather than showing the system's chooser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypedBecause {
    /// The computer has no chooser at all.
    NoChooser,
    /// A chooser was asked for and came straight back without showing.
    ChooserFailed,
}

/// One entry of the folder being typed in that fits what is asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// The entry's name in its folder.
    pub name: String,
    /// Whether it is a folder (the path goes on inside it).
    pub folder: bool,
}

/// The typed path, while the window is open.
#[derive(Debug, Clone)]
pub struct PathPrompt {
    purpose: Purpose,
    because: TypedBecause,
    text: String,
    /// Where a path that does not start at the root is read from.
    base: PathBuf,
    /// Why the last try was refused.
    error: Option<String>,
    /// The folder's matches, for the text they were found for.
    matches: Option<(String, Vec<Match>, usize)>,
    /// The text was set by Plaza (opened, completed): the cursor goes to its end.
    place_cursor: bool,
}

impl PathPrompt {
    /// A prompt for `purpose` that starts in `folder`, with `name` filled in when saving.
    pub fn new(purpose: Purpose, because: TypedBecause, folder: &Path, name: &str) -> PathPrompt {
        let mut text = with_separator(&folder.display().to_string());
        text.push_str(name);
        PathPrompt {
            purpose,
            because,
            text,
            base: folder.to_owned(),
            error: None,
            matches: None,
            place_cursor: true,
        }
    }

    /// What the prompt was opened for.
    pub fn purpose(&self) -> Purpose {
        self.purpose
    }

    /// Replaces the typed text, as if the person had typed it.
    pub fn set_text(&mut self, text: &str) {
        text.clone_into(&mut self.text);
        self.error = None;
    }

    /// The file the typed text names, checked for what it is asked for, or why it cannot be
    /// used, in `words`.
    pub fn chosen(&self, words: &Words) -> Result<PathBuf, String> {
        let typed = self.text.trim();
        if typed.is_empty() {
            return Err(self.purpose.empty(words));
        }
        let mut path = self.resolve(typed);
        let shown = path.display().to_string();
        if self.purpose.reads() {
            return if path.is_file() {
                Ok(path)
            } else if path.is_dir() {
                Err(tr!(words, "app-path-folder-to-read", path = shown))
            } else {
                Err(tr!(words, "app-path-no-file", path = shown))
            };
        }
        if path.is_dir() || typed.ends_with(['/', MAIN_SEPARATOR]) {
            return Err(tr!(words, "app-path-folder-to-write", path = shown));
        }
        match self.purpose {
            Purpose::SaveAs if path.extension().is_none() => {
                path.set_extension("ron");
            }
            // A report's format follows its ending; with none, the web page most read.
            Purpose::Export(_) if path.extension().is_none() => {
                path.set_extension("html");
            }
            _ => {}
        }
        if self.purpose == Purpose::SaveAs && path.exists() {
            let path = path.display().to_string();
            return Err(tr!(words, "app-path-exists", path = path));
        }
        match path.parent() {
            Some(parent) if parent.is_dir() => Ok(path),
            Some(parent) => {
                let folder = parent.display().to_string();
                Err(tr!(words, "app-path-no-folder", path = folder))
            }
            None => Err(tr!(words, "app-path-not-a-file", path = shown)),
        }
    }

    /// The entries of the typed folder whose names start as the typed name does, and how many
    /// matched in all.
    pub fn matches(&mut self) -> (&[Match], usize) {
        let stale = self
            .matches
            .as_ref()
            .is_none_or(|(text, _, _)| *text != self.text);
        if stale {
            let (found, total) = self.find_matches();
            self.matches = Some((self.text.clone(), found, total));
        }
        match &self.matches {
            Some((_, found, total)) => (found, *total),
            None => (&[], 0),
        }
    }

    /// Completes the typed name as far as every match agrees; a single folder gets its
    /// separator, so the next Tab looks inside it.
    pub fn complete(&mut self) {
        let (folder, prefix) = split_typed(&self.text);
        let (found, _) = self.matches();
        let Some(first) = found.first() else {
            return;
        };
        let mut common = first.name.clone();
        for other in &found[1..] {
            let shared = common
                .chars()
                .zip(other.name.chars())
                .take_while(|(a, b)| a == b)
                .count();
            common = common.chars().take(shared).collect();
        }
        let single_folder = found.len() == 1 && first.folder;
        if common.chars().count() < prefix.chars().count() {
            return;
        }
        let mut text = format!("{folder}{common}");
        if single_folder {
            text.push(MAIN_SEPARATOR);
        }
        self.text = text;
        self.place_cursor = true;
    }

    /// Takes a listed match: a folder is entered, a file's path is filled in.
    fn take(&mut self, chosen: &Match) {
        let (folder, _) = split_typed(&self.text);
        self.text = format!("{folder}{}", chosen.name);
        if chosen.folder {
            self.text.push(MAIN_SEPARATOR);
        }
        self.error = None;
        self.place_cursor = true;
    }

    fn find_matches(&self) -> (Vec<Match>, usize) {
        let (folder, prefix) = split_typed(&self.text);
        let dir = if folder.is_empty() {
            self.base.clone()
        } else {
            self.resolve(&folder)
        };
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return (Vec::new(), 0);
        };
        let prefix = prefix.to_lowercase();
        let mut found: Vec<Match> = entries
            .take(READ_AT_MOST)
            .flatten()
            .filter_map(|entry| {
                let name = entry.file_name().to_string_lossy().into_owned();
                // Hidden entries only when asked for by name.
                if name.starts_with('.') && !prefix.starts_with('.') {
                    return None;
                }
                if !name.to_lowercase().starts_with(&prefix) {
                    return None;
                }
                let folder = entry.path().is_dir();
                let fits = folder
                    || Path::new(&name)
                        .extension()
                        .and_then(|ext| ext.to_str())
                        .is_some_and(|ext| self.purpose.extensions().contains(&ext));
                fits.then_some(Match { name, folder })
            })
            .collect();
        found.sort_by(|a, b| {
            b.folder
                .cmp(&a.folder)
                .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        });
        let total = found.len();
        found.truncate(SHOWN_MATCHES);
        (found, total)
    }

    /// The typed path made whole: `~` is the home folder, and a path that does not start at
    /// the root starts in the prompt's folder.
    fn resolve(&self, typed: &str) -> PathBuf {
        let home = directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_owned());
        let path = match (typed.strip_prefix('~'), home) {
            (Some(rest), Some(home))
                if rest.is_empty() || rest.starts_with(['/', MAIN_SEPARATOR]) =>
            {
                home.join(rest.trim_start_matches(['/', MAIN_SEPARATOR]))
            }
            _ => PathBuf::from(typed),
        };
        if path.is_absolute() {
            path
        } else {
            self.base.join(path)
        }
    }
}

impl Purpose {
    /// Whether the file must exist already (it is read), rather than be written.
    pub fn reads(self) -> bool {
        matches!(self, Purpose::Open | Purpose::Compare | Purpose::MergeIn)
    }

    /// The endings of the files that fit.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Purpose::Export(_) => &["html", "md", "csv", "json"],
            Purpose::Open | Purpose::SaveAs | Purpose::Compare | Purpose::MergeIn => &["ron"],
        }
    }

    /// The window's title and its button.
    fn words(self, words: &Words) -> (String, String) {
        match self {
            Purpose::Open => (
                tr!(words, "app-path-title-open"),
                tr!(words, "app-path-button-open"),
            ),
            Purpose::SaveAs => (
                tr!(words, "app-path-title-save-as"),
                tr!(words, "app-path-button-save-as"),
            ),
            Purpose::Export(_) => (
                tr!(words, "app-path-title-export"),
                tr!(words, "app-path-button-export"),
            ),
            Purpose::Compare => (
                tr!(words, "app-path-title-compare"),
                tr!(words, "app-path-button-compare"),
            ),
            Purpose::MergeIn => (
                tr!(words, "app-path-title-merge"),
                tr!(words, "app-path-button-merge"),
            ),
        }
    }

    /// What to type when nothing is typed: "Type the path of the session to open."
    fn empty(self, words: &Words) -> String {
        match self {
            Purpose::Open => tr!(words, "app-path-empty-open"),
            Purpose::SaveAs => tr!(words, "app-path-empty-save-as"),
            Purpose::Export(_) => tr!(words, "app-path-empty-export"),
            Purpose::Compare => tr!(words, "app-path-empty-compare"),
            Purpose::MergeIn => tr!(words, "app-path-empty-merge"),
        }
    }
}

/// What the person decided in the window this frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptOutcome {
    /// Still typing.
    Open,
    /// A path that fits.
    Chosen(Purpose, PathBuf),
    /// Cancelled.
    Closed,
}

/// The id of the path's text field, so a test (or the window) can find it.
pub fn path_field_id() -> egui::Id {
    egui::Id::unique("typed-path")
}

/// Shows the window for `prompt`. Enter or the button takes a path that fits; Esc or Cancel
/// closes it.
pub fn path_prompt_ui(ui: &mut Ui, prompt: &mut PathPrompt) -> PromptOutcome {
    let mut outcome = PromptOutcome::Open;
    let words = crate::gui::words(ui.ctx());
    let (title, button) = prompt.purpose.words(words);
    let modal = egui::Modal::new(egui::Id::unique("typed-path-window")).show(ui.ctx(), |ui| {
        ui.set_width(560.0);
        ui.heading(title);
        ui.add_space(4.0);
        let because = match prompt.because {
            TypedBecause::NoChooser => tr!(words, "app-path-no-chooser"),
            TypedBecause::ChooserFailed => tr!(words, "app-path-chooser-failed"),
        };
        ui.add(egui::Label::new(because).wrap());
        ui.add_space(8.0);
        let field = egui::TextEdit::singleline(&mut prompt.text)
            .id(path_field_id())
            .lock_focus(true)
            .desired_width(f32::INFINITY)
            .hint_text(tr!(words, "app-path-example"));
        let caption = ui.label(tr!(words, "app-path-label"));
        let response = ui.add(field).labelled_by(caption.id);
        if prompt.place_cursor {
            prompt.place_cursor = false;
            response.request_focus();
            cursor_to_end(ui, &prompt.text);
        }
        if response.changed() {
            prompt.error = None;
        }
        if response.has_focus()
            && ui.input_mut(|input| input.consume_key(egui::Modifiers::NONE, Key::Tab))
        {
            prompt.complete();
        }
        let enter = response.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter));
        matches_ui(ui, prompt);
        // The line is always there, so the buttons do not move when it speaks.
        let (said, colour) = match &prompt.error {
            Some(error) => (error.clone(), okabe_ito::ORANGE),
            None => (hint(prompt.purpose, words), ui.visuals().weak_text_color()),
        };
        ui.add(egui::Label::new(RichText::new(said).color(colour)).wrap());
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(button).clicked() || enter {
                match prompt.chosen(words) {
                    Ok(path) => outcome = PromptOutcome::Chosen(prompt.purpose, path),
                    Err(why) => {
                        prompt.error = Some(why);
                        prompt.place_cursor = true;
                    }
                }
            }
            if ui.button(tr!(words, "app-cancel")).clicked() {
                outcome = PromptOutcome::Closed;
            }
        });
    });
    if outcome == PromptOutcome::Open && modal.should_close() {
        outcome = PromptOutcome::Closed;
    }
    outcome
}

/// The folder's matching entries, each a button that takes it.
fn matches_ui(ui: &mut Ui, prompt: &mut PathPrompt) {
    let words = crate::gui::words(ui.ctx());
    let (found, total) = prompt.matches();
    let found = found.to_vec();
    ui.add_space(4.0);
    // The list keeps the height of its longest, so the window does not jump as it is typed in.
    let top = ui.cursor().top();
    let row = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
    let tallest = row * (SHOWN_MATCHES + 1) as f32;
    // Saving under a new name, no match is what is expected: say nothing.
    if found.is_empty() && prompt.purpose.reads() {
        ui.weak(tr!(words, "app-path-no-matches"));
    }
    let mut taken = None;
    for entry in &found {
        let shown = if entry.folder {
            format!("{}{MAIN_SEPARATOR}", entry.name)
        } else {
            entry.name.clone()
        };
        if ui.add(egui::Button::new(shown).frame(false)).clicked() {
            taken = Some(entry.clone());
        }
    }
    if total > found.len() {
        ui.weak(tr!(words, "app-path-more", count = total - found.len()));
    }
    let used = ui.cursor().top() - top;
    ui.add_space((tallest - used).max(0.0));
    if let Some(entry) = taken {
        prompt.take(&entry);
    }
}

fn hint(purpose: Purpose, words: &Words) -> String {
    match purpose {
        Purpose::Export(_) => tr!(words, "app-path-hint-export"),
        _ => tr!(words, "app-path-hint"),
    }
}

/// Puts the text cursor after the last character of the path field.
fn cursor_to_end(ui: &Ui, text: &str) {
    let id = path_field_id();
    if let Some(mut state) = egui::TextEdit::load_state(ui.ctx(), id) {
        let end = CCursor::new(text.chars().count());
        state.cursor.set_char_range(Some(CCursorRange::one(end)));
        state.store(ui.ctx(), id);
    }
}

/// `text` ending with the path separator.
fn with_separator(text: &str) -> String {
    if text.ends_with(['/', MAIN_SEPARATOR]) {
        text.to_owned()
    } else {
        format!("{text}{MAIN_SEPARATOR}")
    }
}

/// The typed text's folder part (with its separator) and the name being typed after it.
fn split_typed(text: &str) -> (String, String) {
    match text.rfind(['/', MAIN_SEPARATOR]) {
        Some(at) => (text[..=at].to_owned(), text[at + 1..].to_owned()),
        None => (String::new(), text.to_owned()),
    }
}
