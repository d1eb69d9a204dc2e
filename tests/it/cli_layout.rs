//! `khabar layout` through the real binary. Expected lines were reversed by hand and read
//! right to left by eye; where UAX #9 gives a result that surprises (numbers after Arabic
//! letters become Arabic numbers, W2), fribidi 1.0.8 was run on the same input and agrees.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn layout(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .arg("layout")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns khabar");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn lines(o: &Output) -> Vec<String> {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout.clone())
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn mixed_runs_hand_checked() {
    let input = "بنسبة 25%\nعام 2024″\n(CNN) -- قال المتحدث\nזה NewsDesk 3.5 חדש\n";
    let got = lines(&layout(&["--width", "24", "--shape", "off"], input));
    assert_eq!(
        got,
        [
            // "بنسبة 25%": the per cent sign stays left of the number, as Arabic shows it.
            "               %25 ةبسنب",
            "               ″2024 ماع",
            // First strong character is Latin: an LTR line, left-aligned.
            "(CNN) -- ثدحتملا لاق",
            // Hebrew around an English name and a decimal number, right-aligned.
            "     שדח NewsDesk 3.5 הז",
        ]
    );
}

#[test]
fn url_in_an_arabic_sentence() {
    let got = lines(&layout(
        &["--width", "60", "--shape", "off", "--no-pad"],
        "زوروا الموقع https://example.com/a?b=1 اليوم\n",
    ));
    assert_eq!(got, ["مويلا https://example.com/a?b=1 عقوملا اوروز"]);
}

#[test]
fn no_pad_bidi_off_and_wrapping() {
    let text = "روسيا والصين قوة اقتصادية\n";
    // Wrapped at 14 columns: "روسيا والصين " | "قوة اقتصادية".
    let got = lines(&layout(&["--width", "14", "--shape", "off"], text));
    assert_eq!(got, ["  نيصلاو ايسور", "  ةيداصتقا ةوق"]);
    let got = lines(&layout(
        &["--width", "14", "--shape", "off", "--no-pad"],
        text,
    ));
    assert_eq!(got, ["نيصلاو ايسور", "ةيداصتقا ةوق"]);
    // Logical order for terminals that reorder by themselves, still right aligned.
    let got = lines(&layout(
        &["--width", "14", "--shape", "off", "--bidi", "off"],
        text,
    ));
    assert_eq!(got, ["  روسيا والصين", "  قوة اقتصادية"]);
    let got = lines(&layout(
        &["--width", "14", "--shape", "off", "--bidi", "terminal"],
        text,
    ));
    assert_eq!(got, ["  روسيا والصين", "  قوة اقتصادية"]);
}

#[test]
fn shaping_makes_presentation_forms() {
    // سلام: seen initial (FEB3), lam-alef final ligature (FEFC), meem isolated (FEE1);
    // visual order right to left, so the meem comes first.
    let got = lines(&layout(&["--width", "10", "--no-pad"], "سلام\n"));
    assert_eq!(got, ["\u{FEE1}\u{FEFC}\u{FEB3}"]);
}

#[test]
fn file_stdin_and_dash_agree() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("in.txt");
    let text = "قال “نحن هنا” (اليوم)\nplain English line\n";
    std::fs::write(&p, text).unwrap();
    let from_stdin = lines(&layout(&[], text));
    let from_dash = lines(&layout(&["-"], text));
    let from_file = lines(&layout(&[p.to_str().unwrap()], ""));
    assert_eq!(from_stdin, from_dash);
    assert_eq!(from_stdin, from_file);
    assert_eq!(from_stdin.len(), 2);
}

#[test]
fn controls_never_reach_the_output() {
    let o = layout(&["--width", "40"], "a\u{1b}[31mred\u{7} \u{9b}2J b\r\n");
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}') && !out.contains('\u{9b}'));
    assert!(!out.contains('\r'), "{out:?}");
    assert!(out.contains('␛'), "{out:?}");
}

#[test]
fn missing_file_is_one_clear_line() {
    let o = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(["layout", "/nonexistent/in.txt"])
        .output()
        .unwrap();
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(
        err.trim(),
        "khabar: /nonexistent/in.txt: no such file or folder"
    );
}

/// Crashed (an empty line took the `\r` of the paragraph before it out of the shared buffer):
/// a lone `\r` is text of its line, shown as a forced break, and `\r\n` ends a line.
#[test]
fn lone_cr_then_crlf_then_empty_line() {
    let o = layout(&[], "\r\r\n\n");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let opts = khabar::layout::Options::default();
    let mut want = String::new();
    for line in ["\r", ""] {
        for l in khabar::layout::layout_paragraph(line, &[], &opts).lines {
            want.push_str(&l.to_plain(true));
            want.push('\n');
        }
    }
    assert_eq!(String::from_utf8_lossy(&o.stdout), want);
    assert_eq!(want, "\n\n\n");
}
