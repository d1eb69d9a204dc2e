//! The app's state with owners (issue 15 items 1 and 3): one overlay at a time with one
//! precedence, global keys that work under every overlay, and `App::update` driven with no
//! terminal and no network.

mod common;

use common::links_app;
use crossterm::event::KeyCode;
use khabar::app::{App, Effect};
use khabar::keymap::{Action, Key, Scope};

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
        assert_eq!(app.size, (90, 24), "{scope:?}");
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
    let fresh = khabar::app::ArticleView::new(app.article(), app.render);
    let v = &app.view;
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
