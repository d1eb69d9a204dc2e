//! The help overlay as a daily reader uses it (issue 18 item 7): scrolling clamped to its rows
//! (a press past the end is not counted), pages, top and end, and a search of its rows.

use khabar::app::App;
use khabar::keymap::{Action, Key, Scope};

use crate::common::{self, seed_app};
use common::pty::{SEED, Session, shows};

/// At 100×30 the help's box is 28 rows high: 26 entries show at once.
const VISIBLE: usize = 26;

/// The app with its help open, and the help's screen rows (a wrapped entry counts each).
fn help_app() -> (App, usize) {
    let mut app = seed_app(100, 30);
    app.update(Action::Help);
    let rows = app.help_layout().expect("the help fits").rows();
    assert!(
        rows > VISIBLE + 10,
        "the help is longer than a screen: {rows} rows"
    );
    (app, rows)
}

#[test]
fn scrolling_stops_at_the_ends() {
    let (mut app, rows) = help_app();
    let last = rows - VISIBLE;
    for _ in 0..90 {
        app.update(Action::Down);
    }
    assert_eq!(
        app.help(),
        Some(last),
        "90 presses stop at the last full box"
    );
    app.update(Action::Up);
    assert_eq!(app.help(), Some(last - 1), "Up after the end moves at once");
    app.update(Action::Top);
    assert_eq!(app.help(), Some(0));
    app.update(Action::PageDown);
    assert_eq!(app.help(), Some(VISIBLE.min(last)));
    app.update(Action::Bottom);
    assert_eq!(app.help(), Some(last));
    app.update(Action::PageUp);
    assert_eq!(app.help(), Some(last - VISIBLE.min(last)));
    for _ in 0..VISIBLE {
        app.update(Action::Up);
    }
    assert_eq!(app.help(), Some(0), "no press counted above the top either");
}

#[test]
fn help_keys_are_rows_of_the_table() {
    let (app, _) = help_app();
    let keys = [
        (Key::ch(' '), Action::PageDown),
        (
            Key::plain(crossterm::event::KeyCode::PageUp),
            Action::PageUp,
        ),
        (Key::plain(crossterm::event::KeyCode::End), Action::Bottom),
        (Key::plain(crossterm::event::KeyCode::Home), Action::Top),
        (Key::ch('/'), Action::Search),
        (Key::ch('n'), Action::SearchNext),
    ];
    for (key, action) in keys {
        assert_eq!(app.action_for(&key), Some(action), "{key:?} in the help");
    }
}

#[test]
fn slash_searches_the_help_rows_folded() {
    let (mut app, rows) = help_app();
    app.update(Action::Bottom);
    let end = app.help();
    app.update(Action::Search);
    assert_eq!(app.scope(), Scope::Search, "the prompt takes the keys");
    assert!(app.help_typing());
    // `Q` typed takes the keys, not the quit binding; folded: "QUIT" finds "Quit".
    for c in "QUIT".chars() {
        app.update(Action::Input(c));
    }
    let h = app.help_state().unwrap().clone();
    let quit_row = app
        .help_rows()
        .iter()
        .position(|(_, d)| d == "Quit")
        .unwrap();
    assert_eq!(h.hits, vec![quit_row], "only the row that says Quit");
    let quit_row = app.help_layout().unwrap().start(quit_row);
    assert!(quit_row < rows);
    let offset = h.offset;
    assert!(
        offset <= quit_row && quit_row < offset + VISIBLE,
        "the match is shown"
    );
    // Enter keeps the query and gives the keys back to the help.
    app.update(Action::SearchConfirm);
    assert_eq!(app.scope(), Scope::Help);
    // A query with several matches: n goes on and wraps, N goes back.
    app.update(Action::Search);
    for c in "link".chars() {
        app.update(Action::Input(c));
    }
    app.update(Action::SearchConfirm);
    let hits = app.help_state().unwrap().hits.clone();
    assert!(hits.len() > 3, "{hits:?}");
    let first = app.help_state().unwrap().current;
    for _ in 0..hits.len() {
        app.update(Action::SearchNext);
    }
    assert_eq!(app.help_state().unwrap().current, first, "n wraps around");
    app.update(Action::SearchPrev);
    let back = app.help_state().unwrap().current_row().unwrap();
    let last_hit = *hits.last().unwrap();
    assert!(back == last_hit || Some(back) < first.map(|f| hits[f]));
    let back = app.help_layout().unwrap().start(back);
    let o = app.help().unwrap();
    assert!(o <= back && back < o + VISIBLE, "N shows its match");
    // Esc in the prompt goes back to where the help was.
    app.update(Action::Bottom);
    app.update(Action::Search);
    app.update(Action::Input('z'));
    app.update(Action::Input('q'));
    app.update(Action::SearchCancel);
    assert_eq!(app.help(), end);
    assert!(app.help_state().unwrap().query.is_empty());
}

#[test]
fn help_at_the_end_and_after_a_search_in_a_terminal() {
    let mut s = Session::spawn(&["--shape", "off", SEED], 30, 100);
    s.wait_for("the first frame", shows("q quit"));
    s.send(b"?");
    s.wait_for("the help", shows("Help: keys"));
    // End, then 20 more presses of j: none is counted, so one k moves at once.
    s.send(b"\x1b[F");
    s.send(&[b'j'; 20]);
    s.send(b"k");
    s.wait_for("the help one row above its end", |sc| {
        !sc.contents().contains("Close the help")
            && sc.contents().contains("Go to the end of the help")
    });
    s.send(b"j");
    s.wait_for("the end of the help", shows("Close the help"));
    insta::assert_snapshot!("help_end", s.screen(|sc| sc.contents()));
    s.send(b"g/suspend");
    s.wait_for("the search's count", shows("search: suspend · match 1/1"));
    insta::assert_snapshot!("help_search", s.screen(|sc| sc.contents()));
    s.send(b"\rq");
    s.wait_for("the help closed", |sc| {
        !sc.contents().contains("Help: keys")
    });
    s.send(b"q");
    assert!(s.wait_exit().success());
}

/// A description wider than its column goes on below it, beside a blank keys cell (issue
/// 16: it was cut to "Follow the link / jump…" and the rest could not be read anywhere).
#[test]
fn a_row_too_long_for_a_narrow_help_wraps_beside_a_blank_keys_cell() {
    let mut app = seed_app(50, 30);
    app.update(Action::Help);
    app.update(Action::PageDown);
    let buf = common::draw(&app);
    let rows: Vec<String> = (0..30).map(|y| common::row_text(&buf, y)).collect();
    let at = rows
        .iter()
        .position(|r| r.contains("enter") && r.contains("Follow the link / jump"))
        .unwrap_or_else(|| panic!("the enter entry:\n{}", rows.join("\n")));
    assert!(!rows[at].contains('…'), "{}", rows[at]);
    // 23 columns for the description; its keys cell (21 columns) blank on the next row.
    let next = &rows[at + 1];
    let inside = next.split('│').nth(1).unwrap_or("");
    assert!(
        inside.starts_with(&format!("{}to the quote", " ".repeat(21))),
        "{next:?}"
    );
}

/// Every width from the smallest the reader draws, three pages each: every row is cut to its
/// column without a panic (the cut's binary search stays within the text).
#[test]
fn the_help_draws_at_every_width() {
    for w in khabar::ui::MIN_WIDTH..=110 {
        let mut app = seed_app(w, 30);
        app.update(Action::Help);
        for _ in 0..3 {
            let buf = common::draw(&app);
            let rows: Vec<String> = (0..30).map(|y| common::row_text(&buf, y)).collect();
            assert!(
                rows.iter().any(|r| r.contains('│')),
                "width {w}: the help is drawn"
            );
            app.update(Action::PageDown);
        }
    }
}

/// The keys column is key names, left to right whatever the UI's direction: in an Arabic
/// or Hebrew help the nine number keys read `1–9`, not `9–1` (digits and a dash between
/// them would take the right-to-left row's direction, UAX #9 N1).
#[test]
fn the_number_keys_read_one_to_nine_in_a_right_to_left_help() {
    use khabar::i18n::{Lang, Messages};
    for lang in [Lang::Ar, Lang::He] {
        let mut app = common::seed_app(100, 40);
        app.set_messages(Messages::new(lang));
        app.update(Action::Help);
        let buf = common::draw(&app);
        let rows: Vec<String> = (0..buf.area.height)
            .map(|y| common::row_text(&buf, y))
            .collect();
        // The keys column is the right one: its cell ends the row, before the border.
        let keys = |r: &&String| r.contains(" 1–9 │");
        assert!(
            rows.iter().any(|r| keys(&r)),
            "{lang:?}:\n{}",
            rows.join("\n")
        );
        // Nor in a description: Hebrew says «מ־1 עד 9» in words, as Arabic does.
        assert!(!rows.iter().any(|r| r.contains("9–1")), "{lang:?}");
    }
}

/// A translated help is as wide as its entries need, up to the frame: at 100 columns the
/// Persian help cut four descriptions with `…` in its box of 78 (`B`, `s`, `a`, `w`); `s`'s
/// (76 columns, more than the frame leaves) now wraps onto a second row: none is cut.
#[test]
fn a_persian_help_widens_so_that_its_rows_are_not_cut() {
    let env = [("LANG", "fa_IR.UTF-8")];
    let mut s = Session::spawn_with(&["--shape", "off", SEED], 30, 100, &env);
    s.wait_for("the reader", |sc| common::pty::status_row(sc).contains('q'));
    s.send(b"?");
    s.wait_for("the whole box", shows("┘"));
    s.screen(|sc| {
        let (top, left, _) = common::pty::find(sc, "┌").expect("the box");
        let (_, right, _) = common::pty::find(sc, "┐").expect("the box");
        let inside = |r: u16| {
            let (text, cols) = common::pty::row_cells(sc, r);
            (text.char_indices())
                .filter(|&(i, _)| cols[i] > left && cols[i] < right)
                .map(|(_, c)| c)
                .collect::<String>()
        };
        let cut: Vec<String> = (top + 1..29)
            .map(inside)
            .filter(|r| r.contains('…'))
            .collect();
        assert!(cut.is_empty(), "{cut:#?}");
    });
}
