use std::path::PathBuf;

use super::NewArgs;
use super::framework_file::{FrameworkFile, read_framework};
use crate::model::Unplaced;
use crate::store::{new_session_on, new_sessions_folder, save_in_folder, save_new};

/// A session `plaza new` wrote, and the lines of the statement it came from that found no
/// place in its framework.
#[derive(Debug)]
pub struct Created {
    /// Where the session went.
    pub path: PathBuf,
    /// Lines of the `--from` statement left out, in its order; empty without `--from`.
    pub unplaced: Vec<Unplaced>,
}

/// Writes a new session, dated today, on the built-in framework or the one `--from` names,
/// and says where it went. Never overwrites an existing file, even with other `plaza new`
/// running at the same moment; a statement that cannot be imported writes nothing.
pub fn new_session_file(args: &NewArgs) -> anyhow::Result<Created> {
    let FrameworkFile {
        framework,
        unplaced,
    } = match &args.from {
        Some(file) => read_framework(file)?,
        None => FrameworkFile::built_in(),
    };
    let session = new_session_on(&args.title, framework);
    let path = match &args.output {
        Some(path) => save_new(path, &session).map(|()| path.clone()),
        None => save_in_folder(&new_sessions_folder()?, &session),
    }?;
    Ok(Created { path, unplaced })
}
