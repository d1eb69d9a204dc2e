//! A rebinding in the config shows everywhere a key is named: the help overlay, the status
//! line's hints and badges, and every message that names a key (they ask the keymap).

use crate::common;

use std::path::Path;

use common::{app_with, draw, row_text, seed_app, status_line};
use khabar::app::App;
use khabar::article::Article;
use khabar::config::Config;
use khabar::jobs::Request;
use khabar::keymap::Action;
use khabar::library::Library;

/// The seed in a reader 160×30 with `config`'s keys.
fn rebound(config: &str) -> App {
    let cfg = Config::from_toml(config, Path::new("/cfg/config.toml")).unwrap();
    let mut app = seed_app(160, 30);
    app.set_keymap(cfg.keymap);
    app
}

fn screen(app: &App) -> String {
    let buf = draw(app);
    (0..buf.area.height)
        .map(|y| row_text(&buf, y))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_help_shows_the_rebound_key() {
    let mut app = rebound("[keys]\nrefresh = \"R\"\nhalf-down = \"d\"\n");
    app.update(Action::Help);
    let help = screen(&app);
    let row = |desc: &str| {
        help.lines()
            .find(|l| l.contains(desc))
            .unwrap_or_else(|| panic!("{desc} in\n{help}"))
            .to_string()
    };
    assert!(row("update every feed").contains("│R "), "{help}");
    assert!(row("Half a page down").contains("│d "), "{help}");
}

#[test]
fn messages_name_the_rebound_key() {
    let mut app = rebound("[keys]\nnext-link = \"ctrl-n\"\nfocus-next = \"ctrl-w\"\n");
    app.update(Action::Activate);
    assert!(
        status_line(&app).contains("no link focused (ctrl-n focuses the next one)"),
        "{}",
        status_line(&app)
    );
    app.update(Action::Copy);
    let s = status_line(&app);
    assert!(
        s.contains("focus a link (ctrl-n) or a quote (ctrl-w)"),
        "{s}"
    );
    app.update(Action::OpenExternal);
    let s = status_line(&app);
    assert!(s.contains("no address (ctrl-n focuses a link)"), "{s}");
}

#[test]
fn the_loading_note_names_the_rebound_close_key() {
    let mut app = rebound("[keys]\nclose = \"x\"\n");
    app.start_load(Request::Url("https://example.org/a".into()));
    let s = status_line(&app);
    assert!(s.contains("(x cancels)"), "{s}");
}

#[test]
fn the_summary_badge_names_the_rebound_activate_key() {
    let mut article = Article {
        headline: "a summary".into(),
        ..Article::default()
    };
    article.meta.summary_only = true;
    let cfg = Config::from_toml("[keys]\nactivate = \"ctrl-o\"\n", Path::new("/c")).unwrap();
    let mut app = app_with(Library::from_articles(vec![article]), 0, false, 160, 30);
    app.set_keymap(cfg.keymap);
    let s = status_line(&app);
    assert!(s.contains("summary only, ctrl-o: full article"), "{s}");
}

#[test]
fn the_subscription_note_names_the_rebound_keys() {
    let lib = Library::from_articles(vec![Article {
        headline: "x".into(),
        ..Article::default()
    }]);
    let cfg = Config::from_toml(
        "[keys]\ntoggle-read = \"M\"\nsave = \"ctrl-s\"\nrefresh = \"R\"\n",
        Path::new("/c"),
    )
    .unwrap();
    let mut app = app_with(lib, 0, false, 160, 30);
    app.set_keymap(cfg.keymap);
    app.update(Action::Save);
    let s = status_line(&app);
    assert!(s.contains("M, ctrl-s and R work on subscriptions"), "{s}");
}

#[test]
fn the_empty_store_note_names_the_rebound_update_key() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = khabar::store::Store::open(&dir.path().join("k.db")).unwrap();
    store
        .add_feed("https://example.org/feed.xml", None)
        .unwrap();
    let cfg = Config::from_toml("[keys]\nrefresh = \"R\"\n", Path::new("/c")).unwrap();
    let (lib, _shelf) = khabar::store::shelf::Shelf::open_with(store, &cfg.keymap).unwrap();
    let mut app = app_with(lib, 0, false, 160, 30);
    app.set_keymap(cfg.keymap);
    let s = screen(&app);
    assert!(s.contains("Press R to fetch them"), "{s}");
}
