//! Hand-checked layouts: every expected string here was reversed by hand from the logical
//! text (UAX #9 rules noted next to it) and read by eye, never produced by the code.
//! Terminals that print these tests do not reorder, so the expected strings are in visual
//! order, left to right, exactly as they will be on screen.

use khabar::layout::{
    Direction, Options, ParagraphLayout, StyleFlags, StyleSpan, layout_paragraph,
};

fn lay(text: &str, width: usize) -> ParagraphLayout {
    let opts = Options {
        width,
        shape: false,
        ..Options::default()
    };
    layout_paragraph(text, &[], &opts)
}

/// The visual lines without indent.
fn plain(text: &str, width: usize) -> Vec<String> {
    lay(text, width)
        .lines
        .iter()
        .map(|l| l.to_plain(false))
        .collect()
}

#[test]
fn percent_after_arabic_number() {
    // W2: 25 after Arabic letters is AN (level 2); % stays ON and resolves to R (level 1),
    // so it sits left of the number.
    assert_eq!(plain("بنسبة 25%", 80), ["%25 ةبسنب"]);
}

#[test]
fn year_with_double_prime() {
    // ″ (U+2033, ET) after AN is ON → R: left of 2024.
    assert_eq!(plain("عام 2024″", 80), ["″2024 ماع"]);
}

#[test]
fn cnn_in_arabic_sentence() {
    // N0: the brackets hold L but follow R context → R, mirrored at level 1; -- between R.
    assert_eq!(plain("قالت (CNN) -- إن", 80), ["نإ -- (CNN) تلاق"]);
}

#[test]
fn url_in_arabic_sentence() {
    // The URL's separators sit between L letters: all of it is one LTR run.
    assert_eq!(
        plain("زوروا https://example.com/news اليوم", 80),
        ["مويلا https://example.com/news اوروز"]
    );
}

#[test]
fn hebrew_with_product_name_and_decimal() {
    // W7: 15 after iPhone becomes L; 3.5 (W4) after ב stays EN at level 2; '-' is R.
    assert_eq!(
        plain("קניתי iPhone 15 ב-3.5 אחוז", 80),
        ["זוחא 3.5-ב iPhone 15 יתינק"]
    );
}

#[test]
fn brackets_mirror_in_rtl() {
    assert_eq!(plain("(שלום)", 80), ["(םולש)"]);
    assert_eq!(plain("[ب] {ت} <ث>", 80), ["<ث> {ت} [ب]"]);
}

#[test]
fn harakat_stay_after_their_base() {
    let layout = lay("مُحَمَّد", 80);
    let line = &layout.lines[0];
    let glyphs: Vec<&str> = line.cells.iter().map(|c| line.glyph(c)).collect();
    assert_eq!(glyphs, ["د", "مَّ", "حَ", "مُ"]);
    assert_eq!(line.cells[1].logical, 8..14); // meem 8..10, shadda, fatha
    assert_eq!(line.width(), 4);
}

#[test]
fn lam_alef_is_one_cell_when_shaped() {
    let opts = Options::default();
    let layout = layout_paragraph("سلام", &[], &opts);
    let line = &layout.lines[0];
    let glyphs: Vec<&str> = line.cells.iter().map(|c| line.glyph(c)).collect();
    // Visual: meem (isolated, after a right-joining alef), lam-alef final, seen initial.
    assert_eq!(glyphs, ["\u{FEE1}", "\u{FEFC}", "\u{FEB3}"]);
    assert_eq!(line.cells[1].logical, 2..6);
    assert_eq!(line.cells[1].width, 1);
    assert_eq!(line.width(), 3);
    // Unshaped: four cells.
    assert_eq!(lay("سلام", 80).lines[0].cells.len(), 4);
}

#[test]
fn tabs_expand_to_stops() {
    let layout = lay("a\tb", 20);
    assert_eq!(layout.lines[0].to_plain(true), "a       b");
    assert_eq!(layout.lines[0].cells.len(), 9);
    assert!(
        layout.lines[0].cells[1..8]
            .iter()
            .all(|c| c.logical == (1..2))
    );
    // RTL: the tab is measured from the line start in logical order (7 columns).
    let layout = lay("א\tב", 20);
    assert_eq!(
        layout.lines[0].to_plain(true),
        format!("{}ב       א", " ".repeat(11))
    );
}

#[test]
fn escape_and_controls_are_visible() {
    let layout = lay("a\u{1b}[31mb", 80);
    let line = &layout.lines[0];
    assert_eq!(line.text, "a␛[31mb");
    assert!(line.cells[1].style.contains(StyleFlags::CONTROL));
    assert!(!line.cells[0].style.contains(StyleFlags::CONTROL));
    assert_eq!(plain("x\u{7}\u{7f}\u{9b}\u{0}y", 80), ["x␇␡\u{FFFD}␀y"]);
    // Bidi controls take no cell and never reach the text.
    assert_eq!(plain("a\u{202E}bc\u{202C}d\u{200F}", 80), ["acbd"]);
}

#[test]
fn cjk_wraps_by_columns() {
    assert_eq!(plain("中文字体", 5), ["中文", "字体"]);
    assert_eq!(plain("中文", 1), ["中", "文"]);
    assert_eq!(plain("ab中", 3), ["ab", "中"]);
}

#[test]
fn trailing_spaces_hang() {
    let layout = lay("abcd    efgh", 4);
    assert_eq!(layout.lines.len(), 2);
    assert_eq!(layout.lines[0].logical, 0..8);
    assert_eq!(layout.lines[0].to_plain(true), "abcd");
    assert_eq!(layout.lines[1].logical, 8..12);
    // RTL: the hanging space is not counted, so the line is flush right.
    let layout = lay("שלום עולם", 5);
    assert_eq!(layout.lines[0].to_plain(true), " םולש");
    assert_eq!(layout.lines[0].logical, 0..9);
}

#[test]
fn rtl_is_right_aligned() {
    let layout = lay("שלום", 10);
    assert_eq!(layout.direction, Direction::Rtl);
    assert_eq!(layout.lines[0].indent, 6);
    assert_eq!(layout.lines[0].to_plain(true), "      םולש");
    assert_eq!(layout.lines[0].to_plain(false), "םולש");
    assert_eq!(lay("hello", 10).lines[0].indent, 0);
}

#[test]
fn breaks_words_and_mandatory_breaks() {
    assert_eq!(plain("abcdefgh", 3), ["abc", "def", "gh"]);
    assert_eq!(plain("ab\ncd", 80), ["ab", "cd"]);
    assert_eq!(plain("ab\u{2028}cd", 80), ["ab", "cd"]);
    assert_eq!(plain("", 80), [""]);
    assert_eq!(
        plain("one two three", 0),
        ["o", "n", "e", "t", "w", "o", "t", "h", "r", "e", "e"]
    );
}

#[test]
fn each_line_reordered_on_its_own() {
    // RTL paragraph, each line reordered alone: on line 2, `world` comes first logically, so
    // it is at the right end, and עולם, logically last, at the left end.
    let layout = lay("שלום hello world עולם", 12);
    let lines: Vec<String> = layout.lines.iter().map(|l| l.to_plain(true)).collect();
    assert_eq!(lines, ["  hello םולש", "  םלוע world"]);
}

#[test]
fn bidi_off_keeps_logical_order() {
    let opts = Options {
        bidi: false,
        shape: false,
        ..Options::default()
    };
    let layout = layout_paragraph("(שלום) abc", &[], &opts);
    // Logical order, still right aligned in its 80 columns (issue 17: the terminal reorders
    // inside the line only, so the text stays where it belongs).
    assert_eq!(layout.lines[0].to_plain(false), "(שלום) abc");
    assert!(layout.lines[0].rtl);
    assert_eq!(layout.lines[0].indent, 70);
}

#[test]
fn spans_style_cells_and_locate_finds_them() {
    let text = "قال بوتين اليوم";
    let link = text.find("بوتين").unwrap();
    let spans = [StyleSpan {
        range: link..link + "بوتين".len(),
        style: StyleFlags::LINK,
    }];
    let opts = Options {
        width: 80,
        shape: false,
        ..Options::default()
    };
    let layout = layout_paragraph(text, &spans, &opts);
    let linked: Vec<usize> = layout
        .cells_in(spans[0].range.clone())
        .map(|(_, col, _)| col)
        .collect();
    // Visual "مويلا نيتوب لاق" right aligned at 80: the link is columns 71..76.
    assert_eq!(layout.lines[0].indent, 65);
    assert_eq!(linked, [71, 72, 73, 74, 75]);
    let line = &layout.lines[0];
    let styled = line
        .cells
        .iter()
        .filter(|c| c.style.contains(StyleFlags::LINK))
        .count();
    assert_eq!(styled, 5);
    // The first letter of بوتين is its rightmost cell.
    assert_eq!(layout.locate(link), Some((0, 75)));
    assert_eq!(layout.locate(0), Some((0, 79)));
    assert_eq!(layout.locate(text.len() + 1), None);
}

#[test]
fn hidden_strong_character_at_the_line_end_still_counts_for_l1() {
    // LTR paragraph "ب ␛RLM" (found by the property test): the RLM takes no cell, but it is a
    // strong R at the end of the line, so the space and the ESC before it are not trailing
    // whitespace (L1) and stay at level 1 with ب: the whole run is reversed.
    let opts = Options {
        width: 3,
        shape: false,
        direction: Some(Direction::Ltr),
        tab_width: 1,
        isolate_addresses: false,
        ..Options::default()
    };
    let l = layout_paragraph("ب \u{1b}\u{200f}", &[], &opts);
    assert_eq!(l.lines.len(), 1);
    assert_eq!(l.lines[0].to_plain(false), "␛ ب");
    // Without the RLM the space and ESC trail, go to level 0 and stay after ب.
    let l = layout_paragraph("ب \u{1b}", &[], &opts);
    assert_eq!(l.lines[0].to_plain(false), "ب ␛");
}
