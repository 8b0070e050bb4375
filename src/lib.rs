//! Plaza: present an organisation's mission, vision and values at a retreat, capture what the
//! room says, run votes on the shared screen, and keep every session as a readable file.
//!
//! Imports point one way: `model` knows nothing else of the crate; `store` and `report` know
//! `model`; `cli` and `gui` know those three; nothing but `gui` and the program know `gui`.
//! ARCHITECTURE.md is the map, and a test keeps it true.

pub mod cli;
pub mod gui;
pub mod model;
pub mod report;
pub mod sample;
pub mod server;
pub mod store;
pub mod words;
