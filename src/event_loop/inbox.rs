//! The event loop's one inbox: everything that can wake the reader arrives on one channel —
//! terminal input (a thread blocked in crossterm's `event::read`, resizes included), a job's
//! news (the runner's waker, [`crate::jobs::Jobs::with_waker`]) and a signal
//! ([`crate::terminal::register_signals`]). The loop blocks on it; only work that needs time
//! (a search still counting, the seconds of a load, marks waiting for the store) gives a
//! deadline, so an idle reader wakes zero times (issue 18 item 10).
//!
//! `KHABAR_COUNT_WAKES=FILE` makes the loop write how many times it woke to FILE when it ends
//! (a test's count, deterministic where CPU time is not).

use std::io;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Instant;

use crossterm::event::{self, Event};

/// What woke the loop.
#[derive(Debug)]
pub enum Wake {
    /// A terminal event, or why reading the terminal failed.
    Input(io::Result<Event>),
    /// A job has news waiting on the runner's channel.
    Jobs,
    /// SIGTERM, SIGHUP or SIGINT (its number).
    Signal(usize),
}

/// The receiving end, and how many times [`Inbox::next`] returned.
#[derive(Debug)]
pub struct Inbox {
    tx: Sender<Wake>,
    rx: Receiver<Wake>,
    pub wakes: u64,
}

impl Inbox {
    pub fn new() -> Inbox {
        let (tx, rx) = mpsc::channel();
        Inbox { tx, rx, wakes: 0 }
    }

    /// A sender for another source of wake-ups.
    pub fn sender(&self) -> Sender<Wake> {
        self.tx.clone()
    }

    /// Starts the input thread: it blocks reading the terminal and posts each event. It ends
    /// after a read error (posted) or when the loop has gone.
    pub fn start_input(&self) -> io::Result<()> {
        let tx = self.sender();
        std::thread::Builder::new()
            .name("khabar-input".into())
            .spawn(move || {
                loop {
                    let read = event::read();
                    let failed = read.is_err();
                    if tx.send(Wake::Input(read)).is_err() || failed {
                        break;
                    }
                }
            })
            .map(drop)
    }

    /// Waits for the next wake-up, until `deadline` at most (forever without one); `None`
    /// when the deadline passed first.
    pub fn next(&mut self, deadline: Option<Instant>) -> Option<Wake> {
        self.wakes += 1;
        match deadline {
            None => self.rx.recv().ok(),
            Some(at) => {
                let left = at.saturating_duration_since(Instant::now());
                self.rx.recv_timeout(left).ok()
            }
        }
    }

    /// Writes the count of wake-ups to `$KHABAR_COUNT_WAKES`, when set (tests).
    pub fn report_wakes(&self) {
        if let Some(path) = std::env::var_os("KHABAR_COUNT_WAKES") {
            // A test's switch: a file it cannot write is its own failure to see.
            let _ = std::fs::write(path, self.wakes.to_string());
        }
    }
}
