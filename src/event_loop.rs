//! The event loop: terminal events → keymap → [`Action`] → [`App::update`] → [`Effect`],
//! performed here; a frame is drawn from `&App` after every change and on resize. The loop
//! owns the terminal only between [`terminal::setup`] and [`terminal::restore`].

use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use crossterm::event::{self, Event, KeyEventKind, MouseEventKind};

use crate::app::{App, Effect};
use crate::keymap::{Action, Key};
use crate::terminal::{self, Term};

/// How often the loop looks at the signal flag while no event comes.
const TICK: Duration = Duration::from_millis(50);

/// Runs the reader until it quits; returns the process exit code (0, or 128 + a signal).
pub fn run(mut app: App, explicit_bidi: bool) -> io::Result<u8> {
    let signals = terminal::register_signals()?;
    terminal::install_panic_hook();
    let mut term = terminal::setup(explicit_bidi)?;
    let result = run_loop(&mut term, &mut app, &signals, explicit_bidi);
    let restored = terminal::restore();
    let code = result?;
    restored?;
    Ok(code)
}

fn run_loop(
    term: &mut Term,
    app: &mut App,
    signals: &AtomicUsize,
    explicit_bidi: bool,
) -> io::Result<u8> {
    let size = term.size()?;
    app.update(Action::Resize(size.width, size.height));
    let mut dirty = true;
    loop {
        let sig = signals.load(Ordering::SeqCst);
        if sig != 0 {
            return Ok(128u8.saturating_add(u8::try_from(sig).unwrap_or(0)));
        }
        if dirty {
            term.draw(|f| f.render_widget(&*app, f.area()))?;
            dirty = false;
            // A hidden switch for the tests: a panic inside the loop must restore the terminal.
            if std::env::var_os("KHABAR_TEST_PANIC").is_some() {
                panic!("test panic requested by KHABAR_TEST_PANIC");
            }
        }
        // A search still counting takes the idle time, a budget at a time, so keys stay
        // responsive (see `app::search`).
        let wait = if app.busy() { Duration::ZERO } else { TICK };
        if !event::poll(wait)? {
            dirty |= app.tick();
            continue;
        }
        let Some(action) = action_of(app, event::read()?) else {
            continue;
        };
        dirty = true;
        if let Action::Resize(..) = action {
            // A terminal that shrank dropped what it showed (to 1×1, say), and ratatui would
            // diff the next frame against the old one: paint every cell again.
            *term = terminal::fresh()?;
        }
        match app.update(action) {
            None => {}
            Some(Effect::Quit) => return Ok(0),
            Some(Effect::Redraw) => *term = terminal::fresh()?,
            Some(Effect::Suspend) => {
                *term = terminal::suspend(explicit_bidi)?;
                let size = term.size()?;
                app.update(Action::Resize(size.width, size.height));
            }
            Some(Effect::OpenTarget(target)) => {
                if let Some(i) = app.library.find_by_target(&target) {
                    app.open(i);
                }
            }
        }
    }
}

/// The action a terminal event asks for, if any.
fn action_of(app: &App, ev: Event) -> Option<Action> {
    match ev {
        Event::Key(k) if k.kind != KeyEventKind::Release => app.action_for(&Key::from_event(&k)),
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        Event::Mouse(m) => {
            let down = match m.kind {
                MouseEventKind::ScrollDown => true,
                MouseEventKind::ScrollUp => false,
                _ => return None,
            };
            Some(Action::Wheel {
                column: m.column,
                row: m.row,
                down,
            })
        }
        _ => None,
    }
}
