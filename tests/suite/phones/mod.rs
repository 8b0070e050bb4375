//! Phones voting over the room's own network, seen from a phone: the real page in a real
//! browser against `plaza serve`.

mod cdp;
mod chromium;
