//! The app's state with owners (issue 15 items 1 and 3): one overlay at a time with one
//! precedence, global keys that work under every overlay, and `App::update` driven with no
//! terminal and no network.

use crate::common;

use common::links_app;
use crossterm::event::KeyCode;
use khabar::app::{App, Effect};
use khabar::jobs::{Done, Job, News, Request};
use khabar::keymap::{Action, Key, Scope};
use khabar::loader::{LoadError, Problem};
use khabar::pager::Render;
use khabar::store::Store;
use khabar::store::shelf::Shelf;

/// The overlays (and the search prompt) a global key must reach through, each opened the way a
/// user opens it.
fn under_each_overlay() -> Vec<(Scope, App)> {
    let open = |action: Action| {
        let mut app = links_app();
        app.update(action);
        app
    };
    let all = [
        (Scope::Help, open(Action::Help)),
        (Scope::Links, open(Action::LinksList)),
        (Scope::Search, open(Action::Search)),
        (Scope::Reader, links_app()),
    ];
    for (scope, app) in &all {
        assert_eq!(app.scope(), *scope);
    }
    all.into()
}

/// Rule: Ctrl-Z, Ctrl-L and Ctrl-C mean suspend, redraw and quit under every overlay.
#[test]
fn global_keys_work_under_every_overlay() {
    let keys = [
        (Key::ctrl('z'), Effect::Suspend),
        (Key::ctrl('l'), Effect::Redraw),
        (Key::ctrl('c'), Effect::Quit),
    ];
    for (key, effect) in keys {
        for (scope, mut app) in under_each_overlay() {
            let action = app.action_for(&key);
            assert!(action.is_some(), "{key:?} is dead in {scope:?}");
            let got = action.and_then(|a| app.update(a));
            assert_eq!(got, Some(effect.clone()), "{key:?} in {scope:?}");
            // Suspending or redrawing leaves the overlay open.
            if effect != Effect::Quit {
                assert_eq!(app.scope(), scope, "{key:?} closed {scope:?}");
            }
        }
    }
}

/// A resize under every overlay takes the new size and keeps the overlay open.
#[test]
fn resize_works_under_every_overlay() {
    for (scope, mut app) in under_each_overlay() {
        assert_eq!(app.update(Action::Resize(90, 24)), None);
        assert_eq!(app.size(), (90, 24), "{scope:?}");
        assert_eq!(app.scope(), scope);
    }
}

/// Typed characters still reach the overlays that take text: a global fallback never steals
/// a plain key.
#[test]
fn plain_keys_are_typed_in_the_prompt_and_the_links_list() {
    for (scope, app) in under_each_overlay() {
        let q = app.action_for(&Key::ch('q'));
        let want = match scope {
            Scope::Help => Some(Action::Close),
            Scope::Reader => Some(Action::Quit),
            _ => Some(Action::Input('q')),
        };
        assert_eq!(q, want, "{scope:?}");
        let esc = app.action_for(&Key::plain(KeyCode::Esc));
        assert!(esc.is_some(), "{scope:?}");
    }
}

/// Rule: opening an article builds its view fresh; nothing of the article before (scroll,
/// link focus, selections, a marked quote, where a search started) leaks into it.
#[test]
fn an_opened_article_starts_from_a_fresh_view() {
    let mut app = common::seed_app(100, 30);
    for _ in 0..3 {
        app.update(Action::Down);
    }
    app.update(Action::Search);
    app.update(Action::SearchCancel);
    app.update(Action::NextLink);
    app.update(Action::FocusNext);
    app.update(Action::Down);
    app.update(Action::Activate);
    app.update(Action::NextArticle);
    let fresh = khabar::app::ArticleView::new(app.article(), app.render());
    let v = app.view();
    assert_eq!(v.pager.top(), fresh.pager.top());
    assert_eq!(
        v.search_from, fresh.search_from,
        "where the last search started"
    );
    assert_eq!(v.link_focus, fresh.link_focus);
    assert_eq!(v.marked_quote, fresh.marked_quote);
    assert_eq!(v.quote_list, fresh.quote_list);
    assert_eq!(v.link_list, fresh.link_list);
    assert_eq!(v.stops.len(), fresh.stops.len());
    assert_eq!(v.quotes, fresh.quotes);
}

/// The open article's first link to a web page, focused with Tab as a user would.
pub(crate) fn focus_web_link(app: &mut App) -> String {
    let i = app.view().stops.iter().position(|s| {
        s.target
            .as_deref()
            .is_some_and(|t| t.starts_with("https://"))
    });
    let i = i.expect("the fixture has a web link");
    for _ in 0..=i {
        app.update(Action::NextLink);
    }
    assert_eq!(app.view().link_focus, Some(i));
    app.view().stops[i].target.clone().unwrap_or_default()
}

/// Rule: `App::update` does no I/O and starts nothing; the work is an `Effect` the event loop
/// runs. Driven here with no terminal and no network: Enter on a web link, `o`, `y`.
#[test]
fn keys_that_work_in_the_background_return_effects() {
    let mut app = links_app();
    let url = focus_web_link(&mut app);
    assert_eq!(
        app.update(Action::OpenExternal),
        Some(Effect::OpenUrl(url.clone()))
    );
    assert_eq!(app.update(Action::Copy), Some(Effect::Copy(url.clone())));
    let Some(Effect::Load { id, request }) = app.update(Action::Activate) else {
        panic!("Enter on a web link loads it in the background");
    };
    assert_eq!(request, Request::Url(url.clone()));
    assert_eq!(app.jobs_running(), 1);
    // The job's result comes back as news; a failure names the address.
    let failed = LoadError {
        path: url.clone().into(),
        problem: Problem::Io("no network here".into()),
    };
    assert!(app.job_news(News::Loaded(Done {
        id,
        result: Err(failed)
    })));
    assert_eq!(app.jobs_running(), 0);
    assert!(common::status_line(&app).contains("no network here"));
}

/// `r` asks for an update job (the store starts no thread), `s` marks at once; the update's
/// progress and end come back as news, and news of an update nobody waits for is dropped.
#[test]
fn r_is_an_update_job_whose_news_comes_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("k.db");
    let mut store = Store::open(&db).expect("store");
    store
        .add_feed("https://example.org/feed.xml", None)
        .expect("feed");
    let (lib, shelf) = Shelf::open(store).expect("library");
    let mut app = App::on_shelf(lib, Some(shelf), 0, Render::default());
    app.update(Action::Resize(100, 30));
    let Some(Effect::Job { id, job }) = app.update(Action::Refresh) else {
        panic!("r asks for an update job");
    };
    assert_eq!(job, Job::Refresh(db));
    assert_eq!(app.jobs_running(), 1);
    assert_eq!(app.update(Action::Refresh), None, "one update at a time");
    assert!(!app.job_news(News::Progress {
        id: id + 7,
        done: 1,
        total: 2
    }));
    assert!(app.job_news(News::Progress {
        id,
        done: 1,
        total: 2
    }));
    assert!(common::status_line(&app).contains("updating 1/2…"));
    let summary = Ok(khabar::store::shelf::Summary {
        feeds: 1,
        ..Default::default()
    });
    assert!(app.job_news(News::Updated { id, summary }));
    // The app reads no store: the loop lists the items again and hands them over.
    let relist = vec![khabar::store::shelf::StoreOp::Relist];
    assert_eq!(app.store_work(), Some(Effect::Store(relist.clone())));
    khabar::event_loop::perform_store(&mut app, relist);
    assert_eq!(app.jobs_running(), 0);
    assert!(common::status_line(&app).contains("1 feed: 0 new items"));
    // `s` on the note shown when nothing is stored: no job, a note.
    assert_eq!(app.update(Action::Save), None);
}

/// Rule: the status line counts the jobs the reader waits for when more than one runs (one
/// job shows its own note): here an update and a followed link, both in the background.
#[test]
fn the_status_line_counts_the_jobs_running() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(&dir.path().join("k.db")).expect("store");
    let feed = store
        .add_feed("https://example.org/feed.xml", None)
        .expect("feed");
    let xml = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>A</title><guid>a</guid><description>&lt;p&gt;See &lt;a href="https://example.org/x"&gt;the report&lt;/a&gt; now.&lt;/p&gt;</description></item>
</channel></rss>"#;
    let parsed = khabar::loader::feed::parse_feed(xml.as_bytes(), xml).expect("feed parses");
    store.save_fetch(feed, &parsed, None, None).expect("saved");
    let (lib, shelf) = Shelf::open(store).expect("library");
    let mut app = App::on_shelf(lib, Some(shelf), 0, Render::default());
    common::press(&mut app, Action::Resize(160, 30));
    assert!(matches!(
        app.update(Action::Refresh),
        Some(Effect::Job { .. })
    ));
    assert!(!common::status_line(&app).contains("jobs"));
    app.update(Action::NextLink);
    let load = app.update(Action::Activate);
    assert!(matches!(load, Some(Effect::Load { .. })), "{load:?}");
    assert_eq!(app.jobs_running(), 2);
    let status = common::status_line(&app);
    assert!(status.contains("2 jobs"), "{status}");
}
