//! The reader on a 10 MB article (the seed repeated), into a 200×60 `TestBackend`:
//! - one frame scrolled to the middle (target < 1 ms);
//! - a resize to a width not cached, then a frame (target < 2 ms);
//! - opening the file to the first frame (target < 100 ms), and loading alone for comparison.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use khabar::app::App;
use khabar::keymap::Action;
use khabar::library::Library;
use khabar::pager::Render;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const SEED: &str = include_str!("../assets/000_2a3d9ced42edd8a0.txt");

/// A 10 MB article file in a temporary folder of its own.
fn big_article() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("big.txt");
    let mut body = SEED.to_string();
    body.push('\n');
    std::fs::write(&path, body.repeat((10 << 20) / body.len() + 1)).expect("write");
    (dir, path)
}

fn open(path: &PathBuf, w: u16, h: u16) -> App {
    let lib = Library::open(std::slice::from_ref(path)).expect("loads");
    let mut app = App::new(lib, 0, Render::default());
    app.update(Action::Resize(w, h));
    app
}

fn frame(term: &mut Terminal<TestBackend>, app: &App) {
    term.draw(|f| f.render_widget(app, f.area()))
        .expect("draws");
}

fn bench(c: &mut Criterion) {
    let (_dir, path) = big_article();
    let mut app = open(&path, 200, 60);
    let middle = app.view().pager.len() / 2;
    app.show_block(middle);
    let mut term = Terminal::new(TestBackend::new(200, 60)).expect("terminal");
    let mut group = c.benchmark_group("reader_10MB_200x60");
    group.bench_function("frame_middle", |b| {
        b.iter(|| {
            // A fresh back buffer every time: the whole frame is drawn and diffed.
            term.swap_buffers();
            frame(&mut term, black_box(&app));
        })
    });
    let widths = [200u16, 190, 180];
    let mut i = 0;
    group.bench_function("resize_then_frame", |b| {
        b.iter(|| {
            i = (i + 1) % widths.len();
            app.update(Action::Resize(widths[i], 60));
            let mut term = Terminal::new(TestBackend::new(widths[i], 60)).expect("terminal");
            frame(&mut term, &app);
        })
    });
    group.sample_size(10);
    // The loader's share of opening (parsing, quotes, links): not the reader's.
    group.bench_function("load_only", |b| {
        b.iter(|| Library::open(std::slice::from_ref(&path)).expect("loads"))
    });
    group.bench_function("open_to_first_frame", |b| {
        b.iter(|| {
            let app = open(&path, 200, 60);
            let mut term = Terminal::new(TestBackend::new(200, 60)).expect("terminal");
            frame(&mut term, &app);
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
