//! How the terminal treats right-to-left text, and so how khabar must write it (issue 17).
//!
//! Two kinds of terminal exist: those that leave text where it is written (xterm, kitty,
//! alacritty, foot, WezTerm by default, Windows Terminal, VTE once told with BDSM, and mlterm
//! once told through its configuration protocol), and those that reorder every row themselves
//! and cannot be told not to (Konsole with its BiDi rendering on, macOS Terminal.app, mlterm
//! behind tmux or screen). For the first kind khabar writes visual order ([`Mode::Explicit`]);
//! for the second it writes each laid-out line in logical order, still placed in its pane
//! ([`Mode::Terminal`]), and lets the terminal reorder inside the line.
//!
//! mlterm ignores BDSM but takes `OSC 5379 ; use_ctl=false BEL` (its "complex text layout":
//! bidi and shaping) for the session; [`Verdict::mlterm_restore`] says khabar sends it, and
//! [`mlterm_ctl`] makes the sequences that turn it off and back (seen in mlterm 3.9.0 under
//! Xvfb: the article reads right, right aligned, as in xterm).
//!
//! What is learnt: the environment ([`Env`]) and, on a terminal, its answers ([`Replies`]) to
//! XTVERSION (`CSI > q`), DA2 (`CSI > c`) and DECRQM for the ANSI mode 8, BDSM (`CSI 8 $ p`,
//! ECMA-48 BDSM is an ANSI mode, so no `?`). [`decide`] is the one table from those to a
//! [`Verdict`]; [`probe`] asks the terminal, waiting at most [`PROBE_TIMEOUT`].

mod probe;

use crate::i18n::errors::Reason;

#[cfg(test)]
use probe::has_da1;
pub use probe::{BdsmState, MLTERM_QUERY, PROBE_TIMEOUT, QUERIES, Replies, parse_replies, probe};

/// How khabar writes RTL text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Visual order; the terminal is told (BDSM reset) or known not to reorder.
    Explicit,
    /// Logical order within each placed line; the terminal reorders.
    Terminal,
    /// Visual order of runs, each RTL run in logical order: for a terminal that reorders
    /// with a left-to-right base whatever the line (Konsole), whose reordering then gives
    /// khabar's own line back (`terminal::runs_row`).
    Runs,
}

/// The `bidi` setting: a mode, or `Auto` to detect it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Setting {
    #[default]
    Auto,
    Explicit,
    Terminal,
    Runs,
}

impl Setting {
    /// Reads a setting; `on` is `explicit` and `off` is `terminal` (the old switch).
    pub fn parse(s: &str) -> Option<Setting> {
        match s {
            "auto" => Some(Setting::Auto),
            "explicit" | "on" => Some(Setting::Explicit),
            "terminal" | "off" => Some(Setting::Terminal),
            "runs" => Some(Setting::Runs),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Setting::Auto => "auto",
            Setting::Explicit => "explicit",
            Setting::Terminal => "terminal",
            Setting::Runs => "runs",
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

/// What was decided, and why, in words for `khabar doctor`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// The terminal as recognised, or `unknown`.
    pub terminal: String,
    pub mode: Mode,
    /// Why, as a catalogue message (`term-why-*`), said in the reader's language.
    pub why: Reason,
    /// mlterm, reached directly, with its bidi on: khabar turns it off with its configuration
    /// protocol ([`mlterm_ctl`]) for the session and sets it back to this value on restore
    /// (what mlterm answered, else its default `true`).
    pub mlterm_restore: Option<bool>,
}

/// mlterm's configuration protocol: the sequence that sets `use_ctl` (its bidi and shaping)
/// to `on`. Sent with `false` at set-up and with the value [`probe`] learnt (mlterm's default,
/// `true`, when it did not answer) on every restore.
pub fn mlterm_ctl(on: bool) -> Vec<u8> {
    format!("\x1b]5379;use_ctl={on}\x07").into_bytes()
}

/// Whether logical-order mode writes RLMs around each RTL run (see `terminal::Rows`): yes,
/// but in mlterm (`MLTERM` set, also behind a multiplexer), which gives a mark a column of
/// its own and finds each row's direction itself.
pub fn rlm_marks(env: &Env) -> bool {
    env.mlterm.is_none()
}

/// mlterm: explicit order once its own bidi is off (already off when it answered so).
/// `how` is what named mlterm (`term-why-mlterm-named` or `-set`, with the variable).
fn mlterm_verdict(terminal: &str, how: Reason, replies: &Replies) -> Verdict {
    if replies.mlterm_ctl == Some(false) {
        let why = (Reason::new("term-why-mlterm-off"))
            .inner("how", how)
            .text("setting", "use_ctl=false");
        return verdict_of(terminal, Mode::Explicit, why);
    }
    let why = (Reason::new("term-why-mlterm"))
        .inner("how", how)
        .text("sequence", "OSC 5379 use_ctl=false");
    Verdict {
        mlterm_restore: Some(replies.mlterm_ctl.unwrap_or(true)),
        ..verdict_of(terminal, Mode::Explicit, why)
    }
}

/// What named mlterm: `variable` names it, or (`set`) is set at all.
fn mlterm_by(variable: &str, set: bool) -> Reason {
    let id = if set {
        "term-why-mlterm-set"
    } else {
        "term-why-mlterm-named"
    };
    Reason::new(id).text("variable", variable)
}

/// A verdict whose reason is the message `why` alone.
fn verdict(terminal: &str, mode: Mode, why: &str) -> Verdict {
    verdict_of(terminal, mode, Reason::new(why))
}

/// A verdict whose reason is the message `why`, with `variable` as its `$variable`.
fn verdict_by(terminal: &str, mode: Mode, why: &str, variable: &str) -> Verdict {
    verdict_of(terminal, mode, Reason::new(why).text("variable", variable))
}

fn verdict_of(terminal: &str, mode: Mode, why: Reason) -> Verdict {
    Verdict {
        terminal: terminal.to_string(),
        mode,
        why,
        mlterm_restore: None,
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
    from_env(env, replies).unwrap_or_else(|| verdict("unknown", Mode::Explicit, "term-why-unknown"))
}

/// Inside tmux or screen: the outer terminal's variables, inherited, decide; BDSM cannot
/// reach it, so a VTE that reorders by default reorders here.
fn inside_multiplexer(env: &Env) -> Verdict {
    let name = if env.tmux.is_some() { "tmux" } else { "screen" };
    if env.mlterm.is_some() {
        return verdict(name, Mode::Terminal, "term-why-mux-mlterm");
    }
    if env.konsole_version.is_some() {
        return verdict(name, Mode::Runs, "term-why-mux-konsole");
    }
    if env.vte_version.is_some() {
        return verdict(name, Mode::Terminal, "term-why-mux-vte");
    }
    verdict(name, Mode::Explicit, "term-why-mux-unknown")
}

/// The terminal's own answers: BDSM known, else the name XTVERSION gives.
fn from_replies(r: &Replies) -> Option<Verdict> {
    let name = r.xtversion.as_deref().unwrap_or("unknown");
    match r.bdsm {
        Some(BdsmState(1 | 2 | 4)) => {
            return Some(verdict(name, Mode::Explicit, "term-why-bdsm"));
        }
        Some(BdsmState(3)) => {
            return Some(verdict(name, Mode::Terminal, "term-why-bdsm-set"));
        }
        _ => {}
    }
    let lower = r.xtversion.as_deref()?.to_ascii_lowercase();
    if lower.starts_with("mlterm") {
        return Some(mlterm_verdict(name, mlterm_by("XTVERSION", false), r));
    }
    by_name(&lower).map(|(mode, why)| verdict(name, mode, why))
}

/// Known terminal names (lower case, as XTVERSION, TERM or TERM_PROGRAM give them).
fn by_name(lower: &str) -> Option<(Mode, &'static str)> {
    const REORDER: &[(&str, &str)] = &[
        ("konsole", "term-why-konsole"),
        ("apple_terminal", "term-why-apple"),
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
        return Some((Mode::Runs, why));
    }
    LEAVE
        .iter()
        .any(|n| lower.starts_with(n))
        .then_some((Mode::Explicit, "term-why-leaves"))
}

/// The environment alone.
fn from_env(env: &Env, replies: &Replies) -> Option<Verdict> {
    if env.mlterm.is_some() {
        return Some(mlterm_verdict("mlterm", mlterm_by("MLTERM", true), replies));
    }
    if env.konsole_version.is_some() {
        let why = "term-why-konsole-env";
        return Some(verdict_by("Konsole", Mode::Runs, why, "KONSOLE_VERSION"));
    }
    if env.vte_version.is_some() {
        let why = "term-why-vte-env";
        return Some(verdict_by("VTE", Mode::Explicit, why, "VTE_VERSION"));
    }
    if env.wt_session.is_some() {
        let why = "term-why-wt-env";
        return Some(verdict_by(
            "Windows Terminal",
            Mode::Explicit,
            why,
            "WT_SESSION",
        ));
    }
    for name in [&env.term_program, &env.term].into_iter().flatten() {
        let lower = name.to_ascii_lowercase();
        if lower.starts_with("mlterm") {
            return Some(mlterm_verdict(name, mlterm_by("TERM", false), replies));
        }
        if let Some((mode, why)) = by_name(&lower) {
            return Some(verdict(name, mode, why));
        }
    }
    None
}

/// The catalogue message (`i18n/*/khabar.ftl`, with the terminal's name as `$terminal`)
/// naming the setting that makes this terminal show RTL text exactly, where khabar cannot tell
/// the terminal itself or the setting does not fit it: said once on start and by
/// `khabar doctor`. mlterm behind tmux or screen: its configuration protocol does not pass,
/// and with its bidi on it finds each row's direction itself, so no order khabar writes is
/// right for every row. `bidi = "terminal"` forced in a terminal that reorders with an LTR
/// base (Konsole): a line mixing RTL and LTR comes out in the wrong order there, and runs mode
/// (BiDi rendering on) or explicit mode (off) reads right.
pub fn advice(setting: Setting, env: &Env) -> Option<(&'static str, String)> {
    let behind = env.tmux.is_some() || env.sty.is_some();
    if setting == Setting::Auto && behind && env.mlterm.is_some() {
        return Some(("term-fix-mlterm-multiplexer", "mlterm".to_string()));
    }
    let v = decide(env, &Replies::default());
    // Behind tmux the verdict names tmux; the terminal that reorders is the outer one.
    let name = match env.konsole_version {
        Some(_) => "Konsole".to_string(),
        None => v.terminal,
    };
    (setting == Setting::Terminal && v.mode == Mode::Runs)
        .then_some(("term-fix-forced-terminal", name))
}

/// Whether printed output (help, usage errors, results, errors; not the reader, which tells
/// the terminal first, nor doctor) is written in visual order under `setting`: forced
/// explicit, or `auto` where the environment names no terminal that reorders by itself
/// unless told (VTE, mlterm, Konsole, Terminal.app, or any behind a multiplexer that
/// reorders). Those get logical order, as a pipe does, and reorder it themselves.
pub fn prints_visual(setting: Setting, env: &Env) -> bool {
    match setting {
        Setting::Explicit => true,
        Setting::Terminal | Setting::Runs => false,
        Setting::Auto => {
            let v = decide(env, &Replies::default());
            let told = v.mlterm_restore.is_some() || v.why.id == "term-why-vte-env";
            v.mode == Mode::Explicit && !told
        }
    }
}

/// The mode for `setting`: detected (probing the terminal) when `Auto`.
pub fn resolve(setting: Setting) -> (Mode, Option<Verdict>) {
    match setting {
        Setting::Explicit => (Mode::Explicit, None),
        Setting::Terminal => (Mode::Terminal, None),
        Setting::Runs => (Mode::Runs, None),
        Setting::Auto => {
            let env = Env::current();
            let replies = if env.tmux.is_some() || env.sty.is_some() {
                Replies::default()
            } else {
                probe(env.mlterm.is_some()).unwrap_or_default()
            };
            let v = decide(&env, &replies);
            (v.mode, Some(v))
        }
    }
}

#[cfg(test)]
mod tests;
