//! Terminal safety under faults, end to end in a pty: however the reader ends — quit, a panic
//! inside the event loop, SIGTERM, SIGHUP, SIGINT — and whatever happened before (a resize to
//! 1×1 and back), the terminal is restored: main screen, cursor shown, raw mode off (`stty`
//! run in the same terminal right after says so), implicit bidi mode. A closed stdout is
//! refused before the terminal is touched.

use std::time::{Duration, Instant};

use crate::common;

use common::pty::{Session, find, pos, rpos, shows};

/// The seed's headline in visual order (shaping off).
const HEADLINE_VISUAL: &str = "نيصلاو ايسور نيب نواعتلا";

/// Runs the reader on the seed under `sh`, then prints its exit code and the terminal's modes.
fn reader_then_stty(env: &[(&str, &str)]) -> Session {
    Session::spawn_shell(
        "\"$KHABAR\" --shape off bundled:000_2a3d9ced42edd8a0.txt; echo \"exit=$?\"; stty -a",
        30,
        100,
        env,
    )
}

/// The reader's pid: the shell's child.
fn reader_pid(s: &Session) -> u32 {
    let sh = s.child.process_id().expect("pid");
    let start = Instant::now();
    loop {
        let children =
            std::fs::read_to_string(format!("/proc/{sh}/task/{sh}/children")).unwrap_or_default();
        if let Some(pid) = children.split_whitespace().next() {
            return pid.parse().unwrap();
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "no reader started"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn kill(pid: u32, sig: &str) {
    let status = std::process::Command::new("kill")
        .args([sig, &pid.to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

/// After the reader ended with `code`: the shell's `stty -a` shows cooked mode with echo, the
/// screen is the main one with the cursor shown, and implicit bidi mode came after the last
/// explicit one.
fn assert_restored(s: &mut Session, code: i32, what: &str) {
    s.wait_for("stty's report", shows("icanon"));
    assert!(s.wait_exit().success(), "{what}: the shell failed");
    s.screen(|sc| {
        let text = sc.contents();
        assert!(text.contains(&format!("exit={code}")), "{what}:\n{text}");
        // `-icanon`/`-echo` would mean raw mode was left on.
        let modes: Vec<&str> = text.split_whitespace().collect();
        for m in ["icanon", "echo", "isig", "icrnl", "opost"] {
            assert!(
                modes.contains(&m),
                "{what}: {m} off after the reader:\n{text}"
            );
        }
        assert!(!sc.alternate_screen(), "{what}: alternate screen left");
        assert!(!sc.hide_cursor(), "{what}: cursor hidden");
    });
    let raw = s.raw.lock().unwrap().clone();
    if let Some(explicit) = rpos(&raw, b"\x1b[8l") {
        let implicit = rpos(&raw, b"\x1b[8h").expect("implicit bidi mode");
        assert!(
            implicit > explicit,
            "{what}: implicit mode not restored last"
        );
        assert!(rpos(&raw, b"\x1b[0 k").unwrap() > rpos(&raw, b"\x1b[1 k").unwrap());
    }
}

#[test]
fn quit_restores_the_terminal() {
    let mut s = reader_then_stty(&[]);
    s.wait_for("the headline", shows(HEADLINE_VISUAL));
    s.send(b"q");
    assert_restored(&mut s, 0, "quit");
}

#[test]
fn a_panic_restores_the_terminal() {
    let mut s = reader_then_stty(&[("KHABAR_TEST_PANIC", "1")]);
    assert_restored(&mut s, 101, "panic");
    let raw = s.raw.lock().unwrap().clone();
    assert!(
        pos(&raw, b"test panic requested").is_some(),
        "the panic message shows"
    );
}

#[test]
fn signals_restore_the_terminal() {
    for (sig, code) in [("-TERM", 143), ("-HUP", 129), ("-INT", 130)] {
        let mut s = reader_then_stty(&[]);
        s.wait_for("the headline", shows(HEADLINE_VISUAL));
        kill(reader_pid(&s), sig);
        assert_restored(&mut s, code, sig);
    }
}

#[test]
fn a_resize_to_one_cell_and_back() {
    let mut s = reader_then_stty(&[]);
    s.wait_for("the headline", shows(HEADLINE_VISUAL));
    s.resize(1, 1);
    s.wait_for("a frame at 1x1", |sc| {
        sc.size() == (common::pty::nz(1), common::pty::nz(1))
    });
    // Keys at 1×1 do nothing harmful; the reader keeps answering.
    // (Not Esc: sent just before another key it reads as Alt plus that key, as in any
    // terminal program.)
    s.send(b"jjGJK??");
    s.resize(2, 3);
    s.resize(1, 1);
    s.resize(30, 100);
    s.wait_for("the article again at 100x30", |sc| {
        find(sc, HEADLINE_VISUAL).is_some() && find(sc, "q quit").is_some()
    });
    s.send(b"g");
    s.send(b"q");
    assert_restored(&mut s, 0, "1x1");
}

#[test]
fn a_closed_stdout_is_refused_and_the_terminal_left_alone() {
    let mut s = Session::spawn_shell(
        "\"$KHABAR\" --shape off >&-; echo \"exit=$?\"; stty -a",
        30,
        100,
        &[],
    );
    s.wait_for("the error", shows("stdout is not one"));
    assert_restored(&mut s, 1, "stdout closed");
    let raw = s.raw.lock().unwrap().clone();
    assert!(
        pos(&raw, b"\x1b[?1049h").is_none(),
        "the screen was switched"
    );
    assert!(pos(&raw, b"\x1b[8l").is_none());
}
