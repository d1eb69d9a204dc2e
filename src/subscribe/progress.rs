//! The progress of an update on stderr: a bar redrawn in place when stderr is a terminal,
//! else one plain line per feed (for logs and pipes), both written by [`crate::report`].
//! The bar is a [`Line`] of the text policy: the feed's name an isolated unit, visual order
//! unless bidi is off, cut to the width with `…`.

use super::printable;
use super::update::{Outcome, Report};
use crate::text::{Base, Direction, Line, Order};

/// Draws the progress of an update.
#[derive(Debug)]
pub struct Progress {
    tty: bool,
    /// The bar in visual order (the terminal does not reorder by itself).
    bidi: bool,
    drawn: bool,
}

impl Default for Progress {
    fn default() -> Self {
        Progress::new(crate::report::stderr_is_terminal(), true)
    }
}

impl Progress {
    /// A bar when `tty` (in visual order when `bidi`), plain lines otherwise.
    pub fn new(tty: bool, bidi: bool) -> Progress {
        Progress {
            tty,
            bidi,
            drawn: false,
        }
    }

    /// One feed is done.
    pub fn feed_done(&mut self, report: &Report, done: usize, total: usize) {
        if self.tty {
            let width = crossterm::terminal::size()
                .ok()
                .filter(|(w, _)| *w > 0)
                .map_or(80, |(w, _)| usize::from(w));
            self.drawn = true;
            let order = Order::for_output(self.bidi, true);
            crate::report::bar(&bar_line(report, done, total, width, order));
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

/// What became of a feed: `3 new`, `failed: why`.
fn outcome(report: &Report) -> String {
    match &report.outcome {
        Outcome::Saved(s) if s.changed > 0 => format!("{} new, {} changed", s.new, s.changed),
        Outcome::Saved(s) => format!("{} new", s.new),
        Outcome::NotModified => "not modified".into(),
        Outcome::Failed(why) => format!("failed: {why}"),
    }
}

/// `label: 3 new` — what became of a feed, on one line, in logical order.
pub fn plain_line(report: &Report) -> String {
    format!(
        "{}: {}",
        printable(report.feed.label()),
        printable(&outcome(report))
    )
}

/// `label: failed: why` as a line of the text policy: the label an isolated unit, the UI's
/// direction (the messages are English), for an error naming the feed.
pub fn result_line(report: &Report) -> Line {
    Line::new(Base::Ui(Direction::Ltr))
        .unit(report.feed.label())
        .text(": ")
        .text(&outcome(report))
}

/// `[####....] 3/10 label: 3 new`, the label an isolated unit, in `order`, cut to
/// `width - 1` columns with `…` (the text policy's rule 4).
pub fn bar_line(report: &Report, done: usize, total: usize, width: usize, order: Order) -> String {
    let cells = 20;
    let filled = (done * cells).checked_div(total).unwrap_or(cells);
    Line::new(Base::Ui(Direction::Ltr))
        .text(&format!(
            "[{}{}] {done:>w$}/{total} ",
            "#".repeat(filled),
            ".".repeat(cells - filled),
            w = total.to_string().len()
        ))
        .unit(report.feed.label())
        .text(": ")
        .text(&outcome(report))
        .fit(Some(width.saturating_sub(1)), order)
}
