//! A tiny HTTP server on 127.0.0.1 for the tests that fetch: a text article, a 404, a response
//! too slow for a short time limit, an endless response, a redirect loop. No outside network.
//! [`serve_logged`] also tells what the server did, for tests that check an order of events
//! instead of a time.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const ARTICLE: &str = "خبر من الخادم\n\nقال المتحدث: “وصل الخبر”.\nالمصدر: خادم الاختبار\n";

/// An RSS feed of two items.
pub const FEED: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>أخبار الاختبار</title><link>http://example.org/</link>
<item><title>الخبر الأول عن الصين</title><link>http://example.org/1</link><description>وصلت الصين إلى الخبر الأول.</description></item>
<item><title>الخبر الثاني</title><link>http://example.org/2</link><description>لا شيء عن الصين هنا، ولا عن الصين هناك.</description></item>
</channel></rss>"#;

/// [`FEED`] cut off inside its `<channel>` tag, as a broken download leaves it: line 2,
/// column 20 is where the XML breaks.
pub const TRUNCATED_FEED: &str =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><chan";

/// An article page that names its site's feed (`/feed.xml`).
pub const PAGE: &str = r#"<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>مقال الاختبار</title>
<link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml"></head>
<body><article><h1>مقال الاختبار</h1>
<p>هذه فقرة أولى طويلة بما يكفي ليعدها المستخرج نص مقال حقيقي، فيها كلمات كثيرة عن الأخبار والصحافة والقراءة في الطرفية.</p>
<p>وهذه فقرة ثانية تكمل الحديث عن قراءة الأخبار العربية من اليمين إلى اليسار في الطرفية، بترتيب مرئي صحيح وسطور ملتفة.</p>
<p>وفقرة ثالثة تزيد النص طولًا حتى لا يظن المستخرج أن الصفحة قائمة روابط، بل مقال له بداية ووسط ونهاية واضحة.</p>
</article></body></html>"#;

/// A page with no article in it that names its feed (`/bare.html`).
pub const BARE_PAGE: &str = r#"<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8">
<title></title>
<link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml"></head>
<body></body></html>"#;

/// What the server did, in order: `request PATH` as each request arrives, `answered /slow`
/// once the slow answer has been written (5 s after its request), `sent /huge N` with the
/// bytes of the endless body written before the client hung up.
#[derive(Clone, Default)]
pub struct Log(Arc<Mutex<Vec<String>>>);

impl Log {
    pub fn events(&self) -> Vec<String> {
        self.0.lock().expect("log").clone()
    }

    fn push(&self, event: String) {
        self.0.lock().expect("log").push(event);
    }

    /// The requests of `path` so far.
    pub fn requests(&self, path: &str) -> usize {
        let event = format!("request {path}");
        self.events().iter().filter(|e| **e == event).count()
    }

    /// The first event starting with `prefix`, waited for. The 20 s bound only guards
    /// against a hang: the event is due at once in the tests that wait.
    pub fn wait_for(&self, prefix: &str) -> String {
        let start = Instant::now();
        loop {
            if let Some(e) = self.events().into_iter().find(|e| e.starts_with(prefix)) {
                return e;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "no {prefix:?} in {:?}",
                self.events()
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

/// Serves each connection on its own thread until the test ends; returns the base URL.
pub fn serve() -> String {
    serve_logged().0
}

/// Like [`serve`], with the log of what the server did.
pub fn serve_logged() -> (String, Log) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    let log = Log::default();
    let l = log.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let l = l.clone();
            std::thread::spawn(move || answer(stream, &l));
        }
    });
    (format!("http://{addr}"), log)
}

fn answer(mut stream: TcpStream, log: &Log) {
    let mut line = String::new();
    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
    if reader.read_line(&mut line).is_err() {
        return;
    }
    // Skip the headers.
    let mut header = String::new();
    while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
        header.clear();
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
    log.push(format!("request {path}"));
    let _ = match path.as_str() {
        "/article.txt" => write!(
            stream,
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{ARTICLE}",
            ARTICLE.len()
        ),
        "/feed.xml" => ok(&mut stream, "application/rss+xml", FEED),
        "/truncated.xml" => ok(&mut stream, "application/rss+xml", TRUNCATED_FEED),
        "/page.html" => ok(&mut stream, "text/html; charset=utf-8", PAGE),
        "/bare.html" => ok(&mut stream, "text/html; charset=utf-8", BARE_PAGE),
        "/slow" => {
            std::thread::sleep(Duration::from_secs(5));
            let written = write!(stream, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
            log.push("answered /slow".into());
            written
        }
        "/huge" => {
            // Announces 100 MB and keeps sending until the client hangs up.
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n",
                100u64 << 20
            );
            let chunk = vec![b'a'; 64 * 1024];
            let mut sent = 0;
            for _ in 0..1600 {
                if stream.write_all(&chunk).is_err() {
                    break;
                }
                sent += chunk.len();
            }
            log.push(format!("sent /huge {sent}"));
            Ok(())
        }
        // Each answer closes its connection, and says so: a client that kept a silent
        // one for the next redirect found it reset (a failure of this test, not of khabar).
        "/loop" => write!(
            stream,
            "HTTP/1.1 302 Found\r\nLocation: /loop\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        ),
        _ => write!(
            stream,
            "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        ),
    };
}

/// A 200 answer with `body`.
fn ok(stream: &mut TcpStream, content_type: &str, body: &str) -> std::io::Result<()> {
    write!(
        stream,
        "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
}
