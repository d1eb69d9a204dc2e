//! `khabar doctor`: what [`crate::term_bidi`] learnt about this terminal, the bidi mode
//! chosen and why, three test lines (the same Arabic sentence as each mode writes it: a
//! person sees at a glance which one reads right), and how to force a mode. The test lines
//! are never translated nor changed; everything else is said in the reader's language
//! (`doctor-*`, `term-why-*` in `i18n/*/khabar.ftl`), as lines of the text policy
//! ([`crate::text::Line`], names and settings isolated units).
//!
//! **In which order the explanations are written.** Doctor exists because khabar may guess
//! the terminal wrong, and a Hebrew or Arabic sentence reads right only in the order that
//! fits the terminal: visual order where the terminal leaves text as written, logical order
//! where it reorders a line itself, runs order where it reorders with a left-to-right base
//! (Konsole). So:
//! - The three sentences "if this sentence and line A (B, C) read right, khabar needs …"
//!   are each written in the order of their line ([`Written::Visual`] for A,
//!   [`Written::Logical`] for B, [`Written::Runs`] for C): whatever the terminal does and
//!   whatever khabar guessed, exactly the sentence whose line reads right reads right
//!   itself, and it names the setting. A fourth sentence says so (the other two look
//!   scrambled on purpose).
//! - Every other line is written in the order the terminal needs *while doctor runs*
//!   ([`now`]): the chosen mode's, except that doctor sends no set-up sequence, so a
//!   terminal the reader tells not to reorder (BDSM in VTE, mlterm's `use_ctl`) still
//!   reorders here: logical order for it. When the guess is right, these lines read right
//!   too; when it is wrong, the sentence of the right line still tells what to set.
//! - On a pipe (no terminal) the other lines are in logical order (the text policy's
//!   rule 6); the three sentences keep their lines' orders, so that whoever shows the file
//!   meets the same test.
//!
//! Rows in visual and runs order are wrapped by the layout to the terminal's width
//! ([`crate::text::Line::rows`]), not by the terminal, which would cut a visual row in two.

mod lines;

use crate::i18n::{Arg, Messages};
use crate::term_bidi::{Env, Mode, Replies, Setting, Verdict, advice, decide};
use crate::text::symbols::escape;
use crate::text::{Line, Order};

pub use lines::{TEST_LINE, runs_order};

/// Where the report goes: a terminal of `columns` (if known), or a pipe.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Out {
    pub terminal: bool,
    pub columns: Option<usize>,
}

/// The order a line is written in (module doc).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Visual,
    Logical,
    /// Visual order with each right-to-left run turned back ([`runs_order`]).
    Runs,
}

/// The report for `setting` (from the config and `--bidi`), the environment and the
/// terminal's replies (`None` when it was not asked: not a terminal), in `msgs`' language,
/// each line as written to `out`: escaped, its only bidi controls the overrides of runs
/// order (for `report::out_turned`).
pub fn report(
    setting: Setting,
    env: &Env,
    replies: Option<&Replies>,
    msgs: &Messages,
    out: Out,
) -> Vec<String> {
    let v = decide(env, replies.unwrap_or(&Replies::default()));
    let mode = chosen(setting, &v);
    let order = if out.terminal {
        now(mode, &v, replies)
    } else {
        Written::Logical
    };
    let mut r = Report {
        msgs,
        columns: out.columns.filter(|_| out.terminal),
        rows: Vec::new(),
    };
    r.found(env, replies, &v, order);
    r.mode(setting, mode, &v, order);
    r.rows.extend(lines::test_lines());
    if setting == Setting::Auto && v.mlterm_restore.is_some() {
        let sequence = Arg::Text("OSC 5379 use_ctl=false");
        r.say(order, "doctor-mlterm-off", &[("sequence", sequence)]);
    }
    r.sentences();
    r.say(order, "doctor-orders", &[]);
    let force = [
        ("command", Arg::Text("khabar config")),
        ("example", Arg::Text("bidi = \"terminal\"")),
        ("option", Arg::Text("--bidi terminal")),
    ];
    r.say(order, "doctor-force", &force);
    if let Some((id, name)) = advice(setting, env) {
        r.say(order, id, &[("terminal", Arg::Text(&name))]);
    }
    r.rows
}

/// The mode `setting` gives: the verdict's when it is `Auto`.
fn chosen(setting: Setting, v: &Verdict) -> Mode {
    match setting {
        Setting::Auto => v.mode,
        Setting::Explicit => Mode::Explicit,
        Setting::Terminal => Mode::Terminal,
        Setting::Runs => Mode::Runs,
    }
}

/// The order the terminal needs while doctor runs (module doc): the mode's, but logical in
/// explicit mode where the reader would first turn the terminal's own reordering off (BDSM
/// known and set, VTE by its variable, mlterm with its bidi on).
pub fn now(mode: Mode, v: &Verdict, replies: Option<&Replies>) -> Written {
    let bdsm_set = replies.and_then(|r| r.bdsm).is_some_and(|b| b.0 == 1);
    let told = v.mlterm_restore.is_some() || bdsm_set || v.why.id == "term-why-vte-env";
    match mode {
        Mode::Explicit if told => Written::Logical,
        Mode::Explicit => Written::Visual,
        Mode::Terminal => Written::Logical,
        Mode::Runs => Written::Runs,
    }
}

/// The report's rows as they are made.
struct Report<'a> {
    msgs: &'a Messages,
    /// The terminal's width (none on a pipe: lines are not wrapped).
    columns: Option<usize>,
    rows: Vec<String>,
}

impl Report<'_> {
    /// Message `id` in `order`.
    fn say(&mut self, order: Written, id: &str, args: &[(&str, Arg<'_>)]) {
        let line = self.msgs.line(id, args);
        self.rows.extend(written(&line, order, self.columns));
    }

    /// What was found: the terminal, the environment, the answers.
    fn found(&mut self, env: &Env, replies: Option<&Replies>, v: &Verdict, order: Written) {
        match v.terminal.as_str() {
            "unknown" => self.say(order, "doctor-terminal-unknown", &[]),
            name => self.say(order, "doctor-terminal", &[("name", Arg::Text(name))]),
        }
        let vars = lines::environment(env);
        self.say(order, "doctor-environment", &[("vars", Arg::Text(&vars))]);
        let Some(r) = replies else {
            self.say(order, "doctor-not-asked", &[]);
            return;
        };
        let no_answer = self.msgs.text("doctor-no-answer");
        let bdsm = match r.bdsm.map(|b| b.0) {
            None => no_answer.clone(),
            Some(0) => self.msgs.text("doctor-bdsm-unknown"),
            Some(n) => (self.msgs).get("doctor-bdsm-known", &[("state", Arg::Num(n.into()))]),
        };
        let mut answers = vec![
            ("XTVERSION", r.xtversion.clone(), None),
            ("DA2", r.da2.clone(), None),
            ("BDSM (DECRQM 8)", None, Some(bdsm)),
        ];
        if env.mlterm.is_some() {
            let ctl = r.mlterm_ctl.map(|on| on.to_string());
            answers.push(("mlterm use_ctl (OSC 5380)", ctl, None));
        }
        for (query, raw, said) in answers {
            let said = said.unwrap_or_else(|| no_answer.clone());
            let answer = raw.as_deref().map_or(Arg::Said(&said), Arg::Text);
            let args = [("query", Arg::Text(query)), ("answer", answer)];
            self.say(order, "doctor-answer", &args);
        }
    }

    /// The mode and why: detected (the verdict's reason) or forced.
    fn mode(&mut self, setting: Setting, mode: Mode, v: &Verdict, order: Written) {
        let (id, name) = match mode {
            Mode::Explicit => ("doctor-mode-explicit", "explicit"),
            Mode::Terminal => ("doctor-mode-terminal", "terminal"),
            Mode::Runs => ("doctor-mode-runs", "runs"),
        };
        self.say(order, id, &[("name", Arg::Text(name))]);
        if setting == Setting::Auto {
            let why = self.msgs.say(&v.why);
            self.say(order, "doctor-detected", &[("why", Arg::Said(&why))]);
        } else {
            let value = format!("bidi = \"{}\"", setting.name());
            let args = [
                ("setting", Arg::Text(&value)),
                ("option", Arg::Text("--bidi")),
            ];
            self.say(order, "doctor-forced", &args);
        }
    }

    /// The three sentences, each in its line's order (module doc).
    fn sentences(&mut self) {
        for (id, order, setting) in [
            ("doctor-if-a", Written::Visual, "explicit"),
            ("doctor-if-b", Written::Logical, "terminal"),
            ("doctor-if-c", Written::Runs, "runs"),
        ] {
            let value = format!("bidi = \"{setting}\"");
            self.say(order, id, &[("setting", Arg::Text(&value))]);
        }
    }
}

/// `line` as rows written in `order`: wrapped to `columns` in visual and runs order (a
/// right-to-left line's rows right-aligned), one row unwrapped in logical order or with no
/// width. Each row is escaped ([`escape`]) before runs order adds its own overrides, so the
/// only bidi controls in a row are those (written by `report::out_turned`).
pub fn written(line: &Line, order: Written, columns: Option<usize>) -> Vec<String> {
    let visual = || match columns {
        Some(w) if w > 10 => line.rows(w, Order::Visual),
        _ => vec![line.fit(None, Order::Visual)],
    };
    let safe = |row: String| escape(&row).into_owned();
    match order {
        Written::Logical => vec![safe(line.fit(None, Order::Logical))],
        Written::Visual => visual().into_iter().map(safe).collect(),
        Written::Runs => visual().into_iter().map(|r| runs_order(&safe(r))).collect(),
    }
}

#[cfg(test)]
mod tests;
