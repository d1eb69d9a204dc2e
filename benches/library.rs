//! The whole library at scale (issue 19 item 4), on data built here:
//! - a store of 100,000 items across 500 feeds: library-wide search (`Store::search`, the
//!   first 100 results and all of them, a rare and a common word), and the reader's start
//!   (open the store, shelve every headline: `Shelf::open`, then App and the first frame,
//!   without and with the library pane open);
//! - a folder of 10,000 articles with "read also" links: open to the first frame;
//! - a 10 MB article: fold, then the full count of an Arabic literal (a regular expression:
//!   spaces optional between joining letters) against a Latin one (plain memmem).
//!
//! Memory of the reader's start is printed as the growth of this process's peak RSS.

use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use khabar::app::App;
use khabar::keymap::Action;
use khabar::library::Library;
use khabar::loader::feed::parse_feed;
use khabar::pager::Render;
use khabar::search::{Folded, Folding, Query};
use khabar::store::Store;
use khabar::store::fts::SearchOptions;
use khabar::store::shelf::Shelf;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const SEED: &str = include_str!("../assets/000_2a3d9ced42edd8a0.txt");
const FEEDS: usize = 500;
const ITEMS: usize = 200;

/// Sentences of the seed article, to vary the items' text.
fn sentences() -> Vec<&'static str> {
    SEED.split(['.', '،', '\n'])
        .map(str::trim)
        .filter(|s| s.split(' ').count() > 3)
        .collect()
}

/// Feed `f`: ITEMS items, each a headline and three sentences; one item in 2,500 speaks
/// of «الزلزال» (40 in the store).
fn feed_xml(f: usize, s: &[&str]) -> String {
    let mut xml =
        format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>مصدر {f}</title>\n");
    for i in 0..ITEMS {
        let n = f * ITEMS + i;
        let pick = |k: usize| s[(n * 7 + k * 13) % s.len()];
        let rare = if n.is_multiple_of(2_500) {
            " وقع الزلزال"
        } else {
            ""
        };
        xml.push_str(&format!(
            "<item><guid>{f}-{i}</guid><title>خبر {n} {}</title><description>&lt;p&gt;{}{rare}&lt;/p&gt;&lt;p&gt;{}&lt;/p&gt;&lt;p&gt;{}&lt;/p&gt;</description><pubDate>Mon, {:02} Jan 2024 {:02}:{:02}:00 GMT</pubDate></item>\n",
            pick(0), pick(1), pick(2), pick(3), 1 + i % 28, i % 24, f % 60
        ));
    }
    xml.push_str("</channel></rss>\n");
    xml
}

/// The store of 100,000 items, built in `dir`; or, with KHABAR_BENCH_STORE=PATH, kept at
/// PATH and reused by later runs (building it takes minutes on a busy machine).
fn big_store(dir: &Path) -> PathBuf {
    let kept = std::env::var_os("KHABAR_BENCH_STORE").map(PathBuf::from);
    if let Some(path) = kept.as_ref().filter(|p| p.exists()) {
        return path.clone();
    }
    let path = kept.unwrap_or_else(|| dir.join("library.db"));
    let mut store = Store::open(&path).expect("store");
    let s = sentences();
    for f in 0..FEEDS {
        let id = store
            .add_feed(&format!("http://feeds.test/{f}"), None)
            .expect("add");
        let xml = feed_xml(f, &s);
        let parsed = parse_feed(xml.as_bytes(), &xml).expect("feed");
        store.save_fetch(id, &parsed, None, None).expect("save");
    }
    path
}

/// Peak resident memory of this process, in KiB.
fn peak_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("VmHWM:"))?.to_string();
            line.split_whitespace().nth(1)?.parse().ok()
        })
        .unwrap_or(0)
}

fn reader_start(path: &Path, pane: bool) -> App {
    let store = Store::open_reader(path).expect("opens").expect("a store");
    let (lib, shelf) = Shelf::open(store).expect("shelf");
    let mut app = App::on_shelf(lib, Some(shelf), 0, Render::default());
    app.update(Action::Resize(200, 60));
    if pane {
        app.update(Action::ToggleLibrary);
    }
    let mut term = Terminal::new(TestBackend::new(200, 60)).expect("terminal");
    term.draw(|f| f.render_widget(&app, f.area()))
        .expect("draws");
    app
}

/// Whether the command line's filter (if any) names a benchmark of `group`: the groups build
/// their data (a 100,000-item store takes a minute) only when one of theirs is to run.
fn wanted(group: &str) -> bool {
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    filters.is_empty()
        || filters
            .iter()
            .any(|f| f.starts_with(group) || group.starts_with(f.split('/').next().unwrap_or("")))
}

fn store(c: &mut Criterion) {
    if !wanted("store_100k") {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = big_store(dir.path());
    let before = peak_kib();
    drop(reader_start(&path, false));
    khabar::report::note(format_args!(
        "reader start on 100,000 items: peak RSS grew {} KiB",
        peak_kib() - before
    ));
    let store = Store::open(&path).expect("store");
    let mut group = c.benchmark_group("store_100k");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    let search = |query: &str, limit: Option<usize>| SearchOptions {
        query: query.into(),
        limit,
        ..SearchOptions::default()
    };
    for (name, o) in [
        ("search_rare_all", search("الزلزال", None)),
        ("search_common_first_100", search("الصين", Some(100))),
        ("search_common_all", search("الصين", None)),
        ("search_short_first_100", search("صي", Some(100))),
    ] {
        khabar::report::note(format_args!(
            "{name}: {} results",
            store.search(&o).expect("search").len()
        ));
        group.bench_function(name, |b| b.iter(|| store.search(&o).expect("search").len()));
    }
    // To the first frame: the reader's teardown (dropping 100,000 headlines, at exit) is
    // left out of the time.
    group.bench_function("reader_start_to_first_frame", |b| {
        b.iter_with_large_drop(|| reader_start(&path, false))
    });
    // The same with the library pane open on its first frame, sorted and grouped under the
    // 500 feeds (the keys of the order made on the UI thread; the filter texts are a job's).
    group.bench_function("reader_start_to_first_frame_with_pane", |b| {
        b.iter_with_large_drop(|| reader_start(&path, true))
    });
    // Baselines, the same data read by SQLite alone: the index's matches of the common word,
    // and every item's id and headline (a trivial scan of what the reader lists).
    let conn =
        rusqlite::Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("opens");
    group.bench_function("baseline_fts_count_common", |b| {
        b.iter(|| {
            conn.query_row(
                "SELECT count(*) FROM items_fts WHERE items_fts MATCH '\"الصين\"'",
                [],
                |r| r.get::<_, i64>(0),
            )
            .expect("counts")
        })
    });
    group.bench_function("baseline_scan_headlines", |b| {
        b.iter(|| {
            let mut stmt = conn
                .prepare_cached("SELECT id, headline FROM items")
                .expect("sql");
            let rows = stmt
                .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
                .expect("rows");
            rows.map(|r| r.expect("row").1.len()).sum::<usize>()
        })
    });
    group.finish();
}

/// 10,000 articles, each with two "read also" links to others (one cut off).
fn folder(dir: &Path) -> PathBuf {
    let s = sentences();
    let root = dir.join("folder");
    std::fs::create_dir_all(&root).expect("folder");
    let title = |n: usize| format!("{} رقم {n} اليوم", s[n % s.len()]);
    for n in 0..10_000 {
        let next = title((n + 1) % 10_000);
        let cut: String = title((n + 7) % 10_000)
            .split(' ')
            .take(5)
            .collect::<Vec<_>>()
            .join(" ");
        let body = format!(
            "{}\n\n{}\n\n{}\n\nإقرأ أيضاً: {next}\n\nإقرأ أيضاً: {cut}…\n",
            title(n),
            s[(n * 3) % s.len()],
            s[(n * 5) % s.len()]
        );
        std::fs::write(root.join(format!("{n:05}.txt")), body).expect("write");
    }
    root
}

fn folder_bench(c: &mut Criterion) {
    if !wanted("folder_10k") {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let root = folder(dir.path());
    let mut group = c.benchmark_group("folder_10k");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    // The baseline: the same files read, nothing parsed.
    group.bench_function("baseline_read_files", |b| {
        b.iter(|| {
            let mut names: Vec<_> = std::fs::read_dir(&root)
                .expect("lists")
                .map(|e| e.expect("entry").path())
                .collect();
            names.sort();
            names
                .iter()
                .map(|p| std::fs::read(p).expect("reads").len())
                .sum::<usize>()
        })
    });
    // As the reader opens it (`main::open_library`: an article's links resolved when it is
    // opened), to the first frame; the teardown (dropping 10,000 articles, at exit) is left
    // out, as in `reader_start_to_first_frame`.
    // Figures (README "Benchmarks"): 418 ms against 57.6 ms (7.3×) at the start of the
    // session of 17:09; 135.5 ms against 56.6 ms (2.4×) with the teardown, at 17:42 (load
    // 5.3); 85.8–95.1 ms against 56.6–61.2 ms (1.46–1.55×) without it, at 17:47 (load 2.3);
    // 85.4–93.1 ms against 54.9–55.7 ms (1.56–1.67×) at 17:51 (load 1.4–2.0).
    group.bench_function("open_to_first_frame", |b| {
        b.iter_with_large_drop(|| {
            let lib = Library::open_lazy(std::slice::from_ref(&root)).expect("loads");
            let mut app = App::new(lib, 0, Render::default());
            app.update(Action::Resize(200, 60));
            let mut term = Terminal::new(TestBackend::new(200, 60)).expect("terminal");
            term.draw(|f| f.render_widget(&app, f.area()))
                .expect("draws");
            app
        })
    });
    group.finish();
}

fn article_bench(c: &mut Criterion) {
    if !wanted("article_10MB") {
        return;
    }
    let text = SEED.repeat((10 << 20) / SEED.len() + 1);
    let folded = Folded::new(&text, Folding::Normal);
    let mut group = c.benchmark_group("article_10MB");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    group.bench_function("fold", |b| {
        b.iter(|| Folded::new(&text, Folding::Normal).text.len())
    });
    for (name, q) in [("count_arabic", "الصين"), ("count_latin_digits", "2024")] {
        let query = Query::new(q, Folding::Normal).expect("query");
        khabar::report::note(format_args!(
            "{name}: {} matches",
            query.find_in(&text, &folded).len()
        ));
        group.bench_function(name, |b| b.iter(|| query.find_in(&text, &folded).len()));
        group.bench_function(format!("{name}_engine_only"), |b| {
            b.iter(|| query.folded_matches(&folded).len())
        });
        // The baseline: a plain memmem scan of the folded text for the folded query.
        let needle = Folded::new(q, Folding::Normal).text;
        group.bench_function(format!("{name}_baseline_memmem"), |b| {
            b.iter(|| memchr::memmem::find_iter(folded.text.as_bytes(), needle.as_bytes()).count())
        });
    }
    group.finish();
}

criterion_group!(benches, article_bench, folder_bench, store);
criterion_main!(benches);
