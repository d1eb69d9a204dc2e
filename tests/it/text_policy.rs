//! The text policy (issue 16): metadata as isolated units, dates in the local zone, RFC 3339
//! in `dump --json`, one direction rule for the pager and `dump`. Expected strings are
//! written by hand (visual order, Arabic letters unshaped with `--shape off`).

use std::path::{Path, PathBuf};
use std::process::Command;

use khabar::article::{Block, Direction, Inline};
use khabar::pager::{Pager, Render};

/// Writes `json` to a fresh folder and returns the folder (kept alive) and the file.
fn article_file(json: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("a.json");
    std::fs::write(&path, json).expect("write");
    (dir, path)
}

fn dump(path: &Path, tz: &str, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .arg("dump")
        .args(args)
        .arg(path)
        .env("TZ", tz)
        .output()
        .expect("runs khabar");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

/// The issue's example: an Arabic article dated `2024-05-01T08:30:00Z`.
const ARABIC: &str = r#"{"headline":"مرحبا بالعالم","source":"الجزيرة",
 "date":"2024-05-01T08:30:00Z","paragraphs":["نص"]}"#;

#[test]
fn an_arabic_byline_keeps_its_date_intact() {
    let (_dir, path) = article_file(ARABIC);
    let text = dump(&path, "UTC", &["--width", "40", "--shape", "off"]);
    let byline = text.lines().nth(1).expect("a byline");
    // Right to left: the source unit on the right, read from the right «المصدر: الجزيرة»,
    // then the separator, then the date as one left-to-right unit, the zone named.
    assert_eq!(byline, "  2024-05-01 08:30 UTC · ةريزجلا :ردصملا");
}

#[test]
fn dates_are_shown_in_the_local_zone() {
    let (_dir, path) = article_file(ARABIC);
    let text = dump(&path, "Asia/Tehran", &["--width", "40", "--shape", "off"]);
    let byline = text.lines().nth(1).expect("a byline");
    assert_eq!(byline, "2024-05-01 12:00 +0330 · ةريزجلا :ردصملا");
}

#[test]
fn dump_json_writes_rfc3339_and_reads_the_old_form() {
    let old = r#"{"headline":"x","date":"2021/06/23 10:58","paragraphs":["y"]}"#;
    let (_dir, path) = article_file(old);
    let json = dump(&path, "Asia/Tehran", &["--json"]);
    assert!(json.contains(r#""date": "2021-06-23T10:58:00Z""#), "{json}");
    let (_dir2, again) = article_file(&json);
    let json = dump(&again, "UTC", &["--json"]);
    assert!(json.contains(r#""date": "2021-06-23T10:58:00Z""#), "{json}");
}

#[test]
fn the_pager_and_dump_share_one_direction_rule() {
    // An Arabic paragraph opening with a Latin name: plain P2/P3 would make it LTR.
    let body = vec![Block::Paragraph(Inline::plain("CNN قالت اليوم"))];
    let mut pager = Pager::new(&body, Direction::Rtl, Render::default());
    pager.resize(&body, 40, 10);
    let layout = pager.layout(0).expect("laid out");
    assert_eq!(layout.direction, Direction::Rtl);
}
