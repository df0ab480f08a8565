//! `familytime desk serve`: the desk in the worker's browser. A web app on loopback that
//! holds the helper device's keys and talks to the council's server as the command-line
//! desk does, so the council's server still never sees what a child wrote. Pages are
//! rendered on the desk from askama templates; the browser runs one small script (a
//! chosen plan file into its text box, and the print button).

mod guard;
mod pages;
mod plan_lines;
pub mod words;

use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::routing::get;
use tokio::net::TcpListener;
use tokio::sync::Mutex;

use crate::desk::{Desk, DeskError};
use familytime_core::l10n::WordsError;
use guard::Guard;
use words::DeskWords;

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error(transparent)]
    Desk(#[from] DeskError),
    #[error(transparent)]
    Words(#[from] WordsError),
    #[error("the desk cannot listen on 127.0.0.1:{port}: {detail}")]
    Listen { port: u16, detail: String },
    #[error("the desk's random source failed: {0}")]
    Random(String),
}

/// What the desk needs to start.
pub struct Options {
    pub dir: PathBuf,
    pub worker_token: String,
    /// 0: a free port the system picks.
    pub port: u16,
    pub locale: String,
}

/// What every page handler shares.
pub(crate) struct State {
    /// One request at a time talks to the server, so the ledger is read and written whole.
    desk: Mutex<Desk>,
    worker_token: String,
    words: DeskWords,
    guard: Guard,
}

/// A desk listening on loopback, with the one-time link that signs its browser in.
pub struct Serving {
    pub address: SocketAddr,
    pub sign_in: String,
    listener: TcpListener,
    app: Router,
}

/// Binds 127.0.0.1 only: the desk holds the helper's keys and opened messages, so no
/// other machine may reach it.
pub async fn bind(options: Options) -> Result<Serving, ServeError> {
    let desk = Desk::open(&options.dir)?;
    let words = DeskWords::new(&options.locale)?;
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, options.port))
        .await
        .map_err(|e| ServeError::Listen { port: options.port, detail: e.to_string() })?;
    let address =
        listener.local_addr().map_err(|e| ServeError::Listen { port: options.port, detail: e.to_string() })?;
    let guard = Guard::new(address)?;
    let sign_in = format!("http://{address}/sign-in/{}", guard.sign_in_token());
    let state = Arc::new(State { desk: Mutex::new(desk), worker_token: options.worker_token, words, guard });
    Ok(Serving { address, sign_in, listener, app: router(state) })
}

impl Serving {
    pub async fn serve(self, shutdown: impl Future<Output = ()> + Send + 'static) -> std::io::Result<()> {
        axum::serve(self.listener, self.app).with_graceful_shutdown(shutdown).await
    }
}

fn router(state: Arc<State>) -> Router {
    Router::new()
        .route("/sign-in/{token}", get(guard::sign_in))
        .route("/static/desk.css", get(guard::stylesheet))
        .route("/static/desk.js", get(guard::script))
        .merge(pages::routes())
        .fallback(pages::not_found)
        .layer(axum::middleware::from_fn_with_state(state.clone(), guard::check))
        .with_state(state)
}
