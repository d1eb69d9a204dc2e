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
    let dir = tempfile::tempdir().expect("temp dir");
    let feed = dir.path().join("f.xml");
    std::fs::write(
        &feed,
        "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title>\
         <description>y</description><pubDate>Wed, 01 May 2024 12:00:00 +0330</pubDate>\
         </item></channel></rss>",
    )
    .expect("write");
    let json = dump(&feed, "Asia/Tehran", &["--json"]);
    assert!(json.contains(r#""date": "2024-05-01T08:30:00Z""#), "{json}");
    // khabar's older form (`dump --json` of earlier versions) still loads and is shown in
    // the local zone.
    let old = r#"{"headline":"x","date":"2021/06/23 10:58","paragraphs":["y"]}"#;
    let (_dir, path) = article_file(old);
    let text = dump(&path, "Asia/Tehran", &[]);
    assert_eq!(text.lines().nth(1), Some("2021-06-23 15:28 +0430"));
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

/// `khabar layout` at `width`, shaping off, with `extra` flags, on `text`.
fn layout(text: &str, width: usize, extra: &[&str]) -> String {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(["layout", "--shape", "off", "--width", &width.to_string()])
        .args(extra)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("runs khabar");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(text.as_bytes()).expect("write");
    drop(stdin);
    let out = child.wait_with_output().expect("output");
    String::from_utf8(out.stdout).expect("utf-8")
}

/// The issue's example: «اقرأ المزيد على https://example.org/news/ اليوم».
const WITH_URL: &str = "اقرأ المزيد على https://example.org/news/ اليوم\n";

#[test]
fn an_address_in_an_arabic_paragraph_is_one_unit() {
    let iso = ["--isolate-addresses"];
    // One line: the address intact, its trailing slash where it was typed.
    assert_eq!(
        layout(WITH_URL, 50, &iso),
        "   مويلا https://example.org/news/ ىلع ديزملا أرقا\n"
    );
    // It fits a line of 30 but not the rest of the first: it moves down whole.
    assert_eq!(
        layout(WITH_URL, 30, &iso),
        "               ىلع ديزملا أرقا\n     https://example.org/news/\n                         مويلا\n"
    );
    // Longer than a line of 12: broken after `/` only, in order.
    assert_eq!(
        layout(WITH_URL, 12, &iso),
        " ديزملا أرقا\nhttps:// ىلع\nexample.org/\n مويلا news/\n"
    );
    // Plain UAX #9 stays the default (FriBidi gives the same).
    assert_eq!(
        layout(WITH_URL, 50, &[]),
        "   مويلا /https://example.org/news ىلع ديزملا أرقا\n"
    );
}

#[test]
fn an_email_address_and_dump_isolate_too() {
    let mail = "راسلونا: news@example.org.\n";
    assert_eq!(
        layout(mail, 30, &["--isolate-addresses"]),
        "    .news@example.org :انولسار\n"
    );
    let (_dir, path) = article_file(&format!(
        r#"{{"headline":"خبر","paragraphs":["{}"]}}"#,
        WITH_URL.trim_end()
    ));
    let text = dump(&path, "UTC", &["--width", "50", "--shape", "off"]);
    assert!(
        text.contains("   مويلا https://example.org/news/ ىلع ديزملا أرقا\n"),
        "{text}"
    );
}
