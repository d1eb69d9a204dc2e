//! The real binary in a pseudo-terminal, read back through a terminal emulator (vt100), as a
//! person would see it. [`Session::wait_for`] polls the screen until the expected text shows,
//! with a timeout; no fixed sleeps.
// Test and benchmark output, not khabar's: the report's rule (clippy.toml) is for src/.
#![allow(clippy::disallowed_macros, clippy::disallowed_methods)]

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, MasterPty, PtySize, native_pty_system};

/// The bundled seed, named: the reader opens on it as plain `khabar` did before the
/// first-run note (plain `khabar` with no store opens on the note, the seed after it).
pub const SEED: &str = "bundled:000_2a3d9ced42edd8a0.txt";

pub const TIMEOUT: Duration = Duration::from_secs(10);

/// Records what the program set as the window title, and characters vt100 does not print
/// (it leaves U+FFFD and C1 characters to the callbacks).
#[derive(Default)]
pub struct Title(pub Vec<u8>, pub Vec<char>);

impl vt100::Callbacks for Title {
    fn set_window_title(&mut self, _: &mut vt100::Screen, title: &[u8]) {
        self.0 = title.to_vec();
    }

    fn unhandled_char(&mut self, _: &mut vt100::Screen, c: char) {
        self.1.push(c);
    }
}

pub type Parser = vt100::Parser<Title>;

pub struct Session {
    pub parser: Arc<Mutex<Parser>>,
    pub raw: Arc<Mutex<Vec<u8>>>,
    pub writer: Box<dyn Write + Send>,
    pub master: Box<dyn MasterPty + Send>,
    pub child: Box<dyn portable_pty::Child + Send + Sync>,
    /// Set by the reader thread when the pty has no writer left (EOF or EIO): every byte
    /// the child wrote has been read.
    pub ended: Arc<std::sync::atomic::AtomicBool>,
    /// Kept alive for the session: the reader's config folder.
    pub _config_home: tempfile::TempDir,
}

pub fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).unwrap()
}

impl Session {
    pub fn spawn(args: &[&str], rows: u16, cols: u16) -> Session {
        Session::spawn_with(args, rows, cols, &[])
    }

    pub fn spawn_with(args: &[&str], rows: u16, cols: u16, env: &[(&str, &str)]) -> Session {
        Session::spawn_program(env!("CARGO_BIN_EXE_khabar"), args, rows, cols, env)
    }

    /// `sh -c script` in the pty, with `$KHABAR` the binary: for what happens around the
    /// reader (a closed stdout, the terminal's state after it exits).
    pub fn spawn_shell(script: &str, rows: u16, cols: u16, env: &[(&str, &str)]) -> Session {
        let mut env = env.to_vec();
        env.push(("KHABAR", env!("CARGO_BIN_EXE_khabar")));
        Session::spawn_program("sh", &["-c", script], rows, cols, &env)
    }

    fn spawn_program(
        program: &str,
        args: &[&str],
        rows: u16,
        cols: u16,
        env: &[(&str, &str)],
    ) -> Session {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("openpty");
        let config_home = tempfile::tempdir().unwrap();
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env("XDG_CONFIG_HOME", config_home.path());
        // The tester's own subscriptions must not change what opens.
        cmd.env("XDG_DATA_HOME", config_home.path());
        // Nor their library view (`library::prefs`, kept in the state folder).
        cmd.env("XDG_STATE_HOME", config_home.path());
        cmd.env_remove("NO_COLOR");
        // The chrome's language follows the locale (`i18n`): English unless a test asks.
        cmd.env("LANG", "C.UTF-8");
        cmd.env_remove("LC_ALL");
        cmd.env_remove("LC_MESSAGES");
        // The tester's own terminal must not change the bidi mode khabar detects.
        for var in [
            "TERM_PROGRAM",
            "VTE_VERSION",
            "KONSOLE_VERSION",
            "MLTERM",
            "WT_SESSION",
            "TMUX",
            "STY",
        ] {
            cmd.env_remove(var);
        }
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.cwd(env!("CARGO_MANIFEST_DIR"));
        let child = pair.slave.spawn_command(cmd).expect("spawn khabar");
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new_with_callbacks(
            nz(rows),
            nz(cols),
            0,
            Title::default(),
        )));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let mut reader = pair.master.try_clone_reader().unwrap();
        let (p, r) = (Arc::clone(&parser), Arc::clone(&raw));
        let ended = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let end = Arc::clone(&ended);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                let n = match reader.read(&mut buf) {
                    Ok(0) => break,
                    Ok(n) => n,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                        eprintln!("pty read interrupted");
                        continue;
                    }
                    // EIO: every process of the pty has closed it.
                    Err(e) => {
                        eprintln!("pty read ended: {e}");
                        break;
                    }
                };
                r.lock().unwrap().extend_from_slice(&buf[..n]);
                p.lock().unwrap().process(&buf[..n]);
            }
            end.store(true, std::sync::atomic::Ordering::SeqCst);
        });
        let writer = pair.master.take_writer().unwrap();
        Session {
            parser,
            raw,
            writer,
            master: pair.master,
            child,
            ended,
            _config_home: config_home,
        }
    }

    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    /// Polls until `pred` holds for the screen; panics with the screen after the timeout.
    pub fn wait_for(&self, what: &str, pred: impl Fn(&vt100::Screen) -> bool) {
        let start = Instant::now();
        loop {
            {
                let p = self.parser.lock().unwrap();
                if pred(p.screen()) {
                    return;
                }
                if start.elapsed() > TIMEOUT {
                    panic!(
                        "timed out waiting for {what}; screen:\n{}",
                        p.screen().contents()
                    );
                }
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    pub fn resize(&mut self, rows: u16, cols: u16) {
        self.parser.lock().unwrap().set_size(nz(rows), nz(cols));
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
    }

    pub fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Let the reader thread take the last bytes: it ends when the pty has no
                // writer left. A grandchild may still hold the pty (a shell's background
                // job), so past a few seconds the bytes read so far are taken as they are.
                let settle = Instant::now();
                while !self.ended.load(std::sync::atomic::Ordering::SeqCst)
                    && settle.elapsed() < Duration::from_secs(5)
                {
                    std::thread::sleep(Duration::from_millis(10));
                }
                return status;
            }
            if start.elapsed() > TIMEOUT {
                let _ = self.child.kill();
                panic!("khabar did not exit");
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    pub fn screen<T>(&self, f: impl FnOnce(&vt100::Screen) -> T) -> T {
        f(self.parser.lock().unwrap().screen())
    }
}

impl Drop for Session {
    /// A failed test must not leave a reader running.
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Each row as its cells' contents (an empty cell as a space), with the column of every byte.
pub fn row_cells(screen: &vt100::Screen, row: u16) -> (String, Vec<u16>) {
    let (_, cols) = screen.size();
    let mut text = String::new();
    let mut col_of = Vec::new();
    for col in 0..cols.get() {
        let Some(cell) = screen.cell(row, col) else {
            continue;
        };
        if cell.is_wide_continuation() {
            continue;
        }
        let s = if cell.has_contents() {
            cell.contents()
        } else {
            " "
        };
        col_of.extend(std::iter::repeat_n(col, s.len()));
        text.push_str(s);
    }
    (text, col_of)
}

/// `(row, first column, last column)` of the first place `needle` shows.
pub fn find(screen: &vt100::Screen, needle: &str) -> Option<(u16, u16, u16)> {
    let (rows, _) = screen.size();
    (0..rows.get()).find_map(|r| {
        let (text, cols) = row_cells(screen, r);
        text.find(needle)
            .map(|at| (r, cols[at], cols[at + needle.len() - 1]))
    })
}

pub fn shows(needle: &str) -> impl Fn(&vt100::Screen) -> bool + '_ {
    move |s| find(s, needle).is_some()
}

pub fn pos(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

pub fn rpos(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

pub fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Cells of the screen above the status line drawn with `attr`.
pub fn cells_with(sc: &vt100::Screen, attr: impl Fn(&vt100::Cell) -> bool) -> Vec<(u16, u16)> {
    let (rows, cols) = sc.size();
    let mut out = Vec::new();
    for r in 0..rows.get() - 1 {
        for c in 0..cols.get() {
            if sc
                .cell(r, c)
                .is_some_and(|cell| cell.has_contents() && attr(cell))
            {
                out.push((r, c));
            }
        }
    }
    out
}

pub fn status_row(sc: &vt100::Screen) -> String {
    row_cells(sc, sc.size().0.get() - 1).0
}
