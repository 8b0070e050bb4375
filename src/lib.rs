//! Plaza: present an organisation's mission, vision and values at a retreat, capture what the
//! room says, run votes on the shared screen, and keep every session as a readable file.
//!
//! Imports point one way: `gui → report → store → model`, `cli → report → store → model`.

pub mod cli;
pub mod gui;
pub mod model;
pub mod report;
pub mod sample;
pub mod store;
