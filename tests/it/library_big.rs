//! A big library's pane (issue 19 item 2, "never waits on the library"): over
//! [`INLINE_KEYS`] articles, the pane's keys (dates parsed, texts folded) are made by a
//! background job from the library's own articles (shared, not copied), once per listing;
//! the pane lists the articles in the library's order until they come, then sorted and
//! grouped under their feeds.

use std::sync::Arc;

use khabar::app::library_view::{INLINE_KEYS, Row};
use khabar::app::{App, Effect};
use khabar::article::{Article, Meta};
use khabar::jobs::{Job, Jobs};
use khabar::keymap::Action;
use khabar::library::Library;
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

#[test]
fn a_big_library_has_its_pane_keys_made_in_the_background() {
    let mut app = big_app();
    app.update(Action::ToggleLibrary);
    let rows = app.library_view().rows();
    assert_eq!(rows.len(), INLINE_KEYS + 1);
    assert!(
        rows.iter().all(|r| matches!(r, Row::Item(_))),
        "listed in the library's order meanwhile, no headings"
    );
    let Some(Effect::Job { id, job }) = app.keys_work() else {
        panic!("the keys are asked of a job");
    };
    let Job::ListingKeys { articles, .. } = &job else {
        panic!("a job making the keys, not {job:?}");
    };
    assert!(
        articles
            .iter()
            .zip(&app.library().articles)
            .all(|(a, b)| Arc::ptr_eq(a, b)),
        "the job shares the articles"
    );
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
    let rows = app.library_view().rows();
    assert!(
        matches!(&rows[0], Row::Heading { feed, .. } if feed.starts_with("مصدر")),
        "grouped under the feeds now: {:?}",
        &rows[..2]
    );
    assert_eq!(app.keys_work(), None, "kept");
    // A filter typed now scans the folded keys: no job.
    app.update(Action::LibraryFilter);
    for c in "خبر 12".chars() {
        assert_eq!(app.update(Action::Input(c)), None);
    }
    assert!(app.library_view().rows().len() > 1);
    assert_eq!(app.keys_work(), None);
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
