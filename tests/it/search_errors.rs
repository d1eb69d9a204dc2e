//! A search that cannot be made is said in the reader's language (issue 16): the library
//! pane's search of a folder or of the store, the in-article search, `dump --search`. The
//! regular expression engine's own words stay only as the detail in parentheses.

use khabar::app::{App, Effect};
use khabar::i18n::{Lang, Messages};

use khabar::keymap::Action;
use khabar::pager::Render;
use khabar::store::shelf::Shelf;

use crate::common;
use crate::library_files_search::run;

/// `/`, `re:(` and Enter in the library pane; the jobs it asks for run until the search's
/// news is taken in.
fn search_everything_for_a_broken_pattern(app: &mut App) {
    app.update(Action::ToggleLibrary);
    let mut effect = app.update(Action::SearchAll);
    if let Some(Effect::Job { id, job }) = effect.take() {
        assert!(app.job_news(run(id, job)));
    }
    for c in "re:(".chars() {
        app.update(Action::Input(c));
    }
    let Some(Effect::Job { id, job }) = app.update(Action::SearchConfirm) else {
        panic!("Enter asks for the search");
    };
    assert!(app.job_news(run(id, job)));
}

/// The status line says the search cannot be used, in Hebrew (the words of the catalogue,
/// read back: «אי אפשר להשתמש בחיפוש» and «אינו ביטוי רגולרי תקין», drawn right to left).
fn said_in_hebrew(app: &App) {
    let status = common::status_line(app);
    let rev = |s: &str| s.chars().rev().collect::<String>();
    assert!(status.contains(&rev("אי אפשר להשתמש בחיפוש")), "{status}");
    assert!(status.contains(&rev("אינו ביטוי רגולרי תקין")), "{status}");
    assert!(!status.contains("invalid regular"), "{status}");
    assert!(!status.contains("cannot start"), "{status}");
}

#[test]
fn a_broken_pattern_in_a_folder_search_is_said_in_hebrew() {
    let mut app = common::seed_app(100, 30);
    app.set_messages(Messages::new(Lang::He));
    search_everything_for_a_broken_pattern(&mut app);
    said_in_hebrew(&app);
}

#[test]
fn a_broken_pattern_in_a_store_search_is_said_in_hebrew() {
    let dir = tempfile::tempdir().unwrap();
    let store = crate::feed_server::stored_feeds(&dir.path().join("k.db"), &[("חדשות", 2)]);
    let (lib, shelf) = Shelf::open(store).unwrap();
    let first = lib.opened[0];
    let render = Render {
        shape: false,
        bidi: true,
    };
    let mut app = App::on_shelf(lib, Some(shelf), first, render);
    common::press(&mut app, Action::Resize(100, 30));
    app.set_messages(Messages::new(Lang::He));
    search_everything_for_a_broken_pattern(&mut app);
    said_in_hebrew(&app);
}

#[test]
fn a_broken_pattern_in_the_article_is_said_in_arabic() {
    let mut app = common::seed_app(100, 30);
    app.set_messages(Messages::new(Lang::Ar));
    app.update(Action::Search);
    for c in "re:(".chars() {
        app.update(Action::Input(c));
    }
    let status = common::status_line(&app);
    // «ليس تعبيرًا نمطيًا صالحًا (unclosed group)», drawn right to left, unshaped: «ليس»
    // reversed, the detail in its own order.
    assert!(
        status.contains("(unclosed group) احًلاص ايًطمن ارًيبعت سيل"),
        "{status}"
    );
    assert!(!status.contains("invalid regular"), "{status}");
}

/// `dump --search` with a pattern that cannot be used: said in Hebrew on stderr (a pipe:
/// logical order), the engine's words as the detail.
#[test]
fn a_broken_pattern_given_to_dump_is_said_in_hebrew() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let args = [
        "dump",
        "--search",
        "re:(",
        "bundled:001_russia_china_dollar.txt",
    ];
    let (out, _, err) = crate::error_language::run("he_IL.UTF-8", &db, &args);
    assert!(!out.status.success());
    assert_eq!(
        err.trim_end(),
        "khabar: אינו ביטוי רגולרי תקין (unclosed group)"
    );
}

/// The library's prompt names what it does: `/` searches everything (SEARCH, «بحث»), `F`
/// filters (FILTER, «تصفية»).
#[test]
fn the_library_prompt_says_search_or_filter() {
    for (lang, search, filter) in [
        (Lang::En, " SEARCH ", " FILTER "),
        (Lang::Ar, " ثحب ", " ةيفصت "),
    ] {
        let mut app = common::seed_app(100, 30);
        app.set_messages(Messages::new(lang));
        app.update(Action::ToggleLibrary);
        if let Some(Effect::Job { id, job }) = app.update(Action::SearchAll) {
            assert!(app.job_news(run(id, job)));
        }
        let status = common::status_line(&app);
        assert!(status.contains(search), "{lang:?}: {status}");
        app.update(Action::SearchCancel);
        app.update(Action::LibraryFilter);
        let status = common::status_line(&app);
        assert!(status.contains(filter), "{lang:?}: {status}");
    }
}
