//! Why an organisation's statement could not be imported, in words. The model's `ImportError`
//! keeps its English `Display` for logs and tests; these are the words for people.

use super::Words;
use crate::model::ImportError;
use crate::tr;

impl Words {
    /// Why a statement could not be imported: what was found and what was expected.
    pub fn import_error(&self, error: &ImportError) -> String {
        match error {
            ImportError::Empty => self.get("model-import-empty"),
            ImportError::NoBullets => self.get("model-import-no-bullets"),
            ImportError::NothingPlaced => self.get("model-import-nothing-placed"),
            ImportError::NotUtf8 { line } => tr!(self, "model-import-not-utf8", line = *line),
            ImportError::Binary { line } => tr!(self, "model-import-binary", line = *line),
            ImportError::TooLarge { bytes } => {
                tr!(self, "model-import-too-large", bytes = *bytes)
            }
        }
    }
}
