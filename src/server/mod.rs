//! Phones vote over the room's own network: a small HTTP server on the laptop, serving one page
//! and the ballot API (`docs/VOTING.md`), with no internet needed.
//!
//! The server runs on its own threads (a tokio runtime, axum's router) and applies each ballot
//! through the open session's [`SharedDocument`], with the booth's rules and saver, so a
//! minimised window still records votes; a ballot is acknowledged (`201`) only once it is on
//! disk. Codes and tokens live in memory for one run: stopping the server ends them.

mod access;
mod api;
mod marks;
mod page;

use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

pub use access::{Access, Join, MOST_TOKENS, WINDOW};
pub use api::{MAX_BODY, open_poll};

use crate::store::SharedDocument;

/// The port tried first; the next few follow when it is taken.
pub const DEFAULT_PORT: u16 = 8080;
/// How many ports after [`DEFAULT_PORT`] are tried before any free one is taken.
const FALLBACK_PORTS: u16 = 10;

/// Where and for what the server listens.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The poll phones vote on; `None` takes the one open poll at each request.
    pub poll: Option<String>,
    /// The address to listen on: one of the laptop's, or 0.0.0.0 for all.
    pub bind: IpAddr,
    /// The port: `None` for 8080 or the next free one after it, `Some(0)` for any free one.
    pub port: Option<u16>,
    /// The join code; `None` draws four random digits.
    pub code: Option<String>,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            poll: None,
            bind: IpAddr::V4(Ipv4Addr::UNSPECIFIED),
            port: None,
            code: None,
        }
    }
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The address or port could not be listened on.
    #[error("cannot listen on {address}: {source}")]
    Bind {
        /// What was tried.
        address: String,
        /// Why it failed.
        source: std::io::Error,
    },
    /// The server's threads could not start.
    #[error("the voting server could not start: {0}")]
    Start(std::io::Error),
}

/// A running voting server; dropping it stops it.
pub struct VotingServer {
    address: SocketAddr,
    code: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl VotingServer {
    /// Starts serving `document`'s poll to phones, as `options` say.
    pub fn start(
        document: SharedDocument,
        options: ServeOptions,
    ) -> Result<VotingServer, ServeError> {
        let listener = listen(options.bind, options.port)?;
        let address = listener.local_addr().map_err(ServeError::Start)?;
        listener.set_nonblocking(true).map_err(ServeError::Start)?;
        let access = match options.code {
            Some(code) => Access::with_code(code),
            None => Access::new(),
        };
        let code = access.code().to_owned();
        let shared = Arc::new(api::Shared {
            document,
            poll: options.poll,
            access: Mutex::new(access),
        });
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("plaza-phones")
            .enable_io()
            .enable_time()
            .build()
            .map_err(ServeError::Start)?;
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("plaza-phones-server".into())
            .spawn(move || runtime.block_on(serve(listener, shared, stopped)))
            .map_err(ServeError::Start)?;
        Ok(VotingServer {
            address,
            code,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// The address and port it listens on (0.0.0.0 when on every address).
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The four-digit join code.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The address phones type: `http://ADDR:PORT/`, with the laptop's first address on the
    /// room's network when listening on all of them.
    pub fn url(&self) -> String {
        let ip = if self.address.ip().is_unspecified() {
            room_addresses()
                .into_iter()
                .next()
                .unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST))
        } else {
            self.address.ip()
        };
        url_of(SocketAddr::new(ip, self.address.port()))
    }

    /// Stops taking requests, lets those under way finish (each ballot answered once on disk)
    /// and returns when the server is gone.
    pub fn stop(mut self) {
        self.shut_down();
    }

    fn shut_down(&mut self) {
        if let Some(stop) = self.stop.take() {
            // The server may have stopped already; then there is nobody to tell.
            #[expect(clippy::let_underscore_must_use, reason = "nobody to tell")]
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            #[expect(clippy::let_underscore_must_use, reason = "a stop cannot report")]
            let _ = thread.join();
        }
    }
}

impl Drop for VotingServer {
    fn drop(&mut self) {
        self.shut_down();
    }
}

/// `http://ADDR:PORT/`, IPv6 addresses in brackets.
pub fn url_of(address: SocketAddr) -> String {
    format!("http://{address}/")
}

/// The laptop's addresses phones can reach: IPv4 first, then IPv6, loopback left out.
pub fn room_addresses() -> Vec<IpAddr> {
    let mut addresses: Vec<IpAddr> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .filter(|interface| !interface.is_loopback())
        .map(|interface| interface.ip())
        .filter(|ip| match ip {
            // Link-local IPv6 addresses need a zone a phone cannot type.
            IpAddr::V6(v6) => (v6.segments()[0] & 0xffc0) != 0xfe80,
            IpAddr::V4(_) => true,
        })
        .collect();
    addresses.sort_by_key(|ip| ip.is_ipv6());
    addresses.dedup();
    addresses
}

/// Connections the system holds for the server until it accepts them. A room's phones arrive at
/// once: with the usual 128, the 129th phone's connection is dropped and retried a second later.
const BACKLOG: i32 = 1024;

/// Listens on `address` with a queue of [`BACKLOG`] connections, otherwise as
/// `TcpListener::bind` does.
fn bind_to(address: SocketAddr) -> std::io::Result<TcpListener> {
    use socket2::{Domain, Protocol, Socket, Type};
    let socket = Socket::new(
        Domain::for_address(address),
        Type::STREAM,
        Some(Protocol::TCP),
    )?;
    // As the standard library does on Unix: a restarted server gets its port back at once.
    #[cfg(unix)]
    socket.set_reuse_address(true)?;
    socket.bind(&address.into())?;
    socket.listen(BACKLOG)?;
    Ok(socket.into())
}

/// Listens on `bind` at `port`: 8080 or the next free after it when none is asked for.
fn listen(bind: IpAddr, port: Option<u16>) -> Result<TcpListener, ServeError> {
    let failed = |port: u16, source| ServeError::Bind {
        address: SocketAddr::new(bind, port).to_string(),
        source,
    };
    if let Some(port) = port {
        return bind_to(SocketAddr::new(bind, port)).map_err(|source| failed(port, source));
    }
    let mut last = None;
    for port in DEFAULT_PORT..DEFAULT_PORT + FALLBACK_PORTS {
        match bind_to(SocketAddr::new(bind, port)) {
            Ok(listener) => return Ok(listener),
            Err(error) => last = Some(error),
        }
    }
    bind_to(SocketAddr::new(bind, 0))
        .map_err(|source| failed(DEFAULT_PORT, last.map_or(source, |error| error)))
}

async fn serve(
    listener: TcpListener,
    shared: Arc<api::Shared>,
    stopped: tokio::sync::oneshot::Receiver<()>,
) {
    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
        return;
    };
    let app = api::router(shared).into_make_service_with_connect_info::<SocketAddr>();
    let shutdown = async {
        // Stopped by its owner, or its owner went away: either way, stop.
        #[expect(clippy::let_underscore_must_use, reason = "either answer means stop")]
        let _ = stopped.await;
    };
    // A failing accept loop ends the server; the owner sees phones stop reaching it.
    #[expect(clippy::let_underscore_must_use, reason = "nothing to report to")]
    let _ = axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await;
}
