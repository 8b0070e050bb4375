//! *Phones can vote*: on an open poll, the facilitator lets the room's phones vote over the
//! laptop's network, sees the address and the join code the booth screen shows, and picks the
//! address phones reach the laptop on.

use std::net::IpAddr;

use egui::{RichText, Ui};

use crate::gui::app::Msg;
use crate::gui::room::booth::PhonesPanel;
use crate::model::{Poll, PollStatus};
use crate::server::room_addresses;
use crate::tr;

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
    let words = crate::gui::words(ui.ctx());
    ui.add_enabled_ui(writable, |ui| {
        ui.horizontal(|ui| {
            let mut on = serving.is_some();
            if ui
                .checkbox(&mut on, tr!(words, "console-phones-can-vote"))
                .on_hover_text(tr!(words, "console-phones-can-vote-hover"))
                .changed()
            {
                out.push(Msg::Phones(on.then(|| poll.id.clone())));
            }
            address_ui(ui, address, out);
        });
        if let Some(line) = serving {
            ui.horizontal_wrapped(|ui| {
                ui.label(tr!(words, "console-phones-open"));
                ui.label(RichText::new(&line.url).strong().monospace());
                ui.label(tr!(words, "console-phones-with-code"));
                ui.label(RichText::new(&line.code).strong().monospace());
                let cast = tr!(words, "console-phones-ballots", count = line.ballots);
                ui.label(RichText::new(cast).weak());
            });
        }
    });
}

/// The address phones reach the laptop on: all of the laptop's, or one of them.
fn address_ui(ui: &mut Ui, address: Option<IpAddr>, out: &mut Vec<Msg>) {
    let words = crate::gui::words(ui.ctx());
    let caption = ui.label(tr!(words, "console-phones-on"));
    let every = tr!(words, "console-phones-every-network");
    let shown = address.map_or_else(|| every.clone(), |ip| ip.to_string());
    egui::ComboBox::from_id_salt("phones-address")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            let mut chosen = address;
            ui.selectable_value(&mut chosen, None, every);
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
        .on_hover_text(tr!(words, "console-phones-network-hover"));
}
