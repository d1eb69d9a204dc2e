//! Issue 16: `khabar doctor` explains itself in the reader's language while its three test
//! lines stay as they are. The explanations are written in the order the terminal needs
//! while doctor runs, and each "if this sentence and line X read right" sentence in the
//! order of its line (see the module doc of `khabar::doctor`), so the Hebrew reads right
//! whichever way the terminal turns out to work. Expected strings written by hand (the
//! visual ones read right to left, checked against `fribidi --rtl`).

use crate::common::pty::{Session, row_cells};
use crate::error_language::no_english;

const HE: &str = "he_IL.UTF-8";

/// Logical: the mode line, and sentence B (line B's order is logical).
const MODE: &str = "מצב explicit: khabar כותב בסדר חזותי; אסור למסוף לסדר מחדש";
const IF_B: &str = "אם המשפט הזה ושורה B נקראים נכון, khabar צריך bidi = \"terminal\".";
/// Visual, as a terminal that does not reorder must be sent them: sentence A always, the
/// mode line where the terminal does not reorder.
const IF_A_VISUAL: &str = ".bidi = \"explicit\" ךירצ khabar ,ןוכנ םיארקנ A הרושו הזה טפשמה םא";
const MODE_VISUAL: &str = "שדחמ רדסל ףוסמל רוסא ;יתוזח רדסב בתוכ khabar :explicit בצמ";
/// Line B, the test line in logical order: never translated nor turned.
const LINE_B: &str = "B |      خبر عاجل: 3 مقالات جديدة في khabar|";

/// On a pipe: the explanations in logical order, sentence A in visual order, the test
/// lines as they were.
#[test]
fn doctor_on_a_pipe_explains_in_hebrew() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_khabar"))
        .arg("doctor")
        .env("LANG", HE)
        .env("TERM", "xterm-256color")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .envs(["TERM_PROGRAM", "VTE_VERSION", "KONSOLE_VERSION", "MLTERM"].map(|v| (v, "")))
        .envs(["WT_SESSION", "TMUX", "STY"].map(|v| (v, "")))
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout).replace(['\u{2068}', '\u{2069}'], "");
    let lines: Vec<&str> = text.lines().collect();
    for line in ["מסוף: לא זוהה", MODE, IF_B, IF_A_VISUAL, LINE_B] {
        assert!(lines.contains(&line), "{line:?} not in\n{text}");
    }
    let said = "לפי הזיהוי: \u{200F}לא זוהה מסוף: ההנחה היא שאינו מסדר מחדש";
    assert!(lines.contains(&said), "{text}");
    no_english(said, &[]);
    no_english(MODE, &["explicit", "khabar"]);
    no_english(IF_B, &["khabar", "bidi", "terminal", "B"]);
    assert!(!text.contains("If line A reads right"), "{text}");
}

/// The screen of `khabar doctor` in a pty of 100 columns (vt100 reorders nothing), each row
/// trimmed.
fn doctor_screen(env: &[(&str, &str)]) -> Vec<String> {
    let mut s = Session::spawn_with(&["doctor"], 40, 100, env);
    assert!(s.wait_exit().success());
    s.screen(|sc| {
        (0..40)
            .map(|r| row_cells(sc, r).0.trim().to_string())
            .collect()
    })
}

/// On a terminal that does not reorder (xterm-like, nothing recognised): the explanations
/// in visual order, right-aligned; sentence B in logical order (it reads wrong here, as line
/// B does); sentence A in visual order, reading right.
#[test]
fn doctor_on_a_terminal_that_does_not_reorder_writes_visual_hebrew() {
    let rows = doctor_screen(&[("LANG", HE)]);
    for row in [MODE_VISUAL, IF_A_VISUAL, IF_B, LINE_B] {
        assert!(
            rows.iter().any(|r| r == row),
            "{row:?} not in\n{}",
            rows.join("\n")
        );
    }
    assert!(!rows.iter().any(|r| r == MODE), "{}", rows.join("\n"));
}

/// In VTE, which reorders until the reader sends BDSM (doctor does not): the explanations
/// in logical order for VTE to reorder; sentence A still in visual order.
#[test]
fn doctor_in_vte_writes_logical_hebrew_for_it_to_reorder() {
    let rows = doctor_screen(&[("LANG", HE), ("VTE_VERSION", "7600")]);
    for row in [MODE, IF_A_VISUAL, IF_B, LINE_B] {
        assert!(
            rows.iter().any(|r| r == row),
            "{row:?} not in\n{}",
            rows.join("\n")
        );
    }
    assert!(
        !rows.iter().any(|r| r == MODE_VISUAL),
        "{}",
        rows.join("\n")
    );
}

/// The first strong letter of `said` outside its isolates (P2, X5c): what an FSI around it
/// resolves to.
fn first_strong(said: &str) -> Option<unicode_bidi::BidiClass> {
    use unicode_bidi::BidiClass::{AL, FSI, L, LRI, PDI, R, RLI};
    let mut depth = 0usize;
    for c in said.chars() {
        match unicode_bidi::bidi_class(c) {
            FSI | LRI | RLI => depth += 1,
            PDI => depth = depth.saturating_sub(1),
            class @ (L | R | AL) if depth == 0 => return Some(class),
            _ => {}
        }
    }
    None
}

/// Why a mode was chosen is placed in doctor's sentence as one isolate, whose direction is
/// its first strong letter outside its own placeables (FSI): in a right-to-left catalogue
/// that must be a letter of the language, or the sentence inside is laid out left to right
/// and reads out of order ("Konsole מסדר…" did).
#[test]
fn every_why_of_a_right_to_left_catalogue_opens_right_to_left() {
    use khabar::i18n::errors::Reason;
    use khabar::i18n::{Lang, Messages};
    let en =
        std::fs::read_to_string(crate::common::pty::manifest().join("i18n/en/khabar.ftl")).unwrap();
    let ids: Vec<&str> = (en.lines())
        .filter_map(|l| l.split_once(" = ").map(|(id, _)| id))
        .filter(|id| id.starts_with("term-why-"))
        .collect();
    assert!(ids.len() > 10, "{ids:?}");
    for lang in [Lang::He, Lang::Ar, Lang::Fa, Lang::Ur] {
        let msgs = Messages::new(lang);
        for id in &ids {
            let how = Reason::new("term-why-mlterm-set").text("variable", "MLTERM");
            let reason = (Reason::new(id))
                .text("variable", "TERM")
                .text("setting", "use_ctl=false")
                .text("sequence", "OSC 5379 use_ctl=false")
                .inner("how", how);
            let said = msgs.say(&reason);
            let class = first_strong(&said);
            assert!(
                matches!(
                    class,
                    Some(unicode_bidi::BidiClass::R | unicode_bidi::BidiClass::AL)
                ),
                "{lang:?} {id}: {said:?}"
            );
        }
    }
}

/// Wrapped to the terminal, doctor's advice never cuts an option after its hyphens: at 100
/// columns `ב־--bidi terminal.` broke as `ב־--` / `bidi terminal.` (UAX #14 lets a line
/// break after a hyphen; khabar's tailoring of LB20a keeps hyphens that open a word with it).
#[test]
fn doctor_wraps_its_advice_without_cutting_an_option_after_its_hyphens() {
    for cols in [100, 93, 81, 67] {
        let mut s = Session::spawn_with(&["doctor"], 40, cols, &[("LANG", HE)]);
        assert!(s.wait_exit().success());
        let screen = s.screen(|sc| {
            (0..40)
                .map(|r| row_cells(sc, r).0.trim().to_string())
                .collect::<Vec<_>>()
                .join("\n")
        });
        let options = screen.matches("--bidi").count();
        assert!(
            options > 0 && screen.matches("--").count() == options,
            "{cols} columns:\n{screen}"
        );
    }
}

/// In Konsole doctor writes in runs order, which Konsole turns back (its model,
/// `khabar::terminal::ltr_display`): line C reads as line A does, the advice with its
/// brackets as it reads where nothing reorders, and no override shows as `<U+202E>`.
#[test]
fn doctor_in_konsole_writes_rows_that_konsole_turns_into_the_visual_ones() {
    let konsole = doctor_screen(&[("LANG", HE), ("KONSOLE_VERSION", "221203")]);
    let xterm = doctor_screen(&[("LANG", HE)]);
    let screen = konsole.join("\n");
    assert!(!screen.contains("<U+"), "{screen}");
    let row = |rows: &[String], start: &str| rows.iter().find(|r| r.starts_with(start)).cloned();
    let (a, c) = (row(&xterm, "A |").unwrap(), row(&konsole, "C |").unwrap());
    assert_eq!(khabar::terminal::ltr_display(&c[1..]), a[1..]);
    let advice = |rows: &[String]| {
        rows.iter()
            .rev()
            .find(|r| r.contains("khabar config"))
            .cloned()
    };
    let (shown, visual) = (advice(&konsole).unwrap(), advice(&xterm).unwrap());
    assert!(visual.contains(')') && visual.contains('('), "{visual}");
    assert_eq!(khabar::terminal::ltr_display(&shown), visual);
}
