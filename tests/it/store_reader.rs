//! The reader on the store: items listed by feed, newest first, opened on the first unread
//! one; opening an item marks it read, `m` toggles it, `s` saves it (a saved item outlives
//! its feed), `r` updates in the background while the reader keeps answering, and the
//! library pane shows the marks.

use crate::common;
use crate::feed_server;

use std::time::{Duration, Instant};

use feed_server::{Doc, Server, arabic_feed};
use khabar::app::{App, Effect};
use khabar::jobs::Jobs;
use khabar::keymap::{Action, Key, Scope};
use khabar::library::Library;
use khabar::loader::feed::parse_feed;
use khabar::pager::Render;
use khabar::store::Store;
use khabar::store::shelf::Shelf;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// A store with two feeds of 3 and 2 items, stored without a server.
fn store(dir: &std::path::Path) -> Store {
    feed_server::stored_feeds(&dir.join("k.db"), &[("الجزيرة", 3), ("بي بي سي", 2)])
}

fn reader(store: Store) -> App {
    let (lib, shelf) = Shelf::open(store).unwrap();
    let first = lib.opened[0];
    let mut app = App::on_shelf(
        lib,
        Some(shelf),
        first,
        Render {
            shape: false,
            bidi: true,
        },
    );
    common::press(&mut app, Action::Resize(100, 30));
    app
}

fn reads(app: &App) -> Vec<bool> {
    let shelf = app.shelf().unwrap();
    shelf.marks.iter().map(|m| m.unwrap().read).collect()
}

fn note(app: &App) -> String {
    app.feed_note().unwrap_or_default()
}

fn screen(app: &App) -> String {
    let mut term = Terminal::new(TestBackend::new(100, 30)).unwrap();
    term.draw(|f| f.render_widget(app, f.area())).unwrap();
    let buf = term.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// The store says which note, the app says it in the reader's language: after `m` and `s`
/// the Hebrew status line shows the Hebrew note (visual order, written by hand), the Arabic
/// one the Arabic note (issue 16).
#[test]
fn the_notes_of_m_and_s_are_in_the_readers_language() {
    use khabar::i18n::{Lang, Messages};
    let dir = tempfile::tempdir().unwrap();
    let mut app = reader(store(dir.path()));
    app.set_messages(Messages::new(Lang::He));
    common::press(&mut app, Action::ToggleRead);
    // סומן כלא נקרא ("marked unread"), as the screen shows it: right to left.
    assert!(screen(&app).contains("ארקנ אלכ ןמוס"), "{}", screen(&app));
    common::press(&mut app, Action::Save);
    // נשמר לאחר כך ("saved for later").
    assert!(screen(&app).contains("ךכ רחאל רמשנ"), "{}", screen(&app));
    app.set_messages(Messages::new(Lang::Ar));
    common::press(&mut app, Action::ToggleRead);
    assert_eq!(note(&app), "عُلِّم مقروءًا");
    common::press(&mut app, Action::Save);
    assert_eq!(note(&app), "أُلغي الحفظ");
}

#[test]
fn opening_reads_and_keys_mark() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = reader(store(dir.path()));
    let heads: Vec<_> = app
        .library()
        .articles
        .iter()
        .map(|a| a.headline.clone())
        .collect();
    assert_eq!(
        heads,
        [
            "الخبر رقم 3 من الجزيرة",
            "الخبر رقم 2 من الجزيرة",
            "الخبر رقم 1 من الجزيرة",
            "الخبر رقم 2 من بي بي سي",
            "الخبر رقم 1 من بي بي سي",
        ]
    );
    // Opened on the first unread item, which is now read and has its body.
    assert_eq!(app.current(), 0);
    assert_eq!(reads(&app), [true, false, false, false, false]);
    assert_eq!(
        app.article().quotes().collect::<Vec<_>>(),
        ["هذا هو الخبر 3"]
    );
    assert_eq!(
        app.library().articles[1].body,
        [],
        "bodies wait in the store"
    );
    common::press(&mut app, Action::NextArticle);
    assert_eq!(reads(&app), [true, true, false, false, false]);
    common::press(&mut app, Action::ToggleRead);
    assert_eq!(note(&app), "marked unread");
    assert_eq!(reads(&app), [true, false, false, false, false]);
    common::press(&mut app, Action::Save);
    assert_eq!(note(&app), "saved for later");
    // Another key clears the note.
    common::press(&mut app, Action::Down);
    assert_eq!(note(&app), "");
    // The marks are in the database: a new reader sees them, opened on the first unread.
    let again = reader(Store::open(&dir.path().join("k.db")).unwrap());
    assert_eq!(again.current(), 1);
    let shelf = again.shelf().unwrap();
    assert!(shelf.marks[1].unwrap().saved);
    assert_eq!(
        Store::open(&dir.path().join("k.db"))
            .unwrap()
            .counts()
            .unwrap(),
        (5, 3)
    );
}

#[test]
fn the_library_pane_shows_feeds_and_marks() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = reader(store(dir.path()));
    common::press(&mut app, Action::Save);
    common::press(&mut app, Action::ToggleLibrary);
    let s = screen(&app);
    // The title counts the items listed and the unread ones; each feed's heading its own,
    // the name (read right to left: الجزيرة, بي بي سي) and the count isolated.
    assert!(s.contains("Feeds (5) · 4 unread  "), "{s}");
    assert!(s.contains(" 2 unread · ةريزجلا │"), "{s}");
    assert!(s.contains(" 2 unread · يس يب يب │"), "{s}");
    // The open item ● (saved ★), unread items •.
    assert_eq!(s.matches('•').count(), 4, "{s}");
    assert_eq!(s.matches("★●").count() + s.matches("●★").count(), 1, "{s}");
}

#[test]
fn keys_of_subscriptions() {
    let app = reader(store(tempfile::tempdir().unwrap().path()));
    let key = |c| app.keymap().action_for(Scope::Reader, &Key::ch(c));
    assert_eq!(key('m'), Some(Action::ToggleRead));
    assert_eq!(key('s'), Some(Action::Save));
    assert_eq!(key('S'), Some(Action::ToggleSide));
    assert_eq!(key('r'), Some(Action::Refresh));
}

#[test]
fn a_saved_item_outlives_its_feed() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = store(dir.path());
    let heads = s.headlines().unwrap();
    s.set_saved(heads[4].id, true).unwrap();
    s.remove_feed("بي بي سي").unwrap();
    let heads = s.headlines().unwrap();
    assert_eq!(heads.len(), 4);
    assert_eq!(heads[3].headline, "الخبر رقم 1 من بي بي سي");
    assert_eq!(
        (heads[3].feed_id, heads[3].feed.as_str()),
        (None, "بي بي سي")
    );
    assert!(!s.is_empty().unwrap());
}

#[test]
fn files_answer_with_a_note() {
    let lib = Library::from_articles(vec![khabar::article::Article {
        headline: "x".into(),
        ..Default::default()
    }]);
    let mut app = App::new(
        lib,
        0,
        Render {
            shape: false,
            bidi: true,
        },
    );
    common::press(&mut app, Action::Resize(80, 24));
    common::press(&mut app, Action::Save);
    assert!(screen(&app).contains("m, s and r work on subscriptions"));
}

/// `r`: the update the app asks for, run on a job runner of the test's own.
fn refresh(app: &mut App) -> Jobs {
    let jobs = Jobs::default();
    match app.update(Action::Refresh) {
        Some(Effect::Job { id, job }) => jobs.run(id, job),
        other => panic!("r asks for an update job, not {other:?}"),
    }
    jobs
}

/// What the event loop does between keys: the jobs' news, then the idle tick.
fn tick(app: &mut App, jobs: &Jobs) {
    for news in jobs.finished() {
        app.job_news(news);
    }
    if let Some(Effect::Store(ops)) = app.store_work() {
        khabar::event_loop::perform_store(app, ops);
    }
    app.tick();
}

#[test]
fn refresh_runs_in_the_background() {
    let server = Server::start();
    let mut slow = Doc::rss(arabic_feed("الجزيرة", 4), "v2");
    slow.delay = Duration::from_millis(600);
    server.put("/a.xml", slow);
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("k.db")).unwrap();
    let id = s.add_feed(&server.url("/a.xml"), None).unwrap();
    let xml = arabic_feed("الجزيرة", 2);
    s.save_fetch(id, &parse_feed(xml.as_bytes(), &xml).unwrap(), None, None)
        .unwrap();
    let mut app = reader(s);
    common::press(&mut app, Action::NextArticle);
    let open = app.article().headline.clone();
    let started = Instant::now();
    let jobs = Jobs::default();
    let Some(Effect::Job { id, job }) = app.update(Action::Refresh) else {
        panic!("r asks for an update job");
    };
    // `r` returns at once, an order of events rather than a time: the server hears of the
    // update only once the job runs, on its own thread.
    assert!(
        server.seen("/a.xml").is_empty(),
        "r fetched the feed itself"
    );
    jobs.run(id, job);
    // The reader keeps answering while the feed is fetched.
    assert_eq!(note(&app), "updating…");
    common::press(&mut app, Action::Down);
    assert_eq!(
        note(&app),
        "updating…",
        "progress stays while the update runs"
    );
    while note(&app).starts_with("updating") {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{}",
            note(&app)
        );
        tick(&mut app, &jobs);
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(
        note(&app).replace(['\u{2068}', '\u{2069}'], ""),
        "1 feed: 2 new items, 0 changed, 0 not modified, 0 failed"
    );
    assert_eq!(app.library().articles.len(), 4);
    // Still on the same article, now further down the list.
    assert_eq!(app.article().headline, open);
    assert_eq!(app.current(), 3);
    assert!(!app.article().body.is_empty());
}

#[test]
fn subscriptions_without_items_then_r() {
    let server = Server::start();
    server.put("/a.xml", Doc::rss(arabic_feed("الجزيرة", 2), "v1"));
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("k.db")).unwrap();
    s.add_feed(&server.url("/a.xml"), None).unwrap();
    let mut app = reader(s);
    assert_eq!(app.article().headline, "No items yet");
    assert!(screen(&app).contains("Press r to fetch them"));
    let jobs = refresh(&mut app);
    let started = Instant::now();
    while note(&app).starts_with("updating") {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{}",
            note(&app)
        );
        tick(&mut app, &jobs);
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(app.current(), 0);
    assert_eq!(app.article().headline, "الخبر رقم 2 من الجزيرة");
    assert_eq!(
        app.article().quotes().collect::<Vec<_>>(),
        ["هذا هو الخبر 2"]
    );
    assert_eq!(reads(&app), [true, false]);
    // The body on screen is the new article's.
    assert!(screen(&app).contains("2 ربخلا وه اذه"), "{}", screen(&app));
}

/// `s` on an article of a folder opens a store under the reader: the folder's other
/// articles go under the store's items with their "read also" links resolved, also those of
/// articles not opened yet (the reader resolves a folder's links as its articles open).
#[test]
fn a_store_opened_under_a_folder_keeps_its_links_resolved() {
    use khabar::jobs::{Job, News};
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("folder");
    std::fs::create_dir(&folder).unwrap();
    let titles = [
        "الخبر الأول عن المطر",
        "الخبر الثاني عن الريح",
        "الخبر الثالث عن الثلج",
    ];
    for (i, t) in titles.iter().enumerate() {
        let next = titles[(i + 1) % titles.len()];
        let text = format!("{t}\n\nنص الخبر.\n\nإقرأ أيضاً: {next}\n");
        std::fs::write(folder.join(format!("{i}.txt")), text).unwrap();
    }
    let lib = Library::open_lazy(std::slice::from_ref(&folder)).unwrap();
    let first = lib.opened[0];
    let mut app = App::new(lib, first, Render::default());
    common::press(&mut app, Action::Resize(100, 30));
    let db = dir.path().join("k.db");
    app.set_store_path(db.clone());
    let Some(Effect::Job {
        id,
        job: Job::Keep { article, .. },
    }) = app.update(Action::Save)
    else {
        panic!("s keeps the article in the background");
    };
    let mut store = Store::open(&db).unwrap();
    let kept = store.keep_article(&article).unwrap();
    let opened = Some(Box::new(Shelf::open(store).unwrap()));
    assert!(app.job_news(News::Kept {
        id,
        result: Ok(kept),
        opened,
    }));
    let files: Vec<_> = (app.library().articles.iter())
        .filter(|a| a.path.is_some())
        .collect();
    assert_eq!(files.len(), 2, "the kept one is the store's now");
    for a in files {
        let i = titles.iter().position(|t| *t == a.headline).unwrap();
        let next = folder.join(format!("{}.txt", (i + 1) % titles.len()));
        let target = a.read_also[0].target.as_deref();
        assert_eq!(target, Some(next.to_str().unwrap()), "{}", a.headline);
    }
}
