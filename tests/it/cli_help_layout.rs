//! How a help is laid out in the terminal it is written to (issue 16): a description too wide
//! wraps beside its option, between words, and a terminal that reorders by itself gets
//! logical order. Seen in xterm, mlterm and Konsole under Xvfb.

use crate::cli_audit::piped as run;
use crate::cli_language::{CONFIG_ABOUT_VISUAL, stdout};
use crate::common::pty::{Session, row_cells};

/// A description wider than the terminal wraps beside its option, not under it: in a
/// Hebrew `dump --help` at 100 columns the second row of `--search`'s description came back
/// to the right edge, under `--search` itself, where a reader looks for the next option.
#[test]
fn a_wrapped_description_stays_beside_its_option() {
    let env = [("LANG", "he_IL.UTF-8"), ("LC_ALL", ""), ("LC_MESSAGES", "")];
    let mut s = Session::spawn_with(&["dump", "--help"], 40, 100, &env);
    assert!(s.wait_exit().success());
    s.screen(|sc| {
        let (row, option, _) = crate::common::pty::find(sc, "--search <QUERY>").expect("option");
        let (text, cols) = row_cells(sc, row + 1);
        let right = text
            .char_indices()
            .filter(|(_, c)| *c != ' ')
            .map(|(i, _)| cols[i])
            .max();
        assert!(
            right.is_some_and(|r| r + 2 < option),
            "{text:?} reaches {right:?}, the option starts at {option}"
        );
        // The row after the description is the next option's, at the right edge.
        let rows: Vec<String> = (row..row + 4).map(|r| row_cells(sc, r).0).collect();
        assert!(
            rows.iter().any(|r| r.trim_end().ends_with("--exact")),
            "{rows:#?}"
        );
    });
}

/// In a terminal that reorders by itself unless told (VTE: GNOME Terminal, xfce4-terminal;
/// mlterm, Konsole), printed output is written in logical order for it to reorder: the
/// visual order of a Hebrew `--help` came out reversed in mlterm under Xvfb.
#[test]
fn help_is_logical_in_a_terminal_that_reorders_by_itself() {
    let logical = stdout(&run("he_IL.UTF-8", &["config", "--help"]));
    let first = logical.lines().next().expect("the about line").to_string();
    for (name, value) in [
        ("VTE_VERSION", "7600"),
        ("MLTERM", "3.9.0"),
        ("KONSOLE_VERSION", "221203"),
    ] {
        let env = [
            ("LANG", "he_IL.UTF-8"),
            ("LC_ALL", ""),
            ("LC_MESSAGES", ""),
            (name, value),
        ];
        let mut s = Session::spawn_with(&["config", "--help"], 30, 100, &env);
        assert!(s.wait_exit().success());
        let top = s.screen(|sc| row_cells(sc, 0).0.trim().to_string());
        assert_eq!(top, first, "{name}");
    }
    // Where nothing says the terminal reorders, visual order still.
    let mut s = Session::spawn_with(&["config", "--help"], 30, 100, &[("LANG", "he_IL.UTF-8")]);
    assert!(s.wait_exit().success());
    assert_eq!(
        s.screen(|sc| row_cells(sc, 0).0.trim().to_string()),
        CONFIG_ABOUT_VISUAL
    );
}

/// An English help on a terminal wraps between words: a description holding a flag or a
/// `[default: …]` note was one unbreakable unit, so the row was cut inside `[default: on]`.
#[test]
fn an_english_help_wraps_between_words() {
    let env = [("LANG", "C.UTF-8"), ("LC_ALL", ""), ("LC_MESSAGES", "")];
    let mut s = Session::spawn_with(&["dump", "--help"], 40, 100, &env);
    assert!(s.wait_exit().success());
    let rows: Vec<String> = s.screen(|sc| (0..40).map(|r| row_cells(sc, r).0).collect());
    let shape = rows
        .iter()
        .position(|r| r.contains("--shape"))
        .expect("--shape");
    let note = rows[shape..shape + 3]
        .iter()
        .find(|r| r.contains("[default: on]"));
    assert!(note.is_some(), "{:#?}", &rows[shape..shape + 3]);
}
