//! The app's side of the job runner ([`crate::jobs`]): starting a load ([`Effect::Load`]),
//! taking the jobs' news back ([`App::job_news`]: a finished load, an update's progress and
//! end) and counting the jobs the reader waits for. Rule: `App::update` only asks for work
//! with an [`Effect`]; nothing here starts a thread or touches the network.

use std::time::Instant;

use super::{App, Effect};
use crate::jobs::{News, Request};
use crate::loader::{LoadError, Loaded};

/// A load running on a worker thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loading {
    pub id: u64,
    /// What is loading (an address or a path), for the status line.
    pub what: String,
    pub since: Instant,
    /// The library article the result takes the place of: a feed item that carried only its
    /// summary, whose full article this is.
    pub replaces: Option<usize>,
}

impl App {
    /// Jobs running on the event loop's runner that the reader waits for: a load, an update.
    pub fn jobs_running(&self) -> usize {
        let updating = self.shelf.as_ref().is_some_and(|s| s.refreshing());
        usize::from(self.loading.is_some()) + usize::from(updating) + self.errands.len()
    }

    /// The event loop starts an open (`o`) or a copy (`y`) job: its id, counted as running
    /// until its news ([`News::Opened`], [`News::Copied`]) comes back.
    pub fn start_errand(&mut self) -> u64 {
        self.last_job += 1;
        self.errands.push(self.last_job);
        self.last_job
    }

    /// An open or copy job ended; false when nobody waits for it.
    fn errand_done(&mut self, id: u64) -> bool {
        let before = self.errands.len();
        self.errands.retain(|&e| e != id);
        self.errands.len() != before
    }

    /// A job's news (the event loop hands it over as it comes); returns true when the screen
    /// should be drawn again. News of a job the reader no longer waits for is dropped.
    pub fn job_news(&mut self, news: News) -> bool {
        match news {
            News::Loaded(done) => self.loaded(done.id, done.result),
            News::Opened { id, url, result } => {
                if !self.errand_done(id) {
                    return false;
                }
                match result {
                    Ok(program) => self.say(format!("opened {url} with {program}")),
                    Err(why) => self.complain(format!("not opened: {why}")),
                }
                true
            }
            News::Copied { id, result } => {
                if !self.errand_done(id) {
                    return false;
                }
                if let Err(why) = result {
                    self.complain(format!("not copied: {why}"));
                }
                true
            }
            // A search replaced by a newer one is dropped by its query.
            News::Found { query, hits, .. } => self.found(&query, hits),
            News::Progress { id, done, total } => self
                .shelf
                .as_mut()
                .is_some_and(|s| s.refresh_progress(id, done, total)),
            News::Updated { id, summary } => {
                let shelf = self.shelf.as_mut();
                let relisted = shelf
                    .and_then(|s| s.refresh_done(&mut self.library, id, summary, self.current));
                match relisted {
                    Some((current, another)) => self.relisted(current, another),
                    None => return false,
                }
                true
            }
        }
    }

    /// Starts loading in the background; a load still running is dropped.
    pub fn start_load(&mut self, request: Request) -> Option<Effect> {
        self.last_job += 1;
        self.loading = Some(Loading {
            id: self.last_job,
            what: request.to_string(),
            since: Instant::now(),
            replaces: None,
        });
        Some(Effect::Load {
            id: self.last_job,
            request,
        })
    }

    /// A load finished: opens its first article (added to the library), or says why it failed.
    /// A result the reader no longer waits for (cancelled, or replaced) is dropped. Returns
    /// whether anything changed on screen.
    pub fn loaded(&mut self, id: u64, result: Result<Loaded, LoadError>) -> bool {
        if self.loading.as_ref().is_none_or(|l| l.id != id) {
            return false;
        }
        let (what, replaces) = self
            .loading
            .take()
            .map(|l| (l.what, l.replaces))
            .unwrap_or_default();
        match result {
            Ok(loaded) if replaces.is_some() => {
                let i = replaces.unwrap_or_default();
                match loaded.articles.into_iter().next() {
                    Some(full) if i < self.library.articles.len() => {
                        let item = &mut self.library.articles[i];
                        let source = item.meta.source.take();
                        let url = item.meta.url.take();
                        *item = full;
                        item.meta.source = source.or(item.meta.source.take());
                        item.meta.url = url.or(item.meta.url.take());
                        item.meta.summary_only = false;
                        let top = self.view.pager.top();
                        self.open(i);
                        self.view.pager.restore(&self.library.articles[i].body, top);
                        self.say("the full article, loaded from its address".to_string());
                    }
                    _ => self.complain(format!("no article in {what}")),
                }
            }
            Ok(loaded) => match self.library.add(loaded.articles) {
                Some(i) => self.navigate(i),
                None => self.complain(format!("no article in {what}")),
            },
            // The error names the address or the file.
            Err(e) => self.complain(e.to_string()),
        }
        self.refresh_chrome();
        true
    }
}
