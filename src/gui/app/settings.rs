//! What the console remembers between runs (window geometry is eframe's own).

use std::path::PathBuf;

use crate::gui::room::languages::ProjectorLanguage;
use crate::gui::theme::ThemeChoice;
use crate::words::Lang;

/// Where the settings live in eframe's storage.
pub const SETTINGS_KEY: &str = "plaza-settings";

/// What the console remembers between runs.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The projector's colours.
    pub theme: ThemeChoice,
    /// Sessions opened lately, newest first, as Plaza kept them before they had a file of their
    /// own: read once, to carry them over, and never written again.
    #[serde(skip_serializing)]
    pub recent: Vec<PathBuf>,
    /// The screen the projector fills (counted from 0), or `None` for a movable window.
    pub screen: Option<usize>,
    /// The console's language as chosen in View → Language, or `None` to follow the system's.
    pub language: Option<Lang>,
    /// The projector's language.
    pub projector_language: ProjectorLanguage,
}
