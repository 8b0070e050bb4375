//! Phones voting over the network: a real server on 127.0.0.1 and a real HTTP client, and the
//! real page in a real browser.

mod api;
mod app;
mod cdp;
mod chromium;
mod documented;
mod kill;
mod serve_cli;

use std::path::Path;
use std::time::Duration;

use plaza::model::{Poll, PollMethod, PollStatus, Session};
use plaza::server::{ServeOptions, VotingServer};
use plaza::store::Document;
use serde_json::Value;

use crate::support::{fresh_session, write_session};

/// The join code the tests' servers use.
pub const CODE: &str = "4821";

/// What the server answered.
#[derive(Debug)]
pub struct Answer {
    /// The status code.
    pub status: u16,
    /// The body, as JSON (`Null` when it is not).
    pub body: Value,
    /// The `Retry-After` header, if any.
    pub retry_after: Option<String>,
}

/// A phone: an HTTP client that reads every status as an answer, and its token once joined.
pub struct Phone {
    agent: ureq::Agent,
    base: String,
    /// The token the server gave, once joined.
    pub token: Option<String>,
}

impl Phone {
    /// A phone that talks to the server at `base` ("http://127.0.0.1:PORT/").
    pub fn new(base: &str) -> Phone {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(60)))
            .build()
            .new_agent();
        Phone {
            agent,
            base: base.to_owned(),
            token: None,
        }
    }

    fn answer(
        result: Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    ) -> Result<Answer, ureq::Error> {
        let mut response = result?;
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get("retry-after")
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned);
        let text = response.body_mut().read_to_string().unwrap_or_default();
        Ok(Answer {
            status,
            body: serde_json::from_str(&text).unwrap_or(Value::Null),
            retry_after,
        })
    }

    /// POSTs `body` to `path`, with the token if joined; `Err` when no answer came (the server
    /// is gone).
    pub fn try_post(&self, path: &str, body: &[u8]) -> Result<Answer, ureq::Error> {
        let mut request = self.agent.post(format!("{}{path}", self.base));
        if let Some(token) = &self.token {
            request = request.header("Authorization", format!("Bearer {token}"));
        }
        Phone::answer(request.send(body))
    }

    /// POSTs `body` to `path`, with the token if joined.
    pub fn post(&self, path: &str, body: &[u8]) -> Answer {
        self.try_post(path, body).expect("the server answers")
    }

    /// GETs `path`, with the token if joined.
    pub fn get(&self, path: &str) -> Answer {
        let mut request = self.agent.get(format!("{}{path}", self.base));
        if let Some(token) = &self.token {
            request = request.header("Authorization", format!("Bearer {token}"));
        }
        Phone::answer(request.call()).expect("the server answers")
    }

    /// Joins with `code`; keeps the token when given one. `Err` when no answer came.
    pub fn try_join(&mut self, code: &str) -> Result<Answer, ureq::Error> {
        let answer = self.try_post("api/join", format!(r#"{{"code": "{code}"}}"#).as_bytes())?;
        if let Some(token) = answer.body["token"].as_str() {
            self.token = Some(token.to_owned());
        }
        Ok(answer)
    }

    /// Joins with `code`; keeps the token when given one.
    pub fn join(&mut self, code: &str) -> Answer {
        self.try_join(code).expect("the server answers")
    }

    /// Casts `marks` (JSON) on the open poll. `Err` when no answer came.
    pub fn try_vote(&self, marks: &str) -> Result<Answer, ureq::Error> {
        self.try_post("api/ballot", format!(r#"{{"marks": {marks}}}"#).as_bytes())
    }

    /// Casts `marks` (JSON) on the open poll.
    pub fn vote(&self, marks: &str) -> Answer {
        self.try_vote(marks).expect("the server answers")
    }
}

/// A fresh session with one open poll of the six values by `method`.
pub fn session_open_on(method: PollMethod) -> Session {
    let mut session = fresh_session();
    let mut poll = Poll::draft(
        "vote".into(),
        "Which values need the most attention?".into(),
        session.framework.value_ids(),
        method,
    );
    poll.status = PollStatus::Open;
    session.polls.push(poll);
    session
}

/// `session` written to `dir`, open, and served on 127.0.0.1 with the code [`CODE`].
pub fn served(dir: &Path, session: &Session) -> (Document, VotingServer) {
    let path = write_session(dir, "retreat.ron", session);
    let document = Document::open(&path, || {}).expect("opens");
    let server = VotingServer::start(
        document.shared(),
        ServeOptions {
            bind: "127.0.0.1".parse().expect("an address"),
            port: Some(0),
            code: Some(CODE.into()),
            ..ServeOptions::default()
        },
    )
    .expect("starts");
    (document, server)
}
