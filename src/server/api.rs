//! The routes phones use: the page, join, the open poll and the ballot, each answering in the
//! words and status codes `docs/VOTING.md` lists. Every error body is `{"error": "…"}`.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};

use super::access::{Access, Join, Refusal};
use super::marks::marks_of;
use crate::model::{
    Ballot, BallotSource, Edit, EditError, Poll, PollMethod, PollStatus, Session, new_id, now,
};
use crate::store::SharedDocument;

/// The largest body taken; a ballot of a hundred choices is far smaller.
pub const MAX_BODY: usize = 16 * 1024;

/// The most of a body too big that is read (and dropped) before answering `413`.
const DRAINED: usize = 2 * 1024 * 1024;

/// How long a phone waits for its ballot to reach the disk before it is told it did not.
const SAVE_WAIT: Duration = Duration::from_secs(20);

/// What every request shares.
pub struct Shared {
    /// The session the ballots go into.
    pub document: SharedDocument,
    /// The poll phones vote on; `None` takes the one open poll.
    pub poll: Option<String>,
    /// The code, the tokens and who voted.
    pub access: Mutex<Access>,
}

impl Shared {
    fn access(&self) -> MutexGuard<'_, Access> {
        self.access
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The routes, over `shared`.
pub fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/", get(page))
        .route("/api/join", post(join))
        .route("/api/poll", get(poll))
        .route("/api/ballot", post(ballot))
        .fallback(|| async { error(StatusCode::NOT_FOUND, "There is nothing here.") })
        .method_not_allowed_fallback(|| async {
            error(
                StatusCode::METHOD_NOT_ALLOWED,
                "That is not how this address is used.",
            )
        })
        .with_state(shared)
}

/// An error answer in plain words.
fn error(status: StatusCode, words: &str) -> Response {
    (status, axum::Json(json!({ "error": words }))).into_response()
}

async fn page() -> Response {
    let mut response = super::page::page().into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The body, refused with `413` past [`MAX_BODY`]. A body a little too big is read to its end
/// first, so the phone hears the answer instead of a broken connection; a huge one is not.
async fn body_of(headers: &HeaderMap, body: Body) -> Result<Bytes, Response> {
    let too_big = || {
        error(
            StatusCode::PAYLOAD_TOO_LARGE,
            "That is far too much to send.",
        )
    };
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|length| length.to_str().ok()?.parse::<usize>().ok());
    if declared.is_some_and(|length| length > DRAINED) {
        return Err(too_big());
    }
    let bytes = axum::body::to_bytes(body, DRAINED)
        .await
        .map_err(|_| too_big())?;
    if bytes.len() > MAX_BODY {
        return Err(too_big());
    }
    Ok(bytes)
}

/// The body read (see [`body_of`]) as JSON (see [`json_of`]).
async fn json_body(headers: &HeaderMap, body: Body) -> Result<Value, Response> {
    let bytes = body_of(headers, body).await?;
    json_of(&bytes)
}

/// The body as JSON, refused with `400` when it is not.
#[expect(
    clippy::result_large_err,
    reason = "the answer is sent at once, never stored"
)]
fn json_of(bytes: &[u8]) -> Result<Value, Response> {
    serde_json::from_slice(bytes).map_err(|_| {
        error(
            StatusCode::BAD_REQUEST,
            "That was not understood (not JSON).",
        )
    })
}

async fn join(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(from): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let value = match json_body(&headers, body).await {
        Ok(value) => value,
        Err(response) => return response,
    };
    let code = match &value["code"] {
        Value::String(code) => code.clone(),
        Value::Number(code) => code.to_string(),
        _ => {
            return error(
                StatusCode::BAD_REQUEST,
                "Send the join code shown on the screen.",
            );
        }
    };
    let answer = shared.access().join(from.ip(), &code, Instant::now());
    match answer {
        Join::Token(token) => {
            (StatusCode::OK, axum::Json(json!({ "token": token }))).into_response()
        }
        Join::Full => error(
            StatusCode::TOO_MANY_REQUESTS,
            "As many phones have joined as the laptop takes: ask the facilitator.",
        ),
        Join::WrongCode => error(
            StatusCode::FORBIDDEN,
            "That is not the join code on the screen.",
        ),
        Join::Paused(_) => {
            let mut response = error(
                StatusCode::TOO_MANY_REQUESTS,
                "Too many wrong codes: wait a minute, then try again.",
            );
            // The pause may have less left; a phone that waits the whole minute finds it over.
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("60"));
            response
        }
    }
}

/// The token of `Authorization: Bearer …`, if this run gave it out.
#[expect(
    clippy::result_large_err,
    reason = "the answer is sent at once, never stored"
)]
fn token_of(shared: &Shared, headers: &HeaderMap) -> Result<String, Response> {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(str::trim)
        .unwrap_or_default();
    if token.is_empty() || !shared.access().knows(token) {
        return Err(error(
            StatusCode::UNAUTHORIZED,
            "Join first with the code on the screen.",
        ));
    }
    Ok(token.to_owned())
}

/// The poll phones may vote on now: the one asked for, or else the only open one; never a
/// hand count, which has no ballots.
pub fn open_poll<'a>(session: &'a Session, wanted: Option<&str>) -> Option<&'a Poll> {
    let open = |poll: &&Poll| poll.status == PollStatus::Open;
    let poll = match wanted {
        Some(id) => session.poll(id).filter(open)?,
        None => {
            let mut polls = session.polls.iter().filter(open);
            let only = polls.next()?;
            if polls.next().is_some() {
                return None;
            }
            only
        }
    };
    poll.method.takes_ballots().then_some(poll)
}

fn closed() -> Response {
    error(StatusCode::GONE, "No poll is open for voting right now.")
}

async fn poll(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    if let Err(response) = token_of(&shared, &headers) {
        return response;
    }
    let session = shared.document.snapshot();
    let Some(poll) = open_poll(&session, shared.poll.as_deref()) else {
        return closed();
    };
    let method = match &poll.method {
        PollMethod::Dots {
            per_person,
            per_item,
        } => json!({ "dots": { "per_person": per_person, "per_item": per_item } }),
        PollMethod::Rating {
            min,
            max,
            low,
            high,
        } => json!({ "rating": { "min": min, "max": max, "low": low, "high": high } }),
        PollMethod::Ranking => json!({ "ranking": {} }),
        PollMethod::Tally => return closed(),
    };
    let choices: Vec<Value> = poll
        .items
        .iter()
        .map(|id| {
            let mut choice = json!({ "id": id, "label": session.item_label(id) });
            // A framework item's name in the languages it is translated into, for a phone
            // reading one of them.
            if let Some(item) = session
                .framework
                .item(id)
                .filter(|item| !item.translations.is_empty())
            {
                let labels: serde_json::Map<String, Value> = item
                    .translations
                    .keys()
                    .map(|lang| (lang.clone(), Value::from(item.label_in(lang))))
                    .collect();
                choice["labels"] = Value::Object(labels);
            }
            choice
        })
        .collect();
    let answer = json!({
        "poll": poll.id,
        "question": poll.question,
        "method": method,
        "choices": choices,
    });
    (StatusCode::OK, axum::Json(answer)).into_response()
}

async fn ballot(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Body) -> Response {
    let token = match token_of(&shared, &headers) {
        Ok(token) => token,
        Err(response) => return response,
    };
    let value = match json_body(&headers, body).await {
        Ok(value) => value,
        Err(response) => return response,
    };
    let session = shared.document.snapshot();
    let Some(poll) = open_poll(&session, shared.poll.as_deref()) else {
        return closed();
    };
    match &value["poll"] {
        Value::Null => {}
        Value::String(id) if *id == poll.id => {}
        _ => return error(StatusCode::GONE, "That poll is not open any more."),
    }
    let marks = match marks_of(&value["marks"]) {
        Ok(marks) => marks,
        Err(words) => return error(StatusCode::UNPROCESSABLE_ENTITY, &words),
    };
    let poll_id = poll.id.clone();
    if let Err(refusal) = shared.access().hold(&token, &poll_id) {
        return match refusal {
            Refusal::UnknownToken => error(
                StatusCode::UNAUTHORIZED,
                "Join first with the code on the screen.",
            ),
            Refusal::AlreadyVoted => error(
                StatusCode::CONFLICT,
                "This phone has already voted on this poll.",
            ),
        };
    }
    let ballot = Ballot {
        id: new_id(),
        cast: now(),
        marks,
        source: BallotSource::Phone,
    };
    let id = ballot.id.clone();
    let edit = Edit::CastBallot {
        poll: poll_id.clone(),
        ballot,
    };
    let document = shared.document.clone();
    // Applying waits for the session's lock and the disk: off the server's own threads.
    let outcome = tokio::task::spawn_blocking(move || {
        let applied = document.apply(edit)?;
        document
            .wait_saved(applied.revision, SAVE_WAIT)
            .map_err(Outcome::NotSaved)
    })
    .await;
    match outcome {
        Ok(Ok(())) => (
            StatusCode::CREATED,
            axum::Json(json!({ "recorded": true, "ballot": id })),
        )
            .into_response(),
        Ok(Err(Outcome::Refused(refused))) => {
            shared.access().release(&token, &poll_id);
            refused_answer(&refused)
        }
        Ok(Err(Outcome::NotSaved(why))) => error(
            StatusCode::SERVICE_UNAVAILABLE,
            &format!("The laptop could not save your vote yet ({why}); tell the facilitator."),
        ),
        Err(_) => {
            shared.access().release(&token, &poll_id);
            error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "Something went wrong; try again.",
            )
        }
    }
}

/// What became of a ballot handed to the session.
enum Outcome {
    /// The session refused it.
    Refused(EditError),
    /// It is in the session but did not reach the disk in time.
    NotSaved(String),
}

impl From<EditError> for Outcome {
    fn from(error: EditError) -> Self {
        Outcome::Refused(error)
    }
}

/// A refused ballot's answer: the poll closed meanwhile, or the ballot breaks its rules.
fn refused_answer(refused: &EditError) -> Response {
    match refused {
        EditError::PollNotOpen { .. } | EditError::NoSuchPoll(_) => closed(),
        EditError::ReadOnly => error(
            StatusCode::SERVICE_UNAVAILABLE,
            "The session is open read-only on the laptop: votes cannot be taken.",
        ),
        other => {
            let words = other.to_string();
            let words = words.strip_prefix("ballot refused: ").unwrap_or(&words);
            error(StatusCode::UNPROCESSABLE_ENTITY, &capitalised(words))
        }
    }
}

fn capitalised(words: &str) -> String {
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
