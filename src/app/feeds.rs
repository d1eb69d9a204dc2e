//! The reader's subscription keys: `m` (read/unread), `s` (save for later), `r` (update
//! every feed in the background; the status line shows its progress and the library is
//! listed again when it is done). The marks are in [`crate::store::shelf`]; the update is a
//! job ([`Effect::Job`]) whose news comes back to [`App::job_news`]; a library of files
//! answers with a note.

use crate::i18n::Arg;
use crate::jobs::Job;
use crate::keymap::Action;

use super::{App, Effect};

impl App {
    /// `m`, `s` and `r`.
    pub(super) fn feeds_action(&mut self, action: Action) -> Option<Effect> {
        let i = self.current;
        let mut effect = None;
        let Some(shelf) = self.shelf.as_mut() else {
            // A library of files: the note goes where search notes go.
            self.say(self.not_subscribed());
            return None;
        };
        let note = match action {
            Action::ToggleRead => shelf.toggle_read(i),
            Action::Save => shelf.toggle_saved(i),
            Action::Refresh => match shelf.start_refresh(self.last_job + 1) {
                Ok(db) => {
                    self.last_job += 1;
                    effect = Some(Effect::Job {
                        id: self.last_job,
                        job: Job::Refresh(db),
                    });
                    self.msg.text("note-updating")
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
    fn not_subscribed(&self) -> String {
        let [m, s, r] =
            [Action::ToggleRead, Action::Save, Action::Refresh].map(|a| self.keymap.say(a));
        let args = [
            ("m", Arg::Text(&m)),
            ("s", Arg::Text(&s)),
            ("r", Arg::Text(&r)),
        ];
        self.msg.get("note-not-subscribed", &args)
    }

    /// Drops the last note on the next key, unless an update is still reporting progress.
    pub(super) fn clear_feed_note(&mut self) {
        if let Some(shelf) = self.shelf.as_mut()
            && !shelf.refreshing()
        {
            shelf.note = None;
        }
    }

    /// Idle work on the store (the event loop calls this on idle ticks): marks that waited
    /// for another khabar's write lock are written when it is free. Returns true when the
    /// screen should be drawn again.
    pub fn poll_feeds(&mut self) -> bool {
        let Some(shelf) = self.shelf.as_mut() else {
            return false;
        };
        shelf.waiting() && shelf.retry()
    }

    /// The library was listed again after an update: the open article is now `current`
    /// (`another`: a different one, to open).
    pub(super) fn relisted(&mut self, current: usize, another: bool) {
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
    }
}
