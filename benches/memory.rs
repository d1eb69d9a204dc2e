//! Memory of the reader on a 100 MB article (the seed repeated, one article): the peak
//! resident set (VmHWM) once it shows its first frame and has folded the text for search in
//! its idle time, and again after a search that matches millions of times. Target: under 5
//! times the file's size. Runs the release binary in a pty (`cargo bench --bench memory`);
//! prints the figures, and fails when a figure is over the target.
// Test and benchmark output, not khabar's: the report's rule (clippy.toml) is for src/.
#![allow(clippy::disallowed_macros, clippy::disallowed_methods)]

use std::time::{Duration, Instant};

#[path = "../tests/it/common/pty.rs"]
#[allow(dead_code)]
mod pty;

use pty::{Session, shows};

const SIZE: usize = 100_000_000;

fn status_of(pid: u32, key: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(key))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// Waits until the resident set has not grown for a second (the idle folding is done).
fn settle(pid: u32) {
    let start = Instant::now();
    let mut last = status_of(pid, "VmRSS:");
    while start.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_secs(1));
        let now = status_of(pid, "VmRSS:");
        if now <= last {
            return;
        }
        last = now;
    }
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        println!("memory_100mb: bench");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.txt");
    let seed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/000_2a3d9ced42edd8a0.txt"
    ))
    .unwrap();
    let mut text = String::with_capacity(SIZE + seed.len());
    while text.len() < SIZE {
        text.push_str(&seed);
        text.push('\n');
    }
    std::fs::write(&file, &text).unwrap();
    let size = text.len() as f64;
    drop(text);

    let mut s = Session::spawn(&["--shape", "off", file.to_str().unwrap()], 40, 120);
    let pid = s.child.process_id().unwrap();
    s.wait_for("the first frame", shows("q quit"));
    settle(pid);
    let opened = status_of(pid, "VmHWM:") as f64 * 1024.0;
    s.send("/re:ال".as_bytes());
    s.wait_for("the matches", shows("match 1/"));
    settle(pid);
    s.send(b"\r");
    let searched = status_of(pid, "VmHWM:") as f64 * 1024.0;
    s.send(b"q");
    s.wait_exit();

    let mb = |b: f64| b / 1e6;
    println!("article: {:.0} MB", mb(size));
    let mut over = false;
    for (what, peak) in [("opened and folded", opened), ("after a search", searched)] {
        let ratio = peak / size;
        over |= ratio >= 5.0;
        println!(
            "{what}: peak resident {:.0} MB = {ratio:.2} x the article (target < 5)",
            mb(peak)
        );
    }
    assert!(!over, "memory over 5 times the article's size");
}
