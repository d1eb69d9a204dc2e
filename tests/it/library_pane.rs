//! The library pane as a person uses it, in a pty: feeds with Hebrew and Persian names
//! grouped under their headings with unread counts, the filter, unread only, the order, the
//! view and the read marks kept across two runs on one store, and `/` searching every
//! article, Enter opening a result at its first match.
//!
//! The expected rows are written by hand in visual order, read right to left where they are
//! Hebrew or Persian (shaping off, `--shape off`, so the letters are the letters typed): the
//! Persian feed خبرگزاری shows as یرازگربخ, the Hebrew חדשות as תושדח, an item's headline
//! الخبر رقم 3 من خبرگزاری as `یرازگربخ نم 3 مقر ربخلا`, its marks at its right end.

use std::path::Path;

use crate::common::pty::{Session, find, shows, status_row};
use crate::feed_server;

/// A store with a Hebrew feed of 2 items and a Persian one of 3, all unread (the items of
/// `arabic_feed`: item i dated 1 + i January 2024).
fn store(dir: &Path) -> String {
    let db = dir.join("k.db");
    feed_server::stored_feeds(&db, &[("חדשות", 2), ("خبرگزاری", 3)]);
    db.to_str().unwrap().to_string()
}

/// The reader on `db`, its view kept in `dir/state`, in UTC, shaping off, 100 columns.
fn reader(db: &str, dir: &Path) -> Session {
    reader_at(db, dir, 100)
}

fn reader_at(db: &str, dir: &Path, cols: u16) -> Session {
    let state = dir.join("state");
    let env = [("XDG_STATE_HOME", state.to_str().unwrap()), ("TZ", "UTC")];
    let s = Session::spawn_with(&["--db", db, "--shape", "off"], 24, cols, &env);
    s.wait_for("the reader", shows("/5"));
    s
}

/// The library pane's rows (left of its border, 40 columns at 100), trimmed, empty ones
/// dropped.
fn pane(s: &Session) -> Vec<String> {
    s.screen(pane_of)
}

fn pane_of(sc: &vt100::Screen) -> Vec<String> {
    let (rows, _) = sc.size();
    (0..rows.get() - 1)
        .filter_map(|r| {
            let (text, _) = crate::common::pty::row_cells(sc, r);
            let (left, _) = text.split_once('│')?;
            let left = left.trim();
            (!left.is_empty()).then(|| left.to_string())
        })
        .collect()
}

/// Whether a row of the pane holds `needle`.
fn in_pane(needle: &str) -> impl Fn(&vt100::Screen) -> bool + '_ {
    move |sc| pane_of(sc).iter().any(|r| r.contains(needle))
}

fn open_library(s: &mut Session) {
    s.send(b"L");
    s.wait_for("the library", |sc| status_row(sc).contains("LIBRARY"));
}

#[test]
fn hebrew_and_persian_feeds_under_headings_with_unread_counts() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    let mut s = reader(&db, dir.path());
    open_library(&mut s);
    // Newest first: the Persian feed's item 3 (4 January) opens the list, so its heading
    // comes first; the reader opened the first unread item (the Hebrew feed's 2), ● and read.
    let expected = [
        "Feeds (5) · 4 unread",
        "3 unread · یرازگربخ",
        "یرازگربخ نم 3 مقر ربخلا •",
        "2024-01-04 10:00 UTC",
        "یرازگربخ نم 2 مقر ربخلا •",
        "2024-01-03 10:00 UTC",
        "یرازگربخ نم 1 مقر ربخلا •",
        "2024-01-02 10:00 UTC",
        "1 unread · תושדח",
        "תושדח نم 2 مقر ربخلا ●",
        "2024-01-03 10:00 UTC",
        "תושדח نم 1 مقر ربخلا •",
        "2024-01-02 10:00 UTC",
    ];
    assert_eq!(pane(&s), expected);
    // Each right-to-left row is right-aligned against the pane's border (column 39).
    s.screen(|sc| {
        let (row, _, last) = find(sc, "3 unread · یرازگربخ").unwrap();
        assert_eq!((row, last), (4, 38));
    });
    s.send(b"q");
    assert!(s.wait_exit().success());
}

#[test]
fn filter_unread_only_and_sort() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    let mut s = reader(&db, dir.path());
    // J opens the next item (the Hebrew feed's 1): both Hebrew items are read now.
    s.send(b"J");
    s.wait_for("the second item", |sc| status_row(sc).contains("2/5"));
    open_library(&mut s);
    // The filter, typed with the Arabic yeh (ي), finds the feed written with the Persian
    // one (ی): only the Persian feed is left.
    s.send("Fخبرگزاري".as_bytes());
    s.wait_for("the filter typed", in_pane("filter: يرازگربخ▏"));
    assert!(!pane(&s).iter().any(|r| r.contains("תושדח")));
    // Enter keeps it: the title says so.
    s.send(b"\r");
    s.wait_for("the filter kept", in_pane("Feeds (3)"));
    assert_eq!(
        pane(&s),
        [
            "Feeds (3) · 3 unread · filter: خبرگزاري",
            "3 unread · یرازگربخ",
            "یرازگربخ نم 3 مقر ربخلا •",
            "2024-01-04 10:00 UTC",
            "یرازگربخ نم 2 مقر ربخلا •",
            "2024-01-03 10:00 UTC",
            "یرازگربخ نم 1 مقر ربخلا •",
            "2024-01-02 10:00 UTC",
        ]
        .map(|r| r.replace("filter: خبرگزاري", "filter: يرازگربخ"))
    );
    // Esc drops the filter; unread only (`l`) hides the Hebrew item 2, read,
    // and keeps item 1, on screen (●).
    s.send(b"\x1b");
    s.wait_for("every feed", in_pane("תושדח"));
    s.send(b"l");
    s.wait_for("unread only", shows("unread only"));
    let rows = pane(&s);
    assert_eq!(rows[0], "Feeds (4) · 3 unread · unread only");
    assert_eq!(
        &rows[rows.len() - 3..],
        [
            "0 unread · תושדח",
            "תושדח نم 1 مقر ربخلا ●",
            "2024-01-02 10:00 UTC"
        ]
    );
    // By feed (`O`): the Hebrew name sorts before the Persian one.
    s.send(b"O");
    s.wait_for("by feed", shows("by feed"));
    let rows = pane(&s);
    assert_eq!(rows[1], "0 unread · תושדח");
    assert_eq!(rows[4], "3 unread · یرازگربخ");
    s.send(b"q");
    assert!(s.wait_exit().success());
}

#[test]
fn the_view_and_the_read_marks_outlive_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    // (Wide, so that the titles show whole.)
    let mut s = reader_at(&db, dir.path(), 130);
    open_library(&mut s);
    // Unread only, by title, no headings; then every item of the selected (Persian) feed
    // read, after the question, answered yes.
    s.send(b"l");
    s.wait_for("unread only", in_pane("unread only"));
    s.send(b"OO");
    s.wait_for("by title", shows("sorted: by title"));
    s.send(b"T");
    s.wait_for("no headings", |sc| !in_pane("3 unread · ")(sc));
    // Hebrew 1, Persian 1, Hebrew 2 (on screen), Persian 2, Persian 3: the second.
    s.send(b"gjA");
    s.wait_for("the question", in_pane("Mark 3 unread items of"));
    assert_eq!(pane(&s)[0], "Mark 3 unread items of یرازگربخ read? y/n");
    s.send(b"y");
    s.wait_for("the marks", shows("3 items marked read"));
    s.send(b"q");
    assert!(s.wait_exit().success());
    // The next run on the same store: the same view at once, the marks kept: only the
    // Hebrew item 1 was unread, and the reader opened it (read now, listed as on screen).
    let mut s = reader_at(&db, dir.path(), 130);
    open_library(&mut s);
    assert_eq!(
        pane(&s),
        [
            "Feeds (1) · 0 unread · unread only · by title",
            "תושדח نم 1 مقر ربخلا ●",
            "2024-01-02 10:00 UTC · תושדח",
        ]
    );
    // `m` in the pane marks the selected item unread; `C` asks before marking everything
    // read; `n` leaves the marks as they are.
    s.send(b"m");
    s.wait_for("marked unread", in_pane("Feeds (1) · 1 unread"));
    s.send(b"C");
    s.wait_for("the question", in_pane("Mark 1 unread item read? y/n"));
    s.send(b"n");
    s.wait_for("nothing marked", shows("nothing marked"));
    assert!(pane(&s)[0].starts_with("Feeds (1) · 1 unread"));
    s.send(b"q");
    assert!(s.wait_exit().success());
}

#[test]
fn search_everything_then_open_at_the_first_match() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    let mut s = reader(&db, dir.path());
    open_library(&mut s);
    // Every item holds الخبر twice: in its headline and in its body.
    s.send("/الخبر".as_bytes());
    s.wait_for("the prompt", in_pane("search everything: ربخلا▏"));
    s.send(b"\r");
    s.wait_for("the results", in_pane("5 articles with ربخلا"));
    // Newest first: headline; feed and date; the matching line (here the headline).
    assert_eq!(
        &pane(&s)[..4],
        [
            "5 articles with ربخلا",
            "یرازگربخ نم 3 مقر ربخلا",
            "2024-01-04 10:00 UTC · یرازگربخ",
            "یرازگربخ نم 3 مقر ربخلا",
        ]
    );
    // The match is highlighted (reversed) in the result's line, at its right end: الخبر
    // is the line's logical start.
    let reversed_in = |sc: &vt100::Screen, row: u16| -> Vec<u16> {
        crate::common::pty::cells_with(sc, |c| c.inverse())
            .into_iter()
            .filter(|(r, c)| *r == row && *c < 39)
            .map(|(_, c)| c)
            .collect()
    };
    s.screen(|sc| assert_eq!(reversed_in(sc, 6), [34, 35, 36, 37, 38]));
    // Enter opens the article at its first match (the headline's), highlighted; `n` goes on
    // to the body's.
    s.send(b"\r");
    s.wait_for("the first match", |sc| status_row(sc).contains("match 1/2"));
    s.screen(|sc| {
        let (row, _, _) = find(sc, "یرازگربخ نم 3 مقر ربخلا").unwrap();
        assert_eq!(row, 0, "the headline");
        let head: Vec<(u16, u16)> = crate::common::pty::cells_with(sc, |c| c.inverse())
            .into_iter()
            .filter(|(r, _)| *r == 0)
            .collect();
        assert_eq!(head.len(), 5, "{head:?}");
    });
    s.send(b"n");
    s.wait_for("the next match", |sc| status_row(sc).contains("match 2/2"));
    s.send(b"q");
    assert!(s.wait_exit().success());
}

/// `/` in the library pane of a library of files: the search runs as a job (not inside
/// `App::update`), lists exactly the articles in which in-article search finds the query,
/// and Enter opens one at its first match.
#[test]
fn search_everything_in_a_library_of_files() {
    use khabar::app::Effect;
    use khabar::keymap::Action;
    use khabar::search::everything::first_match;
    use khabar::search::{Folding, Query};

    let mut app = crate::common::seed_app(100, 30);
    app.update(Action::ToggleLibrary);
    app.update(Action::SearchAll);
    for c in "الصين".chars() {
        assert_eq!(app.update(Action::Input(c)), None, "no search while typing");
    }
    let Some(Effect::Job { id, job }) = app.update(Action::SearchConfirm) else {
        panic!("Enter asks for a search job");
    };
    let jobs = khabar::jobs::Jobs::default();
    jobs.run(id, job);
    let deadline = std::time::Instant::now() + crate::common::pty::TIMEOUT;
    while app.library_view().results().is_some_and(|r| r.running) {
        assert!(std::time::Instant::now() < deadline, "the search ended");
        for news in jobs.finished() {
            app.job_news(news);
        }
        std::thread::yield_now();
    }
    // The articles in-article search finds الصين in, written out from the library.
    let q = Query::new("الصين", Folding::Normal).unwrap();
    let expected: Vec<usize> = (0..app.library().articles.len())
        .filter(|&i| first_match(&app.library().articles[i], &q).is_some())
        .collect();
    assert!(expected.len() >= 2, "the bundled articles mention China");
    let results = app.library_view().results().unwrap();
    let found: Vec<usize> = results.hits.iter().map(|h| h.index).collect();
    assert_eq!(found, expected);
    // The second result opens at its first match, the article's search set to الصين.
    app.update(Action::Down);
    app.update(Action::Activate);
    assert_eq!(app.current(), expected[1]);
    assert!(
        app.finder().query().is_some(),
        "the article's search is set"
    );
    let hit = app.finder().current.expect("at a match");
    // Its first match: the place first_match names (the headline, or a block).
    let (line, range) = first_match(app.article(), &q).unwrap();
    let article = app.article();
    let place_text = match hit.place {
        khabar::finder::MatchPlace::Headline => article.headline.as_str(),
        khabar::finder::MatchPlace::Block(b) => article.body[b].inline().text.as_str(),
        khabar::finder::MatchPlace::Link(l) => article.read_also[l].text.as_str(),
    };
    assert_eq!(
        (place_text, &line[range.clone()]),
        (line, &place_text[range])
    );
}

/// Filtering after a scroll to the end: the rows left are shown from their top, the
/// selection on one of them (no pane left scrolled past its few rows).
#[test]
fn a_filter_after_a_scroll_shows_its_rows() {
    use khabar::keymap::Action;
    let mut app = crate::common::seed_app(100, 14);
    app.update(Action::ToggleLibrary);
    app.update(Action::Bottom);
    assert!(app.library_view().offset() > 0, "scrolled");
    app.update(Action::LibraryFilter);
    for c in "الصين".chars() {
        app.update(Action::Input(c));
    }
    let v = app.library_view();
    assert!(v.rows().len() >= 2, "{:?}", v.rows());
    assert!(
        v.offset() <= v.selected_row(),
        "{} > {}",
        v.offset(),
        v.selected_row()
    );
    let buf = crate::common::draw(&app);
    let shown = crate::common::row_text(&buf, 4);
    assert!(
        !shown.trim_start().starts_with('│'),
        "a row is drawn: {shown:?}"
    );
}

/// In a Hebrew UI the pane's title and the headings' counts are Hebrew, right to left.
#[test]
fn the_pane_in_a_hebrew_ui() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    let state = dir.path().join("state");
    let env = [
        ("XDG_STATE_HOME", state.to_str().unwrap()),
        ("TZ", "UTC"),
        ("LANG", "he_IL.UTF-8"),
    ];
    let mut s = Session::spawn_with(&["--db", &db, "--shape", "off"], 24, 100, &env);
    s.wait_for("the reader", shows("/5"));
    s.send(b"L");
    s.wait_for("the library", in_pane("תושדח"));
    let rows = pane(&s);
    // פידים (5) · 4 שלא נקראו, read right to left; the parentheses mirrored back.
    assert_eq!(rows[0], "וארקנ אלש 4 · (5) םידיפ", "{rows:#?}");
    // חדשות · פריט אחד שלא נקרא: the count in the UI's words beside the Hebrew name.
    assert!(
        rows.contains(&"ארקנ אלש דחא טירפ · תושדח".to_string()),
        "{rows:#?}"
    );
    // The Persian feed's heading: its name at the right, the Hebrew count at the left.
    assert!(
        rows.contains(&"וארקנ אלש 3 · یرازگربخ".to_string()),
        "{rows:#?}"
    );
    s.send(b"q");
    assert!(s.wait_exit().success());
}

/// A damaged view file: the reader opens with the default view and says which file and
/// what is wrong with it.
#[test]
fn a_damaged_view_file_is_said_not_fatal() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    let file = dir.path().join("state/khabar/library.toml");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, "sort = \"sideways\"\n").unwrap();
    let mut s = reader(&db, dir.path());
    s.wait_for("the complaint", shows("state/khabar/library.toml:"));
    open_library(&mut s);
    assert_eq!(pane(&s)[1], "3 unread · یرازگربخ", "the default view");
    s.send(b"q");
    assert!(s.wait_exit().success());
}
