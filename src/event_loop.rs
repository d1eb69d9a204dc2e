//! The event loop: terminal events → keymap → [`Action`] → [`App::update`] → [`Effect`],
//! performed here; a frame is drawn from `&App` after every change and on resize. The loop
//! owns the terminal only between [`terminal::setup`] and [`terminal::restore`].
//!
//! Background work (loading a followed link, updating the feeds, opening the browser) runs
//! on the one job runner ([`Jobs`]); the OSC 52 write of a copy and the store work
//! ([`perform_store`]: quick local I/O) run here, the copy reported as a job too. The loop
//! keeps drawing and answering keys, hands the jobs' news to
//! [`App::job_news`], redraws once a second meanwhile so the status line's `loading … N s`
//! counts, and cancels every job when the reader quits.

use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use crossterm::event::{self, Event, KeyEventKind, MouseEventKind};

use crate::app::{App, Effect};
use crate::jobs::{Job, Jobs, News};
use crate::keymap::{Action, Key};
use crate::loader;
use crate::store::shelf::StoreOp;
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
    let jobs = Jobs::default();
    if let Some(effect) = app.update(Action::Resize(size.width, size.height)) {
        perform(term, app, &jobs, effect, explicit_bidi)?;
    }
    let mut dirty = true;
    let mut loading_secs = 0;
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
        for news in jobs.finished() {
            dirty |= app.job_news(news);
        }
        // Opening an item from a job's news (an update, a load) asks for store work too.
        if let Some(effect) = app.store_work() {
            perform(term, app, &jobs, effect, explicit_bidi)?;
        }
        if let Some(l) = app.loading() {
            let secs = l.since.elapsed().as_secs();
            dirty |= secs != loading_secs;
            loading_secs = secs;
        }
        // A search still counting takes the idle time, a budget at a time, so keys stay
        // responsive (see `app::search`).
        let wait = if app.busy() { Duration::ZERO } else { TICK };
        if !event::poll(wait)? {
            dirty |= app.tick() | retry_marks(app);
            continue;
        }
        let Some(action) = action_of(app, event::read()?) else {
            continue;
        };
        dirty = true;
        if let Action::Resize(..) = action {
            // A terminal that shrank dropped what it showed (to 1×1, say) and may have grown
            // back to the size ratatui knows, which would then diff the next frame against
            // cells that are gone: paint every cell again.
            *term = terminal::fresh()?;
        }
        let Some(effect) = app.update(action) else {
            continue;
        };
        if perform(term, app, &jobs, effect, explicit_bidi)? {
            // Dropping the runner cancels every job.
            return Ok(0);
        }
    }
}

/// Performs what an update asked for; returns true to quit.
fn perform(
    term: &mut Term,
    app: &mut App,
    jobs: &Jobs,
    effect: Effect,
    explicit_bidi: bool,
) -> io::Result<bool> {
    match effect {
        Effect::Quit => return Ok(true),
        Effect::Redraw => *term = terminal::fresh()?,
        Effect::Suspend => {
            *term = terminal::suspend(explicit_bidi)?;
            let size = term.size()?;
            app.update(Action::Resize(size.width, size.height));
        }
        Effect::Load { id, request } => jobs.start(id, request),
        Effect::Job { id, job } => jobs.run(id, job),
        Effect::OpenUrl(url) => jobs.run(app.start_errand(), Job::Open(url)),
        Effect::Copy(text) => {
            // The terminal is the loop's: the OSC 52 write happens here, reported as a job.
            let id = app.start_errand();
            let result = terminal::copy(&text).map_err(|e| loader::io_message(&e));
            app.job_news(News::Copied { id, result });
        }
        Effect::Store(ops) => perform_store(app, ops),
        Effect::SaveView(prefs) => save_view(app, &prefs),
    }
    Ok(false)
}

/// Performs store work in order on the loop's thread (quick local I/O: an item's body, a
/// mark through the shelf's queue) and shows a body read for the open article. Rule: the
/// app asks ([`Effect::Store`]), the loop does.
pub fn perform_store(app: &mut App, ops: Vec<StoreOp>) {
    for op in ops {
        let read = app
            .shelf_desk()
            .and_then(|(shelf, library)| shelf.perform(library, op));
        if let Some(i) = read {
            app.body_read(i);
        }
    }
}

/// Idle ticks: marks that waited for another khabar's write lock are written when it is
/// free (quick local I/O, the loop's, never the app's). Returns true when the note changed.
fn retry_marks(app: &mut App) -> bool {
    app.shelf_desk()
        .is_some_and(|(shelf, _)| shelf.waiting() && shelf.retry())
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

/// Keeps the library pane's view for the next run; a failure is said, naming the file.
fn save_view(app: &mut App, prefs: &crate::library::prefs::Prefs) {
    let Some(path) = crate::library::prefs::default_path() else {
        return;
    };
    if let Err(e) = crate::library::prefs::save(&path, prefs) {
        let file = path.display().to_string();
        app.complain(format!("{file}: {}", loader::io_message(&e)));
    }
}
