//! The app, driven through egui_kittest: clicks, keys and typing, read back through AccessKit.

mod act_on_result;
mod booth;
mod booth_checks;
mod booth_layout;
mod booth_notes;
mod booth_pages;
mod booth_phones;
mod booth_state;
mod console;
mod desk_ideas;
mod details;
mod files;
mod framework_editor;
mod in_order;
mod landing;
mod new_from;
mod note_kept;
mod notes;
mod plurals;
mod poll_setup;
mod projector;
mod qr;
mod read_only;
mod results_chart;
mod results_pages;
mod review;
mod section_labels;
mod select_notes;
mod slide_checks;
#[cfg(feature = "snapshots")]
mod snapshots;
mod theme;
mod timer;
mod typed_path;
mod vote_on_notes;
mod wall;
