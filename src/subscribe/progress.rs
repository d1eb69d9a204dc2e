//! The progress of an update on stderr: a bar redrawn in place when stderr is a terminal,
//! else one plain line per feed (for logs and pipes), both written by [`crate::report`].
//! The bar is a [`Line`] of the text policy: the feed's name an isolated unit, visual order
//! unless bidi is off, cut to the width with `…`.

use super::update::{Outcome, Report};
use crate::i18n::{Arg, Messages};
use crate::text::{Line, Order};

/// Draws the progress of an update.
#[derive(Debug)]
pub struct Progress {
    tty: bool,
    /// The bar in visual order (the terminal does not reorder by itself).
    bidi: bool,
    drawn: bool,
    msgs: Messages,
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
            msgs: Messages::default(),
        }
    }

    /// The lines in the language of `msgs` (English by default).
    pub fn in_language(mut self, msgs: Messages) -> Progress {
        self.msgs = msgs;
        self
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
            crate::report::bar(&bar_line(&self.msgs, report, done, total, width, order));
        } else {
            let line = Line::new(crate::text::Base::Own)
                .text(&format!("[{done}/{total}] "))
                .isolated(result_line(&self.msgs, report).marked());
            crate::report::note(line.fit(None, Order::Logical));
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

/// What became of a feed (`3 new`, `failed: why`) in the language of `msgs`, the reason an
/// isolated unit.
fn outcome(msgs: &Messages, report: &Report) -> Line {
    match &report.outcome {
        Outcome::Saved(s) if s.changed > 0 => msgs.line(
            "update-new-changed",
            &[("new", Arg::Num(s.new)), ("changed", Arg::Num(s.changed))],
        ),
        Outcome::Saved(s) => msgs.line("update-new", &[("new", Arg::Num(s.new))]),
        Outcome::NotModified => msgs.line("update-not-modified", &[]),
        Outcome::Failed(why) => msgs.line("update-failed", &[("error", Arg::Said(&msgs.say(why)))]),
    }
}

/// `label: failed: why` as a line of the text policy in the UI's direction: the label an
/// isolated unit, then the outcome, for an error naming the feed. Logical order on a pipe.
pub fn result_line(msgs: &Messages, report: &Report) -> Line {
    Line::new(crate::text::Base::Ui(msgs.direction()))
        .unit(report.feed.label())
        .text(": ")
        .isolated(outcome(msgs, report).marked())
}

/// `[####....] 3/10 label: 3 new`, the label an isolated unit, in `order`, cut to
/// `width - 1` columns with `…` (the text policy's rule 4); the bar itself is a unit at the
/// line's start (its logical start: the right in a right-to-left language).
pub fn bar_line(
    msgs: &Messages,
    report: &Report,
    done: usize,
    total: usize,
    width: usize,
    order: Order,
) -> String {
    let cells = 20;
    let filled = (done * cells).checked_div(total).unwrap_or(cells);
    let bar = format!(
        "[{}{}] {done:>w$}/{total}",
        "#".repeat(filled),
        ".".repeat(cells - filled),
        w = total.to_string().len()
    );
    Line::new(crate::text::Base::Ui(msgs.direction()))
        .unit(&bar)
        .text(" ")
        .isolated(result_line(msgs, report).marked())
        .fit(Some(width.saturating_sub(1)), order)
}
