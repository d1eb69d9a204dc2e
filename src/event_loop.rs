//! The event loop: terminal events → keymap → [`Action`] → [`App::update`] → [`Effect`],
//! performed here; a frame is drawn from `&App` after every change and on resize. The loop
//! owns the terminal only between [`terminal::setup`] and [`terminal::restore`].
//!
//! Background work (loading a followed link, updating the feeds, opening the browser, the
//! library pane's keys of a big library: [`App::keys_work`], asked after each frame) runs
//! on the one job runner ([`Jobs`]); the OSC 52 write of a copy and the store work
//! ([`perform_store`]: quick local I/O) run here, the copy reported as a job too. The loop
//! keeps drawing and answering keys, hands the jobs' news to
//! [`App::job_news`], redraws once a second meanwhile so the status line's `loading … N s`
//! counts, and cancels every job when the reader quits.
//!
//! The loop sleeps on one inbox ([`inbox`]: input, job news, signals) and wakes on its own
//! only for a [`deadline`] the state asks for; idle, it never wakes (no tick).

mod inbox;

use std::io;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crossterm::event::{Event, KeyEventKind, MouseEventKind};

use crate::app::{App, Effect};
use crate::fetch;
use crate::jobs::{Job, Jobs, News};
use crate::keymap::{Action, Key};
use crate::loader;
use crate::store::shelf::StoreOp;
use crate::terminal::{self, Term};
use inbox::{Inbox, Wake};

/// Runs the reader until it quits; returns the process exit code (0, or 128 + a signal).
pub fn run(mut app: App, explicit_bidi: bool) -> io::Result<u8> {
    let mut inbox = Inbox::new();
    let signals = inbox.sender();
    terminal::register_signals(move |sig| {
        let _ = signals.send(Wake::Signal(sig));
    })?;
    terminal::install_panic_hook();
    let mut term = terminal::setup(explicit_bidi)?;
    let result = inbox
        .start_input()
        .and_then(|()| run_loop(&mut term, &mut app, &mut inbox, explicit_bidi));
    let restored = terminal::restore();
    inbox.report_wakes();
    unkept_marks(&mut app, explicit_bidi);
    let code = result?;
    restored?;
    Ok(code)
}

fn run_loop(
    term: &mut Term,
    app: &mut App,
    inbox: &mut Inbox,
    explicit_bidi: bool,
) -> io::Result<u8> {
    let size = term.size()?;
    let waker = inbox.sender();
    let jobs = Jobs::with_waker(
        fetch::LIMITS,
        Arc::new(move || {
            let _ = waker.send(Wake::Jobs);
        }),
    );
    if let Some(effect) = app.update(Action::Resize(size.width, size.height)) {
        perform(term, app, &jobs, effect, explicit_bidi)?;
    }
    let mut dirty = true;
    let mut loading_secs = 0;
    loop {
        if dirty {
            term.draw(|f| f.render_widget(&*app, f.area()))?;
            dirty = false;
            // A hidden switch for the tests: a panic inside the loop must restore the terminal.
            if std::env::var_os("KHABAR_TEST_PANIC").is_some() {
                panic!("test panic requested by KHABAR_TEST_PANIC");
            }
        }
        // A big library's pane keys are made in the background whenever they are wanted
        // (after the frame: the first one does not wait for the job to start).
        if let Some(effect) = app.keys_work() {
            perform(term, app, &jobs, effect, explicit_bidi)?;
        }
        let wake = inbox.next(deadline(app));
        if let Some(l) = app.loading() {
            let secs = l.since.elapsed().as_secs();
            dirty |= secs != loading_secs;
            loading_secs = secs;
        }
        let event = match wake {
            None => {
                dirty |= app.tick() | retry_marks(app);
                continue;
            }
            Some(Wake::Signal(sig)) => {
                return Ok(128u8.saturating_add(u8::try_from(sig).unwrap_or(0)));
            }
            Some(Wake::Jobs) => {
                for news in jobs.finished() {
                    dirty |= app.job_news(news);
                }
                // Opening an item from a job's news (an update, a load) asks for store work.
                if let Some(effect) = app.store_work() {
                    perform(term, app, &jobs, effect, explicit_bidi)?;
                }
                continue;
            }
            Some(Wake::Input(event)) => event?,
        };
        let Some(action) = action_of(app, event) else {
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

/// When the loop must wake with no event: at once while a search still counts (idle work, a
/// budget at a time, so keys stay responsive: see `app::search`), at the next whole second of
/// a load (the status line counts them), when waiting marks are tried again. `None`: sleep
/// until an event.
fn deadline(app: &mut App) -> Option<Instant> {
    if app.busy() {
        return Some(Instant::now());
    }
    let load = app.loading().map(|l| {
        let next = l.since.elapsed().as_secs() + 1;
        l.since + Duration::from_secs(next)
    });
    let marks = app.shelf().and_then(|shelf| shelf.retry_at());
    [load, marks].into_iter().flatten().min()
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
            let result =
                terminal::copy(&text).map_err(|e| loader::io_reason(&loader::io_message(&e)));
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
    let mut ops = ops;
    loop {
        for op in ops {
            if let Some(news) = app.shelf_mut().and_then(|shelf| shelf.perform(op)) {
                app.store_news(news);
            }
        }
        // Taking the news in may ask for more (a relisted library opens an item).
        match app.store_work() {
            Some(Effect::Store(more)) => ops = more,
            _ => return,
        }
    }
}

/// Timed wake-ups: marks that waited for another khabar's write lock are written when it is
/// free (quick local I/O, the loop's, never the app's). Returns true when the note changed.
fn retry_marks(app: &mut App) -> bool {
    app.shelf_mut()
        .is_some_and(|shelf| shelf.waiting() && shelf.retry())
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

/// Quitting: the marks the store could not take are kept beside it; why not, if they could
/// not be kept either, is said on stderr in the reader's language (the terminal restored).
fn unkept_marks(app: &mut App, explicit_bidi: bool) {
    let Some(why) = app.shelf_mut().and_then(crate::store::shelf::Shelf::close) else {
        return;
    };
    let said = app.msg().say(&why);
    let line = crate::text::Line::new(crate::text::Base::Ui(app.msg().direction()));
    crate::report::error_line(
        &line.isolated(&said),
        crate::report::stderr_order(explicit_bidi),
    );
}

/// Keeps the library pane's view for the next run; a failure is said, naming the file.
fn save_view(app: &mut App, prefs: &crate::library::prefs::Prefs) {
    let Some(path) = crate::library::prefs::default_path() else {
        return;
    };
    if let Err(e) = crate::library::prefs::save(&path, prefs) {
        let why = loader::io_reason(&loader::io_message(&e));
        let said = app.msg().say(&crate::library::prefs::in_file(&path, why));
        app.complain(said);
    }
}
