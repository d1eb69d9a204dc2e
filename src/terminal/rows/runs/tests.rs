//! Rows for an LTR-base terminal: the written order is given by hand, and the model terminal
//! ([`ltr_display`]) must give back the visual row.

use ratatui::style::Modifier;

use super::*;

fn cells(text: &str) -> Vec<(u16, Cell)> {
    text.chars()
        .enumerate()
        .map(|(x, c)| {
            let mut cell = Cell::default();
            cell.set_symbol(&c.to_string());
            (x as u16, cell)
        })
        .collect()
}

fn text(cells: &[(u16, Cell)]) -> String {
    cells.iter().map(|(_, c)| c.symbol()).collect()
}

/// What is written for the visual row `visual`, checked against the model.
fn written(visual: &str) -> String {
    let w = text(&runs_row(cells(visual)));
    assert_eq!(
        ltr_display(&w),
        visual,
        "the model terminal gives the row back"
    );
    w
}

const RLO: char = '\u{202E}';
const PDF: char = '\u{202C}';

/// The row `logical` (`<` for RLO, `>` for PDF and `|` for the LRM after it) as written.
fn marked(logical: &str) -> String {
    logical
        .chars()
        .map(|c| match c {
            '<' => RLO.to_string(),
            '>' => format!("{PDF}{LRM}"),
            c => c.to_string(),
        })
        .collect()
}

#[test]
fn an_rtl_stretch_is_written_reversed_with_an_lrm_after_it() {
    // Visual "םולש Linux" is the Hebrew word שלום (shin first) at the left of "Linux".
    // No number nor bracket in it: reversed, no override.
    assert_eq!(written("םולש Linux"), "שלום\u{200E} Linux");
    assert_eq!(written("Linux םולש"), "Linux שלום\u{200E}");
    assert_eq!(written("Linux םולש (1)"), "Linux שלום\u{200E} (1)");
}

#[test]
fn numbers_in_a_stretch_are_reversed_with_it() {
    // Visual: gimel, "12", bet alef; inside the override the terminal reverses 21 too.
    assert_eq!(written("ג 12 בא"), marked("<אב 21 ג>"));
}

#[test]
fn a_number_after_a_stretch_is_kept_out_of_it_by_the_lrm() {
    assert_eq!(written("אב 5 x"), "בא\u{200E} 5 x");
    // Without the mark the terminal would take the 5 into the Hebrew run.
    assert_eq!(ltr_display("בא 5 x"), "5 אב x");
}

#[test]
fn brackets_keep_their_glyph_and_pair_with_none_outside_the_stretch() {
    // The terminal mirrors nothing. Visual "(בא) ג": the "(" outside and the ")" inside
    // would be a pair (BD16) set left to right, cutting the run; inside the override the
    // ")" is no bracket.
    assert_eq!(written("(בא) ג"), marked("(<ג )אב>"));
    assert_eq!(written("בא (דג)"), marked("<גד( אב>)"));
    // A pair around the stretch stays where it is.
    assert_eq!(written("(בא) x"), "(אב\u{200E}) x");
    assert_eq!(written("(ITU תאגד)"), "(ITU דגאת\u{200E})");
    assert_eq!(
        ltr_display("אב (גד) הו"),
        "וה )דג( בא",
        "the model mirrors nothing"
    );
}

#[test]
fn rules_and_style_changes_end_a_stretch() {
    assert_eq!(written("בא │ דג"), "אב\u{200E} │ גד\u{200E}");
    let mut row = cells("באדג");
    for (_, c) in &mut row[2..] {
        c.modifier = Modifier::BOLD;
    }
    let w = runs_row(row);
    assert_eq!(text(&w), "אב\u{200E}גד\u{200E}");
    assert_eq!(w[3].1.modifier, Modifier::BOLD, "each cell keeps its style");
    assert_eq!(ltr_display(&text(&w)), "באדג");
}

#[test]
fn columns_stay_in_place() {
    let w = runs_row(cells("ab םולש cd"));
    let xs: Vec<u16> = w.iter().map(|(x, _)| *x).collect();
    assert_eq!(xs, (0..10).collect::<Vec<u16>>());
}
