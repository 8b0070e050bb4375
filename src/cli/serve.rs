//! `plaza serve`: phones vote on a session's poll with no window open (a spare laptop, a test).

use std::io::Write;

use anyhow::{Context, bail};

use super::{ServeArgs, system_words};
use crate::model::{Edit, PollStatus, Session};
use crate::server::{ServeOptions, VotingServer};
use crate::store::{Document, SessionLock};
use crate::tr;

/// Opens the poll to phones and serves it until Ctrl+C or SIGTERM, writing the address and the
/// join code as the first two lines of `out`. Returns once every acknowledged ballot is on
/// disk; the poll stays as it was (open), for the app or another `serve` to carry on.
pub fn serve_file(args: &ServeArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let mut document = Document::open(&args.file, || {})?;
    if let Some(reason) = document.read_only() {
        // The document keeps why in English; the lock, asked again, says it in words.
        let reason = match SessionLock::acquire(&args.file) {
            Err(error) => system_words().store_error(&error),
            Ok(_) => reason.to_owned(),
        };
        bail!(tr!(system_words(), "cli-serve-read-only", reason = reason));
    }
    let poll = choose_poll(document.session(), args.poll.as_deref())?;
    if document
        .session()
        .poll(&poll)
        .is_some_and(|poll| poll.status == PollStatus::Draft)
    {
        let opened = document
            .apply(Edit::SetPollStatus {
                poll: poll.clone(),
                status: PollStatus::Open,
            })
            .context(system_words().get("cli-serve-cannot-open"))?;
        if let Err(why) = document.wait_saved(opened.revision, std::time::Duration::from_secs(30)) {
            bail!(tr!(system_words(), "cli-serve-not-saved", reason = why));
        }
    }
    let options = ServeOptions {
        poll: Some(poll),
        bind: args.bind,
        port: args.port,
        code: None,
    };
    let server = VotingServer::start(document.shared(), options)?;
    writeln!(out, "{}", server.url())?;
    writeln!(out, "code: {}", server.code())?;
    out.flush()?;
    wait_for_stop()?;
    // Requests under way are answered (each once its ballot is on disk) before it returns.
    server.stop();
    // Anything still pending is written as the document closes.
    drop(document);
    Ok(())
}

/// The poll to serve: the one named (a draft is opened), or else the only open poll that
/// takes ballots.
fn choose_poll(session: &Session, named: Option<&str>) -> anyhow::Result<String> {
    if let Some(id) = named {
        let Some(poll) = session.poll(id) else {
            bail!(tr!(system_words(), "cli-serve-no-poll", id = id));
        };
        if !poll.method.takes_ballots() {
            bail!(tr!(
                system_words(),
                "cli-serve-hand-count",
                question = &poll.question
            ));
        }
        return match poll.status {
            PollStatus::Draft | PollStatus::Open => Ok(poll.id.clone()),
            status => bail!(tr!(
                system_words(),
                "cli-serve-not-open",
                question = &poll.question,
                status = system_words().status_in_sentence(status)
            )),
        };
    }
    let open: Vec<_> = session
        .polls
        .iter()
        .filter(|poll| poll.status == PollStatus::Open && poll.method.takes_ballots())
        .collect();
    match open.as_slice() {
        [only] => Ok(only.id.clone()),
        [] => bail!(system_words().get("cli-serve-none-open")),
        several => {
            let listed: Vec<String> = several
                .iter()
                .map(|poll| format!("{} (“{}”)", poll.id, poll.question))
                .collect();
            bail!(tr!(
                system_words(),
                "cli-serve-several-open",
                count = several.len(),
                polls = listed.join(", ")
            ))
        }
    }
}

/// Blocks until Ctrl+C (SIGINT) or SIGTERM.
fn wait_for_stop() -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context(system_words().get("cli-serve-no-wait"))?;
    runtime.block_on(async {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            let mut terminate = signal(SignalKind::terminate())?;
            tokio::select! {
                interrupted = tokio::signal::ctrl_c() => interrupted,
                _ = terminate.recv() => Ok(()),
            }
        }
        #[cfg(not(unix))]
        {
            tokio::signal::ctrl_c().await
        }
    })?;
    Ok(())
}
