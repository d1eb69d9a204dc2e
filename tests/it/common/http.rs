//! A tiny HTTP server on 127.0.0.1 for the tests that fetch: a text article, a 404, a response
//! too slow for a short time limit, an endless response, a redirect loop. No outside network.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::time::Duration;

pub const ARTICLE: &str = "خبر من الخادم\n\nقال المتحدث: “وصل الخبر”.\nالمصدر: خادم الاختبار\n";

/// Serves each connection on its own thread until the test ends; returns the base URL.
pub fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || answer(stream));
        }
    });
    format!("http://{addr}")
}

fn answer(mut stream: TcpStream) {
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
    let _ = match path.as_str() {
        "/article.txt" => write!(
            stream,
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{ARTICLE}",
            ARTICLE.len()
        ),
        "/slow" => {
            std::thread::sleep(Duration::from_secs(5));
            write!(stream, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
        }
        "/huge" => {
            // Announces 100 MB and keeps sending until the client hangs up.
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n",
                100u64 << 20
            );
            let chunk = vec![b'a'; 64 * 1024];
            for _ in 0..1600 {
                if stream.write_all(&chunk).is_err() {
                    break;
                }
            }
            Ok(())
        }
        "/loop" => write!(
            stream,
            "HTTP/1.1 302 Found\r\nLocation: /loop\r\nContent-Length: 0\r\n\r\n"
        ),
        _ => write!(
            stream,
            "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        ),
    };
}
