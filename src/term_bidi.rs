//! How the terminal treats right-to-left text, and so how khabar must write it (issue 17).
//!
//! Two kinds of terminal exist: those that leave text where it is written (xterm, kitty,
//! alacritty, foot, WezTerm by default, Windows Terminal, and VTE once told with BDSM), and
//! those that reorder every row themselves and cannot be told not to (mlterm, Konsole with its
//! BiDi rendering on, macOS Terminal.app). For the first kind khabar writes visual order
//! ([`Mode::Explicit`]); for the second it writes each laid-out line in logical order, still
//! placed in its pane ([`Mode::Terminal`]), and lets the terminal reorder inside the line.
//!
//! What is learnt: the environment ([`Env`]) and, on a terminal, its answers ([`Replies`]) to
//! XTVERSION (`CSI > q`), DA2 (`CSI > c`) and DECRQM for the ANSI mode 8, BDSM (`CSI 8 $ p`,
//! ECMA-48 BDSM is an ANSI mode, so no `?`). [`decide`] is the one table from those to a
//! [`Verdict`]; [`probe`] asks the terminal, waiting at most [`PROBE_TIMEOUT`].

use std::time::Duration;

/// How khabar writes RTL text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Visual order; the terminal is told (BDSM reset) or known not to reorder.
    Explicit,
    /// Logical order within each placed line; the terminal reorders.
    Terminal,
}

/// The `bidi` setting: a mode, or `Auto` to detect it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Setting {
    #[default]
    Auto,
    Explicit,
    Terminal,
}

impl Setting {
    /// Reads a setting; `on` is `explicit` and `off` is `terminal` (the old switch).
    pub fn parse(s: &str) -> Option<Setting> {
        match s {
            "auto" => Some(Setting::Auto),
            "explicit" | "on" => Some(Setting::Explicit),
            "terminal" | "off" => Some(Setting::Terminal),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Setting::Auto => "auto",
            Setting::Explicit => "explicit",
            Setting::Terminal => "terminal",
        }
    }
}

/// The environment variables that name a terminal (each `None` when unset).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Env {
    pub term: Option<String>,
    pub term_program: Option<String>,
    pub vte_version: Option<String>,
    pub konsole_version: Option<String>,
    pub mlterm: Option<String>,
    pub wt_session: Option<String>,
    pub tmux: Option<String>,
    pub sty: Option<String>,
}

impl Env {
    /// The process environment.
    pub fn current() -> Env {
        let v = |k: &str| std::env::var(k).ok().filter(|s| !s.is_empty());
        Env {
            term: v("TERM"),
            term_program: v("TERM_PROGRAM"),
            vte_version: v("VTE_VERSION"),
            konsole_version: v("KONSOLE_VERSION"),
            mlterm: v("MLTERM"),
            wt_session: v("WT_SESSION"),
            tmux: v("TMUX"),
            sty: v("STY"),
        }
    }
}

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
}

/// What was decided, and why, in words for `khabar doctor`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// The terminal as recognised, or `unknown`.
    pub terminal: String,
    pub mode: Mode,
    pub why: String,
}

fn verdict(terminal: &str, mode: Mode, why: &str) -> Verdict {
    Verdict {
        terminal: terminal.to_string(),
        mode,
        why: why.to_string(),
    }
}

/// The table: environment and replies → how to write. A multiplexer (tmux, screen) answers
/// for itself and swallows BDSM, so inside one only the outer terminal's inherited variables
/// count; outside, the terminal's own answers count before the environment.
pub fn decide(env: &Env, replies: &Replies) -> Verdict {
    if env.tmux.is_some() || env.sty.is_some() {
        return inside_multiplexer(env);
    }
    if let Some(v) = from_replies(replies) {
        return v;
    }
    from_env(env).unwrap_or_else(|| {
        verdict(
            "unknown",
            Mode::Explicit,
            "no terminal recognised: assumed not to reorder",
        )
    })
}

/// Inside tmux or screen: the outer terminal's variables, inherited, decide; BDSM cannot
/// reach it, so a VTE that reorders by default reorders here.
fn inside_multiplexer(env: &Env) -> Verdict {
    let name = if env.tmux.is_some() { "tmux" } else { "screen" };
    if env.mlterm.is_some() {
        return verdict(
            name,
            Mode::Terminal,
            "inside a multiplexer in mlterm, which reorders",
        );
    }
    if env.konsole_version.is_some() {
        return verdict(
            name,
            Mode::Terminal,
            "inside a multiplexer in Konsole, which reorders",
        );
    }
    if env.vte_version.is_some() {
        return verdict(
            name,
            Mode::Terminal,
            "inside a multiplexer in a VTE terminal: BDSM does not pass, so VTE reorders",
        );
    }
    verdict(
        name,
        Mode::Explicit,
        "inside a multiplexer, outer terminal unknown: assumed not to reorder",
    )
}

/// The terminal's own answers: BDSM known, else the name XTVERSION gives.
fn from_replies(r: &Replies) -> Option<Verdict> {
    let name = r.xtversion.as_deref().unwrap_or("unknown");
    match r.bdsm {
        Some(BdsmState(1 | 2 | 4)) => {
            return Some(verdict(
                name,
                Mode::Explicit,
                "the terminal knows BDSM (mode 8): khabar turns its reordering off",
            ));
        }
        Some(BdsmState(3)) => {
            return Some(verdict(
                name,
                Mode::Terminal,
                "the terminal reorders and reports BDSM as permanently set",
            ));
        }
        _ => {}
    }
    let lower = r.xtversion.as_deref()?.to_ascii_lowercase();
    by_name(&lower).map(|(mode, why)| verdict(name, mode, why))
}

/// Known terminal names (lower case, as XTVERSION, TERM or TERM_PROGRAM give them).
fn by_name(lower: &str) -> Option<(Mode, &'static str)> {
    const REORDER: &[(&str, &str)] = &[
        (
            "mlterm",
            "mlterm reorders every row (FriBidi) and ignores BDSM",
        ),
        (
            "konsole",
            "Konsole reorders with its BiDi rendering on (the default)",
        ),
        (
            "apple_terminal",
            "Terminal.app reorders and cannot be told not to",
        ),
    ];
    const LEAVE: &[&str] = &[
        "xterm(",
        "kitty",
        "alacritty",
        "foot",
        "wezterm",
        "iterm",
        "vscode",
        "ghostty",
    ];
    if let Some((_, why)) = REORDER.iter().find(|(n, _)| lower.starts_with(n)) {
        return Some((Mode::Terminal, why));
    }
    LEAVE
        .iter()
        .any(|n| lower.starts_with(n))
        .then_some((Mode::Explicit, "this terminal does not reorder"))
}

/// The environment alone.
fn from_env(env: &Env) -> Option<Verdict> {
    if env.mlterm.is_some() {
        return Some(verdict(
            "mlterm",
            Mode::Terminal,
            "MLTERM is set: mlterm reorders every row",
        ));
    }
    if env.konsole_version.is_some() {
        return Some(verdict(
            "Konsole",
            Mode::Terminal,
            "KONSOLE_VERSION is set: Konsole reorders with its BiDi rendering on (the default)",
        ));
    }
    if env.vte_version.is_some() {
        return Some(verdict(
            "VTE",
            Mode::Explicit,
            "VTE_VERSION is set: VTE honours BDSM, which khabar sends",
        ));
    }
    if env.wt_session.is_some() {
        return Some(verdict(
            "Windows Terminal",
            Mode::Explicit,
            "WT_SESSION is set: it does not reorder",
        ));
    }
    for name in [&env.term_program, &env.term].into_iter().flatten() {
        let lower = name.to_ascii_lowercase();
        if let Some((mode, why)) = by_name(&lower) {
            return Some(verdict(name, mode, why));
        }
    }
    None
}

/// How long [`probe`] waits for the terminal's answers.
pub const PROBE_TIMEOUT: Duration = Duration::from_millis(100);

/// The queries [`probe`] sends: XTVERSION, DA2, DECRQM for BDSM, then DA1, which every
/// terminal answers, so its reply ends the wait early.
pub const QUERIES: &[u8] = b"\x1b[>q\x1b[>c\x1b[8$p\x1b[c";

/// Reads the replies out of what the terminal sent back.
pub fn parse_replies(bytes: &[u8]) -> Replies {
    let text = String::from_utf8_lossy(bytes);
    let xtversion = between(&text, "\x1bP>|", "\x1b\\").map(str::to_string);
    let da2 = between(&text, "\x1b[>", "c").map(str::to_string);
    let bdsm = between(&text, "\x1b[8;", "$y")
        .and_then(|s| s.parse::<u8>().ok())
        .map(BdsmState);
    Replies {
        xtversion,
        da2,
        bdsm,
    }
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let len = text.get(from..)?.find(end)?;
    let s = text.get(from..from + len)?;
    (!s.contains('\x1b')).then_some(s)
}

/// True once the DA1 answer (`CSI ? … c`) is in.
fn has_da1(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    text.find("\x1b[?")
        .is_some_and(|at| text[at..].contains('c'))
}

/// Asks the terminal (only when stdin and stdout are terminals; raw mode for the wait).
/// `None` when not asked.
pub fn probe() -> Option<Replies> {
    use std::io::{IsTerminal, Write};
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return None;
    }
    crossterm::terminal::enable_raw_mode().ok()?;
    let mut out = std::io::stdout();
    let sent = out.write_all(QUERIES).and_then(|()| out.flush());
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

/// The mode for `setting`: detected (probing the terminal) when `Auto`.
pub fn resolve(setting: Setting) -> (Mode, Option<Verdict>) {
    match setting {
        Setting::Explicit => (Mode::Explicit, None),
        Setting::Terminal => (Mode::Terminal, None),
        Setting::Auto => {
            let env = Env::current();
            let replies = if env.tmux.is_some() || env.sty.is_some() {
                Replies::default()
            } else {
                probe().unwrap_or_default()
            };
            let v = decide(&env, &replies);
            (v.mode, Some(v))
        }
    }
}

#[cfg(test)]
mod tests;
