//! The one job runner: the background work the reader asks for as `Effect`s — loading a
//! followed link ([`Job::Load`]), updating every feed (`r`, [`Job::Refresh`]) and opening a
//! link in the browser (`o`, [`Job::Open`]) — runs here,
//! each job on a worker thread of its own with the id the app gave it, never inside
//! `App::update` or the store. Workers send [`News`] back over one channel; the event loop
//! hands it to the app (`App::job_news`), which drops what it no longer waits for (Esc
//! cancelled it, or a newer request replaced it). Quitting cancels every job
//! ([`Jobs::cancel_all`]): nothing a worker finishes afterwards is delivered. A runner made
//! [`Jobs::with_waker`] calls its waker after every news, so the loop sleeps until then.
//! The store's jobs (subscribe, keep, search, update) are run by `store`, the searches by
//! `search` (a library of files: its index built once in the background, [`FilesIndex`]).

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

mod search;
mod store;

pub use search::{FilesIndex, MAX_RESULTS};

use crate::article::Article;
use crate::fetch::{self, Limits};
use crate::i18n::errors::Reason;
use crate::library::Library;
use crate::library::listing_keys::ListingKeys;
use crate::loader::{self, LoadError, Loaded};
use crate::store::saved::Kept;
use crate::store::shelf::{Notes, Shelf, Summary};
use crate::subscribe::add::Added;

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
    /// `a`: subscribe the store at `db` to an address and fetch it ([`crate::subscribe::add`]);
    /// with `notes`, the reader has no store open yet and the job opens it ([`Opened`]).
    Subscribe {
        db: PathBuf,
        address: String,
        notes: Option<Notes>,
    },
    /// `s` on an article none of the store's: keep it in the store at `db`
    /// ([`Store::keep_article`]); `notes` as for [`Job::Subscribe`].
    Keep {
        db: PathBuf,
        article: Box<Article>,
        notes: Option<Notes>,
    },
    /// Search every article of the store at this path (the library pane's `/`).
    SearchAll {
        db: PathBuf,
        query: String,
    },
    /// Search a library of files through its index (built first, here, if no
    /// [`Job::IndexFiles`] has built it yet).
    SearchFiles {
        index: Arc<FilesIndex>,
        query: String,
    },
    /// Build the search index of a library of files (the library pane's `/` asks for it).
    IndexFiles(Arc<FilesIndex>),
    /// Complete the library pane's keys of the `order` of these articles with their filter
    /// texts (a big library: texts folded off the UI thread), for the listing `generation`.
    ListingKeys {
        articles: Vec<Arc<Article>>,
        order: Arc<ListingKeys>,
        generation: u64,
    },
}

/// One result of a search of everything: the store's item (`item`) or the library's article
/// (`index`), the place matched and the match's range in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub item: Option<i64>,
    pub index: Option<usize>,
    pub line: String,
    pub range: std::ops::Range<usize>,
}

/// The store a job opened for a reader that had none: its library and shelf.
pub type Opened = Option<Box<(Library, Shelf)>>;

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
        summary: Result<Summary, crate::i18n::errors::Reason>,
    },
    /// The browser opened `url` (the program's name), or why not.
    Opened {
        id: u64,
        url: String,
        result: Result<String, crate::browser::OpenError>,
    },
    /// A subscription was made (or why not), with the store opened when the job was asked to.
    Subscribed {
        id: u64,
        result: Result<Added, crate::i18n::errors::Reason>,
        opened: Opened,
    },
    /// An article was kept in the store (or why not), as for `Subscribed`.
    Kept {
        id: u64,
        result: Result<Kept, crate::i18n::errors::Reason>,
        opened: Opened,
    },
    /// A search of everything for `query` ended: its results, or why it failed.
    Found {
        id: u64,
        query: String,
        hits: Result<Vec<Found>, Reason>,
    },
    /// The search index of a library of files is built (`id`: its [`Job::IndexFiles`]).
    Indexed {
        id: u64,
    },
    /// The library pane's keys of the listing `generation` are made.
    Keys {
        id: u64,
        generation: u64,
        keys: Arc<ListingKeys>,
    },
    /// The OSC 52 write of a copy (done by the event loop, which owns the terminal) ended.
    Copied {
        id: u64,
        /// Why not: the system's failure, said by its kind.
        result: Result<(), crate::i18n::errors::Reason>,
    },
}

/// Called after a news is sent (the event loop's wake-up).
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// The workers' channel, the limits every fetch runs under, and the jobs running.
pub struct Jobs {
    limits: Limits,
    tx: Sender<News>,
    rx: Receiver<News>,
    /// Set on quit: workers deliver nothing more.
    cancelled: Arc<AtomicBool>,
    waker: Option<Waker>,
}

impl fmt::Debug for Jobs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Jobs")
            .field("limits", &self.limits)
            .field("cancelled", &self.cancelled)
            .finish_non_exhaustive()
    }
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
            waker: None,
        }
    }

    /// A runner that calls `waker` after every news it sends.
    pub fn with_waker(limits: Limits, waker: Waker) -> Jobs {
        let mut jobs = Jobs::new(limits);
        jobs.waker = Some(waker);
        jobs
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
            waker: self.waker.clone(),
        };
        let limits = self.limits;
        let failed = |e: std::io::Error, what: &Job| match what {
            Job::Load(r) => News::Loaded(Done {
                id,
                result: Err(LoadError {
                    path: r.to_string().into(),
                    problem: loader::Problem::Io(loader::io_message(&e)),
                }),
            }),
            Job::Refresh(_) => News::Updated {
                id,
                summary: Err(loader::io_reason(&loader::io_message(&e))),
            },
            Job::Subscribe { .. } => News::Subscribed {
                id,
                result: Err(
                    crate::i18n::errors::Reason::new("reason-io").text("error", e.to_string())
                ),
                opened: None,
            },
            Job::Keep { .. } => News::Kept {
                id,
                result: Err(
                    crate::i18n::errors::Reason::new("reason-io").text("error", e.to_string())
                ),
                opened: None,
            },
            Job::Open(url) => News::Opened {
                id,
                url: url.clone(),
                result: Err(crate::browser::OpenError::CannotRun {
                    program: "khabar-job".into(),
                    error: e.to_string(),
                }),
            },
            // A search builds the index itself when it finds none.
            Job::IndexFiles(_) => News::Indexed { id },
            // Made here instead: the same work, on the thread that asked.
            Job::ListingKeys {
                articles,
                order,
                generation,
            } => News::Keys {
                id,
                generation: *generation,
                keys: Arc::new(order.with_texts(articles)),
            },
            Job::SearchAll { query, .. } | Job::SearchFiles { query, .. } => News::Found {
                id,
                query: query.clone(),
                hits: Err(Reason::new("reason-search-not-started")
                    .inner("error", loader::io_reason(&loader::io_message(&e)))),
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
            if let Some(wake) = &self.waker {
                wake();
            }
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
    waker: Option<Waker>,
}

impl Courier {
    fn send(&self, news: News) {
        if !self.cancelled.load(Ordering::SeqCst) {
            // The reader may have quit meanwhile: nobody to tell.
            let _ = self.tx.send(news);
            if let Some(wake) = &self.waker {
                wake();
            }
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
        Job::IndexFiles(index) => {
            index.built();
            tx.send(News::Indexed { id });
        }
        Job::ListingKeys {
            articles,
            order,
            generation,
        } => {
            let keys = Arc::new(order.with_texts(&articles));
            drop(articles);
            tx.send(News::Keys {
                id,
                generation,
                keys,
            });
        }
        Job::SearchFiles { index, query } => {
            let hits = index.search(&query);
            tx.send(News::Found { id, query, hits });
        }
        store_job => store::work(id, store_job, tx),
    }
}
