//! What each fuzz target checks, shared by the libFuzzer targets in `fuzz_targets/` and by
//! `tests/fuzz_replay.rs`, which replays the committed corpora (and every crash kept as a
//! regression) under `cargo test` on the stable toolchain.
//!
//! A check panics when khabar misbehaves: a panic inside khabar, a dump or screen line that
//! holds a control character from the input, a line wider than the width, lines that do not
//! tile the paragraph, a search range off the text or inside a grapheme cluster, a message
//! (as `khabar::report` writes it to stderr) that holds a control character.
#![allow(dead_code)]

use std::path::Path;

use khabar::article::Article;
use khabar::dump::{self, DumpOptions};
use khabar::layout::filter::{self, Sizes};
use khabar::layout::{Direction, Options, StyleFlags, StyleSpan, layout_paragraph};
use khabar::loader::{self, feed, html, json};
use khabar::report::{self, Level};
use khabar::search::{Folding, Query};
use khabar::subscribe::opml;
use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};
use unicode_width::UnicodeWidthChar;

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

/// Any bytes as `khabar dump` reads a file (decoding, format detection from the content
/// alone, then the format's loader), dumped as text and as JSON: no control character in
/// either, and `dump --json` is a fixed point (loading it gives the same articles, whose
/// `dump --json` is byte-identical).
pub fn dump(data: &[u8]) {
    let Ok(loaded) = loader::load_bytes(cut(data), Path::new("fuzz")) else {
        return;
    };
    if loaded.articles.is_empty() {
        return;
    }
    dump_all(&loaded.articles, data);
    let json = json_of(&loaded.articles);
    assert_clean(&json);
    let back = match loader::load_bytes(json.as_bytes(), Path::new("dump.json")) {
        Ok(back) => back.articles,
        Err(e) => panic!("dump --json does not load back: {e}\n{json}"),
    };
    assert!(
        back == loaded.articles,
        "load(dump --json) changed the articles\n{json}"
    );
    assert!(
        json_of(&back) == json,
        "dump --json changed on its second trip"
    );
}

fn json_of(articles: &[Article]) -> String {
    dump::to_json(&articles.iter().collect::<Vec<_>>())
}

/// `khabar import`: the bytes decoded and parsed as OPML, then subscribed into a store in
/// memory. Every outline that parsed is subscribed once (an address given twice counts as
/// known the second time), and a second import adds nothing.
pub fn opml(data: &[u8]) {
    use khabar::subscribe::opml;
    let Ok(doc) = opml::parse_bytes(cut(data).get(..64 * 1024).unwrap_or(cut(data))) else {
        return;
    };
    let mut store = khabar::store::Store::open_in_memory().expect("a store in memory");
    let (added, known) = opml::subscribe(&mut store, &doc).expect("subscribing");
    let urls: std::collections::BTreeSet<&str> =
        doc.outlines.iter().map(|o| o.url.as_str()).collect();
    assert_eq!((added, added + known), (urls.len(), doc.outlines.len()));
    let feeds = store.feeds().expect("listing");
    let stored: std::collections::BTreeSet<&str> = feeds.iter().map(|f| f.url.as_str()).collect();
    assert_eq!(stored, urls, "every outline subscribed once");
    let again = opml::subscribe(&mut store, &doc).expect("subscribing again");
    assert_eq!(
        again,
        (0, doc.outlines.len()),
        "a second import adds nothing"
    );
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

/// `khabar layout` from where a user starts: the bytes go through its line filter
/// (`filter::run`, and `run_sized` with pieces of 4..=67 bytes so that line ends fall on piece
/// and batch boundaries in short inputs), read a few bytes at a time, × width 1..=300 ×
/// shaping × bidi × direction × padding. The output is clean, every line fits the width and,
/// for valid UTF-8, is what `layout_paragraph` gives line by line. Then the whole input is
/// checked as one paragraph, with one style span.
pub fn layout(data: &[u8]) {
    if data.len() < 4 {
        return;
    }
    let opts = layout_options(data);
    let input = cut(&data[4..]);
    let piece = 4 + usize::from(data[3] % 64);
    let pad = data[3] & 0x40 == 0;
    let small = Sizes {
        piece,
        batch: if data[3] & 0x80 == 0 {
            piece
        } else {
            4 * piece
        },
    };
    for sizes in [Sizes::REAL, small] {
        let mut out = Vec::new();
        let reader = std::io::BufReader::with_capacity(1 + usize::from(data[2] % 7), input);
        filter::run_sized(reader, &mut out, &opts, pad, sizes).expect("writes to memory");
        let out = String::from_utf8(out).expect("the filter writes UTF-8");
        assert_clean(&out);
        assert!(out.is_empty() || out.ends_with('\n'));
        for line in out.lines() {
            let w: usize = line.chars().map(|c| c.width().unwrap_or(0)).sum();
            let wide_alone = opts.width == 1 && w == 2 && line.graphemes(true).count() == 1;
            assert!(
                w <= opts.width || wide_alone,
                "line of {w} columns at width {}",
                opts.width
            );
        }
        if let Ok(text) = std::str::from_utf8(input) {
            assert!(
                out == per_line(text, &opts, pad, sizes.piece),
                "the filter and layout_paragraph differ (piece {})",
                sizes.piece
            );
        }
    }
    paragraph(&String::from_utf8_lossy(input), data[3], &opts);
}

fn layout_options(data: &[u8]) -> Options {
    let flags = data[2];
    Options {
        width: 1 + usize::from(u16::from_le_bytes([data[0], data[1]]) % 300),
        shape: flags & 1 != 0,
        bidi: flags & 2 != 0,
        direction: match (flags >> 2) % 3 {
            0 => None,
            1 => Some(Direction::Ltr),
            _ => Some(Direction::Rtl),
        },
        tab_width: 1 + usize::from(flags >> 5),
        isolate_addresses: false,
    }
}

/// What the filter documents, computed apart: lines end at `\n` (less the `\r` of a
/// `\r\n`), a lone `\r` stays, a line longer than `piece` bytes is laid out in pieces cut at
/// `char` boundaries; each through `layout_paragraph`.
fn per_line(text: &str, opts: &Options, pad: bool, piece: usize) -> String {
    let mut lines: Vec<&str> = text.split('\n').collect();
    let last = lines.pop().filter(|l| !l.is_empty());
    let lines = lines
        .into_iter()
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .chain(last);
    let mut want = String::new();
    for mut line in lines {
        loop {
            let mut cut = line.len().min(piece);
            while !line.is_char_boundary(cut) {
                cut -= 1;
            }
            for l in layout_paragraph(&line[..cut], &[], opts).lines {
                want.push_str(&l.to_plain(pad));
                want.push('\n');
            }
            line = &line[cut..];
            if line.is_empty() {
                break;
            }
        }
    }
    want
}

/// One paragraph: the lines tile it, fit the width, hold no control character; every offset
/// is located; one style span from the byte `span` / 256 of the way in.
fn paragraph(text: &str, span: u8, opts: &Options) {
    let width = opts.width;
    let mut from = usize::from(span) * text.len() / 256;
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let spans = [StyleSpan {
        range: from..text.len(),
        style: StyleFlags(1),
    }];
    let layout = layout_paragraph(text, &spans, opts);

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
        0 => Folding::Normal,
        1 => Folding::Loose,
        _ => Folding::Exact,
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

/// Arbitrary bytes as a file's name (up to the first NUL, at most 64 bytes) and content
/// (the rest), through every loader's error and warning paths and the OPML parser, each
/// message rendered as `khabar::report` writes it: no control character, no bidi control,
/// one line per message.
pub fn stderr(data: &[u8]) {
    let data = cut(data);
    let split = data
        .iter()
        .take(64)
        .position(|&b| b == 0)
        .unwrap_or(data.len().min(16));
    let name = String::from_utf8_lossy(&data[..split]).into_owned();
    let content = data.get(split + 1..).unwrap_or(&[]);
    let path = Path::new("/news").join(&name);
    let mut messages: Vec<(Level, String)> = vec![(Level::Error, format!("{name}: no such file"))];
    match loader::load_bytes(content, &path) {
        Err(problem) => {
            let err = loader::LoadError {
                path: path.clone(),
                problem,
            };
            messages.push((Level::Error, err.to_string()));
        }
        Ok(loaded) => {
            for w in loaded.warnings {
                let w = format!("khabar: warning: {}: {w}", path.display());
                messages.push((Level::Plain, w));
            }
            for a in loaded.articles.iter().take(20) {
                let places = khabar::spoof::places(a, &[]);
                let warning = khabar::spoof::Warning {
                    count: khabar::spoof::bidi_controls(a),
                    places: &places,
                    key: "--bidi off",
                    logical: true,
                    at_most: None,
                };
                let said = khabar::spoof::warning(&khabar::i18n::Messages::default(), &warning);
                let said = format!("khabar: warning: {}: {said}", a.headline);
                messages.push((Level::Plain, said));
            }
        }
    }
    let text = String::from_utf8_lossy(content);
    match opml::parse(&text) {
        Err(e) => messages.push((Level::Error, format!("{name}: {e}"))),
        Ok(doc) => messages.extend(
            doc.skipped
                .into_iter()
                .map(|s| (Level::Error, format!("{name}: skipped {s}"))),
        ),
    }
    if let Err(e) = json::parse(&text) {
        messages.push((Level::Error, format!("{name}: invalid JSON article: {e}")));
    }
    for (level, msg) in &messages {
        let line = report::render(*level, msg);
        assert_reported(&line);
        assert_eq!(
            line.matches('\n').count(),
            1,
            "one line per message: {line:?}"
        );
        assert!(line.ends_with('\n'));
    }
    assert_reported(&report::render_lines(&text));
}

/// What the report writes: [`assert_clean`], and no bidi embedding, override or isolate
/// control either.
fn assert_reported(out: &str) {
    assert_clean(out);
    if let Some(c) = out.chars().find(|&c| khabar::spoof::is_bidi_control(c)) {
        panic!("bidi control {c:?} in a message");
    }
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
    let mut store = Store::open_in_memory().expect("an in-memory store");
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
