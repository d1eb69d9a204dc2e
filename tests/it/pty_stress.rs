//! Stress: 10,000 random key presses on the bundled library in a pty — every key the reader
//! binds and many it does not, searches with Arabic and Latin text, link following, the
//! overlays, and resizes from 1×1 to 140×50 — then the reader must still answer and quit
//! cleanly with the terminal restored. The keys are pseudo-random from a fixed seed, so a
//! failure replays.

use std::time::{Duration, Instant};

use crate::common;

use common::pty::{Session, shows};

/// xorshift64*: enough randomness for key mashing, reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Keys as a terminal sends them. Not here: `q` and ctrl-c (they quit), ctrl-z (it stops the
/// process, which a pty session leader cannot resume).
const KEYS: &[&[u8]] = &[
    b"j",
    b"k",
    b" ",
    b"b",
    b"g",
    b"G",
    b"J",
    b"K",
    b"L",
    b"s",
    b"B",
    b"w",
    b"W",
    b"\r",
    b"/",
    b"n",
    b"N",
    b"?",
    b"\x1b",
    b"\t",
    b"\x1b[Z",
    b"\x7f",
    b"\x1b[1;3D",
    b"\x1b[1;3C",
    b"\x1b[A",
    b"\x1b[B",
    b"\x1b[C",
    b"\x1b[D",
    b"\x1b[5~",
    b"\x1b[6~",
    b"\x1b[H",
    b"\x1b[F",
    b"\x04",
    b"\x15",
    b"\x0c",
    b"\x14",
    b"1",
    b"2",
    b"3",
    b"9",
    b"u",
    b"o",
    b"y",
    b"x",
    b"Z",
    "ق".as_bytes(),
    "ا".as_bytes(),
    "ل".as_bytes(),
    "ـ".as_bytes(),
    "\u{64E}".as_bytes(),
    "ש".as_bytes(),
    b"e",
    b"(",
    b"\x1b[<64;10;5M",
    b"\x1b[<65;50;12M",
];

/// Waits until the reader's output has been quiet for 20 ms: the keys are answered, and no
/// backlog of frames builds up in the pty (vt100 reads them slower than khabar writes).
fn settle(s: &Session) {
    let start = Instant::now();
    let mut len = s.raw.lock().unwrap().len();
    loop {
        std::thread::sleep(Duration::from_millis(20));
        let now = s.raw.lock().unwrap().len();
        if now == len || start.elapsed() > Duration::from_secs(5) {
            return;
        }
        len = now;
    }
}

#[test]
fn ten_thousand_random_keys() {
    // `o` must not start a browser: BROWSER is a command that does nothing.
    let mut s = Session::spawn_with(
        &["--shape", "off", "assets"],
        30,
        100,
        &[("BROWSER", "true")],
    );
    s.wait_for("the first frame", shows("q quit"));
    let mut rng = Rng(0x6b68_6162_6172);
    let mut sent = 0;
    while sent < 10_000 {
        let mut batch = Vec::new();
        for _ in 0..20 {
            batch.extend_from_slice(KEYS[rng.below(KEYS.len())]);
            sent += 1;
        }
        s.send(&batch);
        if rng.below(10) == 0 {
            // Mostly ordinary sizes, sometimes tiny ones.
            let (rows, cols) = if rng.below(4) == 0 {
                (1 + rng.below(6) as u16, 1 + rng.below(30) as u16)
            } else {
                (6 + rng.below(45) as u16, 20 + rng.below(121) as u16)
            };
            s.resize(rows, cols);
        }
        assert!(
            s.child.try_wait().unwrap().is_none(),
            "the reader ended after {sent} keys"
        );
        settle(&s);
    }
    // Still answering: close whatever is open, go back to a normal size, ask for the help.
    s.resize(30, 100);
    s.send(b"\x1b");
    std::thread::sleep(Duration::from_millis(300));
    s.send(b"\x1b");
    std::thread::sleep(Duration::from_millis(300));
    s.send(b"\x1b");
    std::thread::sleep(Duration::from_millis(300));
    s.send(b"?");
    s.wait_for("the help overlay after 10,000 keys", shows("Help: keys"));
    s.send(b"q");
    s.wait_for("the help closed", |sc| {
        common::pty::find(sc, "Help: keys").is_none()
    });
    s.send(b"q");
    let status = s.wait_exit();
    assert!(status.success(), "{status:?}");
    s.screen(|sc| {
        assert!(!sc.alternate_screen(), "alternate screen left");
        assert!(!sc.hide_cursor(), "cursor hidden");
    });
}
