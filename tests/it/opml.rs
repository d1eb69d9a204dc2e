//! OPML: real files of another reader (newsboat's tests), names in Arabic, Persian and
//! Hebrew, categories flattened, other schemes skipped, entity bombs not expanded, and the
//! round trip export → import → export through the store.

use std::path::PathBuf;

use khabar::store::Store;
use khabar::subscribe::opml::{self, Outline};

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/opml")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

fn urls(outlines: &[Outline]) -> Vec<&str> {
    outlines.iter().map(|o| o.url.as_str()).collect()
}

#[test]
fn categories_are_flattened() {
    let doc = opml::parse(&fixture("newsboat_example.opml")).unwrap();
    assert_eq!(
        urls(&doc.outlines),
        [
            "https://example.com/feed.xml",
            "https://example.com/mirrors/distrowatch.rss",
            "https://example.com/feed.atom",
            "https://example.com/feed.rss09",
            "https://blogs.example.com/~john/posts.rss",
            "https://blogs.example.com/~mike/.rss",
            "https://fred.example.com/writing/index.php?type=rss",
        ]
    );
    assert_eq!(doc.outlines[4].name.as_deref(), Some("John's musings"));
    assert!(doc.skipped.is_empty());
}

#[test]
fn other_schemes_are_skipped_with_the_reason() {
    let doc = opml::parse(&fixture("newsboat_with_unsupported_schemas.opml")).unwrap();
    assert_eq!(urls(&doc.outlines), ["https://example.com/feed.atom"]);
    let skipped: Vec<String> = doc.skipped.iter().map(|s| s.to_string()).collect();
    assert_eq!(
        skipped,
        [
            "ftp://example.com/~user/news.rss: only http and https addresses are followed, not ftp:",
            "nntp://example.com/newsboat: only http and https addresses are followed, not nntp:",
        ]
    );
}

#[test]
fn url_stands_in_for_xml_url_and_empty_names_are_none() {
    let doc = opml::parse(&fixture("newsboat_xmlurl-missing-but-url-exists.opml")).unwrap();
    assert_eq!(urls(&doc.outlines), ["https://example.com/feed.xml"]);
    let doc = opml::parse(&fixture("newsboat_category.opml")).unwrap();
    assert_eq!(doc.outlines[0].name, None);
    assert_eq!(doc.outlines[0].site, None);
}

#[test]
fn right_to_left_names_and_entities() {
    let doc = opml::parse(&fixture("arabic.opml")).unwrap();
    let names: Vec<_> = doc
        .outlines
        .iter()
        .map(|o| o.name.as_deref().unwrap())
        .collect();
    assert_eq!(names, ["الجزيرة نت", "بي بي سي & عربي", "همشهری", "הארץ ח"]);
    assert_eq!(
        doc.outlines[1].url,
        "https://feeds.bbci.co.uk/arabic/rss.xml?a=1&b=2"
    );
    assert_eq!(
        doc.outlines[0].site.as_deref(),
        Some("https://www.aljazeera.net/")
    );
}

#[test]
fn not_opml_is_said() {
    assert_eq!(
        opml::parse("<rss version=\"2.0\"></rss>")
            .unwrap_err()
            .to_string(),
        "not OPML: the document is <rss>, not <opml>"
    );
    let err =
        (opml::parse("<opml>\n<body>\n<outline xmlUrl=\"a\n</body>").unwrap_err()).to_string();
    assert!(
        err.starts_with("the XML is broken at line 3, column "),
        "{err}"
    );
}

#[test]
fn entity_bombs_are_not_expanded() {
    let mut bomb = String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE opml [\n<!ENTITY a \"ha\">\n");
    for (i, c) in ('b'..='j').enumerate() {
        let prev = char::from(b'a' + i as u8);
        bomb.push_str(&format!(
            "<!ENTITY {c} \"{}\">\n",
            format!("&{prev};").repeat(10)
        ));
    }
    bomb.push_str(
        "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n<opml version=\"2.0\"><body>\
        <outline text=\"&j;\" xmlUrl=\"https://example.com/a\"/>\
        <outline text=\"&xxe;\" xmlUrl=\"https://example.com/b\"/></body></opml>",
    );
    let started = std::time::Instant::now();
    // Either refused or left unexpanded; never a billion "ha" nor the file.
    match opml::parse(&bomb) {
        Ok(doc) => {
            for o in &doc.outlines {
                let name = o.name.as_deref().unwrap_or("");
                assert!(name.len() < 100 && !name.contains("root:"), "{name}");
            }
        }
        Err(e) => assert!(e.to_string().len() < 200, "{e}"),
    }
    // Only a guard against hanging (generous: speed is for `cargo bench`); the sizes above
    // are the check that nothing was expanded.
    assert!(started.elapsed().as_secs() < 60);
}

#[test]
fn round_trip_through_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("k.db")).unwrap();
    let first = opml::parse(&fixture("arabic.opml")).unwrap();
    for o in &first.outlines {
        store.add_feed(&o.url, o.name.as_deref()).unwrap();
    }
    // A name with a control character and markup is written as valid XML.
    let odd = khabar::links::safe_url("https://example.com/x?a=1&b=<2>").unwrap();
    store.add_feed(&odd, Some("\"ق\" <b>\u{7}")).unwrap();
    let written = opml::write(&store.feeds().unwrap(), "khabar subscriptions");
    assert!(
        written.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">")
    );
    let again = opml::parse(&written).unwrap();
    assert_eq!(urls(&again.outlines)[..4], urls(&first.outlines)[..]);
    let names: Vec<_> = again
        .outlines
        .iter()
        .map(|o| o.name.clone().unwrap())
        .collect();
    assert_eq!(
        names[..4],
        ["الجزيرة نت", "بي بي سي & عربي", "همشهری", "הארץ ח"]
    );
    assert_eq!(names[4], "\"ق\" <b>");
    assert_eq!(again.outlines[4].url, "https://example.com/x?a=1&b=%3C2%3E");

    // Into a second store and out again: the same document.
    let mut other = Store::open(&dir.path().join("other.db")).unwrap();
    for o in &again.outlines {
        other.add_feed(&o.url, o.name.as_deref()).unwrap();
    }
    assert_eq!(
        opml::write(&other.feeds().unwrap(), "khabar subscriptions"),
        written
    );
}
