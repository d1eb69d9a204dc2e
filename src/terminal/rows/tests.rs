//! Rows for terminals that reorder: written whole, RLMs around RTL runs (expected cells
//! written by hand).

use super::*;

fn row(text: &str) -> Buffer {
    let width = text.chars().count() as u16;
    let mut buf = Buffer::empty(Rect::new(0, 0, width, 1));
    for (x, c) in text.chars().enumerate() {
        buf[(x as u16, 0)].set_symbol(&c.to_string());
    }
    buf
}

fn written(buf: &Buffer) -> String {
    row_cells(buf, 0, true)
        .iter()
        .map(|(_, c)| c.symbol().to_string())
        .collect()
}

#[test]
fn every_cell_is_written_and_rtl_runs_get_rlms() {
    let buf = row("Quotes (2)  │     שלום לכם.");
    assert_eq!(
        written(&buf),
        "Quotes (2)  │     \u{200F}שלום לכם.\u{200F}",
        "blanks written, the Latin run left alone, the Hebrew run between RLMs"
    );
    // Each side of the rule a run of its own; two blanks part runs too.
    let buf = row("אבג דה  xyz │ ab  הו");
    assert_eq!(
        written(&buf),
        "\u{200F}אבג דה\u{200F}  xyz │ ab  \u{200F}הו\u{200F}"
    );
    assert_eq!(row_cells(&buf, 0, true).len(), 20, "one entry per cell");
    assert_eq!(row_cells(&buf, 0, true)[0].1.symbol(), "\u{200F}א");
}

#[test]
fn no_marks_for_mlterm() {
    let buf = row("ab │  שלום.");
    let cells = row_cells(&buf, 0, false);
    let text: String = cells.iter().map(|(_, c)| c.symbol()).collect();
    assert_eq!(text, "ab │  שלום.");
}

#[test]
fn a_wide_cell_hides_the_next_one() {
    let mut buf = Buffer::empty(Rect::new(0, 0, 4, 1));
    buf[(0, 0)].set_symbol("中");
    buf[(2, 0)].set_symbol("a");
    let cells = row_cells(&buf, 0, true);
    let xs: Vec<u16> = cells.iter().map(|(x, _)| *x).collect();
    assert_eq!(xs, [0, 2, 3]);
}

#[test]
fn explicit_mode_passes_the_diff_through_and_logical_mode_writes_rows_whole() {
    use ratatui::backend::TestBackend;
    let mut rows = Rows::new(TestBackend::new(6, 2), true, true);
    let mut cell = Cell::default();
    cell.set_symbol("ש");
    rows.draw(std::iter::once((5u16, 1u16, &cell))).unwrap();
    let shown = rows.inner.buffer();
    // The run's cells carry both RLMs (in the run's style).
    assert_eq!(shown[(4, 1)].symbol(), " ");
    assert_eq!(shown[(5, 1)].symbol(), "\u{200F}ש\u{200F}");
    let mut plain = Rows::new(TestBackend::new(6, 2), false, true);
    plain.draw(std::iter::once((5u16, 1u16, &cell))).unwrap();
    assert_eq!(plain.inner.buffer()[(5, 1)].symbol(), "ש");
}
