//! What the status line shows of subscriptions: the note of `m`, `s` or `r`. (The library
//! pane draws the marks and the unread counts itself, `ui/library.rs`.) Nothing here for a
//! library of files.

use crate::app::App;

/// The note of the last `m`, `s` or `r`, or the progress of an update.
pub fn note(app: &App) -> Option<String> {
    app.feed_note()
}
