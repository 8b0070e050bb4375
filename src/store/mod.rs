//! Keeping sessions on disk: the RON codec and its versions, durable atomic saves with a backup,
//! a lock against a second writer, autosave off the UI thread, and where new sessions live.

mod autosave;
mod codec;
mod default_framework;
mod document;
mod error;
mod load;
mod lock;
mod paths;
mod recent;
mod recover;
mod report_file;
mod save;
mod templates;

pub use autosave::{Autosaver, SaveFailure, SaveStatus, SaveWaiter};
pub use codec::{
    DecodeError, decode, decode_as_version, encode, looks_like_session, skip_ron_trivia,
};
pub use default_framework::{
    DEFAULT_FRAMEWORK_RON, DEFAULT_TITLE, default_framework, new_session, new_session_on,
};
pub use document::{Document, OpenWarning, SharedDocument};
pub use error::StoreError;
pub use load::{Loaded, load};
pub use lock::SessionLock;
pub use paths::{backup_path, new_session_paths, new_sessions_folder, sessions_dir, templates_dir};
pub use recent::{
    RECENT_COUNT, SessionSummary, read_recent, recent_file, session_summary, write_recent,
};
pub use recover::{readable_backup, recover_backup};
pub use report_file::{is_session_file, write_report};
pub use save::{
    clean_stale_temp_files, create_in_folder, create_new_file, save, save_in_folder, save_new,
};
pub use templates::{Template, encode_framework, list_templates, read_template, save_template};
