//! Search in the reader, driven by actions (no terminal): the prompt searches as you type,
//! `n`/`N` move and wrap with a note, Esc goes back, ↑/↓ walk the history, the mode toggles,
//! bad or empty queries are harmless; and the highlights land on the cells of the matches
//! (checked against `search::Query::find_all`, computed independently).

use crate::common;

use common::{SEED, asset, seed_app};
use khabar::app::App;
use khabar::finder::{MatchPlace, WRAPPED};
use khabar::keymap::Action;
use khabar::layout::StyleFlags;
use khabar::library::Library;
use khabar::pager::Render;
use khabar::search::{Folding, Query};
use khabar::ui::status::search_info;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use unicode_segmentation::UnicodeSegmentation;

/// `/` and the query typed a character at a time, the count finished.
fn search(app: &mut App, q: &str) {
    app.update(Action::Search);
    for c in q.chars() {
        app.update(Action::Input(c));
    }
    app.finish_search();
}

/// The search's part of the status line, without the isolates Fluent puts around the
/// message's placeables (`i18n`: the layout resolves them, they take no cell).
fn info(app: &App) -> String {
    search_info(app.msg(), app.finder())
        .unwrap_or_default()
        .replace(['\u{2068}', '\u{2069}'], "")
}

/// Matches in headline, body blocks and read-also titles, counted without the reader.
fn independent_count(app: &App, q: &str, mode: Folding) -> usize {
    let query = Query::new(q, mode).unwrap();
    let a = app.article();
    query.find_all(&a.headline).len()
        + a.body
            .iter()
            .map(|b| query.find_all(&b.inline().text).len())
            .sum::<usize>()
        + a.read_also
            .iter()
            .map(|l| query.find_all(&l.text).len())
            .sum::<usize>()
}

fn draw(app: &App) -> Buffer {
    let (w, h) = app.size();
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| f.render_widget(app, f.area())).unwrap();
    term.backend().buffer().clone()
}

fn row_text(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

#[test]
fn typing_updates_the_count_incrementally() {
    let mut app = seed_app(100, 30);
    assert_eq!(independent_count(&app, "الصين", Folding::Normal), 17);
    app.update(Action::Search);
    let mut counts = Vec::new();
    for c in "الصين".chars() {
        app.update(Action::Input(c));
        app.finish_search();
        counts.push(app.finder().counted());
    }
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    assert_eq!(app.finder().counted(), 17);
    assert_eq!(info(&app), "[folded] match 1/17");
    app.update(Action::DeleteBack);
    app.finish_search();
    assert_eq!(app.finder().prompt.as_ref().unwrap().text, "الصي");
    assert_eq!(app.finder().counted(), counts[3]);
    app.update(Action::ClearQuery);
    assert_eq!(app.finder().prompt.as_ref().unwrap().text, "");
    assert_eq!(app.finder().counted(), 0);
}

#[test]
fn next_and_previous_wrap_with_a_note() {
    let mut app = seed_app(100, 30);
    search(&mut app, "الصين");
    app.update(Action::SearchConfirm);
    assert!(app.finder().prompt.is_none());
    assert_eq!(app.finder().ordinal(), Some(1));
    for i in 2..=17 {
        app.update(Action::SearchNext);
        assert_eq!(app.finder().ordinal(), Some(i));
        assert_eq!(app.finder().note, None);
        // The body keeps the current match on screen.
        if let Some((MatchPlace::Block(b), r)) = app.finder().current_range() {
            let on_screen = app.view().pager.visible().any(|(blk, line)| {
                blk == b
                    && line.is_some_and(|l| l.logical.start <= r.start && r.start < l.logical.end)
            });
            assert!(on_screen, "match {i} not on screen");
        }
    }
    app.update(Action::SearchNext);
    assert_eq!(app.finder().ordinal(), Some(1));
    assert_eq!(app.finder().note, Some(WRAPPED));
    assert!(
        info(&app).ends_with("match 1/17 search wrapped"),
        "{}",
        info(&app)
    );
    app.update(Action::SearchPrev);
    assert_eq!(app.finder().ordinal(), Some(17));
    assert_eq!(app.finder().note, Some(WRAPPED));
    app.update(Action::SearchPrev);
    assert_eq!(app.finder().ordinal(), Some(16));
    assert_eq!(app.finder().note, None);
    // Esc clears the search and its highlights.
    app.update(Action::Close);
    assert!(app.finder().query().is_none());
    assert_eq!(search_info(app.msg(), app.finder()), None);
    assert!(no_match_cells(&app));
}

fn no_match_cells(app: &App) -> bool {
    app.view()
        .pager
        .visible()
        .filter_map(|(_, l)| l)
        .all(|l| l.cells.iter().all(|c| !c.style.contains(StyleFlags::MATCH)))
}

#[test]
fn esc_goes_back_to_where_the_body_was() {
    let mut app = seed_app(60, 20);
    app.update(Action::Down);
    app.update(Action::Down);
    let before = app.view().pager.top();
    search(&mut app, "الصين");
    assert!(!no_match_cells(&app));
    // A query whose first match from here is far down moves the body.
    search(&mut app, "بكين");
    app.update(Action::SearchCancel);
    assert_eq!(app.view().pager.top(), before);
    assert!(app.finder().prompt.is_none());
    assert!(app.finder().query().is_none());
    assert!(no_match_cells(&app));
}

#[test]
fn history_walks_with_up_and_down() {
    let mut app = seed_app(100, 30);
    search(&mut app, "روسيا");
    app.update(Action::SearchConfirm);
    search(&mut app, "الصين");
    app.update(Action::SearchConfirm);
    app.update(Action::Search);
    app.update(Action::Input('x'));
    let text = |app: &App| app.finder().prompt.as_ref().unwrap().text.clone();
    app.update(Action::HistoryPrev);
    assert_eq!(text(&app), "الصين");
    // The count goes on in idle ticks (a time budget each): finish it, as the loop would.
    app.finish_search();
    assert_eq!(app.finder().counted(), 17);
    app.update(Action::HistoryPrev);
    assert_eq!(text(&app), "روسيا");
    app.update(Action::HistoryPrev);
    assert_eq!(text(&app), "روسيا");
    app.update(Action::HistoryNext);
    assert_eq!(text(&app), "الصين");
    app.update(Action::HistoryNext);
    assert_eq!(text(&app), "x");
}

#[test]
fn the_mode_key_cycles_folded_loose_exact() {
    let mut app = seed_app(100, 30);
    search(&mut app, "الصين");
    assert!(info(&app).starts_with("[folded]"));
    for (name, mode) in [
        ("loose", Folding::Loose),
        ("exact", Folding::Exact),
        ("folded", Folding::Normal),
    ] {
        app.update(Action::SearchMode);
        app.finish_search();
        assert_eq!(app.finder().mode, mode);
        assert!(
            info(&app).starts_with(&format!("[{name}]")),
            "{}",
            info(&app)
        );
        let n = independent_count(&app, "الصين", mode);
        assert_eq!(app.finder().counted(), n, "{name}");
    }
    // The key table has the toggle in the prompt scope, with a hint.
    let hints = app.keymap().hints_for(app.scope()).join(" ");
    assert!(hints.contains("ctrl-t mode"), "{hints}");
}

#[test]
fn empty_and_whitespace_queries_match_nothing() {
    let mut app = seed_app(100, 30);
    for q in ["", "   "] {
        search(&mut app, q);
        assert!(app.finder().query().is_none());
        assert_eq!(app.finder().counted(), 0);
        assert_eq!(info(&app), "[folded]");
        assert!(no_match_cells(&app));
        app.update(Action::SearchCancel);
    }
}

#[test]
fn regex_queries_and_errors() {
    let mut app = seed_app(100, 30);
    search(&mut app, r"re:20\d\d");
    let n = independent_count(&app, r"re:20\d\d", Folding::Normal);
    assert!(n >= 1);
    assert_eq!(app.finder().counted(), n);
    app.update(Action::ClearQuery);
    for c in "re:(".chars() {
        app.update(Action::Input(c));
    }
    assert!(app.finder().query().is_none());
    let buf = draw(&app);
    let status = row_text(&buf, 29);
    assert!(
        status.contains("✗ not a valid regular expression (unclosed group)"),
        "{status}"
    );
    // Still usable: Enter keeps nothing, n does nothing.
    app.update(Action::SearchConfirm);
    app.update(Action::SearchNext);
    assert_eq!(app.finder().current, None);
}

/// Every MATCH cell lies in a match; every grapheme of every match has a MATCH cell.
fn check_highlights(w: u16, q: &str) {
    // No side column: the body is `w` columns wide (one column of padding each side), tall
    // enough for the pager to lay out every paragraph.
    let mut app = seed_app(w + 2, 2000);
    if app.areas().quotes.is_some() {
        app.update(Action::ToggleSide);
    }
    assert_eq!(app.areas().body.width, w);
    search(&mut app, q);
    let query = Query::new(q, Folding::Normal).unwrap();
    let body = &app.article().body;
    let mut seen = 0;
    for (i, block) in body.iter().enumerate() {
        let text = &block.inline().text;
        let ranges = query.find_all(text);
        seen += ranges.len();
        let layout = app.view().pager.layout(i).expect("every block laid out");
        for line in &layout.lines {
            for c in line
                .cells
                .iter()
                .filter(|c| c.style.contains(StyleFlags::MATCH))
            {
                let (s, e) = (c.logical.start as usize, c.logical.end as usize);
                assert!(
                    ranges.iter().any(|r| r.start < e && s < r.end),
                    "w={w} {q}: block {i} cell {s}..{e} outside every match {ranges:?}"
                );
            }
        }
        for r in &ranges {
            for (at, g) in text[r.clone()].grapheme_indices(true) {
                let off = r.start + at;
                if g.trim().is_empty() {
                    continue;
                }
                let styled = layout
                    .cells_in(off..off + g.len())
                    .any(|(_, _, c)| c.style.contains(StyleFlags::MATCH));
                assert!(
                    styled,
                    "w={w} {q}: block {i} grapheme {g:?} at {off} not highlighted"
                );
            }
        }
    }
    assert!(seen > 0, "{q} has matches in the body");
}

#[test]
fn highlights_land_on_the_cells_of_the_matches() {
    for w in [30, 60, 100] {
        check_highlights(w, "الصين");
        check_highlights(w, "2024");
    }
}

#[test]
fn the_current_match_has_the_current_style_on_screen() {
    let mut app = seed_app(100, 30);
    search(&mut app, "الصين");
    let current = |buf: &Buffer| -> Vec<(u16, u16)> {
        let mut out = Vec::new();
        for y in 0..buf.area.height - 1 {
            for x in 0..buf.area.width {
                let c = &buf[(x, y)];
                if c.fg == Color::LightRed && c.modifier.contains(Modifier::REVERSED) {
                    out.push((x, y));
                }
            }
        }
        out
    };
    let buf = draw(&app);
    let cells = current(&buf);
    // Match 1 is in the headline: five letters, five cells, on the first row.
    assert_eq!(cells.len(), 5, "{cells:?}");
    assert!(cells.iter().all(|(_, y)| *y == 0));
    let other: usize = (0..buf.area.width)
        .filter(|x| buf[(*x, 0)].modifier.contains(Modifier::UNDERLINED))
        .count();
    assert!(other >= 5, "the headline's other match is highlighted");
    app.update(Action::SearchConfirm);
    app.update(Action::SearchNext);
    app.update(Action::SearchNext);
    let (place, _) = app.finder().current_range().unwrap();
    assert!(matches!(place, MatchPlace::Block(_)));
    let buf = draw(&app);
    let cells = current(&buf);
    assert!(!cells.is_empty());
    let head_rows = app.areas().body.y;
    assert!(cells.iter().all(|(_, y)| *y >= head_rows), "{cells:?}");
    assert!(row_text(&buf, 29).contains("match 3/17"));
}

/// Cells of the frame (status line excluded) in the match style, left of column `x_max`.
fn match_cells(buf: &Buffer, x_max: u16) -> usize {
    let mut n = 0;
    for y in 0..buf.area.height - 1 {
        for x in 0..x_max.min(buf.area.width) {
            let c = &buf[(x, y)];
            if c.fg == Color::LightGreen && c.modifier.contains(Modifier::UNDERLINED) {
                n += 1;
            }
        }
    }
    n
}

#[test]
fn quotes_and_read_also_entries_are_highlighted() {
    // The side column is on the left (an RTL article) at 100 columns: 30 columns wide.
    let mut app = seed_app(100, 30);
    let side = app.areas().quotes.unwrap();
    assert_eq!(side.x, 0);
    search(&mut app, "الصين");
    // The read-also title «روسيا والصين قوّة اقتصادية…» holds a match.
    let links = app.areas().links.unwrap();
    let buf = draw(&app);
    let in_links = (links.y..links.bottom())
        .flat_map(|y| (0..links.width).map(move |x| (x, y)))
        .filter(|&(x, y)| buf[(x, y)].fg == Color::LightGreen)
        .count();
    assert!(
        in_links >= 5,
        "{in_links} match cells in the read-also pane"
    );
    // A word of quote 2 («في سياق ضغوط…»): highlighted in the quotes pane too, but counted
    // once (the body's paragraph), as `dump --search` does.
    app.update(Action::SearchCancel);
    search(&mut app, "ضغوط");
    assert_eq!(
        app.finder().counted(),
        independent_count(&app, "ضغوط", Folding::Normal)
    );
    let buf = draw(&app);
    assert!(match_cells(&buf, side.right()) >= 4);
}

#[test]
fn a_long_article_counts_in_idle_ticks() {
    use khabar::article::Article;
    let lib = Library::open(&[asset(SEED)]).unwrap();
    let mut big: Article = (*lib.articles[lib.opened[0]]).clone();
    let body = big.body.clone();
    for _ in 0..300 {
        big.body.extend(body.iter().cloned());
    }
    let lib = Library {
        articles: vec![std::sync::Arc::new(big)],
        ..lib
    };
    let mut app = App::new(lib, 0, Render::default());
    app.update(Action::Resize(100, 30));
    app.update(Action::Search);
    for c in "الصين".chars() {
        app.update(Action::Input(c));
    }
    // The first match (the headline) is current at once; the total may still be counting.
    assert_eq!(app.finder().ordinal(), Some(1));
    let mut ticks = 0;
    while app.tick() {
        ticks += 1;
    }
    assert!(!app.busy());
    let n = independent_count(&app, "الصين", Folding::Normal);
    assert_eq!(app.finder().counted(), n);
    assert_eq!(
        info(&app),
        format!("[folded] match 1/{n}"),
        "after {ticks} ticks"
    );
    app.update(Action::SearchConfirm);
    app.update(Action::SearchPrev);
    assert_eq!(app.finder().ordinal(), Some(n));
    assert_eq!(app.finder().note, Some(WRAPPED));
}

/// Two articles with the same number of blocks: folds of the first must not serve the second.
#[test]
fn switching_articles_never_searches_the_previous_articles_text() {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("a.txt"), "عنوان أول\n\nالصين والصين هنا.\n").unwrap();
    std::fs::write(
        d.path().join("b.txt"),
        "عنوان ثان\n\nلا شيء هنا عن ذلك البلد.\n",
    )
    .unwrap();
    let lib = Library::open(&[d.path().to_path_buf()]).unwrap();
    let render = Render {
        shape: false,
        bidi: true,
    };
    let mut app = App::new(lib, 0, render);
    app.update(Action::Resize(80, 20));
    let first = app.article().headline.clone();
    search(&mut app, "الصين");
    let want = independent_count(&app, "الصين", Folding::Normal);
    assert!(
        info(&app).contains(&format!("/{want}")),
        "{first}: {}",
        info(&app)
    );
    // Confirmed; the next article has the same number of blocks and no match.
    app.update(Action::SearchConfirm);
    app.update(Action::NextArticle);
    assert_ne!(app.article().headline, first);
    search(&mut app, "الصين");
    assert_eq!(independent_count(&app, "الصين", Folding::Normal), 0);
    assert!(!info(&app).contains("match 1/"), "{}", info(&app));
}

/// Idle ticks fold the article before any search; the search then finds what it finds
/// without them.
#[test]
fn idle_ticks_fold_ahead_and_searches_agree() {
    let mut app = seed_app(100, 30);
    assert!(app.busy(), "an opened article is folded in idle time");
    while app.busy() {
        app.tick();
    }
    search(&mut app, "الصين");
    assert!(info(&app).contains("match 1/17"), "{}", info(&app));
}
