//! The app's side of the job runner ([`crate::jobs`]): starting a load ([`Effect::Load`]),
//! taking the jobs' news back ([`App::job_news`]: a finished load, an update's progress and
//! end) and counting the jobs the reader waits for. Rule: `App::update` only asks for work
//! with an [`Effect`]; nothing here starts a thread or touches the network.

use std::time::Instant;

use super::{App, Effect};
use crate::browser::OpenError;
use crate::fetch::FetchError;
use crate::i18n::Arg;
use crate::i18n::errors::Localize;
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
        let indexing = usize::from(self.files.building());
        usize::from(self.loading.is_some()) + usize::from(updating) + indexing + self.errands.len()
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
                    Ok(program) => {
                        let args = [("url", Arg::Text(&url)), ("program", Arg::Text(&program))];
                        self.tell("status-opened", &args);
                    }
                    Err(why) => self.open_failed(&why),
                }
                true
            }
            News::Copied { id, result } => {
                if !self.errand_done(id) {
                    return false;
                }
                let what = self.copying.take().unwrap_or_default();
                match result {
                    Ok(()) => self.tell("status-copied", &[("what", Arg::Text(&what))]),
                    Err(why) => {
                        let why = self.msg.say(&why);
                        self.warn("status-not-copied", &[("why", Arg::Said(&why))]);
                    }
                }
                true
            }
            News::Subscribed { id, result, opened } => {
                if !self.errand_done(id) {
                    return false;
                }
                self.subscribed(result, opened);
                true
            }
            News::Kept { id, result, opened } => {
                if !self.errand_done(id) {
                    return false;
                }
                self.kept(result, opened);
                true
            }
            // A search replaced by a newer one is dropped by its query.
            News::Found { query, hits, .. } => self.found(&query, hits),
            News::Indexed { id } => self.indexed(id),
            News::Keys {
                id,
                generation,
                keys,
            } => self.keys_came(id, generation, keys),
            News::Progress { id, done, total } => self
                .shelf
                .as_mut()
                .is_some_and(|s| s.refresh_progress(id, done, total)),
            News::Updated { id, summary } => {
                // The items are listed again by the loop (rule: the app does no store I/O);
                // the listing comes back through `App::store_news`.
                let ended = self
                    .shelf
                    .as_mut()
                    .is_some_and(|s| s.refresh_ended(id, summary));
                if ended {
                    self.store_ops.push(crate::store::shelf::StoreOp::Relist);
                }
                ended
            }
        }
    }

    /// `o` failed: the status line names the command and how it ended (its exit status and
    /// the first line it wrote to stderr), or why nothing ran.
    fn open_failed(&mut self, why: &OpenError) {
        // The address refused or the system's failure, said by their reasons.
        let said = match why {
            OpenError::Unsafe(why) => self.msg.say(&FetchError::Refused(why.clone()).reason()),
            OpenError::CannotRun { error, .. } => self.msg.say(&crate::loader::io_reason(error)),
            _ => String::new(),
        };
        let (id, args) = match why {
            OpenError::Unsafe(_) => ("status-not-opened", vec![("why", Arg::Said(&said))]),
            OpenError::NoBrowser => ("status-open-no-browser", vec![]),
            OpenError::CannotRun { program, .. } => (
                "status-open-cannot-run",
                vec![("program", Arg::Text(program)), ("error", Arg::Said(&said))],
            ),
            OpenError::Failed {
                program,
                code,
                stderr,
            } => {
                let mut args = vec![("program", Arg::Text(program))];
                let id = match (code, stderr) {
                    (Some(c), _) => {
                        args.push(("code", Arg::Num(usize::try_from(*c).unwrap_or(0))));
                        "status-open-exited"
                    }
                    (None, _) => "status-open-signal",
                };
                let said = stderr.as_deref().unwrap_or_default();
                args.push(("stderr", Arg::Text(said)));
                let id = if stderr.is_some() {
                    format!("{id}-said")
                } else {
                    id.to_string()
                };
                let text = self.msg().get(&id, &args);
                self.complain(text);
                return;
            }
        };
        self.warn(id, &args);
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
                        let item = std::sync::Arc::make_mut(&mut self.library.articles[i]);
                        let source = item.meta.source.take();
                        let url = item.meta.url.take();
                        *item = full;
                        item.meta.source = source.or(item.meta.source.take());
                        item.meta.url = url.or(item.meta.url.take());
                        item.meta.summary_only = false;
                        let src = super::library_keys::source(
                            &self.library,
                            self.shelf.as_ref(),
                            self.current,
                        );
                        self.library_view.articles_changed(&src);
                        let top = self.view.pager.top();
                        self.open(i);
                        self.view.pager.restore(&self.library.articles[i].body, top);
                        self.tell("status-full-loaded", &[]);
                    }
                    _ => self.warn("status-no-article-in", &[("what", Arg::Text(&what))]),
                }
            }
            Ok(loaded) => match self.library.add(loaded.articles) {
                Some(i) => self.navigate(i),
                None => self.warn("status-no-article-in", &[("what", Arg::Text(&what))]),
            },
            // The error names the address or the file; its reason in the reader's language.
            Err(e) => self.complain(self.msg.describe(&e)),
        }
        self.refresh_chrome();
        true
    }
}
