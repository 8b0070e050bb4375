//! The voting page in headless Chromium against a real `plaza serve`: a wrong code is refused
//! in plain words, the right one joins, two dots go on the first choice, and "Thank you — your
//! vote is recorded" shows; the file then holds that ballot, from a phone. Needs Chromium, so it
//! runs on request: `.ci/run` runs it with `cargo test --test suite -- --ignored phones_browser`.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use plaza::model::{BallotSource, Marks, PollMethod, Translation};

use super::cdp::Browser;
use super::session_open_on;
use crate::support::{chromium, temp_dir, write_session};

/// `plaza serve` on a free port of the loopback, with the address and code it printed.
struct Server {
    child: Child,
    url: String,
    code: String,
}

impl Server {
    fn start(file: &std::path::Path) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_plaza"))
            .arg("serve")
            .arg(file)
            .args(["--bind", "127.0.0.1", "--port", "0"])
            .stdout(Stdio::piped())
            .spawn()
            .expect("start plaza serve");
        let mut lines = BufReader::new(child.stdout.take().expect("its output")).lines();
        let mut line = || {
            lines
                .next()
                .and_then(Result::ok)
                .expect("plaza serve prints its address and code")
        };
        let url = line();
        let code = line()
            .strip_prefix("code: ")
            .expect("the second line is the join code")
            .to_owned();
        assert!(
            url.starts_with("http://127.0.0.1:") && url.ends_with('/'),
            "{url}"
        );
        Server { child, url, code }
    }

    /// Stops the server as Ctrl+C would, once every acknowledged ballot is on disk.
    fn stop(mut self) {
        let pid = libc::pid_t::try_from(self.child.id()).expect("a process id");
        // SAFETY: a signal to our own child, by its id.
        assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
        let status = self.child.wait().expect("plaza serve ends");
        assert!(status.success(), "plaza serve ended with {status}");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Only after a failed test is it still running.
        if self.child.kill().is_ok() {
            let _reaped = self.child.wait();
        }
    }
}

#[test]
#[ignore = "needs Chromium; .ci/run installs it and runs this"]
fn phones_browser_the_page_joins_votes_and_is_thanked_after_201() {
    let browser = chromium();
    let dir = temp_dir();
    let file = write_session(
        dir.path(),
        "retreat.ron",
        &session_open_on(PollMethod::default_dots()),
    );
    let server = Server::start(&file);
    let mut page = Browser::open(browser, &server.url);

    page.wait_for("document.getElementById('code')", "the code screen");
    let wrong = if server.code == "0000" {
        "1111"
    } else {
        "0000"
    };
    page.eval(&format!(
        "document.getElementById('code').value = '{wrong}';
         document.getElementById('join-button').click()"
    ));
    page.wait_for(
        "document.getElementById('problem').textContent.length > 0
         && document.getElementById('ballot').hidden",
        "a wrong code is refused",
    );
    page.eval(&format!(
        "document.getElementById('code').value = '{}';
         document.getElementById('join-button').click()",
        server.code
    ));
    page.wait_for("!document.getElementById('ballot').hidden", "the ballot");
    assert_eq!(
        page.eval("document.getElementById('question').textContent"),
        "Which values need the most attention?"
    );
    assert_eq!(
        page.eval("document.getElementById('cast').disabled"),
        true,
        "nothing to cast yet"
    );
    page.eval("document.querySelector('#choices .name').click()");
    page.eval("document.querySelector('#choices .name').click()");
    assert_eq!(
        page.eval("document.getElementById('hint').textContent"),
        "1 dot left · at most 2 on one choice"
    );
    page.eval("document.getElementById('cast').click()");
    page.wait_for(
        "document.getElementById('waiting-title').textContent
         === 'Thank you — your vote is recorded'",
        "the thank-you after 201",
    );
    drop(page);
    server.stop();

    let session = plaza::store::load(&file)
        .expect("the session loads")
        .session;
    let poll = &session.polls[0];
    assert_eq!(poll.ballots.len(), 1, "one ballot");
    let ballot = &poll.ballots[0];
    assert_eq!(ballot.source, BallotSource::Phone);
    let first = poll.items[0].clone();
    assert_eq!(
        ballot.marks,
        Marks::Dots([(first, 2)].into_iter().collect())
    );
}

#[test]
#[ignore = "needs Chromium; .ci/run installs it and runs this"]
fn phones_browser_a_spanish_phone_votes_in_spanish_and_can_switch_to_english() {
    let browser = chromium();
    let dir = temp_dir();
    let mut session = session_open_on(PollMethod::default_dots());
    session.framework.values.items[1].translations.insert(
        "es".into(),
        Translation {
            heading: "COMPASIÓN".into(),
            text: "en la atención".into(),
        },
    );
    let file = write_session(dir.path(), "retreat.ron", &session);
    let server = Server::start(&file);
    let mut page = Browser::open_speaking(browser, &server.url, "es-MX");
    page.wait_for("document.getElementById('code')", "the code screen");
    assert_eq!(
        page.eval("document.querySelector('#join h1').textContent"),
        "Vote desde su teléfono"
    );
    assert_eq!(page.eval("document.documentElement.lang"), "es");
    assert_eq!(
        page.eval("document.getElementById('language').textContent"),
        "English"
    );
    page.eval(&format!(
        "document.getElementById('code').value = '{}';
         document.getElementById('join-button').click()",
        server.code
    ));
    page.wait_for("!document.getElementById('ballot').hidden", "the ballot");
    // The organisation's own translation names the choice.
    assert_eq!(
        page.eval("document.querySelectorAll('#choices .name')[1].textContent"),
        "COMPASIÓN"
    );
    page.eval("document.querySelector('#choices .name').click()");
    page.eval("document.querySelector('#choices .name').click()");
    assert_eq!(
        page.eval("document.getElementById('hint').textContent"),
        "Queda 1 punto · máximo 2 por opción"
    );
    // A third dot on the same choice is refused in Spanish, with the count in its form.
    page.eval("document.querySelector('#choices .name').click()");
    assert_eq!(
        page.eval("document.getElementById('refused').textContent"),
        "Máximo 2 puntos por opción."
    );
    assert_eq!(
        page.eval("document.getElementById('cast').textContent"),
        "Emitir mi voto"
    );
    page.eval("document.getElementById('cast').click()");
    page.wait_for(
        "document.getElementById('waiting-title').textContent
         === 'Gracias: su voto quedó registrado'",
        "the thank-you in Spanish",
    );
    // The switch rewords what is showing, and the choice outlives a reload.
    page.eval("document.getElementById('language').click()");
    assert_eq!(
        page.eval("document.getElementById('waiting-title').textContent"),
        "Thank you — your vote is recorded"
    );
    assert_eq!(
        page.eval("document.getElementById('language').textContent"),
        "Español"
    );
    page.eval("window.location.reload()");
    page.wait_for(
        "document.getElementById('waiting-title')
         && document.getElementById('waiting-title').textContent
            === 'Thank you — your vote is recorded'",
        "English after a reload",
    );
    drop(page);
    server.stop();
}
