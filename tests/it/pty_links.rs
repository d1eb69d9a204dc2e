//! End to end: following links in the real binary in a pseudo-terminal, read back through vt100
//! — Tab, Enter, Backspace, Alt-→, `u`, the number keys, `o` with `$BROWSER` set to a script
//! that records its argument, and `y` (OSC 52 on the wire).

use crate::common;

use std::os::unix::fs::PermissionsExt;
use std::time::{Duration, Instant};

use common::pty::{SEED as SEED_PATH, Session, cells_with, find, pos, shows, status_row};

/// Headlines in visual order (shaping off).
const SEED: &str = "نيصلاو ايسور نيب نواعتلا";
const DOLLAR: &str = "رالودلا مامأ ةيداصتقا ةوّق نيصلاو ايسور";
const WEB: &str = "تنرتنإلا ىلع يبرعلا ىوتحملا";
const TERMINALS: &str = "Why terminals show Arabic backwards";

fn status_has(needle: &str) -> impl Fn(&vt100::Screen) -> bool + '_ {
    move |sc| status_row(sc).contains(needle)
}

#[test]
fn tab_enter_backspace_and_forward_on_the_seed() {
    let mut s = Session::spawn(&["--shape", "off", SEED_PATH], 30, 100);
    s.wait_for("the seed", |sc| {
        find(sc, SEED).is_some() && status_row(sc).contains("q quit")
    });
    s.send(b"\t");
    s.wait_for("the read-also link focused", status_has("link 1/1"));
    s.send(b"\t");
    s.wait_for("the wrap note", status_has("links wrapped"));
    s.send(b"\r");
    s.wait_for("the linked article", |sc| {
        find(sc, DOLLAR).is_some() && status_row(sc).contains("history 2/2")
    });
    s.send(b"\x7f");
    s.wait_for("back on the seed", |sc| {
        find(sc, SEED).is_some() && status_row(sc).contains("history 1/2")
    });
    s.send(b"\x1b[1;3C");
    s.wait_for("forward again (alt-right)", |sc| {
        find(sc, DOLLAR).is_some() && status_row(sc).contains("history 2/2")
    });
    // y on a quote: the clipboard gets the Arabic in logical order, as typed. (The read-also
    // pane kept the focus through back and forward: W goes back to the quotes.)
    s.wait_for("the pane as it was left", status_has("READ ALSO"));
    s.send(b"W");
    s.wait_for("the quotes pane", status_has("QUOTES"));
    s.send(b"y");
    s.wait_for("the copy note", status_has("copied the quote"));
    let raw = s.raw.lock().unwrap().clone();
    let start = pos(&raw, b"\x1b]52;c;").expect("OSC 52 sent") + 7;
    let end = start + raw[start..].iter().position(|&b| b == 0x07).unwrap();
    use base64::Engine;
    let copied = base64::engine::general_purpose::STANDARD
        .decode(&raw[start..end])
        .unwrap();
    assert_eq!(
        String::from_utf8(copied).unwrap(),
        "الاعتماد على العملات المحلية يقلّل أثر العقوبات، لكنه لا يكفي وحده لإزاحة الدولار عن موقعه"
    );
    s.send(b"q");
    assert!(s.wait_exit().success());
}

/// A `$BROWSER` script that writes its arguments to `out`.
fn recorder(dir: &std::path::Path, out: &std::path::Path) -> String {
    let script = dir.join("browser.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\necho noise on the screen\nprintf '%s\\n' \"$@\" > '{0}.tmp'\nmv '{0}.tmp' '{0}'\n",
            out.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    script.display().to_string()
}

#[test]
fn links_by_keyboard_on_the_bundled_assets() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("args");
    let browser = recorder(dir.path(), &out);
    let mut s = Session::spawn_with(
        &["--shape", "off", "assets/005_arabic_web_content.txt"],
        30,
        100,
        &[("BROWSER", &browser)],
    );
    s.wait_for("the article", |sc| {
        find(sc, WEB).is_some() && status_row(sc).contains("q quit")
    });
    let reversed_before = s.screen(|sc| cells_with(sc, |c| c.inverse()).len());

    // Tab: the link in the body, drawn in the focus style.
    s.send(b"\t");
    s.wait_for(
        "the body link focused",
        status_has("link 1/3 → https://www.unicode.org"),
    );
    s.screen(|sc| {
        let (r, c0, c1) = find(sc, "www.unicode.org/reports").expect("the link on screen");
        for c in c0..=c1 {
            assert!(sc.cell(r, c).unwrap().inverse(), "focus style at {r},{c}");
        }
        let focused = cells_with(sc, |c| c.inverse()).len();
        assert!(focused >= reversed_before + 30, "{focused}");
    });

    // o: the browser script gets the address; the screen stays as it was.
    s.send(b"o");
    let start = Instant::now();
    while !out.exists() && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(20));
    }
    let args = std::fs::read_to_string(&out).expect("the browser ran");
    assert_eq!(args.trim(), "https://www.unicode.org/reports/tr9/");
    s.wait_for(
        "the opened note",
        status_has("opened https://www.unicode.org"),
    );
    s.screen(|sc| {
        assert!(find(sc, WEB).is_some());
        assert!(
            find(sc, "noise").is_none(),
            "the browser's output stays off the screen"
        );
    });

    // y: OSC 52 with the address, base64-encoded.
    s.send(b"y");
    s.wait_for("the copy note", status_has("copied the link's address"));
    let raw = s.raw.lock().unwrap().clone();
    let osc = b"\x1b]52;c;aHR0cHM6Ly93d3cudW5pY29kZS5vcmcvcmVwb3J0cy90cjkv\x07";
    assert!(pos(&raw, osc).is_some(), "OSC 52 sent");

    // Shift-Tab wraps back to the last link; Tab forward again to the first read-also link.
    s.send(b"\x1b[Z");
    s.wait_for("the last link (shift-tab)", status_has("link 3/3"));
    s.send(b"\t");
    s.wait_for("the first link again", status_has("link 1/3"));

    // Tab, Enter: the first read-also link; Backspace comes back with the focus kept.
    s.send(b"\t");
    s.wait_for("the read-also link", status_has("link 2/3"));
    s.send(b"\r");
    s.wait_for("the linked article", |sc| {
        find(sc, TERMINALS).is_some() && status_row(sc).contains("history 2/2")
    });
    s.send(b"\x7f");
    s.wait_for("back", |sc| {
        find(sc, WEB).is_some() && status_row(sc).contains("link 2/3")
    });

    // u: the list opens on the focused link; Enter follows it.
    s.send(b"u");
    // The whole frame, not its first rows: the status row may be drawn a moment later.
    s.wait_for("the links list", |sc| {
        find(sc, "Links (3/3)").is_some()
            && find(sc, "https://www.unicode.org/reports/tr9/").is_some()
            && status_row(sc).contains("LINKS")
    });
    s.send(b"\r");
    s.wait_for("the linked article from the list", |sc| {
        find(sc, TERMINALS).is_some() && find(sc, "Links (3/3)").is_none()
    });

    // 2: read-also link 2 of the article.
    s.send(b"\x7f");
    s.wait_for("back again", shows(WEB));
    s.send(b"2");
    s.wait_for("read-also link 2", |sc| {
        find(sc, DOLLAR).is_some() && status_row(sc).contains("history 2/2")
    });
    s.send(b"q");
    assert!(s.wait_exit().success());
}
