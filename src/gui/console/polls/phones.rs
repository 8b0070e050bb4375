//! *Phones can vote*: on an open poll, the facilitator lets the room's phones vote over the
//! laptop's network, sees the address and the join code the booth screen shows, and picks the
//! address phones reach the laptop on.

use std::net::IpAddr;

use egui::{RichText, Ui};

use crate::gui::app::Msg;
use crate::gui::room::booth::PhonesPanel;
use crate::model::{Poll, PollStatus, plural};
use crate::server::room_addresses;

/// The phones' line of an open poll that takes ballots; nothing for any other.
pub fn phones_ui(
    ui: &mut Ui,
    poll: &Poll,
    (serving, address): (Option<&(String, PhonesPanel)>, Option<IpAddr>),
    writable: bool,
    out: &mut Vec<Msg>,
) {
    if poll.status != PollStatus::Open || !poll.method.takes_ballots() {
        return;
    }
    let serving = serving
        .filter(|(serving, _)| *serving == poll.id)
        .map(|(_, panel)| panel);
    ui.add_enabled_ui(writable, |ui| {
        ui.horizontal(|ui| {
            let mut on = serving.is_some();
            if ui
                .checkbox(&mut on, "Phones can vote")
                .on_hover_text(
                    "Phones on the room's Wi-Fi open the address on the booth screen and type \
                     the code; no internet needed. Stops when voting closes.",
                )
                .changed()
            {
                out.push(Msg::Phones(on.then(|| poll.id.clone())));
            }
            address_ui(ui, address, out);
        });
        if let Some(line) = serving {
            ui.horizontal_wrapped(|ui| {
                ui.label("Phones open");
                ui.label(RichText::new(&line.url).strong().monospace());
                ui.label("with the join code");
                ui.label(RichText::new(&line.code).strong().monospace());
                ui.label(
                    RichText::new(format!("· {} on phones", plural(line.ballots, "ballot"))).weak(),
                );
            });
        }
    });
}

/// The address phones reach the laptop on: all of the laptop's, or one of them.
fn address_ui(ui: &mut Ui, address: Option<IpAddr>, out: &mut Vec<Msg>) {
    let caption = ui.label("on");
    let shown = address.map_or_else(|| "every network".to_owned(), |ip| ip.to_string());
    egui::ComboBox::from_id_salt("phones-address")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            let mut chosen = address;
            ui.selectable_value(&mut chosen, None, "every network");
            // Asked only while the list is open: listing the addresses asks the system.
            for ip in room_addresses() {
                ui.selectable_value(&mut chosen, Some(ip), ip.to_string());
            }
            if chosen != address {
                out.push(Msg::PhonesAddress(chosen));
            }
        })
        .response
        .labelled_by(caption.id)
        .on_hover_text("Which of the laptop's networks phones use: the venue's Wi-Fi or the laptop's own hotspot");
}
