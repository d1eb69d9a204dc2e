//! Search on a 10 MB Arabic article (the seed repeated): folding the text once, then finding
//! every match of a 5-letter word in the folded text, and the two together. Then the reader:
//! one incremental-search keystroke (update + a whole frame into a 200×60 `TestBackend`,
//! target < 16 ms), and `n`.

use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use khabar::app::App;
use khabar::keymap::Action;
use khabar::library::Library;
use khabar::pager::Render;
use khabar::search::{Folded, Folding, Query};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const SEED: &str = include_str!("../assets/000_2a3d9ced42edd8a0.txt");

fn bench(c: &mut Criterion) {
    let text = SEED.repeat((10 << 20) / SEED.len() + 1);
    let query = Query::new("الصين", Folding::Normal).expect("query");
    let folded = Folded::new(&text, Folding::Normal);
    let mut group = c.benchmark_group("search_10MB");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("fold", |b| {
        b.iter(|| Folded::new(&text, Folding::Normal).text.len())
    });
    group.bench_function("find_all_in_folded", |b| {
        b.iter(|| query.find_in(&text, &folded).len())
    });
    group.bench_function("fold_and_find_all", |b| {
        b.iter(|| query.find_all(&text).len())
    });
    group.finish();
}

/// The 10 MB article as a file of its own, opened in a 200×60 reader scrolled to the middle.
fn big_app() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path: PathBuf = dir.path().join("big.txt");
    let mut body = SEED.to_string();
    body.push('\n');
    std::fs::write(&path, body.repeat((10 << 20) / body.len() + 1)).expect("write");
    let lib = Library::open(std::slice::from_ref(&path)).expect("loads");
    let mut app = App::new(lib, 0, Render::default());
    app.update(Action::Resize(200, 60));
    let middle = app.view().pager.len() / 2;
    app.show_block(middle);
    (dir, app)
}

fn keystroke(app: &mut App, term: &mut Terminal<TestBackend>, action: Action) {
    app.update(action);
    term.swap_buffers();
    term.draw(|f| f.render_widget(&*app, f.area()))
        .expect("draws");
}

fn reader(c: &mut Criterion) {
    let (_dir, mut app) = big_app();
    let mut term = Terminal::new(TestBackend::new(200, 60)).expect("terminal");
    let mut group = c.benchmark_group("reader_search_10MB_200x60");
    group.sample_size(20);
    app.update(Action::Search);
    for ch in "الصي".chars() {
        app.update(Action::Input(ch));
    }
    // Each iteration is one keystroke: `ن` typed, or deleted again. The count goes on in idle
    // ticks (`App::tick`), which this leaves for the next keystroke to restart.
    let mut typed = false;
    group.bench_function("keystroke_then_frame", |b| {
        b.iter(|| {
            let action = if typed {
                Action::DeleteBack
            } else {
                Action::Input('ن')
            };
            typed = !typed;
            keystroke(&mut app, &mut term, action);
        })
    });
    group.bench_function("idle_tick_then_frame", |b| {
        b.iter(|| {
            if !app.tick() {
                app.update(Action::Input('ن'));
                app.update(Action::DeleteBack);
            }
            term.swap_buffers();
            term.draw(|f| f.render_widget(&app, f.area()))
                .expect("draws");
        })
    });
    app.finish_search();
    app.update(Action::SearchConfirm);
    group.bench_function("next_match_then_frame", |b| {
        b.iter(|| keystroke(&mut app, &mut term, Action::SearchNext))
    });
    group.finish();
}

criterion_group!(benches, bench, reader);
criterion_main!(benches);
