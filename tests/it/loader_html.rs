//! HTML pages through the loader: the CNN Arabic article against the text a reader should
//! get, and the UDHR pages in four right-to-left languages.
// Test and benchmark output, not khabar's: the report's rule (clippy.toml) is for src/.
#![allow(clippy::disallowed_macros, clippy::disallowed_methods)]

use std::collections::HashMap;
use std::path::PathBuf;

use khabar::article::{Article, Direction};
use khabar::loader::load_file;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/html")
        .join(name)
}

fn load(name: &str) -> Article {
    let mut loaded = load_file(&fixture(name)).unwrap();
    assert_eq!(loaded.articles.len(), 1, "{name}");
    loaded.articles.remove(0)
}

fn words(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for w in text.split_whitespace() {
        let w: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
        if !w.is_empty() {
            *counts.entry(w).or_insert(0) += 1;
        }
    }
    counts
}

/// The share of `want`'s words (counted with repeats) that `got` holds.
fn covered(want: &HashMap<String, usize>, got: &HashMap<String, usize>) -> f64 {
    let total: usize = want.values().sum();
    let hit: usize = want
        .iter()
        .map(|(w, n)| (*n).min(got.get(w).copied().unwrap_or(0)))
        .sum();
    hit as f64 / total as f64
}

fn body_text(a: &Article) -> String {
    a.body
        .iter()
        .map(|b| b.inline().text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn cnn_arabic_page_reads_like_the_expected_text() {
    let a = load("newspaper_cnnarabic_syria_clashes_2013.html");
    assert_eq!(a.headline, "معارضون يسيطرون على مخازن للصواريخ بريف دمشق");
    assert_eq!(a.meta.direction, Direction::Rtl);
    assert_eq!(a.meta.language.as_deref(), Some("ar"));
    assert_eq!(a.meta.source.as_deref(), Some("CNNArabic"));
    let expected = std::fs::read_to_string(fixture(
        "newspaper_cnnarabic_syria_clashes_2013.expected.txt",
    ))
    .unwrap();
    let body = body_text(&a);
    let (want, got) = (words(&expected), words(&body));
    let recall = covered(&want, &got);
    let precision = covered(&got, &want);
    eprintln!(
        "CNN page: {:.1}% of the expected words, {:.1}% of the extracted words expected",
        recall * 100.0,
        precision * 100.0
    );
    assert!(recall >= 0.95, "recall {recall}");
    assert!(precision >= 0.90, "precision {precision}");
    for nav in [
        "اقتصاد وأعمال",
        "INTERNATIONAL",
        "CNN en Español",
        "HLN",
        "صحة وتكنولوجيا",
    ] {
        assert!(!body.contains(nav), "navigation text {nav:?} in the body");
    }
}

#[test]
fn udhr_pages_load_with_their_headings() {
    let cases = [
        (
            "udhr_arb.html",
            "ar",
            Direction::Rtl,
            "الإعلان العالمي لحقوق الإنسان",
            "المادة 1",
        ),
        ("udhr_heb.html", "he", Direction::Rtl, "", ""),
        ("udhr_ydd.html", "yi", Direction::Rtl, "", ""),
        // The "Central Kurdish" page of this corpus is Kurmanji in Latin letters and says so
        // (`lang="ckb-Latn" dir="ltr"`): it stays left to right.
        (
            "udhr_ckb.html",
            "ckb-Latn",
            Direction::Ltr,
            "Danezana gerdûnî ya mafên mirov",
            "Bend 1",
        ),
    ];
    for (file, lang, dir, headline, heading) in cases {
        let a = load(file);
        assert_eq!(a.meta.language.as_deref(), Some(lang), "{file}");
        assert_eq!(a.meta.direction, dir, "{file}");
        if !headline.is_empty() {
            assert_eq!(a.headline, headline, "{file}");
        }
        let headings: Vec<_> = a.subheadings().map(|h| h.text.clone()).collect();
        assert!(headings.len() >= 30, "{file}: {} headings", headings.len());
        if !heading.is_empty() {
            assert!(
                headings.iter().any(|h| h == heading),
                "{file}: {headings:?}"
            );
        }
        assert!(a.paragraphs().count() >= 30, "{file}");
    }
}

#[test]
fn a_block_inside_a_link_or_a_quote_splits_it_without_panicking() {
    // Found by the loader_feed fuzz target (an item's HTML): a paragraph inside a link ended
    // the paragraph the link started in, and the link's old start offset sliced past the new
    // paragraph's end.
    let page = "<html><head><title>t</title></head><body><article>\
                <p>Before the link <a href=\"https://example.com/a\">link text \
                <p>a paragraph inside</p> the tail</a> after.</p>\
                <p>Said: <q>the start <div>a block in the quote</div> the end</q> done.</p>\
                </article></body></html>";
    let a = khabar::loader::html::parse_page(page, None).expect("the page loads");
    let texts: Vec<&str> = a.body.iter().map(|b| b.inline().text.as_str()).collect();
    assert!(
        texts.iter().any(|t| t.contains("a paragraph inside")),
        "{texts:?}"
    );
    for b in &a.body {
        let inline = b.inline();
        for s in &inline.spans {
            assert!(
                inline.text.get(s.range.clone()).is_some(),
                "{s:?} in {inline:?}"
            );
        }
    }
    // The link goes on in the paragraph after the inner one: "the tail" is still a link.
    let tail = a
        .body
        .iter()
        .map(|b| b.inline())
        .find(|i| i.text.contains("the tail"))
        .unwrap();
    assert!(
        tail.spans
            .iter()
            .any(|s| matches!(s.kind, khabar::article::SpanKind::Link { .. })
                && tail.text[s.range.clone()].contains("the tail")),
        "{tail:?}"
    );
}
