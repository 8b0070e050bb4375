//! Framework templates: an organisation's statement kept on its own (`frameworks/NAME.ron` in
//! Plaza's data folder, a small `Framework(…)` file), to start the next retreat from.

use std::io;
use std::path::{Path, PathBuf};

use super::StoreError;
use super::codec::pretty;
use super::paths::slug;
use super::save::create_new_file;
use crate::model::Framework;

/// The largest template read: a framework is a page of text, not megabytes.
const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

/// A template found in the folder.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    /// Its file.
    pub path: PathBuf,
    /// The framework it holds.
    pub framework: Framework,
}

/// The framework as the text of a template file.
pub fn encode_framework(framework: &Framework) -> Result<String, ron::Error> {
    let mut text = ron::Options::default().to_string_pretty(framework, pretty())?;
    text.push('\n');
    Ok(text)
}

/// Saves `framework` as a new template in `dir` (created if needed), named after its title,
/// never over another file (`…-2.ron` when the name is taken). Returns the file.
pub fn save_template(dir: &Path, framework: &Framework) -> Result<PathBuf, StoreError> {
    std::fs::create_dir_all(dir).map_err(|source| StoreError::Write {
        path: dir.to_owned(),
        source,
    })?;
    let text = encode_framework(framework).map_err(|error| StoreError::Encode {
        path: dir.to_owned(),
        reason: format!("the framework could not be written as text ({error})"),
    })?;
    let stem = Some(slug(&framework.title))
        .filter(|stem| !stem.is_empty())
        .unwrap_or_else(|| "framework".to_owned());
    let mut last = dir.join(format!("{stem}.ron"));
    for n in 1..=1_000_u32 {
        let path = match n {
            1 => dir.join(format!("{stem}.ron")),
            n => dir.join(format!("{stem}-{n}.ron")),
        };
        match create_new_file(&path, text.as_bytes()) {
            Ok(()) => return Ok(path),
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => last = path,
            Err(source) => return Err(StoreError::Write { path, source }),
        }
    }
    Err(StoreError::Exists { path: last })
}

/// Reads the framework in a template file (or any file holding `Framework(…)`).
pub fn read_template(path: &Path) -> Result<Framework, StoreError> {
    let read_error = |source| StoreError::Read {
        path: path.to_owned(),
        source,
    };
    let size = std::fs::metadata(path).map_err(read_error)?.len();
    let not_a_framework = |reason: String| StoreError::NotAFramework {
        path: path.to_owned(),
        reason,
    };
    if size > MAX_TEMPLATE_BYTES {
        return Err(not_a_framework(format!(
            "it is {} KiB, and a framework is at most 1 MiB",
            size / 1024
        )));
    }
    let text = std::fs::read_to_string(path).map_err(read_error)?;
    let text = text.trim_start_matches('\u{feff}');
    if !text.trim_start().starts_with("Framework") {
        return Err(not_a_framework(
            "it does not start with Framework(…), as a saved template does".into(),
        ));
    }
    ron::Options::default()
        .from_str::<Framework>(text)
        .map_err(|error| {
            not_a_framework(format!(
                "line {}, column {}: {}",
                error.span.start.line, error.span.start.col, error.code
            ))
        })
}

/// The templates in `dir`, by file name; a file that cannot be read is listed with why. A
/// missing folder has none.
pub fn list_templates(dir: &Path) -> Vec<Result<Template, StoreError>> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron") && path.is_file())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| read_template(&path).map(|framework| Template { path, framework }))
        .collect()
}
