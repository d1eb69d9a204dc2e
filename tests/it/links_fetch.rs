//! Following web links through the reader's own path — Tab, Enter, the load on a worker, the
//! result handed back to the app — against a tiny server this test starts on 127.0.0.1: a text
//! article, a 404, a response too slow for the time limit and a 100 MB response cut at the
//! size limit. What the reader says is read from the status line of a drawn frame.

use crate::common;
use crate::common::http;

use std::time::Duration;

use common::{app_with, status_line};
use http::Log;
use khabar::app::{App, Effect};
use khabar::article::{Article, Block, Direction, Inline, Span, SpanKind};
use khabar::fetch::Limits;
use khabar::jobs::Jobs;
use khabar::keymap::Action;
use khabar::library::Library;

const TEST_LIMITS: Limits = Limits {
    timeout: Duration::from_secs(1),
    max_bytes: 1024 * 1024,
    max_redirects: 3,
};

/// An Arabic article with one inline link per path of the server, in that order.
fn article_linking(base: &str, paths: &[&str]) -> App {
    let mut text = String::from("روابط:");
    let mut spans = Vec::new();
    for p in paths {
        text.push(' ');
        let start = text.len();
        text.push_str("رابط");
        spans.push(Span {
            range: start..text.len(),
            kind: SpanKind::Link {
                target: Some(format!("{base}{p}")),
            },
        });
    }
    let mut article = Article {
        headline: "مقال الروابط".into(),
        body: vec![Block::Paragraph(Inline { text, spans })],
        ..Article::default()
    };
    article.meta.direction = Direction::Rtl;
    app_with(Library::from_articles(vec![article]), 0, false, 100, 30)
}

/// Focuses link `n` (0-based), to the server's `path`, presses Enter and starts the load the
/// reader asks for.
fn follow(app: &mut App, jobs: &Jobs, log: &Log, (n, path): (usize, &str)) -> u64 {
    for _ in 0..=n {
        app.update(Action::NextLink);
    }
    assert_eq!(app.view().link_focus, Some(n));
    let asked = log.requests(path);
    let Some(Effect::Load { id, request }) = app.update(Action::Activate) else {
        panic!("a web link loads");
    };
    // Enter returns at once: an order of events, not a time; the server hears of the load
    // only once the job runs it.
    assert_eq!(log.requests(path), asked, "Enter fetched {path} itself");
    jobs.start(id, request);
    id
}

/// Waits for the load and hands it to the app, as the event loop does.
fn finish(app: &mut App, jobs: &Jobs) -> bool {
    let done = jobs.wait(Duration::from_secs(10)).expect("the load ends");
    app.loaded(done.id, done.result)
}

#[test]
fn a_text_article_opens_and_back_returns() {
    let (base, log) = http::serve_logged();
    let mut app = article_linking(&base, &["/article.txt"]);
    let jobs = Jobs::new(TEST_LIMITS);
    follow(&mut app, &jobs, &log, (0, "/article.txt"));
    let status = status_line(&app);
    assert!(
        status.contains(&format!("loading {base}/article.txt")) && status.contains("Esc cancels"),
        "{status}"
    );
    assert!(finish(&mut app, &jobs));
    assert_eq!(app.article().headline, "خبر من الخادم");
    assert_eq!(app.library().articles.len(), 2, "added to the library");
    assert!(status_line(&app).contains("history 2/2"));
    app.update(Action::Back);
    assert_eq!(app.article().headline, "مقال الروابط");
    // Following it again opens the article already loaded: no second fetch.
    app.update(Action::Activate);
    assert_eq!(app.article().headline, "خبر من الخادم");
    assert!(app.loading().is_none());
}

#[test]
fn a_missing_page_says_so_in_the_status_line() {
    let (base, log) = http::serve_logged();
    let mut app = article_linking(&base, &["/missing"]);
    let jobs = Jobs::new(TEST_LIMITS);
    follow(&mut app, &jobs, &log, (0, "/missing"));
    assert!(finish(&mut app, &jobs));
    let status = status_line(&app);
    assert!(
        status.contains(&format!(
            "✗ {base}/missing: the server has no page at this address"
        )),
        "{status}"
    );
    assert_eq!(
        app.article().headline,
        "مقال الروابط",
        "stays on the article"
    );
    app.update(Action::Down);
    assert!(
        !status_line(&app).contains("404"),
        "the message goes with the next key"
    );
}

#[test]
fn a_slow_server_times_out_while_the_reader_answers_keys() {
    let (base, log) = http::serve_logged();
    let mut app = article_linking(&base, &["/slow"]);
    let jobs = Jobs::new(TEST_LIMITS);
    follow(&mut app, &jobs, &log, (0, "/slow"));
    // Keys are answered meanwhile; the loading note stays.
    app.update(Action::Help);
    app.update(Action::Close);
    app.update(Action::Down);
    assert!(status_line(&app).contains("loading"));
    assert!(
        jobs.wait(Duration::from_millis(300)).is_none(),
        "still loading"
    );
    assert!(finish(&mut app, &jobs));
    // The load gave up before the server's answer (5 s): an order of events, not a time.
    assert_eq!(log.events(), ["request /slow"]);
    let status = status_line(&app);
    assert!(status.contains("/slow: no answer within 1 s"), "{status}");
}

#[test]
fn a_hundred_megabytes_are_cut_at_the_limit() {
    let (base, log) = http::serve_logged();
    let mut app = article_linking(&base, &["/huge"]);
    let jobs = Jobs::new(TEST_LIMITS);
    follow(&mut app, &jobs, &log, (0, "/huge"));
    assert!(finish(&mut app, &jobs));
    // Counted, not timed: cut near the 1 MB limit, far from the 100 MB sent otherwise.
    let sent: usize = log
        .wait_for("sent /huge ")
        .trim_start_matches("sent /huge ")
        .parse()
        .expect("a count");
    assert!(sent < 16 << 20, "{sent} bytes sent");
    let status = status_line(&app);
    assert!(
        status.contains("/huge: the page is larger than 1048576 bytes"),
        "{status}"
    );
    assert_eq!(app.library().articles.len(), 1);
}

#[test]
fn esc_cancels_and_a_late_result_is_ignored() {
    let (base, log) = http::serve_logged();
    let mut app = article_linking(&base, &["/slow", "/article.txt"]);
    let jobs = Jobs::new(TEST_LIMITS);
    follow(&mut app, &jobs, &log, (0, "/slow"));
    app.update(Action::Close);
    assert!(app.loading().is_none());
    assert!(status_line(&app).contains(&format!("cancelled loading {base}/slow")));
    let done = jobs.wait(Duration::from_secs(10)).expect("the load ends");
    assert!(!app.loaded(done.id, done.result), "nobody waits for it");
    assert_eq!(app.article().headline, "مقال الروابط");
    // A newer load replaces an older one: only the newer result counts.
    app.unfocus_link();
    let slow = follow(&mut app, &jobs, &log, (0, "/slow"));
    app.unfocus_link();
    let article = follow(&mut app, &jobs, &log, (1, "/article.txt"));
    assert!(article > slow);
    let mut changed = Vec::new();
    for _ in 0..2 {
        let done = jobs.wait(Duration::from_secs(10)).expect("the load ends");
        changed.push((done.id, app.loaded(done.id, done.result)));
    }
    changed.sort();
    assert_eq!(changed, [(slow, false), (article, true)]);
    assert_eq!(app.article().headline, "خبر من الخادم");
}

#[test]
fn enter_on_a_summary_only_item_loads_the_full_article_in_its_place() {
    let base = http::serve();
    let rss = format!(
        "<rss version=\"2.0\"><channel><title>وكالة</title><language>ar</language>\
         <item><title>خبر قصير</title><link>{base}/article.txt</link>\
         <description>ملخص الخبر فقط</description></item>\
         <item><title>خبر كامل</title><link>{base}/full</link>\
         <content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\
         &lt;p&gt;النص الكامل&lt;/p&gt;</content:encoded></item>\
         </channel></rss>"
    );
    let (articles, _) = khabar::loader::feed::parse(rss.as_bytes(), &rss).unwrap();
    assert!(articles[0].meta.summary_only, "a summary and a link");
    assert!(!articles[1].meta.summary_only, "full content");
    let mut app = app_with(Library::from_articles(articles), 0, false, 100, 30);
    let i = app.current();
    assert_eq!(app.article().headline, "خبر قصير");
    assert!(
        status_line(&app).contains("summary only"),
        "{}",
        status_line(&app)
    );
    let jobs = Jobs::new(TEST_LIMITS);
    let Some(Effect::Load { id, request }) = app.update(Action::Activate) else {
        panic!("Enter on a summary loads the full article");
    };
    jobs.start(id, request);
    assert!(finish(&mut app, &jobs));
    // The item itself now holds the article the server gave, in the same library place.
    assert_eq!(app.current(), i);
    assert_eq!(app.library().articles.len(), 2);
    let text: Vec<&str> = app
        .article()
        .paragraphs()
        .map(|p| p.text.as_str())
        .collect();
    assert!(text.iter().any(|t| t.contains("وصل الخبر")), "{text:?}");
    assert!(!app.article().meta.summary_only);
    assert!(status_line(&app).contains("the full article"));
    // An item with its full content: Enter with no link focused only says so.
    app.update(Action::NextArticle);
    assert!(app.update(Action::Activate).is_none());
}
