//! The store's jobs of the runner (see [`super`]): subscribing (`a`), keeping an article
//! (`s`), searching everything (the library pane's `/`) and the background update (`r`),
//! each on the worker thread the runner started, telling the app through its [`Courier`].

use crate::i18n::errors::{Localize, Reason};
use std::path::Path;

use super::{Courier, Job, News, Opened, search};
use crate::store::Store;
use crate::store::shelf::{Notes, Shelf, Summary};
use crate::subscribe::update::{self, Outcome, Totals};

/// Runs a job of the store (every [`Job`] but `Load` and `Open`, which the runner runs itself).
pub(super) fn work(id: u64, job: Job, tx: &Courier) {
    match job {
        Job::Subscribe { db, address, notes } => {
            let limits = crate::subscribe::FEED_LIMITS;
            let result = crate::subscribe::add::subscribe(&db, &address, &limits);
            let opened = open_store(&db, notes.filter(|_| result.is_ok()));
            tx.send(News::Subscribed { id, result, opened });
        }
        Job::Keep { db, article, notes } => {
            let result = Store::open(&db)
                .and_then(|mut s| s.keep_article(&article))
                .map_err(|e| crate::i18n::errors::Localize::reason(&e));
            let opened = open_store(&db, notes.filter(|_| result.is_ok()));
            tx.send(News::Kept { id, result, opened });
        }
        Job::SearchAll { db, query } => {
            let hits = search::in_store(&db, &query);
            tx.send(News::Found { id, query, hits });
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
        Job::Load(_) | Job::Open(_) | Job::IndexFiles(_) | Job::SearchFiles { .. } => {}
        Job::ListingKeys { .. } => {}
    }
}

/// The store at `db` opened for the reader, when `notes` asks for it (the reader had none).
fn open_store(db: &Path, notes: Option<Notes>) -> Opened {
    let notes = notes?;
    let store = Store::open(db).ok()?;
    Shelf::open_noted(store, notes).ok().map(Box::new)
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
fn refresh(db: &Path, progress: &mut dyn FnMut(usize, usize)) -> Result<Summary, Reason> {
    let mut store = Store::open(db).map_err(|e| e.reason())?;
    let feeds = store.feeds().map_err(|e| e.reason())?;
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
