//! Opening a web address outside the reader: `$BROWSER` if set, else the platform's opener
//! (through the `open` crate's command list). The address is checked by
//! [`safe_url`] before anything runs (http and https only), it is passed
//! as one argument, never through a shell, and the browser's standard streams are null so
//! nothing it prints lands on the reader's screen. Nobody waits for it: a thread reaps it.
//!
//! `$BROWSER` follows the usual convention: a list of commands separated by `:`, each tried in
//! turn; a command may carry arguments (split on whitespace), and `%s` in them stands for the
//! address (else the address is appended).
//!
//! Honest outcome (issue 18 item 8): each command's exit is waited for [`OPEN_WAIT`] at most.
//! A launcher (xdg-open, gio, open) returns at once: its exit status says whether the page
//! opened, and a failure is reported with the first line it wrote to stderr. A command still
//! running then (a browser started in the foreground) counts as opened; a thread reaps it
//! later. A command that fails, or cannot be run, passes the turn to the next; the failure
//! told is the first of a command that ran, else the last.

use std::fmt;
use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::fetch::safe_url;

/// The commands to try for `url`, in order: from `browser` (the value of `$BROWSER`) when it is
/// set and not blank, else the platform's openers. Fails when the address is not safe to open.
pub fn commands(url: &str, browser: Option<&str>) -> Result<Vec<Command>, String> {
    let url = safe_url(url)?;
    match browser.filter(|b| !b.trim().is_empty()) {
        Some(list) => Ok(list
            .split(':')
            .filter_map(|entry| browser_command(entry, &url))
            .collect()),
        None => Ok(open::commands(&url)),
    }
}

/// One `$BROWSER` entry as a command: program and arguments split on whitespace, `%s`
/// replaced by the address, or the address appended when no argument holds `%s`.
fn browser_command(entry: &str, url: &str) -> Option<Command> {
    let mut words = entry.split_whitespace();
    let program = words.next()?;
    let mut args: Vec<String> = words.map(str::to_string).collect();
    if args.iter().any(|a| a.contains("%s")) {
        for a in &mut args {
            *a = a.replace("%s", url);
        }
    } else {
        args.push(url.to_string());
    }
    let mut cmd = Command::new(program);
    cmd.args(args);
    Some(cmd)
}

/// How long a command is waited for before it counts as opened (still running).
pub const OPEN_WAIT: Duration = Duration::from_secs(2);

/// How long the first line of stderr is waited for once the command has ended (a program it
/// started may hold the pipe open without writing).
const STDERR_WAIT: Duration = Duration::from_millis(200);

/// The most of a stderr line kept for the status line.
const STDERR_LINE: u64 = 400;

/// Why nothing was opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenError {
    /// The address is not one to open ([`safe_url`]'s reason).
    Unsafe(String),
    /// No command to try: `$BROWSER` empty of commands and no platform opener.
    NoBrowser,
    /// The program could not be started.
    CannotRun { program: String, error: String },
    /// The program ended with a failure: its exit code (`None`: ended by a signal) and the
    /// first line it wrote to stderr, if any.
    Failed {
        program: String,
        code: Option<i32>,
        stderr: Option<String>,
    },
}

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenError::Unsafe(why) => f.write_str(why),
            OpenError::NoBrowser => f.write_str("no browser found (set $BROWSER)"),
            OpenError::CannotRun { program, error } => write!(f, "cannot run {program}: {error}"),
            OpenError::Failed {
                program,
                code,
                stderr,
            } => {
                match code {
                    Some(c) => write!(f, "{program} exited with status {c}")?,
                    None => write!(f, "{program} was ended by a signal")?,
                }
                match stderr {
                    Some(line) => write!(f, ": {line}"),
                    None => Ok(()),
                }
            }
        }
    }
}

/// Opens `url` with the first command of [`commands`] that works (`$BROWSER` read from the
/// environment). Returns the program's name for the status line, or why nothing was opened.
pub fn open(url: &str) -> Result<String, OpenError> {
    open_with(url, std::env::var("BROWSER").ok().as_deref())
}

/// [`open`] with `browser` standing for `$BROWSER`.
pub fn open_with(url: &str, browser: Option<&str>) -> Result<String, OpenError> {
    let commands = commands(url, browser).map_err(OpenError::Unsafe)?;
    let mut last_error = OpenError::NoBrowser;
    for cmd in commands {
        let name = cmd.get_program().to_string_lossy().into_owned();
        match run(cmd, &name) {
            Ok(()) => return Ok(name),
            // A command that ran and failed says more than one missing after it (`gio`
            // failing, then no `gnome-open`): the first such failure is the one told.
            Err(e @ OpenError::CannotRun { .. })
                if matches!(last_error, OpenError::Failed { .. }) =>
            {
                drop(e);
            }
            Err(e) => last_error = e,
        }
    }
    Err(last_error)
}

/// Runs one command, its streams off the screen (stderr read for its first line), and waits
/// [`OPEN_WAIT`] at most for its exit.
fn run(mut cmd: Command, name: &str) -> Result<(), OpenError> {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let cannot = |e: std::io::Error| OpenError::CannotRun {
        program: name.to_string(),
        error: crate::loader::io_message(&e),
    };
    let mut child = cmd.spawn().map_err(cannot)?;
    let (line_tx, line_rx) = mpsc::channel();
    if let Some(err) = child.stderr.take() {
        // Reads on until the pipe closes: a browser that inherited it must never block on it.
        let _ = std::thread::Builder::new()
            .name("khabar-browser-err".into())
            .spawn(move || first_line(err, &line_tx));
    }
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("khabar-browser".into())
        .spawn(move || {
            let _ = tx.send(child.wait());
        })
        .map_err(cannot)?;
    match rx.recv_timeout(OPEN_WAIT) {
        // Still running: a browser in the foreground; the thread reaps it.
        Err(_) => Ok(()),
        Ok(Ok(status)) if status.success() => Ok(()),
        Ok(Ok(status)) => Err(OpenError::Failed {
            program: name.to_string(),
            code: status.code(),
            stderr: line_rx.recv_timeout(STDERR_WAIT).ok(),
        }),
        Ok(Err(e)) => Err(cannot(e)),
    }
}

/// Sends the first non-blank line of `stream` (at most [`STDERR_LINE`] bytes, trimmed), then
/// reads the rest to the end and drops it.
fn first_line(stream: impl Read, tx: &mpsc::Sender<String>) {
    let mut reader = BufReader::new(stream);
    loop {
        let mut line = Vec::new();
        match reader
            .by_ref()
            .take(STDERR_LINE)
            .read_until(b'\n', &mut line)
        {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        let text = String::from_utf8_lossy(&line).trim().to_string();
        if !text.is_empty() {
            let _ = tx.send(text);
            break;
        }
    }
    let _ = std::io::copy(&mut reader, &mut std::io::sink());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(cmd: &Command) -> Vec<String> {
        std::iter::once(cmd.get_program())
            .chain(cmd.get_args())
            .map(|s| s.to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn browser_variable_with_arguments() {
        let url = "https://example.com/a?b=1&c=2";
        let cmds = commands(url, Some("firefox --new-tab")).unwrap();
        assert_eq!(argv(&cmds[0]), ["firefox", "--new-tab", url]);
        let cmds = commands(url, Some("lynx -dump %s -nolist:w3m")).unwrap();
        assert_eq!(argv(&cmds[0]), ["lynx", "-dump", url, "-nolist"]);
        assert_eq!(argv(&cmds[1]), ["w3m", url]);
        // A `;` or `$(...)` in the address stays inside one argument: no shell runs.
        let odd = "https://example.com/;rm$(x)";
        let cmds = commands(odd, Some("echo")).unwrap();
        assert_eq!(argv(&cmds[0]).len(), 2);
        assert!(argv(&cmds[0])[1].starts_with("https://example.com/;rm"));
    }

    #[test]
    fn unsafe_addresses_run_nothing() {
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "data:text/html,x",
            "-flag",
        ] {
            assert!(commands(bad, Some("echo")).is_err(), "{bad}");
        }
    }
}
