//! The reader's subscription keys: `m` (read/unread), `s` (save for later), `r` (update
//! every feed in the background; the status line shows its progress and the library is
//! listed again when it is done). The marks are in [`crate::store::shelf`]: a key changes
//! them at once and asks the loop to write them ([`Effect::Store`], as opening a stored item
//! asks for its body); the update is a job ([`Effect::Job`]) whose news comes back to
//! [`App::job_news`]; a library of files answers with a note.

use crate::i18n::Arg;
use crate::i18n::errors::Reason;
use crate::jobs::Job;
use crate::keymap::Action;
use crate::store::shelf::{Note, Shelf, StoreNews, take_body};

use super::{App, ArticleView, Effect};

impl App {
    /// `m`, `s` and `r`; `m` and `s` on article `i` (the open one, or the library pane's
    /// selection).
    pub(super) fn feeds_action(&mut self, action: Action, i: usize) -> Option<Effect> {
        let mut effect = None;
        let Some(shelf) = self.shelf.as_mut() else {
            // A library of files: the note goes where search notes go.
            self.say(self.not_subscribed());
            return None;
        };
        let note = match action {
            Action::ToggleRead | Action::Save => {
                let (note, op) = match action {
                    Action::ToggleRead => shelf.toggle_read(i),
                    _ => shelf.toggle_saved(i),
                };
                self.store_ops.extend(op);
                note
            }
            Action::Refresh => match shelf.start_refresh(self.last_job + 1) {
                Ok(db) => {
                    self.last_job += 1;
                    effect = Some(Effect::Job {
                        id: self.last_job,
                        job: Job::Refresh(db),
                    });
                    Note::Updating
                }
                Err(note) => note,
            },
            _ => return None,
        };
        shelf.note = Some(note);
        effect
    }

    /// The note of a library of files: `m, s and r work on subscriptions`, with the keys bound
    /// now (rule: messages ask the keymap for the keys they name).
    pub(super) fn not_subscribed(&self) -> String {
        let [m, s, r] =
            [Action::ToggleRead, Action::Save, Action::Refresh].map(|a| self.keymap.say(a));
        let args = [
            ("m", Arg::Text(&m)),
            ("s", Arg::Text(&s)),
            ("r", Arg::Text(&r)),
        ];
        self.msg.get("note-not-subscribed", &args)
    }

    /// The shelf's note in the reader's language (the store says which note; the catalogues
    /// say it), `None` when there is none.
    pub fn feed_note(&self) -> Option<String> {
        let note = self.shelf.as_ref()?.note.as_ref()?;
        let msg = &self.msg;
        Some(match note {
            Note::NotStored => msg.text("note-not-stored"),
            Note::MarkedRead => msg.text("note-marked-read"),
            Note::MarkedUnread => msg.text("note-marked-unread"),
            Note::Saved => msg.text("note-saved"),
            Note::Unsaved => msg.text("note-unsaved"),
            Note::ReadOnly => msg.text("note-read-only"),
            Note::MarksBusy(n) => msg.get("note-marks-busy", &[("count", Arg::Num(*n))]),
            Note::MarksFailed(e) => {
                msg.get("note-marks-failed", &[("error", Arg::Said(&msg.say(e)))])
            }
            Note::AlreadyUpdating => msg.text("note-already-updating"),
            Note::Updating => msg.text("note-updating"),
            Note::Progress { done, total } => {
                // `done/total` is one placeable: isolated apart, its parts would swap in an
                // RTL UI.
                let progress = format!("{done}/{total}");
                msg.get(
                    "note-update-progress",
                    &[("progress", Arg::Text(&progress))],
                )
            }
            Note::UpdateFailed(e) => {
                msg.get("note-update-failed", &[("error", Arg::Said(&msg.say(e)))])
            }
            Note::Updated(s) => summary(msg, s),
            Note::ListFailed(e) => {
                msg.get("note-list-failed", &[("error", Arg::Said(&msg.say(e)))])
            }
        })
    }

    /// Drops the last note on the next key, unless an update is still reporting progress.
    pub(super) fn clear_feed_note(&mut self) {
        if let Some(shelf) = self.shelf.as_mut()
            && !shelf.refreshing()
        {
            shelf.note = None;
        }
    }

    /// Store work asked for and not handed over yet (opening an item from a job's news or
    /// when the app is made, or beside another effect), as one [`Effect::Store`]; the event
    /// loop asks after every update and every job's news. Rule: the app never does store I/O
    /// itself.
    pub fn store_work(&mut self) -> Option<Effect> {
        (!self.store_ops.is_empty()).then(|| Effect::Store(std::mem::take(&mut self.store_ops)))
    }

    /// The shelf, for the event loop to perform store work on
    /// ([`crate::event_loop::perform_store`]); `None` for a library of files. What it reads
    /// comes back through [`App::store_news`]: the library never leaves the app.
    pub fn shelf_mut(&mut self) -> Option<&mut Shelf> {
        self.shelf.as_mut()
    }

    /// What the store gave for the app's store work (read by the event loop): a body for
    /// an article, or the items listed again after an update.
    pub fn store_news(&mut self, news: StoreNews) {
        match news {
            StoreNews::Body { index, article } => {
                let said = |r: Reason| {
                    let why = self.msg.say(&r);
                    self.msg
                        .get("note-body-failed", &[("error", Arg::Said(&why))])
                };
                let article = article.map_err(said);
                if let Some(i) = take_body(&mut self.library, index, article) {
                    self.body_read(i);
                }
            }
            StoreNews::Listed(listing) => {
                let Some(shelf) = self.shelf.as_mut() else {
                    return;
                };
                let (current, another) = shelf.relisted(&mut self.library, self.current, listing);
                self.relisted(current, another);
                // The item a job kept or added, opened once it is listed.
                let open = self.open_after_relist.take();
                let at = open.and_then(|id| self.shelf.as_ref()?.index_of(id));
                if let Some(at) = at.filter(|&at| at != current) {
                    self.navigate(at);
                }
            }
        }
    }

    /// Article `i`'s body was read from the store: shown fresh if it is the one open.
    pub fn body_read(&mut self, i: usize) {
        if i != self.current {
            return;
        }
        self.view = ArticleView::new(&self.library.articles[i], self.render).revealing(self.reveal);
        self.relayout();
        if let Some(v) = self.revisit_after_body.take().filter(|v| v.article == i) {
            self.restore_visit(v);
        }
        if let Some((_, query)) = self.search_after_body.take().filter(|s| s.0 == i) {
            self.search_for(&query);
        }
        self.refresh_chrome();
    }

    /// The library was listed again after an update: the open article is now `current`
    /// (`another`: a different one, to open).
    pub(super) fn relisted(&mut self, current: usize, another: bool) {
        let follow = self.library_view.selected() == Some(self.current);
        self.current = current;
        self.library_view.relisted(&super::library_keys::source(
            &self.library,
            self.shelf.as_ref(),
            self.current,
        ));
        if follow {
            self.library_view.select_article(current);
        }
        if another {
            self.open(current);
        } else {
            self.relayout();
        }
    }
}

/// What an update did, in the reader's language: the counts (`update-summary`), then the
/// first failures, each feed's name an isolate (FSI … PDI, as Fluent's placeables) and
/// every text shown under the text policy's rule 3.
fn summary(msg: &crate::i18n::Messages, s: &crate::store::shelf::Summary) -> String {
    use crate::text::symbols::{escape, reveal_invisible};
    if s.stopped {
        return msg.text("note-update-stopped");
    }
    let counts = [
        ("feeds", s.feeds),
        ("new", s.new),
        ("changed", s.changed),
        ("unmodified", s.not_modified),
        ("failed", s.failed),
    ]
    .map(|(k, n)| (k, Arg::Num(n)));
    let mut text = msg.get("update-summary", &counts);
    let shown = |t: &str| escape(&reveal_invisible(t)).into_owned();
    let failures: Vec<String> = s
        .failures
        .iter()
        .map(|(name, why)| format!("\u{2068}{}\u{2069}: {}", shown(name), msg.say(why)))
        .collect();
    if !failures.is_empty() {
        text.push_str(&format!(" ({})", failures.join("; ")));
    }
    text
}
