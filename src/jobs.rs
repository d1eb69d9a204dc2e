//! Loading articles off the event loop's thread: following a link to a web page may take up to
//! the fetch time limit, and the reader must keep drawing and answering keys meanwhile. Each
//! [`Request`] runs on a worker thread of its own and sends its result back over a channel;
//! the event loop hands results to `App::loaded`, which drops the
//! ones it no longer waits for (Esc cancelled them, or a newer request replaced them).

use std::fmt;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use crate::fetch::{self, Limits};
use crate::loader::{self, LoadError, Loaded};

/// What to load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// A local file (a link to a file outside the library).
    File(PathBuf),
    /// A web page, already checked by [`crate::links::safe_url`].
    Url(String),
}

impl fmt::Display for Request {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Request::File(p) => write!(f, "{}", p.display()),
            Request::Url(u) => f.write_str(u),
        }
    }
}

/// A finished request: the id the app gave it, and what came of it.
#[derive(Debug)]
pub struct Done {
    pub id: u64,
    pub result: Result<Loaded, LoadError>,
}

/// The workers' channel and the limits every fetch runs under.
#[derive(Debug)]
pub struct Jobs {
    limits: Limits,
    tx: Sender<Done>,
    rx: Receiver<Done>,
}

impl Default for Jobs {
    fn default() -> Self {
        Jobs::new(fetch::LIMITS)
    }
}

impl Jobs {
    pub fn new(limits: Limits) -> Jobs {
        let (tx, rx) = mpsc::channel();
        Jobs { limits, tx, rx }
    }

    /// Starts loading on a worker thread. A thread that cannot be started reports that as
    /// the request's result.
    pub fn start(&self, id: u64, request: Request) {
        let tx = self.tx.clone();
        let limits = self.limits;
        let what = request.to_string();
        let spawned = std::thread::Builder::new()
            .name("khabar-load".into())
            .spawn(move || {
                let result = match &request {
                    Request::File(p) => loader::load_file(p),
                    Request::Url(u) => fetch::load_url(u, &limits),
                };
                // The reader may have quit meanwhile: nobody to tell.
                let _ = tx.send(Done { id, result });
            });
        if let Err(e) = spawned {
            let _ = self.tx.send(Done {
                id,
                result: Err(LoadError {
                    path: what.into(),
                    problem: loader::Problem::Io(format!("cannot start loading: {e}")),
                }),
            });
        }
    }

    /// The requests finished since the last call, without waiting.
    pub fn finished(&self) -> Vec<Done> {
        self.rx.try_iter().collect()
    }

    /// Waits up to `timeout` for the next finished request (tests).
    pub fn wait(&self, timeout: Duration) -> Option<Done> {
        self.rx.recv_timeout(timeout).ok()
    }
}
