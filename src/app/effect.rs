//! [`Effect`]: what `App::update` asks the event loop to do — the only way the app gets
//! anything done outside itself (threads, the terminal, the browser, the store).

use crate::jobs::{Job, Request};
use crate::store::shelf::StoreOp;

/// What the event loop does after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Quit,
    /// Restore the terminal, stop (SIGTSTP), and set it up again on resume.
    Suspend,
    /// Clear the terminal and draw everything again.
    Redraw,
    /// Load an article in the background (a followed link to a file or a web page); the
    /// result goes to [`App::loaded`] with this id.
    Load {
        id: u64,
        request: Request,
    },
    /// Run a job on the event loop's runner ([`crate::jobs`]); its news goes to
    /// [`App::job_news`] with this id.
    Job {
        id: u64,
        job: Job,
    },
    /// Open an address (already checked: http or https) in the browser.
    OpenUrl(String),
    /// Put a text (already cut to the limit) on the clipboard with OSC 52.
    Copy(String),
    /// Store work (`m`, `s`, opening a stored item) for the loop to perform in order
    /// ([`crate::event_loop::perform_store`]).
    Store(Vec<StoreOp>),
    /// Keep the library pane's view for the next run ([`crate::library::prefs`]).
    SaveView(crate::library::prefs::Prefs),
}
