//! The reader on the store: a [`Library`] whose articles are the stored items, listed from
//! their headlines alone (bodies are read when an item is opened, so 100,000 items open in
//! a blink), with each item's read and saved marks, and the state of a background update
//! (`r`) whose progress the status line shows. The update itself runs on the event loop's job
//! runner (the `jobs` module); the store never starts a thread.
//!
//! Marks are written through a queue ([`super::marks`]): a mark is shown at once and written
//! when the store is free, so another khabar holding the write lock never freezes or fails
//! the reader; the status line says when marks wait. On read-only media marks live for the
//! session only, and the status line says so.

use crate::i18n::errors::{Localize, Reason};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::i18n::Messages;
use crate::keymap::Keymap;
use crate::library::Library;

use super::marks::{self, Flag, MarkWrite};
use super::{Store, StoreError};

mod first_run;
mod listing;
mod note;
mod ops;
pub use first_run::Notes;
use listing::listing;
pub use note::{Note, Summary};
pub use ops::{Listing, StoreNews, StoreOp, take_body};

/// A stored item's marks, beside its article in the library.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub id: i64,
    pub feed_id: Option<i64>,
    pub read: bool,
    pub saved: bool,
    /// Whether the article's body has been read from the store.
    pub loaded: bool,
    /// The item's date in seconds (`None`: undated), as the store lists it: the library
    /// pane sorts by it without parsing 100,000 dates.
    pub date: Option<i64>,
}

/// The store side of a library opened on the store.
#[derive(Debug)]
pub struct Shelf {
    store: Store,
    /// Parallel to the library's articles; `None` for the note shown when nothing is stored.
    pub marks: Vec<Option<Mark>>,
    /// A one-line note for the status line (what `m`, `s` or `r` did), said by the app.
    pub note: Option<Note>,
    /// The job id of the update running.
    refresh: Option<u64>,
    /// Marks not written yet, oldest first.
    pending: Vec<MarkWrite>,
    /// When the queue was last tried (idle ticks try again every [`RETRY`]).
    tried: Option<Instant>,
    /// What the note shown when nothing is stored says it with.
    notes: Notes,
}

/// How often idle ticks try again to write waiting marks (each try waits
/// [`super::MARK_WAIT`] at most).
const RETRY: Duration = Duration::from_secs(1);

impl Shelf {
    pub fn db(&self) -> PathBuf {
        self.store.path().to_path_buf()
    }

    /// Whether a background update is running.
    pub fn refreshing(&self) -> bool {
        self.refresh.is_some()
    }

    /// Whether library article `i` is none of the store's (a bundled article, a file or a
    /// page followed): `s` keeps such an article in the store. The note shown when nothing
    /// is stored is the store's own.
    pub fn keepable(&self, i: usize) -> bool {
        i >= self.marks.len()
    }

    /// The library index of stored item `id`.
    pub fn index_of(&self, id: i64) -> Option<usize> {
        self.marks
            .iter()
            .position(|m| m.is_some_and(|m| m.id == id))
    }

    /// Whether the store holds nothing (no subscription, no item): the reader's first run.
    pub fn store_is_empty(&self) -> bool {
        self.store.is_empty().unwrap_or(false)
    }

    /// Whether marks wait to be written.
    pub fn waiting(&self) -> bool {
        !self.pending.is_empty()
    }

    /// When the event loop should wake to try the waiting marks again ([`Shelf::retry`]);
    /// `None` when no mark waits.
    pub fn retry_at(&self) -> Option<Instant> {
        if self.pending.is_empty() {
            return None;
        }
        Some(self.tried.map_or_else(Instant::now, |t| t + RETRY))
    }

    /// An idle tick: tries the waiting marks again, every [`RETRY`] at most. Returns
    /// whether the note changed.
    pub fn retry(&mut self) -> bool {
        if self.tried.is_some_and(|t| t.elapsed() < RETRY) {
            return false;
        }
        self.flush()
    }

    /// Queues a mark and tries to write the queue.
    fn queue(&mut self, m: MarkWrite) {
        self.pending.push(m);
        self.flush();
    }

    /// Writes the queued marks if the store is free (waiting [`super::MARK_WAIT`] at most);
    /// else they stay queued and the note says why. Returns whether the note changed.
    pub fn flush(&mut self) -> bool {
        if self.pending.is_empty() {
            return false;
        }
        let before = self.note.clone();
        self.tried = Some(Instant::now());
        if self.store.read_only() {
            self.pending.clear();
            self.note = Some(Note::ReadOnly);
            return self.note != before;
        }
        match self.store.write_marks(&self.pending) {
            Ok(()) => {
                self.pending.clear();
                if self.note.as_ref().is_some_and(Note::marks_wait) {
                    self.note = None;
                }
            }
            Err(e) if marks::busy(&e) => {
                self.note = Some(Note::MarksBusy(self.pending.len()));
            }
            Err(e) => self.note = Some(Note::MarksFailed(e.reason())),
        }
        self.note != before
    }
}

impl Drop for Shelf {
    /// Quitting without [`Shelf::close`] (a test, a panic): as it does, the failure in
    /// English (no language is known here).
    fn drop(&mut self) {
        if let Some(why) = self.close() {
            crate::report::error(why);
        }
    }
}

impl Shelf {
    /// Quitting: the marks still queued are written if the store is free, else kept beside
    /// it for the next khabar that opens it for writing ([`super::marks`]). Why they could
    /// not be kept, if so, for the event loop to say in the reader's language once the
    /// terminal is restored; nothing is left queued.
    pub fn close(&mut self) -> Option<Reason> {
        self.flush();
        let pending = std::mem::take(&mut self.pending);
        if pending.is_empty() {
            return None;
        }
        let e = marks::keep(self.store.path(), &pending).err()?;
        let why = (Reason::new("reason-marks-not-kept"))
            .num("count", pending.len())
            .inner(
                "reason",
                crate::loader::io_reason(&crate::loader::io_message(&e)),
            );
        let file = marks::waiting_file(self.store.path()).display().to_string();
        Some(
            (Reason::new("reason-in-file"))
                .text("file", file)
                .inner("reason", why),
        )
    }
}

impl Shelf {
    /// A library of every stored item (see [`Store::headlines`]), opened on the first unread
    /// one, and the shelf that keeps their marks. Bodies stay in the store until
    /// [`Shelf::load`].
    pub fn open(store: Store) -> Result<(Library, Shelf), StoreError> {
        Shelf::open_with(store, &Keymap::default())
    }

    /// [`Shelf::open`] for a reader with `keys` (the note shown when nothing is stored names
    /// their update key).
    pub fn open_with(store: Store, keys: &Keymap) -> Result<(Library, Shelf), StoreError> {
        Shelf::open_in(store, keys, Messages::default())
    }

    /// [`Shelf::open`] in the reader's language (the note shown when nothing is stored is
    /// written in it).
    pub fn open_in(
        store: Store,
        keys: &Keymap,
        msgs: Messages,
    ) -> Result<(Library, Shelf), StoreError> {
        Shelf::open_noted(store, Notes::of(keys, &msgs))
    }

    /// [`Shelf::open`] with the note shown when nothing is stored said with `notes`.
    pub fn open_noted(store: Store, notes: Notes) -> Result<(Library, Shelf), StoreError> {
        let (articles, marks) = listing(&store, &notes)?;
        let first = marks
            .iter()
            .position(|m| m.is_some_and(|m| !m.read))
            .unwrap_or(0);
        let library = Library {
            articles,
            opened: vec![first],
            ..Library::default()
        };
        let shelf = Shelf {
            store,
            marks,
            note: None,
            refresh: None,
            pending: Vec::new(),
            tried: None,
            notes,
        };
        Ok((library, shelf))
    }

    /// Opening item `i` (rule: `App::update` does no I/O): marks it read and loaded here, and
    /// returns what the event loop must do in the store ([`StoreOp`]: read its body if not
    /// read yet, write the read mark), performed by [`Shelf::perform`].
    pub fn open_item(&mut self, i: usize) -> Vec<StoreOp> {
        let Some(Some(mark)) = self.marks.get_mut(i) else {
            return Vec::new();
        };
        let mut ops = Vec::new();
        if !mark.loaded {
            mark.loaded = true;
            ops.push(StoreOp::LoadBody {
                index: i,
                id: mark.id,
            });
        }
        if !mark.read {
            mark.read = true;
            ops.push(StoreOp::Mark(MarkWrite {
                id: mark.id,
                flag: Flag::Read,
                on: true,
            }));
        }
        ops
    }

    /// `m`: marks item `i` read or unread; returns the note for the status line and the
    /// write for the event loop ([`Shelf::perform`] queues it; a queue that waits says so in
    /// the note then).
    pub fn toggle_read(&mut self, i: usize) -> (Note, Option<StoreOp>) {
        self.flip(i, Flag::Read, (Note::MarkedRead, Note::MarkedUnread))
    }

    /// Marks item `i` read (`on`) or unread, for a bulk change (`A`, `C`); the write for the
    /// event loop, `None` when it already was.
    pub fn set_read(&mut self, i: usize, on: bool) -> Option<StoreOp> {
        let mark = self.marks.get_mut(i)?.as_mut()?;
        if mark.read == on {
            return None;
        }
        mark.read = on;
        let id = mark.id;
        Some(StoreOp::Mark(MarkWrite {
            id,
            flag: Flag::Read,
            on,
        }))
    }

    /// `s`: saves item `i` for later, or drops it from the saved ones.
    pub fn toggle_saved(&mut self, i: usize) -> (Note, Option<StoreOp>) {
        self.flip(i, Flag::Saved, (Note::Saved, Note::Unsaved))
    }

    fn flip(&mut self, i: usize, flag: Flag, (on, off): (Note, Note)) -> (Note, Option<StoreOp>) {
        let Some(Some(mark)) = self.marks.get_mut(i) else {
            return (Note::NotStored, None);
        };
        let field = match flag {
            Flag::Read => &mut mark.read,
            Flag::Saved => &mut mark.saved,
        };
        *field = !*field;
        let (now, id) = (*field, mark.id);
        let note = if now { on } else { off };
        (note, Some(StoreOp::Mark(MarkWrite { id, flag, on: now })))
    }

    /// `r`: an update (job `id`) is to start; returns the store's path for it, or the note
    /// saying why not. The job runs on the event loop's runner, which reports back to
    /// [`Shelf::refresh_progress`] and [`Shelf::refresh_ended`].
    pub fn start_refresh(&mut self, id: u64) -> Result<PathBuf, Note> {
        if self.refresh.is_some() {
            return Err(Note::AlreadyUpdating);
        }
        self.refresh = Some(id);
        Ok(self.db())
    }

    /// Update `id` fetched `done` of `total` feeds; returns whether the note changed.
    pub fn refresh_progress(&mut self, id: u64, done: usize, total: usize) -> bool {
        if self.refresh != Some(id) {
            return false;
        }
        self.note = Some(Note::Progress { done, total });
        true
    }

    /// Update `id` ended with `summary`: the note says it; false when no such update runs.
    /// The items are listed again by the event loop ([`StoreOp::Relist`]).
    pub fn refresh_ended(&mut self, id: u64, summary: Result<Summary, Reason>) -> bool {
        if self.refresh != Some(id) {
            return false;
        }
        self.refresh = None;
        self.note = Some(summary.map_or_else(Note::UpdateFailed, Note::Updated));
        true
    }
}
