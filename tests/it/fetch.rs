//! Fetching articles over HTTP from a tiny server this test starts on 127.0.0.1: a text
//! article, a 404, a response too slow for the time limit, and an endless response cut at
//! the size limit. No outside network.

use crate::common::http;

use std::time::Duration;

use http::serve;

use khabar::fetch::{FetchError, Limits, fetch, load_url};

const TEST_LIMITS: Limits = Limits {
    timeout: Duration::from_secs(1),
    max_bytes: 1024 * 1024,
    max_redirects: 3,
};

#[test]
fn a_text_article_loads_with_its_url() {
    let base = serve();
    let url = format!("{base}/article.txt");
    let loaded = load_url(&url, &TEST_LIMITS).expect("loads");
    let a = &loaded.articles[0];
    assert_eq!(a.headline, "خبر من الخادم");
    assert_eq!(a.quotes().collect::<Vec<_>>(), ["وصل الخبر"]);
    assert_eq!(a.meta.source.as_deref(), Some("خادم الاختبار"));
    assert_eq!(a.meta.url.as_deref(), Some(url.as_str()));
}

#[test]
fn a_missing_page_is_named() {
    let base = serve();
    let url = format!("{base}/nothing-here");
    assert_eq!(
        fetch(&url, &TEST_LIMITS).unwrap_err(),
        FetchError::Status(404)
    );
    let err = load_url(&url, &TEST_LIMITS).unwrap_err().to_string();
    assert_eq!(
        err,
        format!("{url}: the server has no page at this address (HTTP 404)")
    );
}

#[test]
fn a_slow_server_times_out_without_hanging() {
    let (base, log) = http::serve_logged();
    let err = fetch(&format!("{base}/slow"), &TEST_LIMITS).unwrap_err();
    assert_eq!(err, FetchError::Timeout(1));
    // An order of events, not a time: the fetch gave up before the server's answer (5 s).
    assert_eq!(
        log.events(),
        ["request /slow"],
        "the fetch waited for the answer"
    );
}

#[test]
fn a_hundred_megabytes_are_cut_at_the_limit() {
    let (base, log) = http::serve_logged();
    let err = fetch(&format!("{base}/huge"), &TEST_LIMITS).unwrap_err();
    assert_eq!(err, FetchError::TooLarge(1024 * 1024));
    // Counted, not timed: the client hung up after about the limit (1 MB, plus what the
    // sockets' buffers took), far from the 100 MB the server would send.
    let sent: usize = log
        .wait_for("sent /huge ")
        .trim_start_matches("sent /huge ")
        .parse()
        .expect("a count");
    assert!(sent < 16 << 20, "{sent} bytes sent");
}

#[test]
fn a_redirect_loop_stops() {
    let base = serve();
    let err = fetch(&format!("{base}/loop"), &TEST_LIMITS).unwrap_err();
    assert_eq!(err, FetchError::Redirects(3));
}

#[test]
fn only_web_addresses_are_fetched() {
    for url in [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "ftp://127.0.0.1/x",
    ] {
        assert!(
            matches!(fetch(url, &TEST_LIMITS), Err(FetchError::Refused(_))),
            "{url}"
        );
    }
}
