//! Addresses everywhere a path goes (issue 18 item 5): `khabar URL`, `dump URL` and
//! `dump --search Q URL` fetch with the fetcher's limits from the local test server: an
//! article page gives the article, a feed its items, a page that names a feed says so with
//! the `khabar add` command; a failed fetch is an error naming the address.

use std::process::{Command, Output};

use crate::common::http::serve;
use crate::common::pty::{Session, shows};

fn khabar(args: &[&str]) -> Output {
    let home = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(args)
        .env("XDG_CONFIG_HOME", home.path())
        .env("XDG_DATA_HOME", home.path())
        .output()
        .expect("runs khabar")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn dump_of_an_article_address_prints_the_article() {
    let url = format!("{}/article.txt", serve());
    let o = khabar(&["dump", "--bidi", "off", "--shape", "off", &url]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(
        text(&o.stdout).trim_start().starts_with("خبر من الخادم\n"),
        "{}",
        text(&o.stdout)
    );
}

#[test]
fn dump_of_a_feed_address_prints_its_items_and_search_names_them() {
    let url = format!("{}/feed.xml", serve());
    let o = khabar(&["dump", "--json", &url]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let items: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let heads: Vec<&str> = items
        .as_array()
        .expect("an array of items")
        .iter()
        .filter_map(|a| a["headline"].as_str())
        .collect();
    assert_eq!(heads, ["الخبر الأول عن الصين", "الخبر الثاني"]);
    let o = khabar(&["dump", "--search", "الصين", &url]);
    let out = text(&o.stdout);
    let counts: Vec<&str> = out.lines().filter(|l| l.contains(" match")).collect();
    assert_eq!(
        counts,
        [
            // Each item by its own address.
            "http://example.org/1: 2 matches",
            "http://example.org/2: 2 matches",
        ],
        "{out}"
    );
}

#[test]
fn a_page_that_names_a_feed_offers_to_subscribe() {
    let base = serve();
    let url = format!("{base}/page.html");
    let o = khabar(&["dump", "--bidi", "off", "--shape", "off", &url]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(
        text(&o.stdout).contains("مقال الاختبار"),
        "{}",
        text(&o.stdout)
    );
    assert_eq!(
        text(&o.stderr),
        format!(
            "khabar: warning: {url}: the page names the feed {base}/feed.xml: \
             `khabar add {base}/feed.xml` subscribes to it\n"
        )
    );
}

#[test]
fn a_failed_fetch_names_the_address_before_the_screen() {
    let url = format!("{}/nothing-here", serve());
    for args in [vec!["dump", url.as_str()], vec![url.as_str()]] {
        let o = khabar(&args);
        assert_eq!(o.status.code(), Some(1));
        assert_eq!(
            text(&o.stderr),
            format!("khabar: {url}: the server has no page at this address (HTTP 404)\n")
        );
    }
}

#[test]
fn the_reader_opens_an_address() {
    let url = format!("{}/article.txt", serve());
    let mut s = Session::spawn(&["--shape", "off", "--bidi", "off", &url], 20, 80);
    s.wait_for("the fetched article", shows("خبر من الخادم"));
    s.send(b"q");
    assert!(s.wait_exit().success());
}

/// A page with no article that names its feed: the failure and the offer are one sentence in
/// the reader's language (before, the offer was English inside any language).
#[test]
fn a_bare_page_that_names_a_feed_is_said_in_hebrew() {
    let base = serve();
    let url = format!("{base}/bare.html");
    let o = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(["dump", "--bidi", "off", &url])
        .env("LANG", "he_IL.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    let offer =
        format!("הדף מציין את הפיד {base}/feed.xml: הפקודה khabar add {base}/feed.xml נרשמת אליו");
    assert!(err.contains(&offer), "{err}");
    assert!(
        !err.contains("names the feed") && !err.contains("no article"),
        "{err}"
    );
}
