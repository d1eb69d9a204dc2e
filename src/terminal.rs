//! The terminal: set up (raw mode, alternate screen, mouse capture, hidden cursor, and the
//! BiDi-in-terminals explicit mode) and restore it on every exit path: quit, error, panic
//! (the hook restores first, then prints), SIGTERM/SIGHUP/SIGINT (told to the event loop,
//! which wakes for it), and Ctrl-z (restore, stop, set up again on resume).
//!
//! Explicit mode: `CSI 8 l` (BDSM reset) and `CSI 1 SP k` (SCP: left to right) tell a
//! BiDi-aware terminal (VTE, for one) not to reorder what khabar already reordered; restoring
//! sends `CSI 8 h` and `CSI 0 SP k`. In logical-order mode ([`crate::term_bidi::Mode::Terminal`]:
//! `--bidi terminal`, or detected) neither is sent: the terminal reorders.
//!
//! mlterm ignores BDSM; when detection says so ([`set_mlterm_restore`]) set-up also sends its
//! configuration protocol's `OSC 5379 ; use_ctl=false BEL` and restore sets `use_ctl` back
//! ([`crate::term_bidi::mlterm_ctl`]), on the same paths as BDSM.

use std::io::{self, Stdout, Write};
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

use crossterm::cursor::{Hide, Show};
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

mod rows;
pub use rows::{LRM, RLM, Rows, ltr_display, row_cells, runs_row};

/// The reader's terminal: whole rows with RLMs in logical-order mode ([`Rows`]).
pub type Term = Terminal<Rows<CrosstermBackend<Stdout>>>;

/// Switches a BiDi-aware terminal to explicit mode: it must not reorder.
pub const EXPLICIT_BIDI: &[u8] = b"\x1b[8l\x1b[1 k";
/// Back to the terminal's implicit (reordering) mode.
pub const IMPLICIT_BIDI: &[u8] = b"\x1b[8h\x1b[0 k";

/// Whether the terminal is set up (so restore is done once, whoever comes first).
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Whether explicit mode was sent, so restore sends implicit mode back.
static EXPLICIT: AtomicBool = AtomicBool::new(false);

/// mlterm's `use_ctl` to set back on restore: 0 when khabar leaves it alone, 1 for `false`,
/// 2 for `true`.
static MLTERM_RESTORE: AtomicU8 = AtomicU8::new(0);

/// Whether set-up turns mlterm's own bidi off, and the value restore sets back
/// ([`crate::term_bidi::Verdict::mlterm_restore`]). Called once before the first [`setup`].
pub fn set_mlterm_restore(restore: Option<bool>) {
    let v = restore.map_or(0, |on| if on { 2 } else { 1 });
    MLTERM_RESTORE.store(v, Ordering::SeqCst);
}

/// The value to set mlterm's `use_ctl` back to, when khabar turned it off.
fn mlterm_restore() -> Option<bool> {
    match MLTERM_RESTORE.load(Ordering::SeqCst) {
        1 => Some(false),
        2 => Some(true),
        _ => None,
    }
}

/// Whether logical-order mode writes RLMs around RTL runs ([`Rows`]).
static RLM_MARKS: AtomicBool = AtomicBool::new(true);

/// Sets whether logical-order mode marks RTL runs with RLMs
/// ([`crate::term_bidi::rlm_marks`]). Called once before the first [`setup`].
pub fn set_rlm_marks(marks: bool) {
    RLM_MARKS.store(marks, Ordering::SeqCst);
}

/// Whether rows are written for a terminal that reorders with an LTR base ([`Rows`]).
static RUNS: AtomicBool = AtomicBool::new(false);

/// Sets runs mode ([`crate::term_bidi::Mode::Runs`]). Called once before the first [`setup`].
pub fn set_runs(runs: bool) {
    RUNS.store(runs, Ordering::SeqCst);
}

/// Sets the terminal up for the reader.
pub fn setup(explicit_bidi: bool) -> io::Result<Term> {
    EXPLICIT.store(explicit_bidi, Ordering::SeqCst);
    ACTIVE.store(true, Ordering::SeqCst);
    enable_raw_mode()?;
    let mut out = io::stdout();
    execute!(out, EnterAlternateScreen, EnableMouseCapture, Hide)?;
    if explicit_bidi {
        out.write_all(EXPLICIT_BIDI)?;
        if mlterm_restore().is_some() {
            out.write_all(&crate::term_bidi::mlterm_ctl(false))?;
        }
        out.flush()?;
    }
    fresh()
}

/// Clears the screen and returns a terminal with empty buffers, so the next draw paints every
/// cell. (`Terminal::clear` would ask the terminal for the cursor position, which a terminal
/// that does not answer turns into a multi-second stall.) Rows are written whole in
/// logical-order mode (no explicit mode sent).
pub fn fresh() -> io::Result<Term> {
    execute!(io::stdout(), Clear(ClearType::All))?;
    let whole_rows = !EXPLICIT.load(Ordering::SeqCst);
    let marks = RLM_MARKS.load(Ordering::SeqCst);
    let runs = RUNS.load(Ordering::SeqCst);
    Terminal::new(Rows::new(CrosstermBackend::new(io::stdout()), whole_rows, marks).with_runs(runs))
}

/// Undoes [`setup`]; does nothing when not set up. Every step is tried even if one fails.
pub fn restore() -> io::Result<()> {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return Ok(());
    }
    let mut out = io::stdout();
    let screen = execute!(out, DisableMouseCapture, LeaveAlternateScreen, Show);
    let bidi = if EXPLICIT.load(Ordering::SeqCst) {
        let mlterm = mlterm_restore().map_or(Ok(()), |on| {
            out.write_all(&crate::term_bidi::mlterm_ctl(on))
        });
        out.write_all(IMPLICIT_BIDI)
            .and(mlterm)
            .and_then(|()| out.flush())
    } else {
        Ok(())
    };
    let raw = disable_raw_mode();
    screen.and(bidi).and(raw)
}

/// A panic restores the terminal first, then the previous hook prints the message on the
/// normal screen.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if crate::guard::is_catching() {
            // A parser's panic on one input, turned into an error (see `guard`).
            return;
        }
        let _ = restore();
        previous(info);
    }));
}

/// SIGTERM, SIGHUP and SIGINT are told to `notify` (with their number) by a thread that
/// sleeps until one comes; the event loop then restores the terminal and exits with 128 +
/// that number.
pub fn register_signals(notify: impl Fn(usize) + Send + 'static) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    std::thread::Builder::new()
        .name("khabar-signals".into())
        .spawn(move || {
            if let Some(sig) = signals.forever().next() {
                notify(usize::try_from(sig).unwrap_or(0));
                watchdog(sig);
            }
        })?;
    Ok(())
}

/// How long the event loop gets to notice a signal before the watchdog ends the process.
const SIGNAL_GRACE: std::time::Duration = std::time::Duration::from_millis(500);

/// Backs up the event loop: once told of a signal, the loop normally restores the terminal
/// and returns at once. When the terminal has gone away (SIGHUP after the pty closed) reading
/// it may spin on end-of-file, so after [`SIGNAL_GRACE`] this thread restores the terminal
/// itself and exits with 128 + the signal.
fn watchdog(sig: i32) {
    std::thread::sleep(SIGNAL_GRACE);
    let _ = restore();
    std::process::exit(128 + sig);
}

/// Ctrl-z: restores the terminal, stops the process (SIGTSTP) and, once the shell continues
/// it, sets the terminal up again. The caller redraws everything.
pub fn suspend(explicit_bidi: bool) -> io::Result<Term> {
    restore()?;
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    setup(explicit_bidi)
}

/// The most text one copy puts on the clipboard (terminals cap OSC 52 too, often near this).
pub const COPY_LIMIT: usize = 100 * 1024;

/// Text ready for [`copy`]: control characters but newline and tab dropped (a pasted text must
/// not carry escape sequences elsewhere), cut on a character boundary at [`COPY_LIMIT`]
/// bytes. The text stays in logical order, as the article stores it, so copied Arabic pastes
/// correctly. Returns whether it was cut.
pub fn clip_for_copy(text: &str) -> (String, bool) {
    let mut out = String::with_capacity(text.len().min(COPY_LIMIT));
    for c in text.chars() {
        if c.is_control() && c != '\n' && c != '\t' {
            continue;
        }
        if out.len() + c.len_utf8() > COPY_LIMIT {
            return (out, true);
        }
        out.push(c);
    }
    (out, false)
}

/// The OSC 52 sequence that sets the clipboard to `text`: the text travels base64-encoded, so
/// nothing in it can be read by the terminal as a control.
pub fn osc52(text: &str) -> Vec<u8> {
    use base64::Engine;
    let encoded = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
    let mut out = Vec::with_capacity(encoded.len() + 8);
    out.extend_from_slice(b"\x1b]52;c;");
    out.extend_from_slice(encoded.as_bytes());
    out.push(0x07);
    out
}

/// Puts `text` (from [`clip_for_copy`]) on the clipboard through the terminal (OSC 52). The
/// screen is untouched: the sequence draws nothing.
pub fn copy(text: &str) -> io::Result<()> {
    let mut out = io::stdout();
    out.write_all(&osc52(text))?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_logical_text_base64_encoded() {
        let (text, cut) = clip_for_copy("قال «مرحبا»\u{1b}[31m\nok");
        assert!(!cut);
        assert_eq!(text, "قال «مرحبا»[31m\nok");
        let seq = osc52(&text);
        assert!(seq.starts_with(b"\x1b]52;c;") && seq.ends_with(b"\x07"));
        use base64::Engine;
        let payload = &seq[7..seq.len() - 1];
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(payload)
            .unwrap();
        assert_eq!(String::from_utf8(decoded).unwrap(), text);
        assert!(!payload.contains(&0x1b));
    }

    #[test]
    fn long_text_is_cut_on_a_character_boundary() {
        let long = "خبر".repeat(COPY_LIMIT);
        let (text, cut) = clip_for_copy(&long);
        assert!(cut);
        assert!(text.len() <= COPY_LIMIT && text.len() > COPY_LIMIT - 4);
        assert!(long.starts_with(&text));
    }
}
