//! Helpers shared by the integration tests: the bundled articles and a reader opened on one.
// Each test binary uses its own part of this module.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use khabar::app::App;
use khabar::keymap::Action;
use khabar::library::Library;
use khabar::pager::Render;

pub mod pty;

pub const SEED: &str = "000_2a3d9ced42edd8a0.txt";

/// A bundled article's path.
pub fn asset(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join(name)
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
