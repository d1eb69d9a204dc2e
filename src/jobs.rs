//! The one job runner: the background work the reader asks for as `Effect`s — loading a
//! followed link ([`Job::Load`]), updating every feed (`r`, [`Job::Refresh`]) and opening a
//! link in the browser (`o`, [`Job::Open`]) — runs here,
//! each job on a worker thread of its own with the id the app gave it, never inside
//! `App::update` or the store. Workers send [`News`] back over one channel; the event loop
//! hands it to the app (`App::job_news`), which drops what it no longer waits for (Esc
//! cancelled it, or a newer request replaced it). Quitting cancels every job
//! ([`Jobs::cancel_all`]): nothing a worker finishes afterwards is delivered.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use crate::fetch::{self, Limits};
use crate::loader::{self, LoadError, Loaded};
use crate::store::Store;
use crate::store::shelf::Summary;
use crate::subscribe::update::{self, Outcome, Totals};

/// What to load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// A local file (a link to a file outside the library).
    File(PathBuf),
    /// A web page, already checked by [`crate::fetch::safe_url`].
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

/// A job the runner runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Job {
    Load(Request),
    /// Update every feed of the store at this path (with a connection of its own).
    Refresh(PathBuf),
    /// Open an address (already checked: http or https) in the browser.
    Open(String),
}

/// A finished load: the id the app gave it, and what came of it.
#[derive(Debug)]
pub struct Done {
    pub id: u64,
    pub result: Result<Loaded, LoadError>,
}

/// What a worker says.
#[derive(Debug)]
pub enum News {
    Loaded(Done),
    /// An update fetched `done` of `total` feeds.
    Progress {
        id: u64,
        done: usize,
        total: usize,
    },
    /// An update ended: what it did (said in the reader's language by the app), or why it
    /// failed.
    Updated {
        id: u64,
        summary: Result<Summary, String>,
    },
    /// The browser was started for `url` (the program's name), or why not.
    Opened {
        id: u64,
        url: String,
        result: Result<String, String>,
    },
    /// The OSC 52 write of a copy (done by the event loop, which owns the terminal) ended.
    Copied {
        id: u64,
        result: Result<(), String>,
    },
}

/// The workers' channel, the limits every fetch runs under, and the jobs running.
#[derive(Debug)]
pub struct Jobs {
    limits: Limits,
    tx: Sender<News>,
    rx: Receiver<News>,
    /// Set on quit: workers deliver nothing more.
    cancelled: Arc<AtomicBool>,
}

impl Default for Jobs {
    fn default() -> Self {
        Jobs::new(fetch::LIMITS)
    }
}

impl Jobs {
    pub fn new(limits: Limits) -> Jobs {
        let (tx, rx) = mpsc::channel();
        let cancelled = Arc::new(AtomicBool::new(false));
        Jobs {
            limits,
            tx,
            rx,
            cancelled,
        }
    }

    /// Starts loading on a worker thread ([`Jobs::run`] of a [`Job::Load`]).
    pub fn start(&self, id: u64, request: Request) {
        self.run(id, Job::Load(request));
    }

    /// Starts a job on a worker thread. A thread that cannot be started reports that as the
    /// job's result.
    pub fn run(&self, id: u64, job: Job) {
        let tx = Courier {
            tx: self.tx.clone(),
            cancelled: Arc::clone(&self.cancelled),
        };
        let limits = self.limits;
        let failed = |e: std::io::Error, what: &Job| match what {
            Job::Load(r) => News::Loaded(Done {
                id,
                result: Err(LoadError {
                    path: r.to_string().into(),
                    problem: loader::Problem::Io(format!("cannot start loading: {e}")),
                }),
            }),
            Job::Refresh(_) => News::Updated {
                id,
                summary: Err(format!("cannot start the update: {e}")),
            },
            Job::Open(url) => News::Opened {
                id,
                url: url.clone(),
                result: Err(format!("cannot start the browser: {e}")),
            },
        };
        let spawned = std::thread::Builder::new()
            .name("khabar-job".into())
            .spawn({
                let job = job.clone();
                move || work(id, job, &limits, &tx)
            });
        if let Err(e) = spawned {
            let _ = self.tx.send(failed(e, &job));
        }
    }

    /// Quitting: no job's news is delivered any more (the workers end on their own).
    pub fn cancel_all(&self) {
        self.cancelled.store(true, Ordering::SeqCst);
    }

    /// The news since the last call, without waiting.
    pub fn finished(&self) -> Vec<News> {
        self.rx.try_iter().collect()
    }

    /// Waits up to `timeout` for the next finished load, passing over other news (tests).
    pub fn wait(&self, timeout: Duration) -> Option<Done> {
        let until = std::time::Instant::now() + timeout;
        loop {
            let left = until.saturating_duration_since(std::time::Instant::now());
            match self.rx.recv_timeout(left).ok()? {
                News::Loaded(done) => return Some(done),
                _ => continue,
            }
        }
    }
}

impl Drop for Jobs {
    /// The reader quits (or the loop ends on a signal or an error): every job is cancelled.
    fn drop(&mut self) {
        self.cancel_all();
    }
}

/// A worker's end of the channel: says nothing once the jobs are cancelled.
struct Courier {
    tx: Sender<News>,
    cancelled: Arc<AtomicBool>,
}

impl Courier {
    fn send(&self, news: News) {
        if !self.cancelled.load(Ordering::SeqCst) {
            // The reader may have quit meanwhile: nobody to tell.
            let _ = self.tx.send(news);
        }
    }
}

fn work(id: u64, job: Job, limits: &Limits, tx: &Courier) {
    match job {
        Job::Load(request) => {
            let result = match &request {
                Request::File(p) => loader::load_file(p),
                Request::Url(u) => fetch::load_url(u, limits),
            };
            tx.send(News::Loaded(Done { id, result }));
        }
        Job::Open(url) => {
            let result = crate::browser::open(&url);
            tx.send(News::Opened { id, url, result });
        }
        Job::Refresh(db) => {
            let mut end = UpdateEnd {
                id,
                tx,
                sent: false,
            };
            let summary = refresh(&db, &mut |done, total| {
                end.tx.send(News::Progress { id, done, total });
            });
            end.tx.send(News::Updated { id, summary });
            end.sent = true;
        }
    }
}

/// Makes sure an update that stopped half way (a panic) still ends for the reader.
struct UpdateEnd<'a> {
    id: u64,
    tx: &'a Courier,
    sent: bool,
}

impl Drop for UpdateEnd<'_> {
    fn drop(&mut self) {
        if !self.sent {
            let summary = Ok(Summary {
                stopped: true,
                ..Summary::default()
            });
            self.tx.send(News::Updated {
                id: self.id,
                summary,
            });
        }
    }
}

/// The background update: every feed, progress told as it goes; what it did, with the
/// first failures named.
fn refresh(db: &Path, progress: &mut dyn FnMut(usize, usize)) -> Result<Summary, String> {
    let mut store = Store::open(db).map_err(|e| e.to_string())?;
    let feeds = store.feeds().map_err(|e| e.to_string())?;
    let reports = update::update(
        &mut store,
        &feeds,
        &update::Options::default(),
        &mut |_, done, total| progress(done, total),
    );
    let totals = Totals::of(&reports);
    let failures = reports
        .iter()
        .filter_map(|r| match &r.outcome {
            Outcome::Failed(why) => Some((r.feed.label().to_string(), why.clone())),
            _ => None,
        })
        .take(2)
        .collect();
    Ok(Summary {
        feeds: totals.feeds,
        new: totals.new,
        changed: totals.changed,
        not_modified: totals.not_modified,
        failed: totals.failed,
        failures,
        stopped: false,
    })
}
