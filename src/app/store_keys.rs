//! `a` and `s` beyond the subscriptions' marks: `a` opens a prompt for an address and
//! subscribes to it ([`Job::Subscribe`]: the feed, or the feed a page names, fetched at once);
//! `s` on an article none of the store's (a file, a followed page, a bundled article) keeps
//! it in the store ([`Job::Keep`]). Both run as jobs; their news lists the store again, or,
//! for a reader that had no store open (the first run), brings the store the job opened.
//! While the prompt is open its keys are the search prompt's (Enter, Esc, Backspace, Ctrl-u).

use std::path::PathBuf;

use super::{App, Effect, History, Overlay};
use crate::i18n::Arg;
use crate::i18n::errors::Reason;
use crate::jobs::{Job, Opened};
use crate::keymap::Action;
use crate::store::saved::Kept;
use crate::store::shelf::{Notes, StoreOp};
use crate::subscribe::add::Added;

/// The option `status-no-store` names: a placeable, so that its dashes stay before it in a
/// right-to-left sentence.
const NO_STORE_OPTION: &[(&str, Arg<'static>)] = &[("option", Arg::Text("--db FILE"))];

impl App {
    /// Where `a` and `s` write when no store is open yet (the store's default place, or the
    /// `--db` the user named).
    pub fn set_store_path(&mut self, path: PathBuf) {
        self.store_path = Some(path);
    }

    /// The address typed in the `a` prompt, while it is open.
    pub fn address_prompt(&self) -> Option<&str> {
        match &self.overlay {
            Some(Overlay::Address(a)) => Some(a),
            _ => None,
        }
    }

    /// The store `a` and `s` write to, and the notes for opening it when it is not open yet.
    fn store_target(&self) -> Option<(PathBuf, Option<Notes>)> {
        match &self.shelf {
            Some(shelf) => Some((shelf.db(), None)),
            None => {
                let notes = Notes::of(&self.keymap, &self.msg);
                Some((self.store_path.clone()?, Some(notes)))
            }
        }
    }

    /// `a`: the address prompt.
    pub(super) fn open_address_prompt(&mut self) {
        self.overlay = Some(Overlay::Address(String::new()));
    }

    /// A key while the address prompt is open.
    pub(super) fn update_address(&mut self, action: Action) -> Option<Effect> {
        let Some(Overlay::Address(text)) = &mut self.overlay else {
            return None;
        };
        match action {
            Action::Input(c) => text.push(c),
            Action::DeleteBack => {
                super::delete_back(text);
            }
            Action::ClearQuery => text.clear(),
            Action::SearchCancel => self.overlay = None,
            Action::SearchConfirm => {
                let address = text.trim().to_string();
                self.overlay = None;
                return self.subscribe(address);
            }
            _ => {}
        }
        None
    }

    fn subscribe(&mut self, address: String) -> Option<Effect> {
        if address.is_empty() {
            return None;
        }
        let Some((db, notes)) = self.store_target() else {
            self.warn("status-no-store", NO_STORE_OPTION);
            return None;
        };
        self.tell("status-subscribing", &[("url", Arg::Text(&address))]);
        let id = self.start_errand();
        let job = Job::Subscribe { db, address, notes };
        Some(Effect::Job { id, job })
    }

    /// Whether `s` keeps article `i` in the store: it is none of the store's, and there is
    /// a store to keep it in (open, or its place known).
    pub(super) fn keepable(&self, i: usize) -> bool {
        // The first-run note is khabar's own words, not an article to keep.
        let note = self.library.first_run_note && i == 0;
        !note
            && self
                .shelf
                .as_ref()
                .map_or(self.store_path.is_some(), |s| s.keepable(i))
    }

    /// `s` on an article none of the store's: keeps it there.
    pub(super) fn keep_article(&mut self) -> Option<Effect> {
        let Some((db, notes)) = self.store_target() else {
            self.warn("status-no-store", NO_STORE_OPTION);
            return None;
        };
        let article = Box::new(self.article().clone());
        self.tell("status-keeping", &[]);
        let id = self.start_errand();
        Some(Effect::Job {
            id,
            job: Job::Keep { db, article, notes },
        })
    }

    /// `a`'s job ended.
    pub(super) fn subscribed(&mut self, result: Result<Added, Reason>, opened: Opened) {
        match result {
            Ok(added) => {
                let feed = added.title.as_deref().unwrap_or(&added.url);
                let args = [("feed", Arg::Text(feed)), ("count", Arg::Num(added.items))];
                let text = self.msg.get("status-subscribed", &args);
                self.store_changed(opened, None);
                self.say(text);
            }
            Err(why) => {
                let why = self.msg.say(&why);
                self.warn("status-not-subscribed", &[("why", Arg::Said(&why))]);
            }
        }
    }

    /// `s`'s job ended: the kept article is opened from the store.
    pub(super) fn kept(
        &mut self,
        result: Result<Kept, crate::i18n::errors::Reason>,
        opened: Opened,
    ) {
        match result {
            Ok(Kept::New(id) | Kept::Already(id)) => {
                let text = self.msg.get("status-kept", &[]);
                self.store_changed(opened, Some(id));
                self.say(text);
            }
            Err(why) => {
                let why = self.msg.say(&why);
                self.warn("status-not-kept", &[("why", Arg::Said(&why))]);
            }
        }
    }

    /// The store changed under the reader: the store a job opened becomes the reader's (the
    /// articles shown so far stay after its items), or the open store is listed again; then
    /// item `open` (if given) is opened.
    fn store_changed(&mut self, opened: Opened, open: Option<i64>) {
        let current = match (opened, self.shelf.as_mut()) {
            (_, Some(_)) => {
                // The loop lists the items again (rule: the app does no store I/O); item
                // `open` is opened when the listing comes back (`App::store_news`).
                self.store_ops.push(StoreOp::Relist);
                self.open_after_relist = open;
                return;
            }
            (Some(boxed), None) => {
                let (mut library, shelf) = *boxed;
                let note = self.library.first_run_note;
                // The articles kept go under the store's items, resolved as they were.
                self.library.resolve_links();
                let before = std::mem::take(&mut self.library.articles);
                // The article kept is the store's now: listed once, as its item. The
                // first-run note of no store is said no more: the store is there now.
                let kept = open.is_some().then_some(self.current);
                library.articles.extend(
                    (before.into_iter().enumerate())
                        .filter(|(i, _)| Some(*i) != kept && !(note && *i == 0))
                        .map(|(_, a)| a),
                );
                self.library = library;
                self.shelf = Some(shelf);
                // Indices of the old library mean nothing in the new one.
                self.history = History::default();
                self.current = 0;
                self.library_view = super::LibraryView::new(self.library_view.prefs());
                self.library_view.relisted(&super::library_keys::source(
                    &self.library,
                    self.shelf.as_ref(),
                    0,
                ));
                self.open(0);
                0
            }
            (None, None) => return,
        };
        let at = open.and_then(|id| self.shelf.as_ref()?.index_of(id));
        if let Some(at) = at.filter(|&at| at != current) {
            self.navigate(at);
        }
    }
}
