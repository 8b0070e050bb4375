//! Phones voting from the app: the server runs while *Phones can vote* is on for an open poll,
//! and stops when it is turned off, the poll closes, the session closes or Plaza quits.

use std::net::{IpAddr, Ipv4Addr};
use std::path::PathBuf;

use crate::gui::room::booth::PhonesPanel;
use crate::gui::widgets::save_state::read_only_short;
use crate::model::{BallotSource, PollStatus, Session};
use crate::server::{ServeError, ServeOptions, VotingServer};
use crate::store::Document;
use crate::words::Words;

/// The voting server the app runs, and for what.
pub struct Phones {
    server: VotingServer,
    /// The address phones open, worked out once (listing the laptop's addresses asks the
    /// system).
    url: String,
    /// The poll phones vote on.
    pub poll: String,
    /// The session file it writes to.
    path: PathBuf,
}

impl Phones {
    /// Starts serving `poll` of `document` on `bind` (`None`: every address).
    /// Why it could not start is said in `words`.
    pub fn start(
        document: &Document,
        poll: &str,
        bind: Option<IpAddr>,
        words: &Words,
    ) -> Result<Phones, String> {
        if let Some(why) = read_only_short(document, words) {
            return Err(crate::tr!(words, "app-phones-read-only", why = why));
        }
        let options = ServeOptions {
            poll: Some(poll.to_owned()),
            bind: bind.unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED)),
            port: None,
            code: None,
        };
        let server = VotingServer::start(document.shared(), options)
            .map_err(|error| serve_error(&error, words))?;
        Ok(Phones {
            url: server.url(),
            server,
            poll: poll.to_owned(),
            path: document.path().to_owned(),
        })
    }

    /// Whether phones can reach it at all: a laptop on no network offers only itself.
    pub fn reachable(&self) -> bool {
        !self.url.contains("://127.") && !self.url.contains("://[::1]")
    }

    /// Whether it still has something to do: its session is the one open and its poll open.
    pub fn still_wanted(&self, document: Option<&Document>) -> bool {
        document.is_some_and(|document| {
            document.path() == self.path
                && document
                    .session()
                    .poll(&self.poll)
                    .is_some_and(|poll| poll.status == PollStatus::Open)
        })
    }

    /// What the booth screen and the console show of it.
    pub fn panel(&self, session: &Session) -> PhonesPanel {
        let ballots = session.poll(&self.poll).map_or(0, |poll| {
            poll.ballots
                .iter()
                .filter(|ballot| ballot.source == BallotSource::Phone)
                .count()
        });
        PhonesPanel {
            url: self.url.clone(),
            code: self.server.code().to_owned(),
            ballots,
        }
    }
}

/// Why the phones' server could not start, in `words`; what the system said stays as it said it.
fn serve_error(error: &ServeError, words: &Words) -> String {
    match error {
        ServeError::Bind { address, source } => crate::tr!(
            words,
            "app-phones-cannot-listen",
            address = address,
            reason = source.to_string()
        ),
        ServeError::Start(source) => crate::tr!(
            words,
            "app-phones-server-not-started",
            reason = source.to_string()
        ),
    }
}
