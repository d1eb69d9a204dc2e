//! Nothing a file name, a file or a feed holds reaches the terminal as a control sequence
//! through khabar's messages: every message on stderr (and every subcommand message on
//! stdout) goes through `khabar::report`, which shows controls as visible symbols. Each test
//! runs the real binary and checks both streams byte by byte.

use crate::feed_server;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use feed_server::{Doc, Server, arabic_feed};

/// ESC ] 0 ; pwned BEL: the xterm sequence that sets the terminal's title.
const RETITLE: &str = "\u{1b}]0;pwned\u{7}";
/// How the report shows it.
const SHOWN: &str = "␛]0;pwned␇";

fn khabar(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(args)
        .output()
        .expect("runs khabar")
}

fn run(args: &[&Path]) -> Output {
    let args: Vec<_> = args.iter().map(|p| p.as_os_str()).collect();
    khabar(&args)
}

/// The first control byte of a stream: C0 but newline and tab, DEL, a C1 control (encoded
/// in UTF-8 as C2 80..C2 9F), or a raw C1 byte where the stream is not UTF-8.
fn control_in(bytes: &[u8]) -> Option<usize> {
    bytes.iter().enumerate().position(|(i, &b)| {
        (b < 0x20 && b != b'\n' && b != b'\t')
            || b == 0x7f
            || (b == 0xc2 && bytes.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)))
    })
}

/// Both streams free of control bytes, and not a panic.
#[track_caller]
fn assert_clean(o: &Output) {
    let (out, err) = (
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr),
    );
    assert_ne!(o.status.code(), Some(101), "panicked: {err}");
    assert_eq!(
        control_in(&o.stdout),
        None,
        "control byte on stdout: {out:?}"
    );
    assert_eq!(
        control_in(&o.stderr),
        None,
        "control byte on stderr: {err:?}"
    );
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn hostile(dir: &Path, ext: &str) -> PathBuf {
    dir.join(format!("{RETITLE}.{ext}"))
}

#[test]
fn a_hostile_file_name_missing_empty_or_bad() {
    let dir = tempfile::tempdir().unwrap();
    let file = hostile(dir.path(), "json");
    let o = run(&[Path::new("dump"), &file]);
    assert_clean(&o);
    assert!(
        stderr(&o).contains(&format!("{SHOWN}.json: no such file")),
        "{}",
        stderr(&o)
    );

    std::fs::write(&file, "").unwrap();
    let o = run(&[Path::new("dump"), &file]);
    assert_clean(&o);
    assert!(stderr(&o).contains("the file is empty"), "{}", stderr(&o));

    std::fs::write(&file, "{\"headline\": ").unwrap();
    let o = run(&[Path::new("dump"), &file]);
    assert_clean(&o);
    assert!(
        stderr(&o).contains("invalid JSON article"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn an_unknown_json_key_and_a_bad_direction_are_quoted_visibly() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("key.json");
    std::fs::write(
        &key,
        r#"{"headline": "x", "a\u001b]0;pwned\u0007\u009b2J": 1}"#,
    )
    .unwrap();
    let o = run(&[Path::new("dump"), &key]);
    assert_clean(&o);
    assert!(stderr(&o).contains(SHOWN), "{}", stderr(&o));

    let dir2 = tempfile::tempdir().unwrap();
    let direction = dir2.path().join("direction.json");
    std::fs::write(
        &direction,
        r#"{"headline": "x", "direction": "\u001b[2J\u0007\u009b31m"}"#,
    )
    .unwrap();
    let o = run(&[Path::new("dump"), Path::new("--json"), &direction]);
    assert_clean(&o);
    assert!(stderr(&o).contains("␛[2J␇"), "{}", stderr(&o));
}

#[test]
fn a_folder_of_hostile_names() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join(format!("news{RETITLE}"));
    std::fs::create_dir(&folder).unwrap();
    // A folder with no article: "no articles in this folder", naming it.
    let o = run(&[Path::new("dump"), &folder]);
    assert_clean(&o);
    assert!(
        stderr(&o).contains(&format!("news{SHOWN}")),
        "{}",
        stderr(&o)
    );

    std::fs::write(hostile(&folder, "txt"), "").unwrap();
    std::fs::write(hostile(&folder, "json"), "{\"headline\": 1}").unwrap();
    std::fs::write(folder.join(format!("ok{RETITLE}.txt")), "عنوان\n\nنص.\n").unwrap();
    for cmd in ["dump", "--no-subcommand"] {
        // Without a subcommand the reader scans the folder, reports, then refuses the pipe.
        let mut args: Vec<&Path> = vec![Path::new(cmd), &folder];
        if cmd == "--no-subcommand" {
            args.remove(0);
        }
        let o = run(&args);
        assert_clean(&o);
        let err = stderr(&o);
        assert!(err.contains("the file is empty"), "{err}");
        assert!(err.contains("invalid JSON article"), "{err}");
    }
}

#[test]
fn an_opml_file_with_a_hostile_tag_and_name() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let opml = hostile(dir.path(), "opml");
    std::fs::write(&opml, format!("<{RETITLE}x/>")).unwrap();
    let o = run(&[Path::new("--db"), &db, Path::new("import"), &opml]);
    assert_clean(&o);
    assert!(stderr(&o).contains("not OPML"), "{}", stderr(&o));

    std::fs::write(
        &opml,
        format!(
            "<opml version=\"2.0\"><body><outline text=\"a{RETITLE}\" \
             xmlUrl=\"ftp://x/{RETITLE}\"/></body></opml>"
        ),
    )
    .unwrap();
    let o = run(&[Path::new("--db"), &db, Path::new("import"), &opml]);
    assert_clean(&o);
    assert!(stderr(&o).contains("skipped"), "{}", stderr(&o));
}

#[test]
fn a_feed_with_a_hostile_tag_and_title() {
    let server = Server::start();
    let broken = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>\
         <item><title>a</title></it{RETITLE}em></channel></rss>"
    );
    let dir = tempfile::tempdir().unwrap();
    // The same feed as a file: the error says where the XML breaks (the file's hostile
    // name shown), without quoting the tag.
    let file = hostile(dir.path(), "xml");
    std::fs::write(&file, &broken).unwrap();
    let o = run(&[Path::new("dump"), &file]);
    assert_clean(&o);
    assert!(
        stderr(&o).contains(&format!(
            "{SHOWN}.xml: the feed's XML is broken at line 1, column"
        )),
        "{}",
        stderr(&o)
    );
    server.put("/broken.xml", Doc::rss(broken, "b"));
    server.put(
        "/evil.xml",
        Doc::rss(arabic_feed(&format!("X{RETITLE}Y"), 2), "e"),
    );
    let db = dir.path().join("k.db");
    let db_args = |rest: &[&str]| {
        let mut v = vec![db.as_os_str().to_owned()];
        v.insert(0, "--db".into());
        v.extend(rest.iter().map(Into::into));
        v
    };
    for path in ["/broken.xml", "/evil.xml"] {
        let url = server.url(path);
        let args = db_args(&["add", &url]);
        let o = khabar(&args.iter().map(|a| a.as_os_str()).collect::<Vec<_>>());
        assert_clean(&o);
    }
    for cmd in [
        &["update"][..],
        &["feeds"],
        &["remove", "2"],
        &["add", "http://a\u{1b}]0;x\u{7}/"],
    ] {
        let args = db_args(cmd);
        let o = khabar(&args.iter().map(|a| a.as_os_str()).collect::<Vec<_>>());
        assert_clean(&o);
    }
}

#[test]
fn a_hostile_command_line_argument() {
    // clap drops C0 controls from what it quotes, but not C1 ones (CSI is U+009B) nor the
    // bidi overrides.
    let o = khabar(&[
        "dump".as_ref(),
        "--width".as_ref(),
        "a\u{9b}2J\u{202E}b".as_ref(),
    ]);
    assert_clean(&o);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("a<U+009B>2J<U+202E>b"),
        "{}",
        stderr(&o)
    );
}

/// `dump --json` writes every bidi control (LRE…RLO, LRI…PDI, LRM, RLM, ALM) and DEL and the
/// C1 controls as `\uXXXX` escapes, so the JSON can neither reorder the reader's view nor
/// drive the terminal; loading it back gives the same text (issue 16).
#[test]
fn dump_json_escapes_bidi_controls_and_loads_back_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("spoof.txt");
    let headline = "abc\u{202E}def\u{2066}x\u{2069}\u{200F}\u{061C}\u{200E}\u{202A}\u{9b}";
    std::fs::write(&file, format!("{headline}\n\nbody \u{202E}txt.exe\n")).unwrap();
    let o = run(&[Path::new("dump"), Path::new("--json"), &file]);
    assert_clean(&o);
    let out = String::from_utf8(o.stdout.clone()).unwrap();
    for raw in [
        '\u{202E}', '\u{2066}', '\u{2069}', '\u{200F}', '\u{061C}', '\u{200E}', '\u{202A}',
    ] {
        assert!(!out.contains(raw), "raw U+{:04X} in {out}", u32::from(raw));
    }
    assert!(
        out.contains(r"abc\u202edef\u2066x\u2069\u200f\u061c\u200e\u202a\u009b"),
        "{out}"
    );
    assert!(out.contains(r"body \u202etxt.exe"), "{out}");
    let back = dir.path().join("back.json");
    std::fs::write(&back, &o.stdout).unwrap();
    let again = run(&[Path::new("dump"), Path::new("--json"), &back]);
    // The same bytes but for the line naming the file each was read from.
    let without_path = |bytes: &[u8]| {
        let text = String::from_utf8_lossy(bytes).into_owned();
        let lines: Vec<String> = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("\"path\""))
            .map(str::to_string)
            .collect();
        lines
    };
    assert_eq!(without_path(&again.stdout), without_path(&o.stdout));
    let value: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(value["headline"], headline);
}
