//! End to end: the real binary in a pseudo-terminal, read back through a terminal emulator
//! (vt100), as a person would see it. Polls the screen until the expected text shows, with a
//! timeout; no fixed sleeps (the session helper is shared: `common/pty.rs`).

use std::path::PathBuf;

use crate::common;

use common::pty::{SEED, Session, cells_with, find, pos, row_cells, rpos, shows, status_row};

/// The seed's headline in visual order (shaping off): `التعاون بين روسيا والصين` reversed.
const HEADLINE_VISUAL: &str = "نيصلاو ايسور نيب نواعتلا";

#[test]
fn reads_the_seed_in_a_real_terminal() {
    let mut s = Session::spawn(&["--shape", "off", SEED], 30, 100);
    let reversed: String = "التعاون بين روسيا والصين".chars().rev().collect();
    assert_eq!(reversed, HEADLINE_VISUAL);
    s.wait_for("a whole first frame", |sc| {
        find(sc, HEADLINE_VISUAL).is_some() && find(sc, "q quit").is_some()
    });
    s.screen(|sc| {
        let (row, _, _) = find(sc, HEADLINE_VISUAL).unwrap();
        assert!(row <= 1, "headline on the first rows, found on {row}");
        let (text, cols) = row_cells(sc, row);
        let last = cols[text.trim_end().len() - 1];
        assert!(last >= 97, "right-aligned: last cell at column {last}");

        // Quoted speech («في سياق ضغوط…», in the body at the right) is styled, plain text not.
        let (qr, qc, _) = find(sc, "قايس يف“").expect("a quote in the body");
        assert!(qc > 30, "the body is right of the side column: {qc}");
        let quote = sc.cell(qr, qc).unwrap();
        let (pr, pc, _) = find(sc, "لاقو").expect("plain body text");
        let plain = sc.cell(pr, pc).unwrap();
        // Marked by colour, not italics (issue 17 item 4).
        assert!(!quote.italic() && !plain.italic());
        assert_ne!(quote.fgcolor(), plain.fgcolor());

        // The read-also pane, in the side column on the left, lists the link in visual order.
        let (lr, lc, _) = find(sc, "ةيداصتقا ةوّق نيصلاو ايسور").expect("the link");
        assert!(lc < 30, "side column on the left for RTL: {lc}");
        let (next, _) = row_cells(sc, lr + 1);
        assert!(
            next.contains("رالودلا مامأ"),
            "the link's second line: {next}"
        );
    });

    s.send(b"J");
    s.wait_for("the next article", shows(" 1/7"));
    s.send(b"L");
    s.wait_for("the library pane", shows("Library (7)"));
    s.send(b"?");
    s.wait_for("the help overlay", shows("Help: keys"));
    s.resize(20, 60);
    s.wait_for("a frame at 60x20", |sc| {
        let (text, _) = row_cells(sc, 19);
        text.contains("HELP") && find(sc, "Help: keys").is_some()
    });
    s.send(b"q");
    s.wait_for("the help closed", |sc| find(sc, "Help: keys").is_none());
    s.send(b"q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");

    let raw = s.raw.lock().unwrap().clone();
    let explicit = pos(&raw, b"\x1b[8l").expect("explicit bidi mode sent");
    assert!(pos(&raw, b"\x1b[1 k").is_some());
    let first_frame = pos(&raw, "نواعتلا".as_bytes()).unwrap();
    assert!(
        explicit < first_frame,
        "explicit mode before the first frame"
    );
    let implicit = rpos(&raw, b"\x1b[8h").expect("implicit mode restored");
    let last_frame = rpos(&raw, b"HELP").unwrap();
    assert!(implicit > last_frame, "implicit mode after the last frame");
    assert!(rpos(&raw, b"\x1b[0 k").unwrap() > last_frame);
    s.screen(|sc| {
        assert!(!sc.alternate_screen(), "alternate screen left");
        assert!(!sc.hide_cursor(), "cursor shown");
    });
}

#[test]
fn bidi_off_leaves_the_terminal_mode_alone() {
    let mut s = Session::spawn(&["--bidi", "off", "--shape", "off", SEED], 30, 100);
    // Logical order: the terminal reorders by itself.
    s.wait_for(
        "the headline in logical order",
        shows("التعاون بين روسيا والصين"),
    );
    s.send(b"q");
    assert!(s.wait_exit().success());
    let raw = s.raw.lock().unwrap().clone();
    assert!(pos(&raw, b"\x1b[8l").is_none() && pos(&raw, b"\x1b[8h").is_none());
}

#[test]
fn escape_sequences_in_a_file_have_no_effect() {
    let dir = tempfile::tempdir().unwrap();
    let file: PathBuf = dir.path().join("evil.txt");
    std::fs::write(
        &file,
        "title\n\nbody \x1b[31mred\x1b[0m \x1b]0;pwned\x07 \u{9b}2J end\n",
    )
    .unwrap();
    let mut s = Session::spawn(&[file.to_str().unwrap()], 30, 100);
    s.wait_for("the body", |sc| {
        find(sc, "end").is_some() && find(sc, "q quit").is_some()
    });
    s.screen(|sc| {
        let (r, c, _) = find(sc, "␛[31mred").expect("ESC shown as a visible symbol");
        // "red" is not red: the sequence did nothing.
        let red = sc.cell(r, c + 5).unwrap();
        assert_eq!(red.contents(), "r");
        assert_ne!(red.fgcolor(), vt100::Color::Idx(1));
        assert!(find(sc, "␛]0;pwned␇").is_some(), "OSC shown, not run");
        assert!(find(sc, "title").is_some(), "the screen was not cleared");
    });
    let (title, unprinted) = {
        let p = s.parser.lock().unwrap();
        (p.callbacks().0.clone(), p.callbacks().1.clone())
    };
    assert!(!String::from_utf8_lossy(&title).contains("pwned"));
    // The C1 CSI went out as U+FFFD (which vt100 declines to print), never as itself.
    assert_eq!(unprinted, ['\u{FFFD}']);
    let raw = s.raw.lock().unwrap().clone();
    assert!(
        pos(&raw, "\u{9b}".as_bytes()).is_none(),
        "no C1 CSI reached the terminal"
    );
    assert!(
        pos(&raw, b"\x1b]0;").is_none(),
        "no OSC reached the terminal"
    );
    assert!(pos(&raw, b"\x1b[31mred").is_none());
    s.send(b"q");
    assert!(s.wait_exit().success());
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut s = Session::spawn(&["--shape", "off", SEED], 30, 100);
    s.wait_for("the headline", shows(HEADLINE_VISUAL));
    let pid = s.child.process_id().expect("pid");
    let status = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 128 + 15);
    let raw = s.raw.lock().unwrap().clone();
    assert!(rpos(&raw, b"\x1b[8h").is_some());
    s.screen(|sc| {
        assert!(!sc.alternate_screen());
        assert!(!sc.hide_cursor());
    });
}

#[test]
fn sighup_ends_the_reader_and_restores_the_terminal() {
    // When a terminal window closes, the reader gets SIGHUP while its terminal is gone:
    // crossterm's event poll can then spin on end-of-file and never return, so a watchdog
    // thread restores the terminal and exits (seen by hand with `tmux kill-server`).
    let mut s = Session::spawn(&["--shape", "off", SEED], 30, 100);
    s.wait_for("the headline", shows(HEADLINE_VISUAL));
    let pid = s.child.process_id().expect("pid");
    let status = std::process::Command::new("kill")
        .args(["-HUP", &pid.to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(s.wait_exit().exit_code(), 128 + 1);
    let raw = s.raw.lock().unwrap().clone();
    assert!(rpos(&raw, b"\x1b[8h").is_some());
    s.screen(|sc| assert!(!sc.alternate_screen()));
}

#[test]
fn a_panic_in_the_event_loop_restores_the_terminal() {
    let mut s = Session::spawn_with(&["--shape", "off"], 30, 100, &[("KHABAR_TEST_PANIC", "1")]);
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 101, "a panic exits with 101");
    let raw = s.raw.lock().unwrap().clone();
    let explicit = pos(&raw, b"\x1b[8l").expect("explicit bidi mode was sent");
    let implicit = rpos(&raw, b"\x1b[8h").expect("implicit bidi mode restored");
    assert!(implicit > explicit);
    s.screen(|sc| {
        assert!(!sc.alternate_screen(), "alternate screen left");
        assert!(!sc.hide_cursor(), "cursor shown");
        assert!(
            sc.contents().contains("test panic requested"),
            "{}",
            sc.contents()
        );
    });
}

#[test]
fn no_color_drops_colours_but_keeps_quotes_and_links_distinct() {
    let s = Session::spawn_with(&["--shape", "off", SEED], 30, 100, &[("NO_COLOR", "1")]);
    // The whole frame: the status line is drawn last (the headline alone raced the body).
    s.wait_for("a whole first frame", |sc| {
        find(sc, HEADLINE_VISUAL).is_some() && status_row(sc).contains("q quit")
    });
    s.screen(|sc| {
        let (rows, cols) = sc.size();
        let mut italic = 0;
        for r in 0..rows.get() {
            for c in 0..cols.get() {
                let cell = sc.cell(r, c).expect("cell");
                assert_eq!(cell.fgcolor(), vt100::Color::Default, "colour at {r},{c}");
                assert_eq!(
                    cell.bgcolor(),
                    vt100::Color::Default,
                    "background at {r},{c}"
                );
                italic += usize::from(cell.italic() && !cell.contents().trim().is_empty());
            }
        }
        assert_eq!(italic, 0, "no italics by default (issue 17 item 4)");
        // Without colour, quotes are bold and plain text is not.
        let (qr, qc, _) = find(sc, "قايس يف“").expect("a quote in the body");
        let (pr, pc, _) = find(sc, "لاقو").expect("plain body text");
        assert!(sc.cell(qr, qc).unwrap().bold() && !sc.cell(pr, pc).unwrap().bold());
    });
}

#[test]
fn search_highlights_and_moves_in_a_real_terminal() {
    let mut s = Session::spawn(&["--shape", "off", SEED], 30, 100);
    s.wait_for("a whole first frame", shows("q quit"));
    let reversed_before = s.screen(|sc| cells_with(sc, |c| c.inverse()).len());
    s.send("/الصين".as_bytes());
    // Shorter prefixes may count 17 too: wait for the whole query in the prompt.
    s.wait_for("the count", |sc| {
        let st = status_row(sc);
        st.contains("match 1/17") && st.contains("نيصلا")
    });
    s.screen(|sc| {
        // The prompt reads right to left: `الصين` shows as `نيصلا` left to right.
        let status = status_row(sc);
        assert!(
            status.contains("SEARCH") && status.contains("نيصلا"),
            "{status}"
        );
        // The current match (in the headline) is reversed, the others underlined.
        let current = cells_with(sc, |c| c.inverse());
        assert_eq!(current.len(), reversed_before + 5, "{current:?}");
        assert!(current.iter().any(|(r, _)| *r == 0));
        let green = |c: &vt100::Cell| c.underline() && c.fgcolor() == vt100::Color::Idx(10);
        let others = cells_with(sc, green);
        assert!(others.len() >= 5 * 5, "{} match cells", others.len());
    });
    s.send(b"\r");
    s.send(b"n");
    s.wait_for("the second match", |sc| {
        status_row(sc).contains("match 2/17")
    });
    s.send(b"n");
    s.wait_for("the third match", |sc| {
        status_row(sc).contains("match 3/17")
    });
    s.screen(|sc| {
        let current = cells_with(sc, |c| c.inverse());
        assert!(
            current.iter().any(|(r, _)| *r >= 3),
            "the current match moved into the body: {current:?}"
        );
    });
    for _ in 0..14 {
        s.send(b"n");
    }
    s.wait_for("the last match", |sc| {
        status_row(sc).contains("match 17/17")
    });
    s.send(b"n");
    s.wait_for("the wrap note", |sc| {
        let st = status_row(sc);
        st.contains("match 1/17") && st.contains("search wrapped")
    });
    s.send(b"\x1b");
    s.wait_for("the search cleared", |sc| !status_row(sc).contains("match"));
    s.screen(|sc| {
        assert_eq!(cells_with(sc, |c| c.inverse()).len(), reversed_before);
        // No cell left in the match colour (light green, underlined).
        let green = |c: &vt100::Cell| c.underline() && c.fgcolor() == vt100::Color::Idx(10);
        assert!(cells_with(sc, green).is_empty());
    });
    s.send(b"q");
    assert!(s.wait_exit().success());
}
