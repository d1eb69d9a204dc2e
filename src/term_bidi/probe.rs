//! Asking the terminal how it treats RTL text: the queries, the wait for the answers (at most
//! [`PROBE_TIMEOUT`], ended early by the DA1 answer every terminal gives) and the reading of
//! the answers into [`Replies`] for [`super::decide`].

use std::time::Duration;

/// What DECRQM answered for BDSM (mode 8): its `Ps`, 0 (not recognised) to 4.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BdsmState(pub u8);

/// The terminal's answers; `None` where it did not answer in time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Replies {
    /// XTVERSION: name and version, e.g. `XTerm(379)`.
    pub xtversion: Option<String>,
    /// DA2 parameters, e.g. `41;379;0`.
    pub da2: Option<String>,
    pub bdsm: Option<BdsmState>,
    /// mlterm's `use_ctl` (its bidi and shaping) as its configuration protocol answered
    /// `OSC 5380 ; use_ctl`: `true` or `false`, anything else ignored.
    pub mlterm_ctl: Option<bool>,
}

/// How long [`probe`] waits for the terminal's answers.
pub const PROBE_TIMEOUT: Duration = Duration::from_millis(100);

/// The queries [`probe`] sends: XTVERSION, DA2, DECRQM for BDSM, then DA1, which every
/// terminal answers, so its reply ends the wait early.
pub const QUERIES: &[u8] = b"\x1b[>q\x1b[>c\x1b[8$p\x1b[c";

/// Asked of mlterm only (`MLTERM` set), before DA1: its `use_ctl` setting, through its
/// configuration protocol (`OSC 5380 ; key BEL`, answered `#use_ctl=VALUE` and a newline).
/// mlterm 3.9.0 leaves it unanswered unless a challenge from `~/.mlterm/challenge` comes
/// with it, which khabar does not read; then the restore value is mlterm's default.
pub const MLTERM_QUERY: &[u8] = b"\x1b]5380;use_ctl\x07";

/// Reads the replies out of what the terminal sent back.
pub fn parse_replies(bytes: &[u8]) -> Replies {
    let text = String::from_utf8_lossy(bytes);
    let xtversion = between(&text, "\x1bP>|", "\x1b\\").map(str::to_string);
    let da2 = between(&text, "\x1b[>", "c").map(str::to_string);
    let bdsm = between(&text, "\x1b[8;", "$y")
        .and_then(|s| s.parse::<u8>().ok())
        .map(BdsmState);
    let mlterm_ctl = match between(&text, "#use_ctl=", "\n") {
        Some("true") => Some(true),
        Some("false") => Some(false),
        _ => None,
    };
    Replies {
        xtversion,
        da2,
        bdsm,
        mlterm_ctl,
    }
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let len = text.get(from..)?.find(end)?;
    let s = text.get(from..from + len)?;
    (!s.contains('\x1b')).then_some(s)
}

/// True once the DA1 answer (`CSI ? … c`) is in.
pub(super) fn has_da1(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    text.find("\x1b[?")
        .is_some_and(|at| text[at..].contains('c'))
}

/// Asks the terminal (only when stdin and stdout are terminals; raw mode for the wait),
/// mlterm's `use_ctl` too when `ask_mlterm`. `None` when not asked.
pub fn probe(ask_mlterm: bool) -> Option<Replies> {
    use std::io::{IsTerminal, Write};
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return None;
    }
    crossterm::terminal::enable_raw_mode().ok()?;
    let mut out = std::io::stdout();
    let queries = if ask_mlterm {
        // Before DA1, whose answer ends the wait.
        let (first, da1) = QUERIES.split_at(QUERIES.len() - b"\x1b[c".len());
        [first, MLTERM_QUERY, da1].concat()
    } else {
        QUERIES.to_vec()
    };
    let sent = out.write_all(&queries).and_then(|()| out.flush());
    let bytes = if sent.is_ok() {
        read_answers()
    } else {
        Vec::new()
    };
    let _ = crossterm::terminal::disable_raw_mode();
    Some(parse_replies(&bytes))
}

/// Reads stdin until DA1's answer or [`PROBE_TIMEOUT`].
#[cfg(not(unix))]
fn read_answers() -> Vec<u8> {
    Vec::new()
}

/// Reads stdin until DA1's answer or [`PROBE_TIMEOUT`].
#[cfg(unix)]
fn read_answers() -> Vec<u8> {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    let stdin = std::io::stdin();
    let start = std::time::Instant::now();
    let mut got = Vec::new();
    let mut buf = [0u8; 256];
    while !has_da1(&got) {
        let Some(left) = PROBE_TIMEOUT.checked_sub(start.elapsed()) else {
            break;
        };
        let wait = Timespec::try_from(left).unwrap_or_default();
        let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
        match poll(&mut fds, Some(&wait)) {
            Ok(n) if n > 0 => match rustix::io::read(&stdin, &mut buf) {
                Ok(n) if n > 0 => got.extend_from_slice(&buf[..n]),
                _ => break,
            },
            _ => break,
        }
    }
    got
}
