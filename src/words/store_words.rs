//! A file that could not be read, saved or locked, in words. The store keeps its errors'
//! English `Display` for logs and tests; these are the words for people.

use super::Words;
use crate::model::FORMAT_VERSION;
use crate::store::{DecodeError, OpenWarning, SaveFailure, StoreError};
use crate::tr;

impl Words {
    /// What happened, and to which file.
    pub fn store_error(&self, error: &StoreError) -> String {
        match error {
            StoreError::Read { path, source } => tr!(
                self,
                "model-store-read",
                path = path.display().to_string(),
                reason = source.to_string()
            ),
            StoreError::Decode { path, source } => {
                let path = path.display().to_string();
                let reason = self.decode_error(source);
                match source {
                    DecodeError::Syntax { .. } => {
                        tr!(
                            self,
                            "model-store-decode-syntax",
                            path = path,
                            reason = reason
                        )
                    }
                    _ => tr!(self, "model-store-decode", path = path, reason = reason),
                }
            }
            StoreError::Write { path, source } => tr!(
                self,
                "model-store-write",
                path = path.display().to_string(),
                reason = source.to_string()
            ),
            StoreError::Encode { path, reason } => tr!(
                self,
                "model-store-write",
                path = path.display().to_string(),
                reason = reason
            ),
            StoreError::Locked { path, holder } => tr!(
                self,
                "model-store-locked",
                path = path.display().to_string(),
                holder = holder
            ),
            StoreError::Exists { path } => {
                tr!(
                    self,
                    "model-store-exists",
                    path = path.display().to_string()
                )
            }
            StoreError::Report { path, source } => tr!(
                self,
                "model-store-report",
                path = path.display().to_string(),
                reason = source.to_string()
            ),
            StoreError::IsSession { path } => tr!(
                self,
                "model-store-is-session",
                path = path.display().to_string()
            ),
            StoreError::NotAFramework { path, reason } => tr!(
                self,
                "model-store-not-framework",
                path = path.display().to_string(),
                reason = reason
            ),
            StoreError::NoDataFolder { reason } => {
                tr!(self, "model-store-no-folder", reason = reason)
            }
        }
    }

    /// Why a text is not a session Plaza can read.
    pub fn decode_error(&self, error: &DecodeError) -> String {
        match error {
            // The parser's own words stay as it gives them.
            DecodeError::Syntax {
                line,
                column,
                message,
            } => tr!(
                self,
                "model-decode-syntax",
                line = *line,
                column = *column,
                reason = message
            ),
            DecodeError::NewerVersion { found } => tr!(
                self,
                "model-decode-newer",
                found = *found,
                newest = FORMAT_VERSION
            ),
            DecodeError::Extensions => self.get("model-decode-extensions"),
            DecodeError::UnknownVersion { found } => {
                tr!(self, "model-decode-unknown-version", found = *found)
            }
            DecodeError::Empty => self.get("model-decode-empty"),
            DecodeError::NotASession => self.get("model-decode-not-session"),
        }
    }

    /// Why a session is read-only, in a few words for one line: "another Plaza has it open
    /// (process 41 since 9:12)".
    pub fn read_only_short(&self, cause: &StoreError) -> String {
        match cause {
            StoreError::Locked { holder, .. } => {
                tr!(self, "model-store-locked-short", holder = holder)
            }
            other => self.store_error(other),
        }
    }

    /// Why the last save failed.
    pub fn save_failure(&self, failure: &SaveFailure) -> String {
        match failure {
            SaveFailure::Stopped => self.get("model-store-saver-stopped"),
            SaveFailure::Write { path, reason } => tr!(
                self,
                "model-store-write",
                path = path.display().to_string(),
                reason = reason
            ),
            SaveFailure::Said(said) => said.clone(),
        }
    }

    /// Something about a session's file worth knowing that did not stop it opening.
    pub fn open_warning(&self, warning: &OpenWarning) -> String {
        match warning {
            OpenWarning::StaleTempFiles { path, reason } => tr!(
                self,
                "model-store-stale-temp-files",
                path = path.display().to_string(),
                reason = reason
            ),
        }
    }
}
