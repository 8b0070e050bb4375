//! The store: saves that survive kills, full disks and a second Plaza; the RON round trip; the
//! built-in framework against the seed.

mod autosave;
#[cfg(unix)]
mod failures;
mod framework_seed;
#[cfg(unix)]
mod kill_loop;
mod lock;
mod opening;
mod roundtrip;
mod shared;
mod templates;
mod versions;
