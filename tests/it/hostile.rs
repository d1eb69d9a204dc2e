//! Hostile inputs (tests/fixtures/hostile, copied from ../shared/corpus/hostile with their
//! origins): terminal escape streams, Trojan Source files, malformed UTF-8, the big list of
//! naughty strings, XML bombs, feeds with scripts. Each goes through `khabar dump` and through
//! the reader in a pty: no panic, no hang, and no byte of an escape or control sequence from
//! the file reaches the output.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common;

use common::pty::{Session, find, shows};

/// Every file of the hostile corpus, sorted.
fn hostile_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.file_name().is_some_and(|n| n != "README.md") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile"),
        &mut out,
    );
    out.sort();
    assert!(out.len() >= 48, "the corpus is all there: {}", out.len());
    out
}

struct Run {
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: String,
}

/// Runs the binary with a deadline; a run past it is a hang.
fn run(args: &[&str]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let (out, err) = (dir.path().join("out"), dir.path().join("err"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(args)
        .env("XDG_CONFIG_HOME", dir.path())
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(std::fs::File::create(&err).unwrap())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            panic!("khabar {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Run {
        code: status.code(),
        stdout: std::fs::read(out).unwrap(),
        stderr: String::from_utf8(std::fs::read(err).unwrap()).expect("stderr is UTF-8"),
    }
}

/// A control character that may not reach a terminal: C0 but the newline, DEL, C1.
fn first_control(text: &str) -> Option<(usize, char)> {
    text.char_indices()
        .find(|&(_, c)| (c.is_control() && c != '\n') || ('\u{80}'..='\u{9f}').contains(&c))
}

/// Bidi embedding, override and isolate controls, counted here on their own.
fn trojan_controls(bytes: &[u8]) -> usize {
    String::from_utf8_lossy(bytes)
        .chars()
        .filter(|c| matches!(*c as u32, 0x202A..=0x202E | 0x2066..=0x2069))
        .count()
}

#[test]
fn every_hostile_file_dumps_without_a_control_byte() {
    let mut warned = 0;
    for file in hostile_files() {
        let path = file.to_str().unwrap();
        for args in [
            vec!["dump", "--width", "80", path],
            vec!["dump", "--width", "23", "--shape", "off", path],
            vec!["dump", "--json", path],
        ] {
            let r = run(&args);
            assert!(
                matches!(r.code, Some(0 | 1)),
                "{args:?}: exit {:?}\n{}",
                r.code,
                r.stderr
            );
            assert!(!r.stderr.contains("panicked"), "{args:?}: {}", r.stderr);
            let out = String::from_utf8(r.stdout).expect("stdout is UTF-8");
            if let Some((at, c)) = first_control(&out) {
                panic!("{args:?}: {c:?} at byte {at} of stdout");
            }
            if let Some((at, c)) = first_control(&r.stderr) {
                panic!("{args:?}: {c:?} at byte {at} of stderr: {}", r.stderr);
            }
            if r.code == Some(1) {
                // Refused with a message that names the file.
                let name = file.file_name().unwrap().to_str().unwrap();
                assert!(r.stderr.contains(name), "{args:?}: {}", r.stderr);
            } else if args[1] == "--json" {
                let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
                assert!(v.is_object() || v.is_array());
            } else {
                assert!(!out.trim().is_empty(), "{args:?} printed nothing");
            }
            let n = trojan_controls(&std::fs::read(&file).unwrap());
            let warns = r.stderr.contains("bidi control");
            if r.code == Some(0) {
                assert_eq!(warns, n > 0, "{args:?}: {n} controls; stderr: {}", r.stderr);
                warned += usize::from(warns && args[1] == "--width");
            }
        }
    }
    // Ten Trojan Source files, eight of them with controls, and the naughty strings.
    assert!(warned >= 9, "{warned} files warned");
}

#[test]
fn trojan_source_is_revealed_by_logical_order() {
    // C/early-return.c holds `/* Say hello; newline{RLI} /*/ return 0 ;` with an RLI (U+2067)
    // after "newline": displayed, the isolate makes `return 0` look like part of the comment;
    // in logical order it is code after the comment's end.
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/hostile/trojan-source/C_early-return.c");
    let path = file.to_str().unwrap();
    let visual = String::from_utf8(run(&["dump", "--width", "80", path]).stdout).unwrap();
    let logical =
        String::from_utf8(run(&["dump", "--width", "80", "--bidi", "off", path]).stdout).unwrap();
    assert!(
        visual.contains("/* Say hello; newline; return 0 /*/"),
        "{visual}"
    );
    assert!(
        logical.contains("/* Say hello; newline /*/ return 0 ;"),
        "{logical}"
    );
}

/// Escape sequences the reader itself writes: CSI with numeric parameters (cursor moves,
/// colours, modes, the bidi mode `CSI 8 l`, `CSI 1 SP k`). Anything else after an ESC — OSC,
/// DCS, APC, PM, SOS, a lone ESC — came from somewhere else. The terminal probe's queries
/// (`khabar::term_bidi::QUERIES`, sent whole before the screen is taken) are removed first.
fn check_raw_output(raw: &[u8], what: &str) {
    let text = String::from_utf8_lossy(raw);
    let queries = String::from_utf8_lossy(khabar::term_bidi::QUERIES);
    let text = text.replacen(queries.as_ref(), "", 1);
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            0x1b => {
                assert_eq!(
                    b.get(i + 1),
                    Some(&b'['),
                    "{what}: ESC not starting a CSI at {i}"
                );
                let mut j = i + 2;
                while j < b.len() && matches!(b[j], b'0'..=b'9' | b';' | b'?' | b' ' | b'>' | b':')
                {
                    j += 1;
                }
                let fin = b.get(j).copied().unwrap_or(0);
                assert!(
                    b"ABCDEFGHJKSTXdfhklmnqrtsu".contains(&fin),
                    "{what}: CSI ending in {:?} at {i}",
                    fin as char
                );
                i = j + 1;
                continue;
            }
            b'\n' => {}
            // The terminal's own CR LF after the reader restored it (ONLCR).
            b'\r' => assert_eq!(b.get(i + 1), Some(&b'\n'), "{what}: a bare CR at {i}"),
            c if c < 0x20 || c == 0x7f => panic!("{what}: control byte {c:#04x} at {i}"),
            _ => {}
        }
        i += 1;
    }
    if let Some(c) = text.chars().find(|c| ('\u{80}'..='\u{9f}').contains(c)) {
        panic!("{what}: C1 control {c:?} in the output");
    }
}

#[test]
fn every_hostile_file_in_the_reader() {
    for file in hostile_files() {
        let path = file.to_str().unwrap();
        let what = file.file_name().unwrap().to_string_lossy().into_owned();
        let mut s = Session::spawn(&["--shape", "off", path], 24, 90);
        // Either the reader shows it, or it says why not and exits non-zero.
        let start = Instant::now();
        let shown = loop {
            if s.screen(|sc| find(sc, " BODY ").is_some()) {
                break true;
            }
            if let Some(status) = s.child.try_wait().unwrap() {
                assert!(!status.success(), "{what}: exited 0 without showing it");
                assert_ne!(status.exit_code(), 101, "{what}: panicked");
                break false;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "{what}: no frame"
            );
            std::thread::sleep(Duration::from_millis(10));
        };
        if shown {
            // Scroll through it and toggle the order, then quit.
            s.send(b"G");
            s.send(b"B");
            s.wait_for("the logical order", shows("order"));
            s.send(b"q");
            let status = s.wait_exit();
            assert!(status.success(), "{what}: {status:?}");
        }
        let raw = s.raw.lock().unwrap().clone();
        check_raw_output(&raw, &what);
        let (title, unprinted) = {
            let p = s.parser.lock().unwrap();
            (p.callbacks().0.clone(), p.callbacks().1.clone())
        };
        assert!(title.is_empty(), "{what}: the window title was set");
        assert!(
            unprinted.iter().all(|&c| c == '\u{FFFD}'),
            "{what}: {unprinted:?}"
        );
        s.screen(|sc| {
            assert!(!sc.alternate_screen(), "{what}: alternate screen left");
            assert!(!sc.hide_cursor(), "{what}: cursor hidden");
        });
    }
}

#[test]
fn invisible_characters_in_headlines_and_link_texts_show() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("spoof.txt");
    std::fs::write(
        &file,
        "Your pay\u{200B}pal account\n\nBody text.\n\nإقرأ أيضاً: bank\u{2060}log\u{FEFF}in\n",
    )
    .unwrap();
    let path = file.to_str().unwrap();
    let out = String::from_utf8(run(&["dump", "--width", "60", path]).stdout).unwrap();
    assert!(out.contains("Your pay◌pal account"), "{out}");
    assert!(out.contains("bank◌log◌in"), "{out}");

    let mut s = Session::spawn(&["--shape", "off", path], 24, 100);
    s.wait_for("the headline with its hidden space shown", shows("pay◌pal"));
    s.wait_for(
        "the link text with its word joiner shown",
        shows("bank◌log◌in"),
    );
    s.send(b"q");
    assert!(s.wait_exit().success());
}

/// `dump` warns as the reader does: the one localised message, with the places of the
/// controls (headline, quote n, paragraph n, link n). Hebrew UI, stderr a pipe: logical
/// order, the expected line written by hand.
#[test]
fn dump_says_where_the_controls_are_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    // RLO (U+202E) in the headline, in quote 2 (of paragraph 2), outside any quote in
    // paragraph 3, and in read-also link 1.
    let text = "Headline abc\u{202E}def ghi\n\nHe said: «quote one».\n\n\
                She said: «quo\u{202E}te two».\n\nPlain par\u{202E}agraph.\n\n\
                Read more:\n- Link tex\u{202E}t here\n";
    std::fs::write(dir.path().join("spoof.txt"), text).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(["dump", "--width", "60", "spoof.txt"])
        .current_dir(dir.path())
        .env("XDG_CONFIG_HOME", dir.path())
        .env("LANG", "he_IL.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "khabar: אזהרה: spoof.txt: ⚠ 4 תווי בקרת כיווניות, --bidi off: סדר לוגי \
         — מקומות: כותרת, ציטוט 2, פסקה 3, קישור 1\n"
    );
}
