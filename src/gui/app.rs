use egui::{RichText, ScrollArea};

use crate::model::SectionKind;
use crate::store::{Document, StoreError};

/// The console window.
pub struct PlazaApp {
    document: Option<Document>,
    error: Option<String>,
}

impl PlazaApp {
    /// The app on an opened session, or showing why it could not open.
    pub fn new(opened: Result<Document, StoreError>) -> Self {
        match opened {
            Ok(document) => PlazaApp {
                document: Some(document),
                error: None,
            },
            Err(error) => PlazaApp {
                document: None,
                error: Some(error.to_string()),
            },
        }
    }
}

fn save_state_text(document: &Document) -> String {
    if let Some(reason) = document.read_only() {
        return format!("Read-only: {reason}");
    }
    match document.save_status() {
        Some(status) if status.error.is_some() => {
            format!("Not saved: {}", status.error.unwrap_or_default())
        }
        Some(status) if status.saving || !status.is_clean() => "Saving…".into(),
        Some(status) => match status.saved_at {
            Some(at) => format!(
                "Saved {}",
                at.with_timezone(&chrono::Local).format("%H:%M:%S")
            ),
            None => "Saved".into(),
        },
        None => String::new(),
    }
}

impl eframe::App for PlazaApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            if let Some(error) = &self.error {
                ui.heading("This session could not be opened");
                ui.label(error);
                return;
            }
            let Some(document) = &self.document else {
                return;
            };
            let session = document.session();
            ui.heading(&session.title);
            ui.label(format!("{} · {}", session.date, document.path().display()));
            ui.label(save_state_text(document));
            if !document.problems().is_empty() {
                ui.label(format!(
                    "This file breaks {} rule(s) of the session format:",
                    document.problems().len()
                ));
                for problem in document.problems().iter().take(5) {
                    ui.label(format!("• {problem}"));
                }
            }
            ui.separator();
            ScrollArea::vertical().show(ui, |ui| {
                let framework = &session.framework;
                ui.label(RichText::new(&framework.title).size(28.0).strong());
                for kind in SectionKind::ALL {
                    let section = framework.section(kind);
                    ui.add_space(12.0);
                    ui.label(RichText::new(kind.name()).size(22.0).strong());
                    ui.label(&section.intro);
                    for item in &section.items {
                        ui.horizontal_wrapped(|ui| {
                            if !item.heading.is_empty() {
                                ui.label(RichText::new(&item.heading).strong());
                            }
                            ui.label(&item.text);
                        });
                    }
                }
            });
        });
    }
}
