//! Every article-side pane under the one text policy (issue 16 items 4 and 7): `B` shows the
//! logical order in the headline, the body, the quotes and the read-also pane in the same
//! frame, the bidi warning names where the controls are, and a pane row that does not fit
//! is cut with `…` at its logical end. Expected rows are written by hand.

use crate::common;

use common::{app_with, draw, row_text, status_line};
use khabar::app::App;
use khabar::article::{Article, Block, Inline, Link, Span, SpanKind};
use khabar::i18n::{Lang, Messages};
use khabar::keymap::Action;
use khabar::library::Library;

/// `text` with a quote span over its `«…»` (content without the marks).
fn quoted(text: &str) -> Inline {
    let open = text.find('«').unwrap();
    let close = text.find('»').unwrap();
    Inline {
        text: text.into(),
        spans: vec![Span {
            range: open..close + '»'.len_utf8(),
            kind: SpanKind::Quote {
                content: open + '«'.len_utf8()..close,
            },
        }],
    }
}

/// RLO (U+202E) in the headline, in quote 2 and in link 1.
fn spoofed() -> App {
    let a = Article {
        headline: "Headline abc\u{202E}def ghi".into(),
        body: vec![
            Block::Paragraph(quoted("First «quote one» here.")),
            Block::Paragraph(quoted("Then «quo\u{202E}te two» end.")),
        ],
        read_also: vec![Link {
            text: "Link tex\u{202E}t here".into(),
            target: None,
        }],
        ..Article::default()
    };
    app_with(Library::from_articles(vec![a]), 0, false, 100, 30)
}

fn screen(app: &App) -> String {
    let buf = draw(app);
    (0..buf.area.height)
        .map(|y| row_text(&buf, y))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn b_shows_the_logical_order_in_every_pane_at_once() {
    let mut app = spoofed();
    let before = screen(&app);
    // Visual order: RLO turns the rest of each paragraph around.
    for spoofed in ["abcihg fed", "Then «quo.dne «owt et", "Link texereh t"] {
        assert!(before.contains(spoofed), "{spoofed}:\n{before}");
    }
    app.update(Action::ToggleBidi);
    let after = screen(&app);
    // One frame later, the headline, the body, the quote entry and the link: logical order,
    // the RLO shown where it is as `⇐` (a double arrow: an override, right to left).
    for logical in [
        "Headline abc⇐def ghi",
        "Then «quo⇐te two» end.",
        "2. quo⇐te two",
        "1. Link tex⇐t here",
    ] {
        assert!(after.contains(logical), "{logical}:\n{after}");
    }
    app.update(Action::ToggleBidi);
    assert_eq!(screen(&app), before, "B again: the visual order everywhere");
}

#[test]
fn b_shows_the_controls_in_the_library_pane_too() {
    let mut app = spoofed();
    app.update(Action::ToggleLibrary);
    // The library's row of the item: its mark, then the headline (the 40 columns right of
    // the border, beside a left-to-right article). Without `B` the control is escaped (the text policy's rule 3), never obeyed.
    let row = |app: &App| row_with(app, "● Headline", 60, 100).unwrap_or_default();
    assert_eq!(row(&app), "● Headline abc<U+202E>def ghi");
    app.update(Action::ToggleBidi);
    // One frame later: the RLO shown where it is, as in every other pane.
    assert_eq!(row(&app), "● Headline abc⇐def ghi");
    app.update(Action::ToggleBidi);
    assert_eq!(row(&app), "● Headline abc<U+202E>def ghi");
}

#[test]
fn the_warning_says_where_the_controls_are() {
    let mut app = spoofed();
    let status = status_line(&app);
    assert!(
        status.contains("⚠ 3 bidi controls, B: logical order — in the headline, quote 2, link 1"),
        "{status}"
    );
    app.set_messages(Messages::new(Lang::He));
    app.update(Action::Resize(100, 30));
    // Hebrew, right to left: read from the right, «… — מקומות: כותרת, ציטוט 2, קישור 1».
    // Checked place by place, each read backwards on the screen.
    let status = status_line(&app);
    for place in ["תרתוכ", "2 טוטיצ", "1 רושיק"] {
        assert!(status.contains(place), "{place}: {status}");
    }
}

/// The row of the frame that holds `needle`, cut to the columns `x0..x1`, trailing blanks off.
fn row_with(app: &App, needle: &str, x0: u16, x1: u16) -> Option<String> {
    let buf = draw(app);
    (0..buf.area.height).find_map(|y| {
        let row: String = (x0..x1).map(|x| buf[(x, y)].symbol()).collect();
        row.contains(needle).then(|| row.trim_end().to_string())
    })
}

#[test]
fn the_read_also_target_is_cut_with_an_ellipsis() {
    // The seed's side column is on the left (an Arabic article): 30 columns at 100, 27 at
    // 90, 26 at 80; an entry takes all but the last. The note «→ 001_russia_china_dollar.txt»
    // is 29 columns.
    for (width, side, note) in [
        (100, 30, "→ 001_russia_china_dollar.txt"),
        (90, 27, "→ 001_russia_china_dollar…"),
        (80, 26, "→ 001_russia_china_dolla…"),
    ] {
        let app = common::app_for(common::SEED, false, width, 30);
        assert_eq!(
            row_with(&app, "→", 0, side).as_deref(),
            Some(note),
            "{width} columns"
        );
    }
}

#[test]
fn a_long_headline_and_quote_end_their_last_row_with_an_ellipsis() {
    let a = Article {
        headline: "The quick brown fox jumps over the lazy dog again and again and again".into(),
        body: vec![Block::Paragraph(quoted(
            "He said «one two three four five six seven eight nine ten eleven twelve \
             thirteen fourteen fifteen sixteen» and left.",
        ))],
        ..Article::default()
    };
    // 60×12: one headline row of 58 columns (padding of one each side).
    let app = app_with(Library::from_articles(vec![a.clone()]), 0, false, 60, 12);
    assert_eq!(
        row_text(&draw(&app), 0).trim_end(),
        " The quick brown fox jumps over the lazy dog again and…"
    );
    // 100×30: the quotes pane is the right 30 columns; an entry takes 29, three rows.
    let app = app_with(Library::from_articles(vec![a]), 0, false, 100, 30);
    let rows: Vec<_> = (1..4)
        .filter_map(|i| row_with(&app, ["1. one", "six seven", "eleven"][i - 1], 70, 100))
        .collect();
    assert_eq!(
        rows,
        [
            "1. one two three four five",
            "six seven eight nine ten",
            "eleven twelve thirteen…"
        ]
    );
}

#[test]
fn a_hebrew_quote_is_cut_on_its_left() {
    // «one two … fifteen» in Hebrew words; the entry «1. אחת שתיים שלוש ארבע חמש שש» fills
    // the 29 columns of the first row exactly.
    let quote = "אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע עשר אחת עשרה שתים עשרה שלוש עשרה \
                 ארבע עשרה חמש עשרה";
    let a = Article {
        headline: "כותרת".into(),
        body: vec![Block::Paragraph(quoted(&format!(
            "הוא אמר «{quote}» והלך."
        )))],
        ..Article::default()
    };
    let app = app_with(Library::from_articles(vec![a]), 0, false, 100, 30);
    // The side column is the right 30 columns (the article declares no direction); rows
    // right-aligned in 29, read from the right. The third row ends the entry: «שתים עשרה שלוש עשרה ארבע…»,
    // the last word that did not fit dropped whole, the ellipsis on the left.
    let rows: Vec<_> = [".1", "הנומש", "םיתש"]
        .iter()
        .filter_map(|n| row_with(&app, n, 70, 99))
        .collect();
    assert_eq!(
        rows,
        [
            "שש שמח עברא שולש םייתש תחא .1",
            "   הרשע תחא רשע עשת הנומש עבש",
            "    …עברא הרשע שולש הרשע םיתש",
        ]
    );
}
