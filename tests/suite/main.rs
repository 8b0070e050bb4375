//! Plaza's test suite, one binary so it links once. Its folders mirror `src`: `model`, `store`,
//! `report`, `cli`, `gui` and `sample`; `corpus` replays the files that were once slow,
//! order-dependent or dangerous, and `architecture` keeps imports pointing one way.

mod architecture;
mod cli;
mod corpus;
mod gui;
mod model;
mod phones;
mod report;
mod sample;
mod store;
mod support;
mod words;
