//! What the store's side of the reader has to say on the status line (what `m`, `s` or `r`
//! did, marks that wait, an update's progress), as a [`Note`]: the store says which, the app
//! says it in the reader's language (`App::feed_note`, through the Fluent catalogues).

use crate::i18n::errors::Reason;

/// One note of the shelf. Texts it carries (an error, an update's summary) come from
/// elsewhere and are shown through the text policy like any other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// `m` or `s` on an article that is not a stored item.
    NotStored,
    MarkedRead,
    MarkedUnread,
    Saved,
    Unsaved,
    /// The store cannot be written here: marks last until khabar quits.
    ReadOnly,
    /// Marks wait: another khabar is writing the store; how many wait.
    MarksBusy(usize),
    /// Marks wait: the store refused them (its error).
    MarksFailed(Reason),
    /// `r` while an update runs.
    AlreadyUpdating,
    /// An update starts.
    Updating,
    /// An update fetched `done` of `total` feeds.
    Progress {
        done: usize,
        total: usize,
    },
    /// An update failed (its reason).
    UpdateFailed(Reason),
    /// An update ended: what it did.
    Updated(Summary),
    /// The items could not be listed again (the store's reason).
    ListFailed(Reason),
}

/// What an update did, said by the app in the reader's language (`update-summary`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Summary {
    pub feeds: usize,
    pub new: usize,
    pub changed: usize,
    pub not_modified: usize,
    pub failed: usize,
    /// The first feeds that failed: their name and why.
    pub failures: Vec<(String, crate::i18n::errors::Reason)>,
    /// The update stopped half way (its worker ended early): nothing else is known.
    pub stopped: bool,
}

impl Note {
    /// Whether the note says that marks wait (cleared once they are written).
    pub fn marks_wait(&self) -> bool {
        matches!(self, Note::MarksBusy(_) | Note::MarksFailed(_))
    }
}
