//! Rule (issue 15 item 3): `App::update` spawns nothing and does no I/O. Driven here with no
//! terminal and no network, it answers `m`, `s`, Enter on a stored item, `o`, `y` and `r`
//! with effects; the store on disk and the library stay as they were until the event loop
//! performs them ([`khabar::event_loop::perform_store`]), and the open and copy jobs are
//! counted until their news comes back.

use std::path::{Path, PathBuf};

use khabar::app::{App, Effect};
use khabar::event_loop::perform_store;
use khabar::jobs::{Job, News};
use khabar::keymap::Action;
use khabar::pager::Render;
use khabar::store::Store;
use khabar::store::marks::{Flag, MarkWrite};
use khabar::store::shelf::{Shelf, StoreOp};

use crate::common;

const FEED: &str = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>A</title><guid>a</guid><description>&lt;p&gt;See &lt;a href="https://example.org/x"&gt;the report&lt;/a&gt; now.&lt;/p&gt;</description></item>
<item><title>B</title><guid>b</guid><description>&lt;p&gt;Second.&lt;/p&gt;</description></item>
</channel></rss>"#;

fn stored_reader(dir: &Path) -> (App, PathBuf) {
    let db = dir.join("k.db");
    let mut store = Store::open(&db).expect("store");
    let feed = store
        .add_feed("https://example.org/feed.xml", None)
        .expect("feed");
    let parsed = khabar::loader::feed::parse_feed(FEED.as_bytes(), FEED).expect("feed parses");
    store.save_fetch(feed, &parsed, None, None).expect("saved");
    let (lib, shelf) = Shelf::open(store).expect("library");
    (App::on_shelf(lib, Some(shelf), 0, Render::default()), db)
}

fn unread_on_disk(db: &Path) -> u64 {
    Store::open(db).expect("store").counts().expect("counts").1
}

fn item_id(app: &App, i: usize) -> i64 {
    let shelf = app.shelf().expect("a shelf");
    shelf.marks[i].expect("a stored item").id
}

fn mark(id: i64, flag: Flag, on: bool) -> Effect {
    Effect::Store(vec![StoreOp::Mark(MarkWrite { id, flag, on })])
}

#[test]
fn update_answers_store_keys_with_effects_and_touches_no_store() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, db) = stored_reader(dir.path());
    let a = item_id(&app, 0);
    // Opening the first item asks for its body and its read mark; nothing is read yet.
    let open = app.update(Action::Resize(160, 30));
    let read_a = StoreOp::Mark(MarkWrite {
        id: a,
        flag: Flag::Read,
        on: true,
    });
    let load_a = StoreOp::LoadBody { index: 0, id: a };
    assert_eq!(open, Some(Effect::Store(vec![load_a, read_a])));
    assert!(app.article().body.is_empty(), "the body waits in the store");
    assert_eq!(unread_on_disk(&db), 2);
    let Some(Effect::Store(ops)) = open else {
        unreachable!()
    };
    perform_store(&mut app, ops);
    assert!(!app.article().body.is_empty());
    assert_eq!(unread_on_disk(&db), 1, "the loop wrote the read mark");

    // `m` and `s`: shown at once, written by the loop.
    assert_eq!(
        app.update(Action::ToggleRead),
        Some(mark(a, Flag::Read, false))
    );
    assert!(common::status_line(&app).contains("marked unread"));
    assert_eq!(unread_on_disk(&db), 1, "update writes nothing");
    assert_eq!(app.update(Action::Save), Some(mark(a, Flag::Saved, true)));

    // `o` and `y` on the focused link; `r` asks for an update job.
    app.update(Action::NextLink);
    let url = "https://example.org/x".to_string();
    assert_eq!(
        app.update(Action::OpenExternal),
        Some(Effect::OpenUrl(url.clone()))
    );
    assert_eq!(app.update(Action::Copy), Some(Effect::Copy(url.clone())));
    let Some(Effect::Job { job, .. }) = app.update(Action::Refresh) else {
        panic!("r asks for an update job");
    };
    assert_eq!(job, Job::Refresh(db.clone()));

    // Enter on the other item in the library pane.
    app.update(Action::ToggleLibrary);
    app.update(Action::Down);
    let b = item_id(&app, 1);
    let read_b = StoreOp::Mark(MarkWrite {
        id: b,
        flag: Flag::Read,
        on: true,
    });
    let load_b = StoreOp::LoadBody { index: 1, id: b };
    assert_eq!(
        app.update(Action::Activate),
        Some(Effect::Store(vec![load_b, read_b]))
    );
    assert!(app.article().body.is_empty());
    assert_eq!(unread_on_disk(&db), 1);
}

/// `o` and `y` run as jobs with ids: counted while they run, their news says how they ended,
/// and news nobody waits for is dropped.
#[test]
fn open_and_copy_are_counted_jobs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, _) = stored_reader(dir.path());
    common::press(&mut app, Action::Resize(160, 30));
    let url = "https://example.org/x".to_string();
    let open = app.start_errand();
    let copy = app.start_errand();
    assert_eq!(app.jobs_running(), 2);
    assert!(common::status_line(&app).contains("2 jobs"));
    let result = Ok("firefox".to_string());
    assert!(app.job_news(News::Opened {
        id: open,
        url,
        result
    }));
    assert!(common::status_line(&app).contains("opened https://example.org/x with firefox"));
    let result = Err(khabar::i18n::errors::Reason::new("reason-storage-full"));
    assert!(app.job_news(News::Copied { id: copy, result }));
    assert!(common::status_line(&app).contains("not copied: no space is left on the disk"));
    assert_eq!(app.jobs_running(), 0);
    let result = Ok(());
    assert!(!app.job_news(News::Copied { id: copy, result }));
}

/// Backspace to an item whose body went back to the store (an update listed the items
/// again): the body comes through the loop, and the reader is put back where it was then.
#[test]
fn back_to_an_item_read_again_from_the_store_keeps_the_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("k.db");
    let mut store = Store::open(&db).expect("store");
    let feed = store
        .add_feed("https://example.org/feed.xml", None)
        .expect("feed");
    let long = "&lt;p&gt;سطر طويل من الكلام.&lt;/p&gt;".repeat(30);
    let xml = format!(
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>A</title><guid>a</guid><description>{long}</description></item>
<item><title>B</title><guid>b</guid><description>{long}</description></item>
</channel></rss>"#
    );
    let parsed = khabar::loader::feed::parse_feed(xml.as_bytes(), &xml).expect("feed parses");
    store.save_fetch(feed, &parsed, None, None).expect("saved");
    let (lib, shelf) = Shelf::open(store).expect("library");
    let mut app = App::on_shelf(lib, Some(shelf), 0, Render::default());
    common::press(&mut app, Action::Resize(40, 10));
    common::press(&mut app, Action::PageDown);
    let top = app.view().pager.top();
    assert!(app.view().pager.top_row() > 0);
    common::press(&mut app, Action::NextArticle);
    let Some(Effect::Job { id, .. }) = app.update(Action::Refresh) else {
        panic!("r asks for an update job");
    };
    let summary = Ok(khabar::store::shelf::Summary {
        feeds: 1,
        ..Default::default()
    });
    assert!(app.job_news(News::Updated { id, summary }));
    assert!(
        !app.library().articles[0].body.is_empty(),
        "no store read in the app"
    );
    // The loop lists the items again (a store read) and hands the listing to the app.
    assert_eq!(app.store_work(), Some(Effect::Store(vec![StoreOp::Relist])));
    perform_store(&mut app, vec![StoreOp::Relist]);
    assert!(app.library().articles[0].body.is_empty(), "listed again");
    common::press(&mut app, Action::Back);
    assert_eq!(app.current(), 0);
    assert!(!app.article().body.is_empty());
    assert_eq!(app.view().pager.top(), top);
}
