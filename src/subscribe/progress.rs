//! The progress of an update on stderr: a bar redrawn in place when stderr is a terminal,
//! else one plain line per feed (for logs and pipes), both written by [`crate::report`].
//! Feed names are escaped ([`super::printable`]) before the bar is cut to the width.

use unicode_width::UnicodeWidthChar;

use super::printable;
use super::update::{Outcome, Report};

/// Draws the progress of an update.
#[derive(Debug)]
pub struct Progress {
    tty: bool,
    drawn: bool,
}

impl Default for Progress {
    fn default() -> Self {
        Progress::new(crate::report::stderr_is_terminal())
    }
}

impl Progress {
    /// A bar when `tty`, plain lines otherwise.
    pub fn new(tty: bool) -> Progress {
        Progress { tty, drawn: false }
    }

    /// One feed is done.
    pub fn feed_done(&mut self, report: &Report, done: usize, total: usize) {
        if self.tty {
            let width = crossterm::terminal::size()
                .ok()
                .filter(|(w, _)| *w > 0)
                .map_or(80, |(w, _)| usize::from(w));
            self.drawn = true;
            crate::report::bar(&bar_line(report, done, total, width));
        } else {
            crate::report::note(format_args!("[{done}/{total}] {}", plain_line(report)));
        }
    }

    /// Clears the bar, so the summary starts on a clean line.
    pub fn finish(&mut self) {
        if self.drawn {
            crate::report::clear_bar();
            self.drawn = false;
        }
    }
}

/// `label: 3 new` — what became of a feed, on one line.
pub fn plain_line(report: &Report) -> String {
    let what = match &report.outcome {
        Outcome::Saved(s) if s.changed > 0 => format!("{} new, {} changed", s.new, s.changed),
        Outcome::Saved(s) => format!("{} new", s.new),
        Outcome::NotModified => "not modified".into(),
        Outcome::Failed(why) => format!("failed: {why}"),
    };
    format!("{}: {}", printable(report.feed.label()), printable(&what))
}

/// `[#######.......]  7/50  label: 3 new`, cut to `width` columns.
pub fn bar_line(report: &Report, done: usize, total: usize, width: usize) -> String {
    let cells = 20;
    let filled = (done * cells).checked_div(total).unwrap_or(cells);
    let line = format!(
        "[{}{}] {done:>w$}/{total} {}",
        "#".repeat(filled),
        ".".repeat(cells - filled),
        plain_line(report),
        w = total.to_string().len()
    );
    clip(&line, width.saturating_sub(1))
}

/// The start of `s` that fits `width` columns.
fn clip(s: &str, width: usize) -> String {
    let mut used = 0;
    s.chars()
        .take_while(|c| {
            used += c.width().unwrap_or(0);
            used <= width
        })
        .collect()
}
