//! Whether this computer can show a system file chooser at all. On Linux the chooser is a
//! desktop portal's (reached over the session's D-Bus) or, failing that, `zenity`; a bare
//! window manager, a kiosk or a remote X session may have neither, and then a dialog would
//! silently never appear.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The interface a portal back end declares when it can show a file chooser.
const FILE_CHOOSER_INTERFACE: &str = "org.freedesktop.impl.portal.FileChooser";

/// What was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chooser {
    /// A system chooser should appear.
    Available,
    /// None can: the person types a path in Plaza instead.
    Missing,
}

/// The parts of the environment that decide it, gathered so that a test can make its own.
#[derive(Debug, Clone, Default)]
pub struct ChooserEnv {
    /// The folders of `PATH`, where `zenity` would be.
    pub program_dirs: Vec<PathBuf>,
    /// The data folders (`XDG_DATA_DIRS`), where portal back ends declare themselves.
    pub data_dirs: Vec<PathBuf>,
    /// Whether the session has a D-Bus to reach a portal through.
    pub session_bus: bool,
}

impl ChooserEnv {
    /// The environment this process runs in.
    pub fn current() -> ChooserEnv {
        let program_dirs = split_paths(std::env::var_os("PATH"));
        let mut data_dirs = split_paths(std::env::var_os("XDG_DATA_DIRS"));
        if data_dirs.is_empty() {
            data_dirs = vec!["/usr/local/share".into(), "/usr/share".into()];
        }
        let bus_address =
            std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty());
        let bus_socket = std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| Path::new(&dir).join("bus").exists());
        ChooserEnv {
            program_dirs,
            data_dirs,
            session_bus: bus_address || bus_socket,
        }
    }
}

/// Whether a system file chooser can appear on this computer.
pub fn system_chooser() -> Chooser {
    if cfg!(target_os = "linux") {
        find_chooser(&ChooserEnv::current())
    } else {
        // Windows and macOS always have their own.
        Chooser::Available
    }
}

/// Whether `env` offers a chooser: `zenity` on the path, or a portal back end that declares a
/// file chooser, with a session bus to reach it.
pub fn find_chooser(env: &ChooserEnv) -> Chooser {
    let zenity = env
        .program_dirs
        .iter()
        .any(|dir| dir.join("zenity").is_file());
    let portal = env.session_bus && env.data_dirs.iter().any(|dir| declares_file_chooser(dir));
    if zenity || portal {
        Chooser::Available
    } else {
        Chooser::Missing
    }
}

/// Whether a portal back end in `data_dir` says it shows file choosers.
fn declares_file_chooser(data_dir: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(data_dir.join("xdg-desktop-portal").join("portals")) else {
        return false;
    };
    entries.flatten().any(|entry| {
        entry.path().extension().is_some_and(|ext| ext == "portal")
            && std::fs::read_to_string(entry.path())
                .is_ok_and(|text| text.contains(FILE_CHOOSER_INTERFACE))
    })
}

fn split_paths(list: Option<OsString>) -> Vec<PathBuf> {
    list.map(|list| std::env::split_paths(&list).collect())
        .unwrap_or_default()
}
