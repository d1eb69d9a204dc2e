//! The reader's panes drawn into a `TestBackend` at 100×30 and 60×20 and snapshotted with
//! insta (shaping off, so the Arabic shows base letters, plus one shaped frame). Snapshots drop
//! styles, so quote, link, focus and selection styles are asserted on buffer cells.
//!
//! Reading the Arabic: RTL lines are right-aligned and show the words in reverse logical order
//! (the seed's headline `التعاون بين روسيا والصين` reads `نيصلاو ايسور نيب نواعتلا` left to right).

use crate::common;

use common::{SEED, app_for, app_with};
use khabar::app::{App, Pane};
use khabar::article::{Article, Block, Inline, Link, Span, SpanKind};
use khabar::keymap::Action;
use khabar::library::Library;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

const ENGLISH: &str = "004_terminals_backwards.txt";

fn draw(app: &App) -> Buffer {
    let (w, h) = app.size();
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| f.render_widget(app, f.area())).unwrap();
    term.backend().buffer().clone()
}

/// The buffer as text, one line per row (trailing blanks cut), skipping the cell a wide glyph
/// covers.
fn text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut skip = 0;
        let mut line = String::new();
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let s = buf[(x, y)].symbol();
            skip = s.width().saturating_sub(1);
            line.push_str(s);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// `(x, y)` of the first cell of the first row that shows `needle` (cell symbols
/// concatenated).
fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    common::cells_of(buf, needle).first().copied()
}

#[test]
fn seed_100x30() {
    let a = app_for(SEED, false, 100, 30);
    let buf = draw(&a);
    insta::assert_snapshot!(text(&buf));
    // The headline, right-aligned on the first row, bold.
    let (x, y) = find(&buf, "نيصلاو ايسور نيب نواعتلا").unwrap();
    assert_eq!(y, 0);
    assert!(buf[(x, y)].modifier.contains(Modifier::BOLD));
    assert_ne!(buf[(98, 0)].symbol(), " ", "right-aligned");
    // A quote in the body: its own style; plain text around it is not.
    let (qx, qy) = find(&buf, "قايس يف“").unwrap();
    assert!(qx > 31, "body right of the side column");
    let quote = &buf[(qx, qy)];
    assert_eq!(quote.fg, Color::Yellow);
    // Colour, not italics: monospace fonts rarely carry Arabic italics (issue 17 item 4).
    assert!(!quote.modifier.contains(Modifier::ITALIC));
    let (px, py) = find(&buf, "لاقو").unwrap();
    assert_eq!(buf[(px, py)].fg, Color::Reset);
    assert!(!buf[(px, py)].modifier.contains(Modifier::ITALIC));
    // The side column on the left for RTL; the resolved link underlined.
    let (lx, ly) = find(&buf, "نيصلاو ايسور .1").unwrap();
    assert!(lx < 30);
    assert!(buf[(lx, ly)].modifier.contains(Modifier::UNDERLINED));
    assert_eq!(buf[(30, 10)].symbol(), "│");
}

#[test]
fn seed_60x20_hides_the_side_column() {
    let mut a = app_for(SEED, false, 60, 20);
    insta::assert_snapshot!("seed_60x20", text(&draw(&a)));
    a.update(Action::ToggleSide);
    let buf = draw(&a);
    insta::assert_snapshot!("seed_60x20_side", text(&buf));
    assert!(
        find(&buf, "Quotes (9)").is_some(),
        "quotes stacked under the body"
    );
}

#[test]
fn english_100x30_and_60x20() {
    // Two quotes: «مرحبا بالعالم» ("hello world" as an example phrase, no speech verb near it)
    // is a quoted phrase, not speech, since the quote rule of issue 20 item 6.
    let a = app_for(ENGLISH, false, 100, 30);
    let buf = draw(&a);
    insta::assert_snapshot!("english_100x30", text(&buf));
    // LTR: side column on the right; the headline at the left.
    assert_eq!(buf[(1, 0)].symbol(), "W");
    let (qx, _) = find(&buf, "Quotes (2)").unwrap();
    assert!(qx > 60);
    let (x, y) = find(&buf, "I open a news file").unwrap();
    assert_eq!(buf[(x, y)].fg, Color::Yellow, "quote styled");
    assert!(!buf[(x, y)].modifier.contains(Modifier::ITALIC));
    let (x, y) = find(&buf, "Most terminal").unwrap();
    assert!(!buf[(x, y)].modifier.contains(Modifier::ITALIC));
    let a = app_for(ENGLISH, false, 60, 20);
    insta::assert_snapshot!("english_60x20", text(&draw(&a)));
}

#[test]
fn shaped_seed() {
    let a = app_for(SEED, true, 100, 30);
    let buf = draw(&a);
    insta::assert_snapshot!("seed_shaped_100x30", text(&buf));
    // Presentation forms, not base letters: "التعاون" ends (visually starts) with final-form noon.
    assert!(find(&buf, "نيصلاو").is_none());
    assert!(text(&buf).contains('\u{FEE6}'), "final noon");
}

#[test]
fn library_pane_and_help_overlay() {
    let mut a = app_for(SEED, false, 100, 30);
    a.update(Action::ToggleLibrary);
    let buf = draw(&a);
    insta::assert_snapshot!("library_100x30", text(&buf));
    assert!(find(&buf, "Library (7)").is_some());
    // The current article is marked and selected.
    let (x, y) = find(&buf, "●").unwrap();
    assert!(buf[(x, y)].modifier.contains(Modifier::BOLD));
    assert_eq!(buf[(x, y)].bg, Color::Blue, "selected");
    a.update(Action::Help);
    let buf = draw(&a);
    insta::assert_snapshot!("help_100x30", text(&buf));
    for desc in [
        "Page down",
        "Next article",
        "Focus the next link",
        "Visual or logical order",
        "Subscriptions: mark the item read",
    ] {
        assert!(find(&buf, desc).is_some(), "{desc}");
    }
    assert!(find(&buf, "1–9").is_some(), "the number keys share a row");
    // The help's own keys come last, a scroll away; every scope's rows are on the way.
    let mut seen = String::new();
    for _ in 0..100 {
        a.update(Action::Down);
        seen.push_str(&text(&draw(&a)));
    }
    let buf = draw(&a);
    assert!(find(&buf, "Close the help").is_some());
    for desc in [
        "Question: yes",
        "Search: keep the query",
        "Links: follow the selected link",
    ] {
        assert!(seen.contains(desc), "{desc}");
    }
}

#[test]
fn enter_on_a_quote_marks_it_in_the_body() {
    let mut a = app_for(SEED, false, 100, 30);
    a.update(Action::FocusNext);
    assert_eq!(a.focus(), Pane::Quotes);
    a.update(Action::Down);
    a.update(Action::Activate);
    let buf = draw(&a);
    insta::assert_snapshot!("quote_jump_100x30", text(&buf));
    // Quote 2 («في سياق ضغوط…») is on the body's top row, reversed.
    let (x, y) = find(&buf, "قايس يف“").unwrap();
    assert!(x > 31);
    assert!(buf[(x, y)].modifier.contains(Modifier::REVERSED));
    assert!(y <= 6, "near the top: row {y}");
}

#[test]
fn inline_link_is_underlined() {
    let text_ = "See the report for details.";
    let a = Article {
        headline: "Links".into(),
        body: vec![Block::Paragraph(Inline {
            text: text_.into(),
            spans: vec![Span {
                range: 8..14,
                kind: SpanKind::Link {
                    target: Some("https://example.org".into()),
                },
            }],
        })],
        read_also: vec![Link {
            text: "Nowhere".into(),
            target: None,
        }],
        ..Article::default()
    };
    let app = app_with(Library::from_articles(vec![a]), 0, false, 100, 30);
    let buf = draw(&app);
    let (x, y) = find(&buf, "report").unwrap();
    assert!(buf[(x, y)].modifier.contains(Modifier::UNDERLINED));
    let (x, y) = find(&buf, "See").unwrap();
    assert!(!buf[(x, y)].modifier.contains(Modifier::UNDERLINED));
    // The unresolved read-also link is dimmed and marked.
    let (x, y) = find(&buf, "1. Nowhere").unwrap();
    assert!(buf[(x, y)].modifier.contains(Modifier::DIM));
    assert!(find(&buf, "✗ not in the library").is_some());
}

#[test]
fn too_small() {
    let a = app_for(SEED, false, 19, 5);
    let buf = draw(&a);
    assert_eq!(text(&buf).trim_end(), "terminal too small");
}

#[test]
fn links_list_and_a_focused_body_link() {
    let mut a = app_for("005_arabic_web_content.txt", false, 100, 30);
    a.update(Action::NextLink);
    let buf = draw(&a);
    insta::assert_snapshot!("focused_body_link_100x30", text(&buf));
    // The address in the body, reversed in the focus colour; the status line names it.
    let (x, y) = find(&buf, "www.unicode.org").unwrap();
    assert!(buf[(x, y)].modifier.contains(Modifier::REVERSED));
    assert_eq!(buf[(x, y)].fg, Color::LightYellow);
    assert!(find(&buf, "link 1/3 → https://www.unicode.org/reports/tr9/").is_some());
    a.update(Action::LinksList);
    let buf = draw(&a);
    insta::assert_snapshot!("links_list_100x30", text(&buf));
    assert!(find(&buf, "Links (3/3)").is_some());
    // The selected entry (the focused link) on the selection colour.
    let (x, y) = find(&buf, "1. https://www.unicode.org").unwrap();
    assert_eq!(buf[(x, y)].bg, Color::Blue);
}
