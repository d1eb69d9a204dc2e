//! What each fuzz target checks, shared by the libFuzzer targets in `fuzz_targets/` and by
//! `tests/fuzz_replay.rs`, which replays the committed corpora (and every crash kept as a
//! regression) under `cargo test` on the stable toolchain.
//!
//! A check panics when khabar misbehaves: a panic inside khabar, a dump or screen line that
//! holds a control character from the input, a line wider than the width, lines that do not
//! tile the paragraph, a search range off the text or inside a grapheme cluster.
#![allow(dead_code)]

use std::path::Path;

use khabar::article::Article;
use khabar::dump::{self, DumpOptions};
use khabar::layout::{Direction, Options, Style, StyleSpan, layout_paragraph};
use khabar::loader::{self, feed, html, json};
use khabar::search::{Mode, Query};
use unicode_segmentation::GraphemeCursor;

/// Inputs past this many bytes are cut: the loaders have their own limits, tested elsewhere;
/// here, depth and speed matter.
const MAX_INPUT: usize = 1 << 20;

/// libFuzzer's panic hook aborts at once, before a `catch_unwind` can catch: khabar's own
/// quiet hook goes in front of it, so panics that `khabar::guard::catch` turns into errors (a
/// parser crate's panic on one input) stay errors, as they are for a user.
fn init() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(khabar::guard::install_quiet_hook);
}

fn cut(data: &[u8]) -> &[u8] {
    init();
    &data[..data.len().min(MAX_INPUT)]
}

/// The plain news text through `load_bytes` (decoding, format detection, every loader).
pub fn loader_text(data: &[u8]) {
    if let Ok(loaded) = loader::load_bytes(cut(data), Path::new("fuzz.txt")) {
        dump_all(&loaded.articles, data);
    }
}

/// The JSON segment format.
pub fn loader_json(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(cut(data))
        && let Ok(articles) = json::parse(text)
    {
        dump_all(&articles, data);
    }
}

/// A web page through the readability extraction.
pub fn loader_html(data: &[u8]) {
    let text = String::from_utf8_lossy(cut(data));
    if let Ok(article) = html::parse_page(&text, Some("https://example.com/news/a.html")) {
        dump_all(std::slice::from_ref(&article), data);
    }
}

/// RSS, Atom and JSON Feed, with the repairs for broken feeds.
pub fn loader_feed(data: &[u8]) {
    let data = cut(data);
    let text = String::from_utf8_lossy(data);
    if let Ok((articles, _warnings)) = feed::parse(data, &text) {
        dump_all(&articles, data);
    }
}

/// Lays the articles out at a width taken from the input, with shaping on and off, and
/// checks that no control character reaches the output.
fn dump_all(articles: &[Article], data: &[u8]) {
    let width = 1 + usize::from(data.first().copied().unwrap_or(0) % 120);
    for (n, article) in articles.iter().take(20).enumerate() {
        let opts = DumpOptions {
            width,
            shape: n % 2 == 0,
            bidi: true,
        };
        let out = dump::to_text(article, &opts);
        assert_clean(&out);
        let json = dump::to_json(&[article]);
        assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
    }
}

/// No control character (C0 but the newline, DEL, C1) in text meant for a terminal.
pub fn assert_clean(out: &str) {
    if let Some(c) = out
        .chars()
        .find(|&c| (c.is_control() && c != '\n') || ('\u{80}'..='\u{9f}').contains(&c))
    {
        panic!("control character {c:?} in the output");
    }
}

/// Arbitrary text × width 1..=300 × shaping × bidi × direction, with one style span.
pub fn layout(data: &[u8]) {
    if data.len() < 4 {
        return;
    }
    let width = 1 + usize::from(u16::from_le_bytes([data[0], data[1]]) % 300);
    let flags = data[2];
    let text = String::from_utf8_lossy(cut(&data[4..]));
    let opts = Options {
        width,
        shape: flags & 1 != 0,
        bidi: flags & 2 != 0,
        direction: match (flags >> 2) % 3 {
            0 => None,
            1 => Some(Direction::Ltr),
            _ => Some(Direction::Rtl),
        },
        tab_width: 1 + usize::from(flags >> 5),
    };
    let mut from = usize::from(data[3]) * text.len() / 256;
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let spans = [StyleSpan {
        range: from..text.len(),
        style: Style(1),
    }];
    let layout = layout_paragraph(&text, &spans, &opts);

    let mut at = 0;
    for line in &layout.lines {
        assert_eq!(line.logical.start, at, "lines do not tile the paragraph");
        at = line.logical.end;
        let w = line.width();
        let wide_alone = width == 1 && line.cells.len() == 1 && w == 2;
        assert!(
            w <= width || wide_alone,
            "line of {w} columns at width {width}"
        );
        assert!(usize::from(line.indent) + w <= width.max(w));
        assert_clean(&line.text);
        assert!(!line.text.contains('\n'));
        for c in &line.cells {
            assert!(c.width <= 2);
            assert!(
                line.text
                    .get(c.glyph.start as usize..c.glyph.end as usize)
                    .is_some()
            );
            let (s, e) = (c.logical.start as usize, c.logical.end as usize);
            assert!(line.logical.start <= s && s < e && e <= line.logical.end);
            assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
        }
    }
    assert_eq!(at, text.len(), "lines do not reach the paragraph's end");
    for offset in [0, from, text.len() / 2, text.len()] {
        if text.is_char_boundary(offset) {
            let located = layout.locate(offset);
            assert!(located.is_some_and(|(l, _)| l < layout.lines.len()));
        }
    }
    let _ = layout.cells_in(from..text.len()).count();
}

/// An arbitrary query (any mode, regular expressions too) over an arbitrary text: every
/// match lies inside the text on grapheme cluster boundaries, in order, without overlap.
pub fn search(data: &[u8]) {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let mode = match first % 3 {
        0 => Mode::Normal,
        1 => Mode::Loose,
        _ => Mode::Exact,
    };
    let rest = cut(rest);
    let split = rest
        .iter()
        .position(|&b| b == 0)
        .unwrap_or(rest.len().min(16));
    let query = String::from_utf8_lossy(&rest[..split]);
    let text = String::from_utf8_lossy(rest.get(split + 1..).unwrap_or(&[]));
    let Ok(query) = Query::new(&query, mode) else {
        return;
    };
    let mut end = 0;
    for r in query.find_all(&text) {
        assert!(r.start < r.end, "empty match {r:?}");
        assert!(end <= r.start, "matches overlap or go backwards");
        assert!(r.end <= text.len());
        assert!(on_boundary(&text, r.start) && on_boundary(&text, r.end));
        end = r.end;
    }
}

fn on_boundary(text: &str, at: usize) -> bool {
    GraphemeCursor::new(at, text.len(), true)
        .is_boundary(text, 0)
        .unwrap_or(false)
}

/// Feed bytes as `khabar update` stores them after the fetch (`update::parse_fetched`, then
/// `Store::save_fetch`), twice, into an in-memory store: every item the loader produced is
/// stored (no two merged), and the second time nothing is new or changed.
pub fn update(data: &[u8]) {
    use khabar::store::Store;
    use khabar::subscribe::update::parse_fetched;
    let data = cut(data);
    let url = "https://example.com/feed.xml";
    let Ok(parsed) = parse_fetched(data, None, url) else {
        return;
    };
    let mut store = Store::open(Path::new(":memory:")).expect("an in-memory store");
    let id = store.add_feed(url, None).expect("subscribed");
    let first = store.save_fetch(id, &parsed, None, None).expect("stored");
    assert_eq!(first.new, parsed.items.len(), "every item is new");
    let stored = store.counts().expect("counted").0;
    assert_eq!(stored, parsed.items.len() as u64, "every item is stored");
    let again = parse_fetched(data, None, url).expect("parses the same way twice");
    let second = store
        .save_fetch(id, &again, None, None)
        .expect("stored again");
    assert_eq!(
        (second.new, second.changed),
        (0, 0),
        "nothing new or changed"
    );
}
