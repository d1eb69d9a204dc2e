//! Property: whatever a file holds and whatever its name (controls, bidi controls, invalid
//! UTF-8), `dump`, `dump --json`, `dump --search x` and `layout` write no control byte to
//! stdout or stderr (but newline and tab): messages go through `khabar::report`, articles
//! through the layout. Each case spawns the binary, so the cases are few.

use std::ffi::OsString;
use std::path::Path;
use std::process::{Command, Output};

use proptest::prelude::*;

/// The first control byte: C0 but newline and tab, DEL, a UTF-8 encoded C1 control.
fn control_in(bytes: &[u8]) -> Option<usize> {
    bytes.iter().enumerate().position(|(i, &b)| {
        (b < 0x20 && b != b'\n' && b != b'\t')
            || b == 0x7f
            || (b == 0xc2 && bytes.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)))
    })
}

fn khabar(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(args)
        .output()
        .expect("runs khabar")
}

/// Characters a hostile name or text is made of: controls of every kind, bidi controls,
/// Arabic, Latin, JSON punctuation.
fn hostile_char() -> impl Strategy<Value = char> {
    prop_oneof![
        prop::char::range('\u{1}', '\u{1f}'),
        Just('\u{7f}'),
        prop::char::range('\u{80}', '\u{9f}'),
        prop::char::range('\u{202a}', '\u{202e}'),
        prop::char::range('\u{2066}', '\u{2069}'),
        prop::char::range('\u{627}', '\u{64a}'),
        prop::char::range('a', 'z'),
        prop::sample::select(vec!['"', '{', '}', ':', ',', '[', ']', '<', '>', ' ', '\\']),
    ]
}

/// A file name: hostile characters (no `/`, no NUL), maybe a byte that is not UTF-8 (Unix
/// allows it), then an article extension.
fn file_name() -> impl Strategy<Value = OsString> {
    (
        prop::collection::vec(hostile_char(), 1..10),
        any::<bool>(),
        prop::sample::select(vec!["json", "txt", "xml", "html"]),
    )
        .prop_map(|(chars, invalid, ext)| {
            let mut bytes: Vec<u8> = chars
                .into_iter()
                .filter(|&c| c != '/' && c != '\\')
                .collect::<String>()
                .into_bytes();
            if invalid && cfg!(unix) {
                bytes.push(0xff);
            }
            bytes.extend(format!(".{ext}").bytes());
            os_string(bytes)
        })
}

#[cfg(unix)]
fn os_string(bytes: Vec<u8>) -> OsString {
    use std::os::unix::ffi::OsStringExt;
    OsString::from_vec(bytes)
}

#[cfg(not(unix))]
fn os_string(bytes: Vec<u8>) -> OsString {
    OsString::from(String::from_utf8_lossy(&bytes).into_owned())
}

/// A file's content: raw bytes, or a JSON article with hostile keys and values (so that
/// serde's messages quote them), or text made of hostile characters.
fn content() -> impl Strategy<Value = Vec<u8>> {
    let text = || prop::collection::vec(hostile_char(), 0..40).prop_map(String::from_iter);
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..200),
        (text(), text()).prop_map(|(k, v)| {
            serde_json::json!({ "headline": v, k: 1, "direction": v })
                .to_string()
                .into_bytes()
        }),
        text().prop_map(String::into_bytes),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn nothing_written_drives_the_terminal(name in file_name(), bytes in content(), missing in any::<bool>()) {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(&name);
        if !missing {
            std::fs::write(&file, &bytes).unwrap();
        }
        let f = file.as_os_str();
        let runs: [&[&std::ffi::OsStr]; 4] = [
            &["dump".as_ref(), f],
            &["dump".as_ref(), "--json".as_ref(), f],
            &["dump".as_ref(), "--search".as_ref(), "x".as_ref(), f],
            &["layout".as_ref(), f],
        ];
        for args in runs {
            let o = khabar(args);
            prop_assert_ne!(o.status.code(), Some(101), "panicked: {:?}", args);
            let (out, err) = (String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
            prop_assert_eq!(control_in(&o.stdout), None, "{:?} stdout: {:?}", args, out);
            prop_assert_eq!(control_in(&o.stderr), None, "{:?} stderr: {:?}", args, err);
        }
        prop_assert!(Path::new(dir.path()).exists());
    }
}
