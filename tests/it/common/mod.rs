//! Helpers shared by the integration tests: the bundled articles and a reader opened on one.
// The benches include parts of these helpers by `#[path]`; not every build uses all of them.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use khabar::app::{App, Effect};
use khabar::keymap::Action;
use khabar::library::Library;
use khabar::pager::Render;

pub mod http;
pub mod pty;

pub const SEED: &str = "000_2a3d9ced42edd8a0.txt";

/// A bundled article's path.
pub fn asset(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join(name)
}

/// What the event loop does with one key: the update, then the store work it asked for,
/// performed at once ([`khabar::event_loop::perform_store`]); other effects come back.
pub fn press(app: &mut App, action: Action) -> Option<Effect> {
    match app.update(action) {
        Some(Effect::Store(ops)) => {
            khabar::event_loop::perform_store(app, ops);
            None
        }
        other => other,
    }
}

/// A reader on `lib` at article `first`, sized `w`×`h`.
pub fn app_with(lib: Library, first: usize, shape: bool, w: u16, h: u16) -> App {
    let mut app = App::new(lib, first, Render { shape, bidi: true });
    app.update(Action::Resize(w, h));
    app
}

/// A reader opened on a bundled article (its folder as the library).
pub fn app_for(name: &str, shape: bool, w: u16, h: u16) -> App {
    let lib = Library::open(&[asset(name)]).expect("assets load");
    let first = lib.opened[0];
    app_with(lib, first, shape, w, h)
}

/// A reader on the seed, shaping off so the Arabic is plain letters.
pub fn seed_app(w: u16, h: u16) -> App {
    app_for(SEED, false, w, h)
}

/// A link-following fixture's path (`tests/fixtures/links/`).
pub fn links_fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/links")
        .join(name)
}

/// A reader on `links.json` (its folder as the library), shaping off, 100×30.
pub fn links_app() -> App {
    let lib = Library::open(&[links_fixture("links.json")]).expect("fixtures load");
    let first = lib.opened[0];
    app_with(lib, first, false, 100, 30)
}

/// The frame `app` draws at its size.
pub fn draw(app: &App) -> ratatui::buffer::Buffer {
    let (w, h) = app.size();
    let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
    term.draw(|f| f.render_widget(app, f.area())).unwrap();
    term.backend().buffer().clone()
}

/// Row `y` of a frame as text (cell symbols concatenated).
pub fn row_text(buf: &ratatui::buffer::Buffer, y: u16) -> String {
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

/// The status line (the last row) of the frame `app` draws.
pub fn status_line(app: &App) -> String {
    let buf = draw(app);
    row_text(&buf, buf.area.height - 1)
}

/// `(x, y)` of every cell of the first row whose text holds `needle`, one per cell.
pub fn cells_of(buf: &ratatui::buffer::Buffer, needle: &str) -> Vec<(u16, u16)> {
    for y in 0..buf.area.height {
        let mut row = String::new();
        let mut xs = Vec::new();
        for x in 0..buf.area.width {
            let s = buf[(x, y)].symbol();
            xs.extend(std::iter::repeat_n(x, s.len()));
            row.push_str(s);
        }
        if let Some(at) = row.find(needle) {
            let mut cells: Vec<(u16, u16)> =
                xs[at..at + needle.len()].iter().map(|&x| (x, y)).collect();
            cells.dedup();
            return cells;
        }
    }
    Vec::new()
}
