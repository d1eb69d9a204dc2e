//! The reader's subscription keys: `m` (read/unread), `s` (save for later), `r` (update
//! every feed in the background; the status line shows its progress and the library is
//! listed again when it is done). The work is in [`crate::store::shelf`]; a library of
//! files answers with a note.

use crate::keymap::Action;

use super::App;

impl App {
    /// `m`, `s` and `r`.
    pub(super) fn feeds_action(&mut self, action: Action) {
        let i = self.current;
        let note = match action {
            Action::ToggleRead => self.library.toggle_read(i),
            Action::Save => self.library.toggle_saved(i),
            Action::Refresh => self.library.start_refresh(),
            _ => return,
        };
        self.set_feed_note(note);
    }

    fn set_feed_note(&mut self, note: String) {
        match self.library.shelf.as_mut() {
            Some(shelf) => shelf.note = Some(note),
            // A library of files: the note goes where search notes go.
            None => self.say(self.not_subscribed()),
        }
    }

    /// The note of a library of files: `m, s and r work on subscriptions`, with the keys bound
    /// now (rule: messages ask the keymap for the keys they name).
    fn not_subscribed(&self) -> String {
        let [m, s, r] =
            [Action::ToggleRead, Action::Save, Action::Refresh].map(|a| self.keymap.say(a));
        format!("{m}, {s} and {r} work on subscriptions (khabar add URL)")
    }

    /// Drops the last note on the next key, unless an update is still reporting progress.
    pub(super) fn clear_feed_note(&mut self) {
        if let Some(shelf) = self.library.shelf.as_mut()
            && !shelf.refreshing()
        {
            shelf.note = None;
        }
    }

    /// Takes the background update's news (the event loop calls this on idle ticks);
    /// returns true when the screen should be drawn again.
    pub fn poll_feeds(&mut self) -> bool {
        let Some(shelf) = self.library.shelf.as_mut() else {
            return false;
        };
        // Marks that waited for another khabar's write lock: written when it is free.
        let flushed = shelf.waiting() && shelf.retry();
        if !shelf.refreshing() {
            return flushed;
        }
        let before = shelf.note.clone();
        if let Some((current, another)) = self.library.poll_refresh(self.current) {
            let n = self.library.articles.len();
            self.library_list.selected = if self.library_list.selected == self.current {
                current
            } else {
                self.library_list.selected.min(n.saturating_sub(1))
            };
            self.current = current;
            if another {
                self.open(current);
            } else {
                self.relayout();
            }
            return true;
        }
        flushed || self.library.shelf.as_ref().map(|s| &s.note) != Some(&before)
    }
}
