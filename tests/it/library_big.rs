//! A big library's pane (issue 19 item 2, "never waits on the library"): over
//! [`INLINE_KEYS`] articles, the pane's keys (dates parsed, texts folded) are made by a
//! background job from the library's own articles (shared, not copied), once per listing;
//! the pane is sorted and grouped under its feeds from the first frame (the keys of the
//! order made on the UI thread, no text folded), and a filter waits for the job's texts.

use std::sync::Arc;

use khabar::app::library_view::{INLINE_KEYS, Row};
use khabar::app::{App, Effect};
use khabar::article::{Article, Meta};
use khabar::jobs::{Job, Jobs};
use khabar::keymap::Action;
use khabar::library::Library;
use khabar::library::prefs::{Prefs, Sort};
use khabar::pager::Render;

use crate::common::pty::TIMEOUT;

fn big_app() -> App {
    let articles = (0..=INLINE_KEYS)
        .map(|i| Article {
            headline: format!("خبر {i}"),
            meta: Meta {
                source: Some(format!("مصدر {}", i % 7)),
                date: Some(format!("2024-01-{:02}T10:00:00Z", 1 + i % 28)),
                ..Meta::default()
            },
            ..Article::default()
        })
        .collect();
    let mut app = App::new(Library::from_articles(articles), 0, Render::default());
    app.update(Action::Resize(100, 30));
    app
}

/// The headline of the article a row lists.
fn headline<'a>(app: &'a App, row: &Row) -> &'a str {
    let Row::Item(i) = row else {
        panic!("an item, not {row:?}");
    };
    &app.library().articles[*i].headline
}

/// Runs the keys job `app` asks for and gives it the news; the job's effect is returned
/// first for the caller's checks.
fn run_keys_job(app: &mut App) {
    let Some(Effect::Job { id, job }) = app.keys_work() else {
        panic!("the keys are asked of a job");
    };
    assert_eq!(app.keys_work(), None, "one job per listing");
    let jobs = Jobs::default();
    jobs.run(id, job);
    let deadline = std::time::Instant::now() + TIMEOUT;
    let news = loop {
        if let Some(n) = jobs.finished().into_iter().next() {
            break n;
        }
        assert!(std::time::Instant::now() < deadline, "the keys came");
        std::thread::yield_now();
    };
    assert!(app.job_news(news), "the pane is drawn again");
    assert_eq!(app.keys_work(), None, "kept");
}

#[test]
fn a_big_library_has_its_filter_texts_made_in_the_background() {
    let mut app = big_app();
    app.update(Action::ToggleLibrary);
    let Some(Effect::Job { job, .. }) = app.keys_work() else {
        panic!("the keys are asked of a job");
    };
    let Job::ListingKeys {
        articles, order, ..
    } = &job
    else {
        panic!("a job making the keys, not {job:?}");
    };
    assert!(
        articles
            .iter()
            .zip(&app.library().articles)
            .all(|(a, b)| Arc::ptr_eq(a, b)),
        "the job shares the articles"
    );
    assert!(
        !order.has_texts() && !order.has_title_ranks(),
        "no text folded on the UI thread in the date order"
    );
    let mut app = big_app();
    app.update(Action::ToggleLibrary);
    run_keys_job(&mut app);
    // A filter typed now scans the folded keys: no job.
    app.update(Action::LibraryFilter);
    for c in "خبر 12".chars() {
        assert_eq!(app.update(Action::Input(c)), None);
    }
    assert!(app.library_view().rows().len() > 1);
    assert_eq!(app.keys_work(), None);
}

/// A reader who never opens the pane neither waits for its keys nor keeps them: no job
/// until it is shown.
#[test]
fn a_hidden_pane_asks_for_no_keys() {
    let mut app = big_app();
    assert_eq!(app.keys_work(), None, "hidden");
    app.update(Action::ToggleLibrary);
    assert!(app.keys_work().is_some(), "shown");
}

/// Issue 19, "never waits on the library": the first pane of a big library is already in
/// the chosen order under its feeds' headings, before the job making the filter texts ran,
/// and the keys that job brings change nothing (the list never rearranges under the reader).
#[test]
fn a_big_librarys_first_pane_is_sorted_and_grouped_before_the_keys_job() {
    let mut app = big_app();
    app.update(Action::ToggleLibrary);
    let first = app.library_view().rows().to_vec();
    // A library of files is in date order, then by headline: the 28th of January first,
    // articles 27, 55, … (27 mod 28), all of feed 6 (27 mod 7; 28 is a multiple of 7), 178
    // of them, «خبر 1007» first by its headline. Feed 6's next day is the 21st, after the
    // 178 articles of each day from the 28th to the 22nd: library index 1,246.
    assert_eq!(
        first[0],
        Row::Heading {
            feed: "مصدر 6".into(),
            unread: None,
            total: 714, // 6, 13, … 4998
        }
    );
    assert_eq!(&first[1..4], &[Row::Item(0), Row::Item(1), Row::Item(2)]);
    assert_eq!(headline(&app, &first[1]), "خبر 1007");
    assert_eq!(first[179], Row::Item(1_246));
    let headings: Vec<&str> = first
        .iter()
        .filter_map(|r| match r {
            Row::Heading { feed, .. } => Some(feed.as_str()),
            Row::Item(_) => None,
        })
        .collect();
    let feeds = [
        "مصدر 6",
        "مصدر 5",
        "مصدر 4",
        "مصدر 3",
        "مصدر 2",
        "مصدر 1",
        "مصدر 0",
    ];
    assert_eq!(headings, feeds);
    run_keys_job(&mut app);
    assert!(
        app.library_view().rows() == first,
        "the keys changed nothing"
    );
}

/// The title order chosen (the view persists): the first pane is in it too, the headlines
/// folded for it alone; the job's keys change nothing.
#[test]
fn a_big_librarys_first_pane_in_title_order() {
    let mut app = big_app();
    app.set_library_prefs(Prefs {
        sort: Sort::Title,
        unread_only: false,
        grouped: false,
    });
    app.update(Action::ToggleLibrary);
    let first = app.library_view().rows().to_vec();
    let titles: Vec<&str> = first[..6].iter().map(|r| headline(&app, r)).collect();
    let want = [
        "خبر 0",
        "خبر 1",
        "خبر 10",
        "خبر 100",
        "خبر 1000",
        "خبر 1001",
    ];
    assert_eq!(titles, want);
    run_keys_job(&mut app);
    assert!(
        app.library_view().rows() == first,
        "the keys changed nothing"
    );
}

/// A store's big library: the dates come from the store as numbers; in date order, not
/// grouped, the feeds' items interleave from the first frame: after the first feed's 92
/// items of the 28th (27, 55, … 2575) come the second feed's.
#[test]
fn a_big_stores_first_pane_is_in_date_order() {
    use khabar::store::shelf::Shelf;

    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    crate::feed_server::stored_feeds(&db, &[("أخبار", 2_600), ("חדשות", 2_500)]);
    let store = khabar::store::Store::open(&db).unwrap();
    let (lib, shelf) = Shelf::open(store).unwrap();
    let mut app = App::on_shelf(lib, Some(shelf), 0, Render::default());
    app.update(Action::Resize(100, 30));
    app.set_library_prefs(Prefs {
        sort: Sort::Date,
        unread_only: false,
        grouped: false,
    });
    app.update(Action::ToggleLibrary);
    let first = app.library_view().rows().to_vec();
    assert_eq!(first.len(), 5_100);
    assert_eq!(
        &first[90..94],
        &(90..92)
            .chain(2_600..2_602)
            .map(Row::Item)
            .collect::<Vec<_>>()[..]
    );
    run_keys_job(&mut app);
    assert!(
        app.library_view().rows() == first,
        "the keys changed nothing"
    );
}

/// A filter typed before the filter texts came waits, said on the pane's title row, and
/// applies when they come.
#[test]
fn a_filter_typed_before_the_keys_applies_when_they_come() {
    let mut app = big_app();
    app.update(Action::ToggleLibrary);
    app.update(Action::LibraryFilter);
    for c in "خبر 12".chars() {
        app.update(Action::Input(c));
    }
    assert_eq!(app.library_view().filter_waits(), Some(INLINE_KEYS + 1));
    let frame = crate::common::draw(&app);
    let rows: Vec<String> = (0..30)
        .map(|y| crate::common::row_text(&frame, y))
        .collect();
    assert!(
        rows.iter()
            .any(|r| r.contains("filter: 12 ﺮﺒﺧ▏ · indexing…")),
        "said on the pane's title row: {rows:#?}"
    );
    run_keys_job(&mut app);
    assert_eq!(app.library_view().filter_waits(), None);
    let items = app
        .library_view()
        .rows()
        .iter()
        .filter(|r| matches!(r, Row::Item(_)));
    // 12, 120–129, 1200–1299.
    assert_eq!(items.count(), 111);
}

/// The store's hits of a search name items by id: each is listed at the item's place in
/// the library (found in one pass over the marks), an item no longer listed is left out,
/// and the hits keep their order.
#[test]
fn store_hits_are_listed_at_their_items() {
    use khabar::jobs::Found;
    use khabar::store::shelf::Shelf;

    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    crate::feed_server::stored_feeds(&db, &[("חדשות", 3), ("خبرگزاری", 4)]);
    let store = khabar::store::Store::open(&db).unwrap();
    let (lib, shelf) = Shelf::open(store).unwrap();
    let mut app = App::on_shelf(lib, Some(shelf), 0, Render::default());
    app.update(Action::Resize(100, 30));
    let ids: Vec<i64> = app
        .shelf()
        .unwrap()
        .marks
        .iter()
        .map(|m| m.unwrap().id)
        .collect();
    let hit = |id: i64| Found {
        item: Some(id),
        index: None,
        line: "خبر".into(),
        range: 0..6,
    };
    // The last item, one gone from the store's listing, the first, the last again.
    let asked = [ids[6], 9_999, ids[0], ids[3]];
    app.update(Action::ToggleLibrary);
    app.update(Action::SearchAll);
    app.update(Action::Input('x'));
    app.update(Action::SearchConfirm);
    app.found("x", Ok(asked.iter().map(|&id| hit(id)).collect()));
    let r = app.library_view().results().unwrap();
    let listed: Vec<usize> = r.hits.iter().map(|h| h.index).collect();
    assert_eq!(listed, vec![6, 0, 3]);
}
