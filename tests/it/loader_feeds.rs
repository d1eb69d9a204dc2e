//! Feeds through the loader: every feed of the fixtures loads or fails with a one-line
//! message; item counts and titles checked by hand against the files; XML bombs stay small.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use khabar::article::Direction;
use khabar::loader::{feed, load_file};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/feeds")
}

fn feeds() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for sub in std::fs::read_dir(dir()).unwrap() {
        let sub = sub.unwrap().path();
        if sub.is_dir() && !sub.ends_with("xml-bombs") {
            for f in std::fs::read_dir(&sub).unwrap() {
                files.push(f.unwrap().path());
            }
        }
    }
    files.sort();
    files
}

#[test]
fn every_feed_loads_or_says_why_in_one_line() {
    let files = feeds();
    assert!(files.len() >= 40, "{} feeds", files.len());
    let mut loaded = 0;
    for f in &files {
        match load_file(f) {
            Ok(l) => {
                loaded += 1;
                assert!(!l.articles.is_empty(), "{}", f.display());
                for a in &l.articles {
                    assert!(!a.headline.trim().is_empty(), "{}", f.display());
                }
            }
            Err(e) => {
                let msg = e.to_string();
                assert!(!msg.contains('\n'), "{msg}");
                assert!(msg.len() > f.display().to_string().len() + 5, "{msg}");
            }
        }
    }
    assert!(loaded >= 25, "only {loaded} feeds loaded");
}

#[test]
fn empty_feed_is_a_clear_error() {
    let e = load_file(&dir().join("newsboat/empty.xml")).unwrap_err();
    assert!(e.to_string().ends_with("the file is empty"), "{e}");
    let e = load_file(&dir().join("feedparser/illformed_rss_empty_document.xml")).unwrap_err();
    assert!(
        e.to_string()
            .contains("no <rss>, <feed> or <rdf:RDF> element"),
        "{e}"
    );
}

#[test]
fn item_counts_and_titles() {
    let cases: &[(&str, usize, &str, Option<&str>)] = &[
        (
            "feed-rs/atom_example_7.xml",
            1,
            "High resolution wheel scrolling in the desktop stack",
            None,
        ),
        ("feed-rs/atom_xml_base.xml", 1, "my cool entry title", None),
        (
            "feed-rs/rss_1.0_iso8859.xml",
            1,
            "Digitalministerium: Neue Glasfaserförderung mit Schnellkasse",
            Some("Golem.de"),
        ),
        (
            "feed-rs/rss_2.0_bbc.xml",
            1,
            "Marcus Aurelius",
            Some("In Our Time"),
        ),
        (
            "feed-rs/rss_2.0_cloudflare.xml",
            1,
            "Privacy-Preserving Compromised Credential Checking",
            None,
        ),
        (
            "feed-rs/rss_2.0_element_io.xml",
            1,
            "Simpler plans for Element, on-premise and cloud!",
            None,
        ),
        (
            "feed-rs/rss_2.0_encoding_1.xml",
            1,
            "Revolução nas telas com pontos quânticos impressos em 3D",
            None,
        ),
        (
            "feed-rs/rss_2.0_nightvale.xml",
            1,
            "221 - The Glow Cloud, Explained",
            None,
        ),
        (
            "feed-rs/rss_0.91_missing_id.xml",
            1,
            "Oferta de Empleo Público // 3 PROFESOR/A TÉCNICO/A (INGENIE. TÉC. FORESTAL) 17/17",
            None,
        ),
        (
            "newsboat/atom10_feed_authors.xml",
            9,
            "Entry Without Author",
            Some("Author Test Feed"),
        ),
        (
            "newsboat/multiple_item_links.atom",
            1,
            "Multiple links",
            Some("Test"),
        ),
        ("newsboat/items_without_titles.xml", 5, "some content", None),
        (
            "rust-atom/entry_with_non_standard_dates.xml",
            1,
            "Entry Title",
            None,
        ),
    ];
    for (file, count, title, source) in cases {
        let l = load_file(&dir().join(file)).unwrap();
        assert_eq!(l.articles.len(), *count, "{file}");
        assert_eq!(l.articles[0].headline, *title, "{file}");
        if let Some(s) = source {
            assert_eq!(l.articles[0].meta.source.as_deref(), Some(*s), "{file}");
        }
    }
    let l = load_file(&dir().join("newsboat/atom10_feed_authors.xml")).unwrap();
    assert_eq!(l.articles[1].headline, "Entry With Single Author");
}

#[test]
fn broken_feeds_load_with_a_warning() {
    let l = load_file(&dir().join("newsboat/items_without_titles.xml")).unwrap();
    // One line for the feed, not one per item.
    assert_eq!(l.warnings.len(), 1);
    assert!(l.warnings[0].to_string().ends_with(
        "items_without_titles.xml: 5 items have no title (the first is item 1); \
         their first words stand in for one"
    ));
    let l = load_file(&dir().join("feedparser/illformed_rss_incomplete_cdata.xml")).unwrap();
    assert_eq!(l.articles.len(), 1);
    assert_eq!(
        l.articles[0].meta.source.as_deref(),
        Some("can feedparser read this xml")
    );
    assert!(
        l.warnings[0].to_string().contains("CDATA"),
        "{:?}",
        l.warnings
    );
    let l = load_file(&dir().join("feedparser/illformed_rss_item_link_corrupted_ampersands.xml"))
        .unwrap();
    assert_eq!(
        l.articles[0].meta.url.as_deref(),
        Some("http://link/get?a=1&b=2")
    );
}

#[test]
fn stray_ampersands_are_escaped_on_a_second_try() {
    let rss = "<rss version=\"2.0\"><channel><title>A & B</title><language>he</language>\
               <item><title>כותרת & עוד</title><link>http://x.com/?a=1&b=2</link></item>\
               </channel></rss>";
    let (articles, warnings) = feed::parse(rss.as_bytes(), rss).unwrap();
    assert_eq!(articles[0].headline, "כותרת & עוד");
    assert_eq!(articles[0].meta.source.as_deref(), Some("A & B"));
    assert_eq!(articles[0].meta.direction, Direction::Rtl);
    assert!(
        warnings[0].to_string().contains("stray '&'"),
        "{warnings:?}"
    );
}

/// A hostile file loads to a bounded article. The time bound only guards against a hang
/// (generous, as tests must not measure speed: `cargo bench` does); the size is the check.
fn bounded(path: &Path) {
    let start = Instant::now();
    let result = load_file(path);
    assert!(
        start.elapsed() < Duration::from_secs(60),
        "{}",
        path.display()
    );
    if let Ok(l) = result {
        let size: usize = l
            .articles
            .iter()
            .flat_map(|a| a.body.iter().map(|b| b.inline().text.len()))
            .sum();
        assert!(size < 200_000, "{}: {size} bytes", path.display());
    }
}

#[test]
fn xml_bombs_do_not_expand() {
    for f in std::fs::read_dir(dir().join("xml-bombs")).unwrap() {
        bounded(&f.unwrap().path());
    }
    // The same entities inside a real feed: never expanded.
    let rss = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"1234567890\">\
        <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\
        <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\
        <!ENTITY x SYSTEM \"file:///etc/passwd\">]>\
        <rss version=\"2.0\"><channel><title>t</title><item><title>&e;&x;</title>\
        <description>&e;&e;&e;&x;</description></item></channel></rss>";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bomb.rss");
    std::fs::write(&path, rss).unwrap();
    bounded(&path);
    if let Ok(l) = load_file(&path) {
        assert!(!l.articles[0].headline.contains("root:"));
    }
}

#[test]
fn a_second_xml_declaration_does_not_crash_the_parser() {
    // Found by the loader_feed fuzz target: two feeds glued together (a second `<?xml …?>`
    // with another encoding inside the document) made quick-xml 0.42 panic under feed-rs.
    let rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
               <rss version=\"2.0\"><channel><title>t</title><item><title>a</title></item>\n\
               <?xml version=\"1.0\" encoding=\"windows-1256\"?>\n\
               <item><title>ب</title></item></channel></rss>\n";
    let (articles, warnings) = feed::parse(rss.as_bytes(), rss).unwrap();
    let titles: Vec<&str> = articles.iter().map(|a| a.headline.as_str()).collect();
    assert_eq!(titles, ["a", "ب"]);
    assert!(
        warnings[0]
            .to_string()
            .contains("XML declarations inside the document dropped"),
        "{warnings:?}"
    );
    // The fuzzer's own input (a Reuters feed, mutated) is refused with a message.
    let crash = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions/loader_feed/crash-1acf80f704fa029341c0a9dacfa1b908a386b8f8");
    let err = load_file(&crash).unwrap_err().to_string();
    assert!(err.contains("crash-1acf80f7"), "{err}");
}
