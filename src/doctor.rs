//! `khabar doctor`: what [`crate::term_bidi`] learnt about this terminal, the bidi mode
//! chosen and why, a test line in both orders (a person sees at a glance which one reads
//! right), and how to force a mode. The text goes out through [`crate::report`].

use std::fmt::Write as _;

use crate::layout::{Options, layout_paragraph};
use ratatui::buffer::Cell;
use unicode_segmentation::UnicodeSegmentation;

use crate::term_bidi::{Env, Mode, Replies, Setting, Verdict, decide};
use crate::terminal::runs_row;

/// The test line: Arabic with a number and a Latin word, so a wrong order shows at once.
pub const TEST_LINE: &str = "خبر عاجل: 3 مقالات جديدة في khabar";

/// The report for `setting` (from the config and `--bidi`), the environment and the
/// terminal's replies (`None` when it was not asked: not a terminal).
pub fn text(setting: Setting, env: &Env, replies: Option<&Replies>) -> String {
    let mut out = String::new();
    let v = decide(env, replies.unwrap_or(&Replies::default()));
    detected(&mut out, env, replies, &v);
    let mode = match setting {
        Setting::Auto => v.mode,
        Setting::Explicit => Mode::Explicit,
        Setting::Terminal => Mode::Terminal,
        Setting::Runs => Mode::Runs,
    };
    let how = if setting == Setting::Auto {
        format!("detected ({})", v.why)
    } else {
        format!("forced by bidi = \"{}\" (config or --bidi)", setting.name())
    };
    let _ = writeln!(out, "mode: {} — {how}", mode_name(mode));
    test_lines(&mut out);
    if setting == Setting::Auto && v.mlterm_restore.is_some() {
        // doctor itself leaves mlterm's bidi on: line A would read backwards here only.
        out.push_str(
            "The reader turns mlterm's own bidi off while it runs (OSC 5379 use_ctl=false), \
             so it writes line A's order and mlterm shows it as it is; here mlterm reorders \
             both lines.\n",
        );
    }
    let _ = writeln!(
        out,
        "If line A reads right here, khabar needs bidi = \"explicit\"; if line B does, \
         bidi = \"terminal\"; if line C does, bidi = \"runs\".\nForce it in the config file (`khabar config` shows where) with \
         one line, e.g. bidi = \"terminal\", or once with --bidi terminal."
    );
    out
}

fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Explicit => "explicit (khabar writes visual order; the terminal must not reorder)",
        Mode::Terminal => {
            "terminal (khabar writes each line in logical order; the terminal reorders)"
        }
        Mode::Runs => {
            "runs (khabar writes its runs in visual order, each right-to-left run in logical \
             order; the terminal reverses each such run)"
        }
    }
}

fn detected(out: &mut String, env: &Env, replies: Option<&Replies>, v: &Verdict) {
    let show = |o: &Option<String>| o.as_deref().unwrap_or("-").to_string();
    let _ = writeln!(out, "terminal: {}", v.terminal);
    let _ = writeln!(
        out,
        "environment: TERM={} TERM_PROGRAM={} VTE_VERSION={} KONSOLE_VERSION={} MLTERM={} \
         WT_SESSION={} TMUX={} STY={}",
        show(&env.term),
        show(&env.term_program),
        show(&env.vte_version),
        show(&env.konsole_version),
        show(&env.mlterm),
        show(&env.wt_session),
        show(&env.tmux),
        show(&env.sty),
    );
    match replies {
        None => out.push_str("terminal not asked (stdin or stdout is not a terminal)\n"),
        Some(r) => {
            let bdsm = r.bdsm.map_or("no answer".to_string(), |b| match b.0 {
                0 => "not recognised".to_string(),
                n => format!("known (state {n})"),
            });
            let _ = writeln!(
                out,
                "answers: XTVERSION {}, DA2 {}, BDSM (DECRQM mode 8) {bdsm}",
                r.xtversion.as_deref().unwrap_or("no answer"),
                r.da2.as_deref().unwrap_or("no answer"),
            );
            if env.mlterm.is_some() {
                let ctl = r
                    .mlterm_ctl
                    .map_or("no answer", |on| if on { "true" } else { "false" });
                let _ = writeln!(out, "mlterm use_ctl (OSC 5380): {ctl}");
            }
        }
    }
}

/// Line A as khabar writes it in explicit mode, line B in terminal mode.
fn test_lines(out: &mut String) {
    let mut runs_line = Vec::new();
    for (name, bidi) in [("A", true), ("B", false)] {
        // Terminals that reorder shape too: line B is left unshaped for them.
        let opts = Options {
            width: 40,
            bidi,
            shape: bidi,
            ..Options::default()
        };
        let layout = layout_paragraph(TEST_LINE, &[], &opts);
        for line in &layout.lines {
            let _ = writeln!(out, "{name} |{}|", line.to_plain(true));
            if bidi {
                runs_line.push(runs_order(&line.to_plain(true)));
            }
        }
    }
    for line in runs_line {
        let _ = writeln!(out, "C |{line}|");
    }
}

/// Line A as runs mode writes it: each RTL run turned back ([`runs_row`]), for a terminal
/// that reorders with a left-to-right base (Konsole).
fn runs_order(visual: &str) -> String {
    let cells = visual
        .graphemes(true)
        .map(|g| {
            let mut cell = Cell::default();
            cell.set_symbol(g);
            (0, cell)
        })
        .collect();
    runs_row(cells).iter().map(|(_, c)| c.symbol()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn says_what_was_found_and_how_to_force_it() {
        let env = Env {
            mlterm: Some("3.9.3".into()),
            ..Env::default()
        };
        let t = text(Setting::Auto, &env, Some(&Replies::default()));
        assert!(t.contains("terminal: mlterm"), "{t}");
        assert!(
            t.contains("mode: explicit") && t.contains("OSC 5379"),
            "{t}"
        );
        assert!(t.contains("mlterm use_ctl (OSC 5380): no answer"), "{t}");
        assert!(t.contains("The reader turns mlterm's own bidi off"), "{t}");
        let konsole = Env {
            konsole_version: Some("221203".into()),
            ..Env::default()
        };
        let t = text(Setting::Auto, &konsole, Some(&Replies::default()));
        assert!(t.contains("mode: runs"), "{t}");
        assert!(t.contains("bidi = \"runs\""), "{t}");
        let a = t.lines().find(|l| l.starts_with("A |")).unwrap();
        let b = t.lines().find(|l| l.starts_with("B |")).unwrap();
        let c = t.lines().find(|l| l.starts_with("C |")).unwrap();
        assert!(b.contains("خبر عاجل"), "{b}");
        assert_ne!(a, b);
        // Line C is what Konsole turns into line A: the runs left to right, "khabar" first.
        assert!(c.starts_with("C |") && c.contains("khabar"), "{c}");
        let inner = |l: &str| l[3..l.len() - 1].to_string();
        assert_eq!(crate::terminal::ltr_display(&inner(c)), inner(a));
        let forced = text(Setting::Explicit, &env, None);
        assert!(
            forced.contains("mode: explicit") && forced.contains("forced"),
            "{forced}"
        );
        assert!(forced.contains("not asked"), "{forced}");
    }
}
