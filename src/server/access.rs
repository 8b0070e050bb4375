//! Who may vote: the four-digit join code, the tokens it earns, one ballot per token per poll,
//! and a pause for an address that keeps guessing the code.

use std::collections::{HashMap, HashSet};
use std::net::IpAddr;
use std::time::{Duration, Instant};

/// Wrong codes one address may try within [`WINDOW`] before it must wait.
const WRONG_CODES: u32 = 10;
/// How long wrong codes are remembered, and how long an address that tried too many waits.
pub const WINDOW: Duration = Duration::from_secs(60);

/// The most phones one run lets join: far more than any room, and a bound on the memory a
/// stream of joins (from someone who knows the code) can take.
pub const MOST_TOKENS: usize = 20_000;

/// What a join attempt gets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Join {
    /// The right code: a token for this phone.
    Token(String),
    /// A wrong code.
    WrongCode,
    /// Too many wrong codes from this address: try again after this long.
    Paused(Duration),
    /// As many phones have joined as one run takes.
    Full,
}

/// Why a ballot may not be taken from a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// No such token: it never joined, or joined an earlier run of the server.
    UnknownToken,
    /// This token already cast a ballot on this poll (or is casting one now).
    AlreadyVoted,
}

/// Wrong tries from one address.
struct Tries {
    wrong: u32,
    since: Instant,
}

/// The codes, tokens and ballots of one run of the server. Nothing of it is written down: a
/// new run starts with a new code and no tokens.
pub struct Access {
    code: String,
    tokens: HashSet<String>,
    voted: HashSet<(String, String)>,
    tries: HashMap<IpAddr, Tries>,
}

impl Access {
    /// Starts a run with a fresh random code.
    pub fn new() -> Access {
        Access::with_code(random_code())
    }

    /// Starts a run with a given code.
    pub fn with_code(code: String) -> Access {
        Access {
            code,
            tokens: HashSet::new(),
            voted: HashSet::new(),
            tries: HashMap::new(),
        }
    }

    /// The join code people type: four digits.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// A phone at `from` offers `code`.
    pub fn join(&mut self, from: IpAddr, code: &str, now: Instant) -> Join {
        self.tries
            .retain(|_, tries| now.duration_since(tries.since) < WINDOW);
        if let Some(tries) = self.tries.get(&from)
            && tries.wrong >= WRONG_CODES
        {
            return Join::Paused(WINDOW.saturating_sub(now.duration_since(tries.since)));
        }
        if code.trim() != self.code {
            let tries = self.tries.entry(from).or_insert(Tries {
                wrong: 0,
                since: now,
            });
            tries.wrong += 1;
            return Join::WrongCode;
        }
        if self.tokens.len() >= MOST_TOKENS {
            return Join::Full;
        }
        let token = random_token();
        self.tokens.insert(token.clone());
        Join::Token(token)
    }

    /// Whether `token` was given out by this run.
    pub fn knows(&self, token: &str) -> bool {
        self.tokens.contains(token)
    }

    /// Holds `poll` for `token`'s one ballot, before it is cast: a second ballot, even one sent
    /// at the same moment, is refused.
    pub fn hold(&mut self, token: &str, poll: &str) -> Result<(), Refusal> {
        if !self.knows(token) {
            return Err(Refusal::UnknownToken);
        }
        if !self.voted.insert((token.to_owned(), poll.to_owned())) {
            return Err(Refusal::AlreadyVoted);
        }
        Ok(())
    }

    /// Lets go of a hold whose ballot was refused, so the phone can try again.
    pub fn release(&mut self, token: &str, poll: &str) {
        self.voted.remove(&(token.to_owned(), poll.to_owned()));
    }
}

impl Default for Access {
    fn default() -> Self {
        Access::new()
    }
}

/// `count` random bytes from the system's source; the clock only if that fails, which no
/// supported system does.
fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    if getrandom::fill(&mut bytes).is_err() {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos()
            .to_le_bytes();
        for (byte, noise) in bytes.iter_mut().zip(nanos.iter().cycle()) {
            *byte = *noise;
        }
    }
    bytes
}

/// 128 random bits, as 32 hex digits.
fn random_token() -> String {
    random_bytes::<16>()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Four random digits, "0000" to "9999".
fn random_code() -> String {
    let number = u32::from_le_bytes(random_bytes::<4>()) % 10_000;
    format!("{number:04}")
}
