//! `App::update` driven by actions, no terminal: scrolling clamps at both ends, a resize keeps
//! the same text on top, J/K switch articles, the library pane toggles and opens, quotes jump.

use crate::common;

use common::seed_app;
use khabar::app::{App, Pane};
use khabar::keymap::Action;
use khabar::pager::Anchor;

/// The text offset at the start of the body's top row.
fn top_text(app: &App) -> Option<(usize, usize)> {
    let top = app.view().pager.top();
    let line = app.view().pager.layout(top.block)?.lines.get(top.row)?;
    Some((top.block, line.logical.start))
}

#[test]
fn scrolling_clamps_at_both_ends() {
    let mut app = seed_app(100, 30);
    assert_eq!(app.view().pager.top(), Anchor::default());
    app.update(Action::Up);
    app.update(Action::PageUp);
    assert_eq!(app.view().pager.top_row(), 0);
    app.update(Action::Down);
    assert_eq!(app.view().pager.top_row(), 1);
    for _ in 0..50 {
        app.update(Action::PageDown);
    }
    let end = app.view().pager.top();
    assert_eq!(app.view().pager.percent(), 100);
    // The last line of the body is on the last row of the viewport.
    let rows: Vec<_> = app.view().pager.visible().collect();
    assert_eq!(rows.len(), app.view().pager.height());
    let (block, line) = rows[rows.len() - 1];
    assert_eq!(block, app.view().pager.len() - 1);
    let last = app
        .view()
        .pager
        .layout(block)
        .unwrap()
        .lines
        .last()
        .unwrap();
    assert_eq!(line, Some(last));
    app.update(Action::Down);
    app.update(Action::HalfDown);
    assert_eq!(app.view().pager.top(), end, "no scrolling past the end");
    app.update(Action::Top);
    assert_eq!(app.view().pager.top_row(), 0);
    app.update(Action::Bottom);
    assert_eq!(app.view().pager.top(), end);
    app.update(Action::HalfUp);
    assert!(app.view().pager.top_row() < app.view().pager.total_rows());
    assert_ne!(app.view().pager.top(), end);
}

#[test]
fn resize_keeps_the_same_text_on_top() {
    let mut app = seed_app(100, 30);
    for _ in 0..9 {
        app.update(Action::Down);
    }
    let (block, offset) = top_text(&app).unwrap();
    assert!(block > 0);
    app.update(Action::Resize(60, 20));
    let (b2, o2) = top_text(&app).unwrap();
    assert_eq!(b2, block, "same paragraph on top");
    let top = app.view().pager.top();
    let line = &app.view().pager.layout(b2).unwrap().lines[top.row];
    assert!(
        line.logical.contains(&offset) || o2 == offset,
        "same text on top"
    );
    app.update(Action::Resize(100, 30));
    assert_eq!(top_text(&app).unwrap().0, block);
}

#[test]
fn next_and_previous_article() {
    let mut app = seed_app(100, 30);
    let n = app.library().articles.len();
    let seed = app.current();
    app.update(Action::NextArticle);
    assert_eq!(app.current(), (seed + 1) % n);
    assert_eq!(app.view().pager.top_row(), 0);
    app.update(Action::PrevArticle);
    assert_eq!(app.current(), seed);
    app.update(Action::PageDown);
    app.update(Action::PrevArticle);
    assert_eq!(app.current(), (seed + n - 1) % n);
    assert_eq!(
        app.view().pager.top_row(),
        0,
        "a new article opens at its top"
    );
}

#[test]
fn library_pane_toggles_and_opens() {
    let mut app = seed_app(100, 30);
    assert!(app.areas().library.is_none());
    app.update(Action::ToggleLibrary);
    assert!(app.show_library() && app.areas().library.is_some());
    assert_eq!(app.focus(), Pane::Library);
    assert_eq!(app.library_view().selected(), Some(app.current()));
    // The rows' order (headings, newest first) is the view's: the second listed item opens.
    let listed: Vec<usize> = app
        .library_view()
        .rows()
        .iter()
        .filter_map(|r| match r {
            khabar::app::library_view::Row::Item(i) => Some(*i),
            _ => None,
        })
        .collect();
    app.update(Action::Top);
    assert_eq!(app.library_view().selected(), Some(listed[0]));
    app.update(Action::Down);
    app.update(Action::Activate);
    assert_eq!(app.current(), listed[1]);
    assert!(app.show_library(), "the pane stays open");
    app.update(Action::Close);
    assert!(!app.show_library());
    assert_eq!(app.focus(), Pane::Body);
    assert!(app.areas().quotes.is_some(), "the side column is back");
}

#[test]
fn quotes_pane_jumps_and_focus_cycles() {
    let mut app = seed_app(100, 30);
    app.update(Action::FocusNext);
    assert_eq!(app.focus(), Pane::Quotes);
    app.update(Action::Bottom);
    assert_eq!(app.view().quote_list.selected, app.view().quotes.len() - 1);
    app.update(Action::Activate);
    assert_eq!(app.view().marked_quote, Some(app.view().quotes.len() - 1));
    let q = &app.view().quotes[app.view().quotes.len() - 1];
    let top = app.view().pager.top();
    assert!(top.block <= q.block);
    app.update(Action::FocusNext);
    assert_eq!(app.focus(), Pane::Links);
    app.update(Action::FocusNext);
    assert_eq!(app.focus(), Pane::Body, "library hidden: skipped");
    app.update(Action::FocusPrev);
    assert_eq!(app.focus(), Pane::Links);
    // Enter on the read-also entry follows it: the linked article is in the library.
    let seed = app.current();
    assert_eq!(app.update(Action::Activate), None);
    assert_ne!(app.current(), seed);
    let path = app.article().path.as_ref().unwrap();
    assert!(path.ends_with("001_russia_china_dollar.txt"), "{path:?}");
}

#[test]
fn narrow_screens_hide_the_side_column_behind_a_key() {
    let mut app = seed_app(60, 20);
    assert!(app.areas().quotes.is_none());
    app.update(Action::ToggleSide);
    let areas = app.areas();
    let quotes = areas.quotes.unwrap();
    assert!(quotes.y > areas.body.bottom(), "stacked under the body");
    app.update(Action::ToggleSide);
    assert!(app.areas().quotes.is_none());
}

#[test]
fn wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = seed_app(100, 30);
    let body = app.areas().body;
    app.update(Action::Wheel {
        column: body.x + 5,
        row: body.y + 2,
        down: true,
    });
    assert_eq!(app.view().pager.top_row(), 3);
    let quotes = app.areas().quotes.unwrap();
    app.update(Action::Wheel {
        column: quotes.x + 2,
        row: quotes.y + 2,
        down: true,
    });
    assert_eq!(app.view().quote_list.selected, 1);
    assert_eq!(app.view().pager.top_row(), 3);
}

#[test]
fn help_takes_keys_first() {
    let mut app = seed_app(100, 30);
    app.update(Action::Help);
    assert_eq!(app.scope(), khabar::keymap::Scope::Help);
    // q in help closes it (Ctrl-C, a global key, quits everywhere: tests/app_state.rs).
    let q = app.action_for(&khabar::keymap::Key::ch('q'));
    assert_eq!(q, Some(Action::Close), "q in help does not quit");
    app.update(Action::Close);
    assert!(app.help().is_none());
    assert_eq!(app.update(Action::Quit), Some(khabar::app::Effect::Quit));
}

#[test]
fn an_article_of_a_headline_alone_opens_and_scrolls() {
    // Found by tests/it/hostile.rs: an xterm.js escape stream of one line is a headline with no
    // body, and the pager indexed its first block on the first resize.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("one_line.txt");
    std::fs::write(&file, "\x1b[Ha\x1b[2;3Hb\n").unwrap();
    let lib = khabar::library::Library::open(&[file]).unwrap();
    assert!(lib.articles[0].body.is_empty());
    let mut app = common::app_with(lib, 0, false, 80, 24);
    for a in [
        Action::Down,
        Action::Bottom,
        Action::PageUp,
        Action::ToggleBidi,
    ] {
        app.update(a);
    }
    app.update(Action::Resize(30, 10));
    assert_eq!(app.view().pager.total_rows(), 0);
}
