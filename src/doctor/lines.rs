//! The parts of `khabar doctor`'s report that are never translated: the three test lines
//! (one Arabic sentence as each mode writes it) and the environment's variables as found.

use ratatui::buffer::Cell;
use unicode_segmentation::UnicodeSegmentation;

use crate::layout::{Options, layout_paragraph};
use crate::term_bidi::Env;
use crate::terminal::runs_row;

/// The test line: Arabic with a number and a Latin word, so a wrong order shows at once.
pub const TEST_LINE: &str = "خبر عاجل: 3 مقالات جديدة في khabar";

/// The variables that name a terminal, as `NAME=value` (`-` when unset).
pub(super) fn environment(env: &Env) -> String {
    let show = |o: &Option<String>| o.as_deref().unwrap_or("-").to_string();
    format!(
        "TERM={} TERM_PROGRAM={} VTE_VERSION={} KONSOLE_VERSION={} MLTERM={} WT_SESSION={} \
         TMUX={} STY={}",
        show(&env.term),
        show(&env.term_program),
        show(&env.vte_version),
        show(&env.konsole_version),
        show(&env.mlterm),
        show(&env.wt_session),
        show(&env.tmux),
        show(&env.sty),
    )
}

/// Line A as khabar writes it in explicit mode, line B in terminal mode, line C in runs
/// mode, each as `X |…|`.
pub(super) fn test_lines() -> Vec<String> {
    let mut rows = Vec::new();
    let mut runs = Vec::new();
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
            rows.push(format!("{name} |{}|", line.to_plain(true)));
            if bidi {
                runs.push(format!("C |{}|", runs_order(&line.to_plain(true))));
            }
        }
    }
    rows.extend(runs);
    rows
}

/// A row of visual order as runs mode writes it: each RTL run turned back ([`runs_row`]),
/// for a terminal that reorders with a left-to-right base (Konsole).
pub fn runs_order(visual: &str) -> String {
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
