//! `khabar update`: every subscription fetched with a conditional GET, [`Options::jobs`] at
//! a time on worker threads, parsed there, and written by the calling thread, one
//! transaction per feed — so an update killed halfway leaves every feed it finished stored
//! and the rest as they were. A feed that fails (time limit, 500, not a feed) is reported
//! and the others go on.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use crate::fetch::Limits;
use crate::i18n::errors::{Localize, Reason};
use crate::loader::{self, feed};
use crate::store::{Feed, Saved, Store};

use super::discover;
use super::http::{self, Answer, Validators};
use super::{FEED_LIMITS, JOBS};

/// How an update runs.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Feeds fetched at once (at least 1).
    pub jobs: usize,
    pub limits: Limits,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            jobs: JOBS,
            limits: FEED_LIMITS,
        }
    }
}

/// What became of one feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Saved(Saved),
    /// The server answered `304 Not Modified`; nothing was rewritten.
    NotModified,
    /// Why it failed, to be said in the reader's language.
    Failed(Reason),
}

/// One feed's line of the update's report.
#[derive(Debug, Clone)]
pub struct Report {
    pub feed: Feed,
    pub outcome: Outcome,
    /// Repairs the loader made (e.g. stray `&` escaped).
    pub warnings: Vec<Reason>,
}

/// A feed fetched and parsed on a worker.
enum Got {
    NotModified,
    Feed(Box<feed::ParsedFeed>, Validators),
}

/// Updates `feeds`; `progress` hears of each feed as it is stored (its report, how many are
/// done, how many in all). The reports come back in the order of `feeds`.
pub fn update(
    store: &mut Store,
    feeds: &[Feed],
    opts: &Options,
    progress: &mut dyn FnMut(&Report, usize, usize),
) -> Vec<Report> {
    let agent = http::agent(&opts.limits);
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel();
    let mut reports: Vec<Option<Report>> = vec![None; feeds.len()];
    std::thread::scope(|scope| {
        for _ in 0..opts.jobs.clamp(1, feeds.len().max(1)) {
            let tx = tx.clone();
            let (agent, next) = (&agent, &next);
            scope.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(feed) = feeds.get(i) else { break };
                    if tx.send((i, fetch_one(agent, feed, &opts.limits))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        for (done, (i, got)) in rx.iter().enumerate() {
            let report = store_one(store, &feeds[i], got);
            progress(&report, done + 1, feeds.len());
            reports[i] = Some(report);
        }
    });
    reports.into_iter().flatten().collect()
}

/// Fetches and parses one feed (on a worker).
fn fetch_one(agent: &ureq::Agent, feed: &Feed, limits: &Limits) -> Result<Got, Reason> {
    let last = Validators {
        etag: feed.etag.clone(),
        last_modified: feed.last_modified.clone(),
    };
    let (bytes, charset, validators) =
        match http::get(agent, &feed.url, limits, &last).map_err(|e| e.reason())? {
            Answer::NotModified => return Ok(Got::NotModified),
            Answer::Body {
                bytes,
                charset,
                validators,
            } => (bytes, charset, validators),
        };
    let parsed = parse_fetched(&bytes, charset, &feed.url)?;
    Ok(Got::Feed(Box::new(parsed), validators))
}

/// A fetched feed's bytes as `khabar update` stores them: decoded (`charset` from the
/// `Content-Type` header), checked to be a feed (an HTML page that names one says so), and
/// parsed with its items' keys. `url` is the feed's address. The fuzz target `update` runs
/// exactly this, then [`Store::save_fetch`] twice.
pub fn parse_fetched(
    bytes: &[u8],
    charset: Option<&'static encoding_rs::Encoding>,
    url: &str,
) -> Result<feed::ParsedFeed, Reason> {
    let mut warnings = Vec::new();
    let (text, utf8) = loader::decode_feed(bytes, charset, &mut warnings).map_err(|p| {
        let html = String::from_utf8_lossy(bytes);
        match discover::feed_links(&html, url).first() {
            Some(feed) => (Reason::new("reason-names-feed"))
                .inner("reason", p.reason())
                .text("address", feed),
            None => p.reason(),
        }
    })?;
    let feed_bytes = utf8.as_ref().map_or(bytes, |t| t.as_bytes());
    // A bug in the parser on one strange feed must not stop the update of the others.
    // `guard::catch` keeps the panic hooks quiet: in the reader (`r`), the terminal stays set up.
    let mut parsed = crate::guard::catch(|| feed::parse_feed(feed_bytes, &text))
        .map_err(|why| loader::Problem::ParserFailed("feed", why).reason())?
        .map_err(|p| p.reason())?;
    parsed.warnings.extend(warnings);
    Ok(parsed)
}

/// Writes what a worker brought back (on the calling thread).
fn store_one(store: &mut Store, feed: &Feed, got: Result<Got, Reason>) -> Report {
    let mut warnings = Vec::new();
    let mut feed = feed.clone();
    let outcome = match got {
        Ok(Got::NotModified) => match store.note_not_modified(feed.id) {
            Ok(()) => Outcome::NotModified,
            Err(e) => Outcome::Failed(e.reason()),
        },
        Ok(Got::Feed(parsed, v)) => {
            warnings = parsed.warnings.clone();
            if parsed.title.is_some() {
                feed.title = parsed.title.clone();
            }
            let etag = v.etag.as_deref();
            match store.save_fetch(feed.id, &parsed, etag, v.last_modified.as_deref()) {
                Ok(saved) => Outcome::Saved(saved),
                Err(e) => Outcome::Failed(e.reason()),
            }
        }
        Err(why) => {
            // The failure is noted for `khabar feeds`; if even that fails, the report says
            // why the feed failed, which matters more.
            let _ = store.note_failure(feed.id, &why.encode());
            Outcome::Failed(why)
        }
    };
    Report {
        feed,
        outcome,
        warnings,
    }
}

/// Totals of an update, for its summary line.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Totals {
    pub feeds: usize,
    pub new: usize,
    pub changed: usize,
    pub not_modified: usize,
    pub failed: usize,
}

impl Totals {
    pub fn of(reports: &[Report]) -> Totals {
        let mut t = Totals {
            feeds: reports.len(),
            ..Totals::default()
        };
        for r in reports {
            match &r.outcome {
                Outcome::Saved(s) => {
                    t.new += s.new;
                    t.changed += s.changed;
                }
                Outcome::NotModified => t.not_modified += 1,
                Outcome::Failed(_) => t.failed += 1,
            }
        }
        t
    }
}

impl Totals {
    /// The summary line in the reader's language (`update-summary`), each count a unit.
    pub fn line(&self, msgs: &crate::i18n::Messages) -> crate::text::Line {
        use crate::i18n::Arg::Num;
        msgs.line(
            "update-summary",
            &[
                ("feeds", Num(self.feeds)),
                ("new", Num(self.new)),
                ("changed", Num(self.changed)),
                ("unmodified", Num(self.not_modified)),
                ("failed", Num(self.failed)),
            ],
        )
    }
}

impl std::fmt::Display for Totals {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        write!(
            f,
            "{}: {}, {} changed, {} not modified, {} failed",
            plural(self.feeds, "feed", "feeds"),
            plural(self.new, "new item", "new items"),
            self.changed,
            self.not_modified,
            self.failed
        )
    }
}
