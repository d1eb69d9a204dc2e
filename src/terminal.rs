//! The terminal: set up (raw mode, alternate screen, mouse capture, hidden cursor, and the
//! BiDi-in-terminals explicit mode) and restore it on every exit path: quit, error, panic
//! (the hook restores first, then prints), SIGTERM/SIGHUP/SIGINT (a flag the event loop
//! checks), and Ctrl-z (restore, stop, set up again on resume).
//!
//! Explicit mode: `CSI 8 l` (BDSM reset) and `CSI 1 SP k` (SCP: left to right) tell a
//! BiDi-aware terminal (VTE, for one) not to reorder what khabar already reordered; restoring
//! sends `CSI 8 h` and `CSI 0 SP k`. With `--bidi off` neither is sent: the terminal reorders.

use std::io::{self, Stdout, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crossterm::cursor::{Hide, Show};
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

pub type Term = Terminal<CrosstermBackend<Stdout>>;

/// Switches a BiDi-aware terminal to explicit mode: it must not reorder.
pub const EXPLICIT_BIDI: &[u8] = b"\x1b[8l\x1b[1 k";
/// Back to the terminal's implicit (reordering) mode.
pub const IMPLICIT_BIDI: &[u8] = b"\x1b[8h\x1b[0 k";

/// Whether the terminal is set up (so restore is done once, whoever comes first).
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Whether explicit mode was sent, so restore sends implicit mode back.
static EXPLICIT: AtomicBool = AtomicBool::new(false);

/// Sets the terminal up for the reader.
pub fn setup(explicit_bidi: bool) -> io::Result<Term> {
    EXPLICIT.store(explicit_bidi, Ordering::SeqCst);
    ACTIVE.store(true, Ordering::SeqCst);
    enable_raw_mode()?;
    let mut out = io::stdout();
    execute!(out, EnterAlternateScreen, EnableMouseCapture, Hide)?;
    if explicit_bidi {
        out.write_all(EXPLICIT_BIDI)?;
        out.flush()?;
    }
    fresh()
}

/// Clears the screen and returns a terminal with empty buffers, so the next draw paints every
/// cell. (`Terminal::clear` would ask the terminal for the cursor position, which a terminal
/// that does not answer turns into a multi-second stall.)
pub fn fresh() -> io::Result<Term> {
    execute!(io::stdout(), Clear(ClearType::All))?;
    Terminal::new(CrosstermBackend::new(io::stdout()))
}

/// Undoes [`setup`]; does nothing when not set up. Every step is tried even if one fails.
pub fn restore() -> io::Result<()> {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return Ok(());
    }
    let mut out = io::stdout();
    let screen = execute!(out, DisableMouseCapture, LeaveAlternateScreen, Show);
    let bidi = if EXPLICIT.load(Ordering::SeqCst) {
        out.write_all(IMPLICIT_BIDI).and_then(|()| out.flush())
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
        let _ = restore();
        previous(info);
    }));
}

/// SIGTERM, SIGHUP and SIGINT set the returned flag to their number; the event loop restores
/// the terminal and exits with 128 + that number.
pub fn register_signals() -> io::Result<Arc<AtomicUsize>> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let flag = Arc::new(AtomicUsize::new(0));
    for sig in [SIGTERM, SIGHUP, SIGINT] {
        signal_hook::flag::register_usize(sig, Arc::clone(&flag), sig as usize)?;
    }
    let watched = Arc::clone(&flag);
    std::thread::Builder::new()
        .name("khabar-signals".into())
        .spawn(move || watchdog(&watched))?;
    Ok(flag)
}

/// How long the event loop gets to notice a signal before the watchdog ends the process.
const SIGNAL_GRACE: std::time::Duration = std::time::Duration::from_millis(500);

/// Backs up the event loop: once a signal has set `flag`, the loop normally restores the
/// terminal and returns within a tick. When the terminal has gone away (SIGHUP after the pty
/// closed) crossterm's event poll may spin on end-of-file and never return, so after
/// [`SIGNAL_GRACE`] this thread restores the terminal itself and exits with 128 + the signal.
fn watchdog(flag: &AtomicUsize) {
    loop {
        let sig = flag.load(Ordering::SeqCst);
        if sig != 0 {
            std::thread::sleep(SIGNAL_GRACE);
            let _ = restore();
            std::process::exit(128 + i32::try_from(sig).unwrap_or(0));
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// Ctrl-z: restores the terminal, stops the process (SIGTSTP) and, once the shell continues
/// it, sets the terminal up again. The caller redraws everything.
pub fn suspend(explicit_bidi: bool) -> io::Result<Term> {
    restore()?;
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    setup(explicit_bidi)
}
