//! Just enough of the Chrome DevTools Protocol to drive a page: headless Chromium talks over two
//! pipes (`--remote-debugging-pipe`, messages of JSON ended by a NUL byte), so no WebSocket
//! client and nothing downloaded.

use std::io::{BufRead, BufReader, Write};
use std::os::fd::AsRawFd;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// A headless browser with one page, driven through the protocol.
pub(super) struct Browser {
    child: Child,
    to_browser: std::io::PipeWriter,
    from_browser: Receiver<Value>,
    next_id: u64,
    session: String,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts `program` headless at a phone's size on `url`, attached to its page.
    pub(super) fn open(program: &str, url: &str) -> Browser {
        Browser::open_speaking(program, url, "en-US")
    }

    /// As [`Browser::open`], with the phone set to the language tagged `language`.
    pub(super) fn open_speaking(program: &str, url: &str, language: &str) -> Browser {
        let profile = tempfile::tempdir().expect("a profile folder");
        let (commands_in, to_browser) = std::io::pipe().expect("a pipe");
        let (from_browser, answers_out) = std::io::pipe().expect("a pipe");
        let (read_fd, write_fd) = (commands_in.as_raw_fd(), answers_out.as_raw_fd());
        let mut command = Command::new(program);
        command
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--remote-debugging-pipe",
                "--window-size=390,844",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg(format!("--lang={language}"))
            .arg(format!("--accept-lang={language}"))
            .arg(url)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // SAFETY: only async-signal-safe calls between fork and exec. The browser reads
        // commands on fd 3 and writes answers on fd 4; the pipes may sit on 3 or 4 already, so
        // they are first copied out of the way (the copies close on exec).
        unsafe {
            std::os::unix::process::CommandExt::pre_exec(&mut command, move || {
                let read = libc::fcntl(read_fd, libc::F_DUPFD_CLOEXEC, 10);
                let write = libc::fcntl(write_fd, libc::F_DUPFD_CLOEXEC, 10);
                if read < 0 || write < 0 || libc::dup2(read, 3) < 0 || libc::dup2(write, 4) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = command.spawn().expect("start the browser");
        drop((commands_in, answers_out));
        let (send, receive) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(from_browser);
            let mut message = Vec::new();
            while reader
                .read_until(0, &mut message)
                .is_ok_and(|read| read > 0)
            {
                message.pop();
                if let Ok(value) = serde_json::from_slice(&message)
                    && send.send(value).is_err()
                {
                    break;
                }
                message.clear();
            }
        });
        let mut browser = Browser {
            child,
            to_browser,
            from_browser: receive,
            next_id: 0,
            session: String::new(),
            _profile: profile,
        };
        browser.attach();
        browser
    }

    /// Attaches to the browser's page, so later commands go to it.
    fn attach(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        let target = loop {
            let targets = self.call("Target.getTargets", json!({}));
            let page = targets["targetInfos"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|target| target["type"] == "page")
                .map(|target| target["targetId"].clone());
            if let Some(page) = page {
                break page;
            }
            assert!(Instant::now() < deadline, "the browser opened no page");
            std::thread::sleep(Duration::from_millis(100));
        };
        let attached = self.call(
            "Target.attachToTarget",
            json!({ "targetId": target, "flatten": true }),
        );
        self.session = attached["sessionId"]
            .as_str()
            .expect("a session with the page")
            .to_owned();
    }

    /// Sends `method` with `params` and waits for its answer's result.
    fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = json!({ "id": id, "method": method, "params": params });
        if !self.session.is_empty() {
            message["sessionId"] = json!(self.session);
        }
        let mut bytes = serde_json::to_vec(&message).expect("a message");
        bytes.push(0);
        self.to_browser
            .write_all(&bytes)
            .expect("the browser takes commands");
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.from_browser.recv_timeout(left) {
                Ok(answer) if answer["id"] == id => {
                    assert!(answer["error"].is_null(), "{method}: {answer}");
                    return answer["result"].clone();
                }
                Ok(_event) => {}
                Err(RecvTimeoutError::Timeout) => panic!("{method}: the browser did not answer"),
                Err(RecvTimeoutError::Disconnected) => panic!("{method}: the browser quit"),
            }
        }
    }

    /// The value of a JavaScript expression on the page.
    pub(super) fn eval(&mut self, expression: &str) -> Value {
        let result = self.call(
            "Runtime.evaluate",
            json!({ "expression": expression, "returnByValue": true }),
        );
        assert!(
            result["exceptionDetails"].is_null(),
            "{expression}: {}",
            result["exceptionDetails"]
        );
        result["result"]["value"].clone()
    }

    /// Waits until the expression is true on the page, and fails saying `what` if it never is.
    pub(super) fn wait_for(&mut self, expression: &str, what: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while self.eval(&format!("!!({expression})")) != json!(true) {
            assert!(
                Instant::now() < deadline,
                "{what}: the page shows {}",
                self.eval("document.body.innerText")
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // The browser is ours: stop it by its id, whatever the test's outcome.
        if self.child.kill().is_ok() {
            let _reaped = self.child.wait();
        }
    }
}
