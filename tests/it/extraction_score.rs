//! Extraction quality on real right-to-left news pages (`tests/fixtures/extraction/`, from
//! public extraction benchmarks; origins in its README), khabar against `dom_smoothie` used
//! alone, scored the same way in the same run. The README's "Extraction quality" table is
//! this test's output (`cargo test --test it extraction_score:: -- --nocapture`).
//!
//! The scorer, per page with expected text:
//! - **found**: the share of the expected sentences (the expected body, or the upstream's
//!   expected snippets, cut at `.`, `!`, `?`, `؟`, `۔` and line ends) that appear in the
//!   extracted body, white space collapsed;
//! - **furniture out**: furniture is the text of the page's `<body>` (text nodes of two words
//!   or more, outside `script`/`style`/`noscript`/`template`) that is not in the expected
//!   text; where the expected text is the lead only, text nodes of 20 words or more count as
//!   unknown story text, not furniture. The share (by words) of furniture not in the body.
//!
//! Metadata (title, author, date to the day) is counted on every page that states it.
// The table goes to the test's captured output, each line through `khabar::report::escape`.
#![allow(clippy::disallowed_macros)]

use std::io::Read;
use std::path::Path;

use dom_query::Document;
use khabar::loader::html::parse_page;

const DIR: &str = "tests/fixtures/extraction";
/// Text nodes at least this long are story text on pages whose expected text is the lead.
const STORY_WORDS: usize = 20;

/// What the scores must stay at or above: reached (100%, 98%, 17 of 23 on 2026-12-06) minus a
/// small margin.
const MIN_FOUND: f64 = 0.97;
const MIN_FURNITURE_OUT: f64 = 0.95;
const MIN_META: usize = 16;

struct Expected {
    title: Option<String>,
    author: Option<String>,
    date: Option<String>,
    /// The expected story text, and whether it is the whole story.
    text: Option<(String, bool)>,
}

struct Extracted {
    title: String,
    author: Option<String>,
    date: Option<String>,
    body: String,
}

struct Score {
    found: Option<f64>,
    furniture_out: Option<f64>,
    meta: usize,
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn load(name: &str) -> (String, Expected) {
    let gz = std::fs::File::open(Path::new(DIR).join(format!("{name}.html.gz"))).unwrap();
    let mut html = String::new();
    flate2::read::GzDecoder::new(gz)
        .read_to_string(&mut html)
        .unwrap();
    let json =
        std::fs::read_to_string(Path::new(DIR).join(format!("{name}.expected.json"))).unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let s = |k: &str| v[k].as_str().map(str::to_string);
    let with: Vec<String> = v["with"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    let text = match s("body") {
        Some(b) => Some((b, true)),
        None if !with.is_empty() => Some((with.join("\n"), false)),
        None => None,
    };
    let e = Expected {
        title: s("title"),
        author: s("author"),
        date: s("date"),
        text,
    };
    (html, e)
}

fn khabar(html: &str) -> Extracted {
    let a = parse_page(html, None).unwrap();
    let body: Vec<String> = a.body.iter().map(|b| b.inline().text.clone()).collect();
    Extracted {
        title: a.headline,
        author: a.meta.author,
        date: a.meta.date,
        body: collapse(&body.join("\n")),
    }
}

fn smoothie(html: &str) -> Extracted {
    let mut r = dom_smoothie::Readability::new(html, None, None).unwrap();
    match r.parse() {
        Ok(a) => Extracted {
            title: a.title,
            author: a.byline,
            date: a.published_time,
            body: collapse(&a.text_content),
        },
        Err(_) => Extracted {
            title: String::new(),
            author: None,
            date: None,
            body: String::new(),
        },
    }
}

fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if c == '\n' {
            out.push(std::mem::take(&mut cur));
            continue;
        }
        cur.push(c);
        if matches!(c, '.' | '!' | '?' | '؟' | '۔') {
            out.push(std::mem::take(&mut cur));
        }
    }
    out.push(cur);
    out.into_iter()
        .map(|s| collapse(&s))
        .filter(|s| s.split(' ').count() >= 3)
        .collect()
}

/// The text nodes of the page's body, collapsed, of two words or more.
fn page_units(html: &str) -> Vec<String> {
    let doc = Document::from(html);
    doc.select("script, style, noscript, template").remove();
    let mut units = Vec::new();
    for body in doc.select("body").nodes() {
        for n in body.descendants() {
            if n.is_text() {
                let t = collapse(&n.text());
                if t.split(' ').count() >= 2 {
                    units.push(t);
                }
            }
        }
    }
    units
}

fn score(html: &str, e: &Expected, x: &Extracted) -> Score {
    let (found, furniture_out) = match &e.text {
        Some((text, whole)) => {
            let sents = sentences(text);
            let hit = sents.iter().filter(|s| x.body.contains(s.as_str())).count();
            let expected = collapse(text);
            let furniture: Vec<String> = page_units(html)
                .into_iter()
                .filter(|u| !expected.contains(u.as_str()))
                .filter(|u| *whole || u.split(' ').count() < STORY_WORDS)
                .collect();
            let words = |v: &[&String]| v.iter().map(|u| u.split(' ').count()).sum::<usize>();
            let all: Vec<&String> = furniture.iter().collect();
            let out: Vec<&String> = furniture
                .iter()
                .filter(|u| !x.body.contains(u.as_str()))
                .collect();
            (
                Some(hit as f64 / sents.len().max(1) as f64),
                Some(words(&out) as f64 / words(&all).max(1) as f64),
            )
        }
        None => (None, None),
    };
    let day = |d: &Option<String>| d.as_deref().map(|d| d.chars().take(10).collect::<String>());
    let meta = usize::from(e.title.as_deref().is_some_and(|t| collapse(t) == x.title))
        + usize::from(e.author.is_some() && e.author == x.author)
        + usize::from(e.date.is_some() && day(&e.date) == day(&x.date));
    Score {
        found,
        furniture_out,
        meta,
    }
}

/// Prints one line of the table, escaped like every line khabar writes.
fn row(line: &str) {
    println!("{}", khabar::report::escape(line));
}

fn pct(v: Option<f64>) -> String {
    v.map_or("—".into(), |v| format!("{:.0}%", v * 100.0))
}

#[test]
fn khabar_beats_dom_smoothie_on_rtl_pages() {
    let mut names: Vec<String> = std::fs::read_dir(DIR)
        .unwrap()
        .filter_map(|e| {
            let n = e.ok()?.file_name().to_string_lossy().to_string();
            n.strip_suffix(".html.gz").map(str::to_string)
        })
        .collect();
    names.sort();
    row(
        "| page | found (khabar / dom_smoothie) | furniture out (khabar / dom_smoothie) | title, author, date right (khabar / dom_smoothie) |",
    );
    row("|---|---|---|---|");
    let (mut k_tot, mut d_tot) = ((0.0, 0.0, 0usize, 0usize), (0.0, 0.0, 0usize, 0usize));
    let mut meta_stated = 0;
    for name in &names {
        let (html, e) = load(name);
        let k = score(&html, &e, &khabar(&html));
        let d = score(&html, &e, &smoothie(&html));
        let stated = [&e.title, &e.author, &e.date]
            .iter()
            .filter(|v| v.is_some())
            .count();
        meta_stated += stated;
        row(&format!(
            "| {name} | {} / {} | {} / {} | {}/{stated} / {}/{stated} |",
            pct(k.found),
            pct(d.found),
            pct(k.furniture_out),
            pct(d.furniture_out),
            k.meta,
            d.meta
        ));
        for (tot, s) in [(&mut k_tot, &k), (&mut d_tot, &d)] {
            tot.0 += s.found.unwrap_or(0.0);
            tot.1 += s.furniture_out.unwrap_or(0.0);
            tot.2 += s.meta;
            tot.3 += usize::from(s.found.is_some());
        }
    }
    let n = k_tot.3.max(1) as f64;
    row(&format!(
        "| **mean** | {:.0}% / {:.0}% | {:.0}% / {:.0}% | {}/{meta_stated} / {}/{meta_stated} |",
        k_tot.0 / n * 100.0,
        d_tot.0 / n * 100.0,
        k_tot.1 / n * 100.0,
        d_tot.1 / n * 100.0,
        k_tot.2,
        d_tot.2
    ));
    assert!(k_tot.0 / n >= MIN_FOUND, "sentences found dropped");
    assert!(
        k_tot.1 / n >= MIN_FURNITURE_OUT,
        "furniture kept out dropped"
    );
    assert!(k_tot.2 >= MIN_META, "metadata dropped");
    assert!(k_tot.0 >= d_tot.0 && k_tot.1 > d_tot.1 && k_tot.2 > d_tot.2);
}
