//! A feed server on 127.0.0.1 for the subscription tests: documents that a test can change
//! while it runs, each with an ETag and a Last-Modified date for conditional GETs, and the
//! bad answers an update must survive (slow, 500, endless, redirect loop). Every request is
//! logged with its conditional headers. No outside network.
// The benches include parts of these helpers by `#[path]`; not every build uses all of them.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A document the server answers with.
#[derive(Debug, Clone)]
pub struct Doc {
    pub body: Vec<u8>,
    pub content_type: String,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// Waits this long before answering.
    pub delay: Duration,
}

impl Doc {
    pub fn rss(body: impl Into<Vec<u8>>, etag: &str) -> Doc {
        Doc {
            body: body.into(),
            content_type: "application/rss+xml; charset=utf-8".into(),
            etag: Some(format!("\"{etag}\"")),
            last_modified: None,
            delay: Duration::ZERO,
        }
    }
}

/// One request as the server saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub path: String,
    pub if_none_match: Option<String>,
    pub if_modified_since: Option<String>,
}

#[derive(Clone)]
pub struct Server {
    pub base: String,
    docs: Arc<Mutex<HashMap<String, Doc>>>,
    log: Arc<Mutex<Vec<Seen>>>,
    /// The ends of the bad answers: `/slow` once its 30 s wait is over, `/gigabyte N` with the
    /// bytes written before the client hung up. Tests check these counts and orders, not times.
    ends: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// Starts serving; each connection gets its own thread.
    pub fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let server = Server {
            base,
            docs: Arc::default(),
            log: Arc::default(),
            ends: Arc::default(),
        };
        let s = server.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let s = s.clone();
                std::thread::spawn(move || s.answer(stream));
            }
        });
        server
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn put(&self, path: &str, doc: Doc) {
        self.docs.lock().unwrap().insert(path.to_string(), doc);
    }

    pub fn seen(&self, path: &str) -> Vec<Seen> {
        let log = self.log.lock().unwrap();
        log.iter().filter(|s| s.path == path).cloned().collect()
    }

    /// What [`Server::ends`]'s field holds so far.
    pub fn ends(&self) -> Vec<String> {
        self.ends.lock().unwrap().clone()
    }

    fn answer(&self, mut stream: TcpStream) {
        let mut reader = BufReader::new(stream.try_clone().expect("clone"));
        loop {
            // Keep-alive: several requests may come on one connection.
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 {
                return;
            }
            let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
            let mut seen = Seen {
                path: path.clone(),
                if_none_match: None,
                if_modified_since: None,
            };
            loop {
                let mut h = String::new();
                if reader.read_line(&mut h).unwrap_or(0) <= 2 {
                    break;
                }
                let (name, value) = h.split_once(':').unwrap_or((&h, ""));
                let value = Some(value.trim().to_string());
                match name.to_ascii_lowercase().as_str() {
                    "if-none-match" => seen.if_none_match = value,
                    "if-modified-since" => seen.if_modified_since = value,
                    _ => {}
                }
            }
            self.log.lock().unwrap().push(seen.clone());
            if self.respond(&mut stream, &seen).is_err() {
                return;
            }
        }
    }

    fn respond(&self, stream: &mut TcpStream, seen: &Seen) -> std::io::Result<()> {
        match seen.path.as_str() {
            "/500" => {
                return write!(
                    stream,
                    "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 4\r\n\r\noops"
                );
            }
            "/loop" => {
                return write!(
                    stream,
                    "HTTP/1.1 302 Found\r\nLocation: /loop\r\nContent-Length: 0\r\n\r\n"
                );
            }
            "/slow" => {
                std::thread::sleep(Duration::from_secs(30));
                self.ends.lock().unwrap().push("/slow".into());
                return write!(stream, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
            }
            "/gigabyte" => {
                // Announces 1 GB and sends until the client hangs up.
                write!(
                    stream,
                    "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: {}\r\n\r\n",
                    1u64 << 30
                )?;
                stream.write_all(b"<?xml version=\"1.0\"?><rss><channel><title>")?;
                let chunk = vec![b'a'; 64 * 1024];
                let mut sent = 0;
                let mut written = Ok(());
                for _ in 0..(1 << 14) {
                    written = stream.write_all(&chunk);
                    if written.is_err() {
                        break;
                    }
                    sent += chunk.len();
                }
                self.ends.lock().unwrap().push(format!("/gigabyte {sent}"));
                return written;
            }
            _ => {}
        }
        let doc = self.docs.lock().unwrap().get(&seen.path).cloned();
        let Some(doc) = doc else {
            return write!(
                stream,
                "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
            );
        };
        std::thread::sleep(doc.delay);
        let fresh_etag = doc.etag.is_some() && seen.if_none_match == doc.etag;
        let fresh_date = doc.last_modified.is_some() && seen.if_modified_since == doc.last_modified;
        if fresh_etag || (seen.if_none_match.is_none() && fresh_date) {
            return write!(
                stream,
                "HTTP/1.1 304 Not Modified\r\nContent-Length: 0\r\n\r\n"
            );
        }
        let mut head = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\n",
            doc.content_type,
            doc.body.len()
        );
        if let Some(e) = &doc.etag {
            head.push_str(&format!("ETag: {e}\r\n"));
        }
        if let Some(d) = &doc.last_modified {
            head.push_str(&format!("Last-Modified: {d}\r\n"));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes())?;
        stream.write_all(&doc.body)
    }
}

/// An RSS 2.0 feed in Arabic: `items` items numbered from 1, newest first, each with a guid.
pub fn arabic_feed(title: &str, items: usize) -> String {
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\
         <title>{title}</title><link>https://example.org/</link><language>ar</language>\n"
    );
    for i in (1..=items).rev() {
        xml.push_str(&format!(
            "<item><title>الخبر رقم {i} من {title}</title><guid>{title}-{i}</guid>\
             <link>https://example.org/{i}</link>\
             <pubDate>{:02} Jan 2024 10:00:00 GMT</pubDate>\
             <description>&lt;p&gt;قال المتحدث: «هذا هو الخبر {i}».&lt;/p&gt;</description></item>\n",
            1 + i % 28
        ));
    }
    xml.push_str("</channel></rss>\n");
    xml
}

/// A store at `path` holding one subscription per `(title, items)`, each an [`arabic_feed`]
/// stored as `khabar update` stores a fetch (no server needed), all unread.
pub fn stored_feeds(path: &std::path::Path, feeds: &[(&str, usize)]) -> khabar::store::Store {
    let mut store = khabar::store::Store::open(path).unwrap();
    for &(title, n) in feeds {
        let id = store
            .add_feed(&format!("https://example.org/{n}.xml"), None)
            .unwrap();
        let xml = arabic_feed(title, n);
        let parsed = khabar::loader::feed::parse_feed(xml.as_bytes(), &xml).unwrap();
        store.save_fetch(id, &parsed, None, None).unwrap();
    }
    store
}
