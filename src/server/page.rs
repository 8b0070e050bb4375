//! The one page phones load: self-contained (its styles and script inside), so it needs
//! nothing but this server.

/// The voting page, as served at `/`.
pub const PAGE: &str = include_str!("../../assets/voting.html");
