//! The logical-order mode (`--bidi terminal`, chosen by detection in mlterm or Konsole) in a
//! pty, issue 17. vt100 does not reorder, so the screen holds exactly what khabar wrote:
//! every line must sit where explicit mode puts it (right aligned in the body pane), and the
//! order within it must be what a reordering terminal makes visual: FriBidi's reordering of
//! that logical line, from the committed reference `tests/fixtures/fribidi_terminal/`
//! (`tools/gen_fribidi_terminal.sh` makes it), must equal explicit mode's line. The
//! reference holds the lines khabar wrote, so a change of wrapping shows as a row missing
//! from it: run the script again and look at the diff.

use crate::common::pty::{SEED, Session, find, pos, row_cells, shows};

const HEADLINE_LOGICAL: &str = "التعاون بين روسيا والصين";
const HEADLINE_VISUAL: &str = "نيصلاو ايسور نيب نواعتلا";
/// Rows that a terminal reordering each row alone shows otherwise than khabar's paragraph-wide
/// UAX #9: a wrapped line that starts with European digits after Arabic (W2 makes them
/// Arabic numbers within the paragraph, so `%` stays outside: `%25`; the row alone gives
/// `25%`). A limit of logical-order mode, in the README's Limits.
const ROW_ALONE_DIFFERS: &[&str] = &["25%”، وأضاف"];
const REFERENCE: &str = "tests/fixtures/fribidi_terminal/seed_body.tsv";

/// The screen rows, from column `from` on, trailing spaces cut.
fn rows(args: &[&str], env: &[(&str, &str)], ready: &str, from: usize) -> Vec<String> {
    let mut s = Session::spawn_with(args, 30, 100, env);
    s.wait_for("the headline and the status line", |sc| {
        find(sc, ready).is_some() && find(sc, "q quit").is_some()
    });
    let rows = s.screen(|sc| {
        (0..29)
            .map(|r| {
                let (text, _) = row_cells(sc, r);
                // The RLMs logical-order mode writes around RTL runs (zero width: vt100
                // keeps them with a neighbouring cell) are checked in the bytes below.
                text.chars()
                    .filter(|c| *c != RLM)
                    .skip(from)
                    .collect::<String>()
                    .trim_end()
                    .to_string()
            })
            .collect()
    });
    s.send(b"q");
    assert!(s.wait_exit().success());
    rows
}

const RLM: char = '\u{200F}';

/// Logical-order mode writes each changed row whole, blanks included, from its first column
/// (a terminal that reorders rows placed right-aligned lines written after a cursor jump at
/// the left of their pane: Konsole 22.12), and each RTL run between two RLMs (so its final
/// full stop stays at its left end). Explicit mode writes neither.
#[test]
fn logical_rows_are_written_whole_with_rlms_around_rtl_runs() {
    let mut s = Session::spawn(&["--shape", "off", SEED, "--bidi", "terminal"], 30, 100);
    s.wait_for("the headline", shows(HEADLINE_LOGICAL));
    s.send(b"q");
    assert!(s.wait_exit().success());
    let raw = s.raw.lock().unwrap().clone();
    let at = pos(&raw, HEADLINE_LOGICAL.as_bytes()).expect("the headline");
    // The headline row (row 1) was written from column 1: blanks, an RLM, the headline.
    let before = String::from_utf8_lossy(&raw[..at]);
    let cups: Vec<(usize, String)> = before
        .match_indices("\x1b[")
        .filter_map(|(i, _)| {
            let (a, _) = before[i + 2..].split_once('H')?;
            a.chars()
                .all(|c| c.is_ascii_digit() || c == ';')
                .then(|| (i, a.to_string()))
        })
        .collect();
    let (last, cup) = cups.last().expect("a cursor position");
    assert_eq!(cup, "1;1", "{cups:?}");
    assert!(before[*last..].contains(RLM), "no RLM before the headline");
    assert!(pos(&raw, format!("الصيني{RLM}").as_bytes()).is_some());

    let mut s = Session::spawn(&["--shape", "off", SEED, "--bidi", "explicit"], 30, 100);
    s.wait_for("the headline", shows(HEADLINE_VISUAL));
    s.send(b"q");
    assert!(s.wait_exit().success());
    let raw = s.raw.lock().unwrap().clone();
    assert!(pos(&raw, RLM.to_string().as_bytes()).is_none());
}

fn has_rtl(s: &str) -> bool {
    s.chars().any(|c| ('\u{590}'..='\u{8ff}').contains(&c))
}

#[test]
fn logical_lines_sit_where_explicit_ones_do_and_fribidi_turns_them_into_them() {
    let args = [SEED, "--shape", "off", "--bidi"];
    let explicit = rows(
        &[&args[..], &["explicit"]].concat(),
        &[],
        HEADLINE_VISUAL,
        32,
    );
    let logical = rows(
        &[&args[..], &["terminal"]].concat(),
        &[],
        HEADLINE_LOGICAL,
        32,
    );
    let reference = std::fs::read_to_string(REFERENCE).expect("the FriBidi reference");
    let visual_of = |line: &str| {
        reference
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .find(|(logical, _)| *logical == line.trim_start())
            .map(|(_, visual)| visual.to_string())
    };
    let mut checked = 0;
    if let Ok(path) = std::env::var("KHABAR_RECORD_LOGICAL") {
        // tools/gen_fribidi_terminal.sh: the lines FriBidi is to reorder.
        let lines: Vec<&str> = logical.iter().map(|l| l.trim_start()).collect();
        std::fs::write(path, lines.join("\n") + "\n").unwrap();
    }
    for (row, (e, l)) in explicit.iter().zip(&logical).enumerate() {
        if !has_rtl(l) {
            assert_eq!(e, l, "row {row}: no RTL text, the same in both modes");
            continue;
        }
        // Placement: the same columns (right aligned, inside the body pane).
        let lead = |s: &str| s.chars().take_while(|c| *c == ' ').count();
        assert_eq!(lead(e), lead(l), "row {row}: indent\n{e}\n{l}");
        assert_eq!(
            e.chars().count(),
            l.chars().count(),
            "row {row}: right edge\n{e}\n{l}"
        );
        if ROW_ALONE_DIFFERS
            .iter()
            .any(|p| l.trim_start().starts_with(p))
        {
            continue;
        }
        let visual = visual_of(l).unwrap_or_else(|| panic!("row {row} not in {REFERENCE}: {l:?}"));
        assert_eq!(
            e.trim_start(),
            visual,
            "row {row}: FriBidi's order of the logical line"
        );
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} RTL rows checked");
}

/// mlterm reached directly (MLTERM set): explicit order, with mlterm's own bidi turned off
/// through its configuration protocol before the first frame and set back on exit, after
/// the terminal was asked (`OSC 5380`) what it was. Behind tmux the protocol does not pass:
/// logical order, nothing sent.
#[test]
fn detected_mlterm_gets_its_bidi_turned_off_for_the_session() {
    let mut s = Session::spawn_with(&["--shape", "off", SEED], 30, 100, &[("MLTERM", "3.9.0")]);
    s.wait_for("the headline in visual order", shows(HEADLINE_VISUAL));
    s.send(b"q");
    assert!(s.wait_exit().success());
    let raw = s.raw.lock().unwrap().clone();
    let asked = pos(&raw, b"\x1b]5380;use_ctl\x07").expect("asks mlterm's use_ctl");
    let off = pos(&raw, b"\x1b]5379;use_ctl=false\x07").expect("turns mlterm's bidi off");
    let headline =
        pos(&raw, HEADLINE_VISUAL.split(' ').next().unwrap().as_bytes()).expect("the headline");
    let back = pos(&raw, b"\x1b]5379;use_ctl=true\x07").expect("sets it back (no answer: true)");
    assert!(
        asked < off && off < headline && headline < back,
        "{asked} {off} {headline} {back}"
    );

    let mut s = Session::spawn_with(
        &["--shape", "off", SEED],
        30,
        100,
        &[("MLTERM", "3.9.0"), ("TMUX", "/tmp/t,1,0")],
    );
    s.wait_for("the headline in logical order", shows(HEADLINE_LOGICAL));
    s.screen(|sc| {
        let (row, _, _) = find(sc, HEADLINE_LOGICAL).unwrap();
        let (text, cols) = row_cells(sc, row);
        let last = cols[text.trim_end().len() - 1];
        assert!(
            row <= 1 && last >= 97,
            "right aligned: ends at column {last}"
        );
    });
    s.send(b"q");
    assert!(s.wait_exit().success());
    let raw = s.raw.lock().unwrap().clone();
    assert!(pos(&raw, b"\x1b[8l").is_none() && pos(&raw, b"\x1b[8h").is_none());
    assert!(pos(&raw, b"\x1b]5379").is_none() && pos(&raw, b"\x1b]5380").is_none());
    // Logical order in mlterm: rows whole, but no RLMs (mlterm gives each a column).
    assert!(pos(&raw, RLM.to_string().as_bytes()).is_none());
}

/// Konsole (detected from `KONSOLE_VERSION`) reorders each stretch of text itself with a
/// left-to-right base, whatever the line: runs mode writes khabar's visual row with each RTL
/// run turned back, so that such a terminal shows explicit mode's row. The model of the
/// terminal is UAX #9 with an LTR base (`khabar::terminal::ltr_display`, which gives what
/// `fribidi --ltr` gives); vt100 does not reorder, so its screen holds what khabar wrote.
#[test]
fn konsole_reordering_what_runs_mode_writes_shows_explicit_modes_rows() {
    for shape in ["off", "on"] {
        let explicit = rows(
            &[SEED, "--shape", shape, "--bidi", "explicit"],
            &[],
            "q quit",
            0,
        );
        let konsole = rows(
            &[SEED, "--shape", shape],
            &[("KONSOLE_VERSION", "221203")],
            "q quit",
            0,
        );
        let (mut rtl, mut mixed) = (0, 0);
        for (row, (e, k)) in explicit.iter().zip(&konsole).enumerate() {
            let shown = khabar::terminal::ltr_display(k);
            assert_eq!(
                shown.trim_end(),
                e,
                "row {row} (shaping {shape}): written {k:?}"
            );
            if has_rtl(e) {
                rtl += 1;
                mixed += usize::from(e.chars().any(|c| c.is_ascii_alphanumeric()));
            }
        }
        assert!(
            rtl >= 15 && mixed >= 5,
            "only {rtl} RTL rows, {mixed} mixed"
        );
    }
}

/// Brackets inside a right-to-left run: Konsole 22.12 reverses the run but mirrors none of
/// its brackets (seen under Xvfb), so runs mode writes each bracket as the glyph explicit
/// mode shows. The article's `(بحسب تقديرات ITU)` and the Hebrew help's `(מסתובב להתחלה)`
/// read right only so.
#[test]
fn konsole_shows_brackets_inside_a_right_to_left_run_as_explicit_mode_does() {
    let article = ["bundled:005_arabic_web_content.txt", "--shape", "off"];
    let he = [("LANG", "he_IL.UTF-8")];
    let konsole = [("LANG", "he_IL.UTF-8"), ("KONSOLE_VERSION", "221203")];
    let explicit = screen_after(&article, &he, &["--bidi", "explicit"], b"?");
    let written = screen_after(&article, &konsole, &[], b"?");
    let mut bracketed = 0;
    for (row, (e, k)) in explicit.iter().zip(&written).enumerate() {
        let shown = khabar::terminal::ltr_display(k);
        assert_eq!(shown.trim_end(), e, "row {row}: written {k:?}");
        bracketed += usize::from(has_rtl(e) && e.contains('(') && e.contains(')'));
    }
    assert!(bracketed >= 5, "only {bracketed} RTL rows with brackets");
}

/// The screen rows after `keys`, the help (of a Hebrew UI) awaited.
fn screen_after(args: &[&str], env: &[(&str, &str)], more: &[&str], keys: &[u8]) -> Vec<String> {
    let args: Vec<&str> = args.iter().chain(more).copied().collect();
    let mut s = Session::spawn_with(&args, 30, 100, env);
    s.wait_for("the first frame", |sc| row_cells(sc, 29).0.contains('q'));
    s.send(keys);
    // The whole frame: the help's last row and its mode on the status line.
    s.wait_for("the help", |sc| {
        let last = row_cells(sc, 29).0;
        find(sc, "┘").is_some() && (last.contains("הרזע") || last.contains("עזרה"))
    });
    let rows = s.screen(|sc| {
        (0..30)
            .map(|r| row_cells(sc, r).0.trim_end().to_string())
            .collect()
    });
    s.send(b"q");
    rows
}

const MLTERM_IN_TMUX: &[(&str, &str)] = &[("TMUX", "/tmp/tmux-0/default,1,0"), ("MLTERM", "3.9.3")];

/// mlterm behind tmux cannot be told (its protocol does not pass) and finds each row's
/// direction itself: on start, one status line names the settings that fix it, in the
/// reader's language; the first key takes it away and the key hints come back.
#[test]
fn mlterm_behind_tmux_is_told_once_which_setting_fixes_it() {
    let mut s = Session::spawn_with(&[], 30, 100, MLTERM_IN_TMUX);
    s.wait_for("the advice", |sc| {
        let last = row_cells(sc, 29).0;
        last.contains("mlterm in tmux: set its use_ctl=false, and bidi=\"explicit\"")
            && !last.contains("q quit")
    });
    s.send(b"j");
    s.wait_for("the hints back", |sc| {
        let last = row_cells(sc, 29).0;
        last.contains("q quit") && !last.contains("use_ctl")
    });
    s.send(b"k");
    s.wait_for("still the hints", |sc| {
        row_cells(sc, 29).0.contains("q quit")
    });
    s.send(b"q");
    assert!(s.wait_exit().success());

    let mut he = MLTERM_IN_TMUX.to_vec();
    he.push(("LANG", "he_IL.UTF-8"));
    let mut s = Session::spawn_with(&["--bidi", "auto"], 30, 100, &he);
    // Logical order here (tmux does not reorder): the Hebrew as written.
    s.wait_for("the advice in Hebrew", shows("הגדירו בו use_ctl=false"));
    s.send(b"q");
    assert!(s.wait_exit().success());

    // Elsewhere, and with the mode forced, nothing is said.
    let mut s = Session::spawn_with(&["--bidi", "terminal"], 30, 100, MLTERM_IN_TMUX);
    s.wait_for("the hints, no advice", |sc| {
        let last = row_cells(sc, 29).0;
        last.contains("q quit") && !last.contains("use_ctl")
    });
    s.send(b"q");
    assert!(s.wait_exit().success());
}

/// `khabar doctor` says the same line.
#[test]
fn doctor_names_the_setting_for_mlterm_behind_tmux() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_khabar"))
        .arg("doctor")
        .env("LANG", "C.UTF-8")
        .env_remove("KONSOLE_VERSION")
        .env_remove("STY")
        .envs(MLTERM_IN_TMUX.iter().copied())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("mlterm in tmux: set its use_ctl=false, and bidi=\"explicit\""),
        "{text}"
    );
}

/// `bidi = "terminal"` forced in Konsole (where runs mode reads right): said once, on start.
#[test]
fn terminal_mode_forced_in_konsole_is_told_which_setting_reads_right() {
    let konsole = [("KONSOLE_VERSION", "221203")];
    let mut s = Session::spawn_with(&["--bidi", "terminal"], 30, 100, &konsole);
    s.wait_for("the advice", |sc| {
        row_cells(sc, 29)
            .0
            .contains("in Konsole, bidi=\"runs\" reads right, not \"terminal\"")
    });
    s.send(b"j");
    s.wait_for("the hints back", |sc| {
        let last = row_cells(sc, 29).0;
        last.contains("q quit") && !last.contains("runs")
    });
    s.send(b"q");
    assert!(s.wait_exit().success());
}
