//! A crowd of phones for the benches: each a thread with its own HTTP client, all released at
//! once, each joining and casting one ballot on loopback.

use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use plaza::model::{Poll, PollMethod, PollStatus, Session};
use plaza::server::{ServeOptions, VotingServer};
use plaza::store::SharedDocument;

/// The join code the benches' servers use.
pub const CODE: &str = "4821";

/// How long the crowd took.
pub struct Crowd {
    /// From the release to the last `201`.
    pub all: Duration,
    /// Each phone's time from the release to its `201`, shortest first.
    pub each: Vec<Duration>,
}

impl Crowd {
    /// The time to `201` that 99 in 100 phones beat.
    pub fn p99(&self) -> Duration {
        let last = self.each.len().saturating_sub(1);
        self.each[(last * 99).div_ceil(100)]
    }
}

/// Serves `poll` of `document` on 127.0.0.1, any free port, with [`CODE`].
pub fn serve(document: SharedDocument, poll: &str) -> VotingServer {
    VotingServer::start(
        document,
        ServeOptions {
            poll: Some(poll.to_owned()),
            bind: "127.0.0.1".parse().expect("an address"),
            port: Some(0),
            code: Some(CODE.into()),
        },
    )
    .expect("the server starts")
}

/// A dot on each of the session's values in turn, as `{"dots": {"<value>": 1}}`.
pub fn marks_for(session: &Session, phones: usize) -> Vec<String> {
    let values = session.framework.value_ids();
    (0..phones)
        .map(|phone| {
            format!(
                r#"{{"marks": {{"dots": {{"{}": 1}}}}}}"#,
                values[phone % values.len()]
            )
        })
        .collect()
}

/// One phone: joins with [`CODE`] and casts `ballot`, panicking on anything but `201`.
fn join_and_vote(agent: &ureq::Agent, base: &str, ballot: &str) {
    let joined = agent
        .post(format!("{base}api/join"))
        .send(format!(r#"{{"code": "{CODE}"}}"#))
        .expect("joins")
        .body_mut()
        .read_to_string()
        .expect("an answer");
    let joined: serde_json::Value = serde_json::from_str(&joined).expect("a token");
    let token = joined["token"].as_str().expect("a token");
    let answer = agent
        .post(format!("{base}api/ballot"))
        .header("Authorization", format!("Bearer {token}"))
        .send(ballot)
        .expect("the ballot is answered");
    assert_eq!(answer.status().as_u16(), 201, "recorded");
}

/// `ballots.len()` phones, released together, each joining the server at `base` and casting its
/// ballot.
pub fn vote_together(base: &str, ballots: &[String]) -> Crowd {
    let start = Arc::new(Barrier::new(ballots.len() + 1));
    let phones: Vec<_> = ballots
        .iter()
        .map(|ballot| {
            let (start, base, ballot) = (Arc::clone(&start), base.to_owned(), ballot.clone());
            std::thread::spawn(move || {
                let agent: ureq::Agent = ureq::Agent::config_builder()
                    .timeout_global(Some(Duration::from_secs(60)))
                    .build()
                    .into();
                start.wait();
                let released = Instant::now();
                join_and_vote(&agent, &base, &ballot);
                released.elapsed()
            })
        })
        .collect();
    start.wait();
    let released = Instant::now();
    let mut each: Vec<Duration> = phones
        .into_iter()
        .map(|phone| phone.join().expect("the phone votes"))
        .collect();
    let all = released.elapsed();
    each.sort();
    Crowd { all, each }
}

/// `session` with an open dot vote on its values (id `poll`), for phones.
pub fn with_open_dots(mut session: Session, poll: &str) -> Session {
    let mut open = Poll::draft(
        poll.into(),
        "Which values need the most attention?".into(),
        session.framework.value_ids(),
        PollMethod::default_dots(),
    );
    open.status = PollStatus::Open;
    session.polls.push(open);
    session
}
