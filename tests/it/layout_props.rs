//! Properties of the layout over random paragraphs (Arabic, Hebrew, Latin, digits,
//! punctuation, brackets, harakat, bidi controls, tabs, spaces, CJK, controls) and widths
//! 1..120:
//!
//! - every character appears in exactly one cell, except: bidi controls and other
//!   invisible format characters (no cell), spaces (at most one cell; none only when they
//!   hang at the end of their line), tabs (one cell per column, all mapping to the tab),
//!   line breaks (no cell);
//! - no line is wider than the width, except a line holding a single 2-column cell when the
//!   width is 1;
//! - the lines' logical ranges, in order, tile the paragraph;
//! - no glyph holds a character a terminal would interpret (C0, DEL, C1, bidi controls);
//! - each line's visual order is the paragraph's resolved levels reordered over that line
//!   alone: L1 from `unicode_bidi::BidiInfo::reordered_levels_per_char` (the crate's own, not
//!   khabar's), L2 by the small reference below, per UAX #9 §3.4. Cells are grapheme
//!   clusters, so each cell must take a contiguous block of that order, reversed at odd
//!   levels (the same comparison as `layout_conformance.rs`). Characters removed by X9
//!   (BN such as ZWJ, embedding controls) have no place in UAX #9's order and are skipped.

use khabar::layout::{Direction, Options, ParagraphLayout, layout_paragraph};
use proptest::prelude::*;
use unicode_bidi::{BidiClass, BidiInfo, Level};

const PIECES: &[&str] = &[
    "ب", "س", "م", "ل", "ا", "ه", "ة", "لا", "ي", "א", "ב", "ש", "ל", "ם", "a", "b", "Z", "k", "1",
    "2", "0", "٣", "٤", "۵", ".", ",", ":", "!", "?", "-", "%", "/", "+", "$", "(", ")", "[", "]",
    "{", "}", "«", "»", "“", "”", "\u{64E}", "\u{651}", "\u{650}", "\u{652}", "\u{301}", " ", " ",
    " ", "  ", "\t", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}",
    "\u{2067}", "\u{2068}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{61C}", "\u{200D}", "\u{200C}",
    "中", "文", "\u{1b}", "\u{7}", "\u{7f}", "\u{9b}", "\n", "\u{2029}", "e\u{301}",
];

fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|v| v.concat())
}

fn direction() -> impl Strategy<Value = Option<Direction>> {
    prop_oneof![
        Just(None),
        Just(Some(Direction::Ltr)),
        Just(Some(Direction::Rtl))
    ]
}

/// Characters that take no cell wherever they are.
fn invisible(c: char) -> bool {
    use BidiClass::*;
    let class = unicode_bidi::bidi_class(c);
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{61C}' | '\n' | '\u{2029}')
        || (matches!(
            class,
            BN | LRE | RLE | LRO | RLO | PDF | LRI | RLI | FSI | PDI
        ) && !c.is_control())
}

fn removed_by_x9(c: char) -> bool {
    use BidiClass::*;
    matches!(
        unicode_bidi::bidi_class(c),
        BN | LRE | RLE | LRO | RLO | PDF
    )
}

/// UAX #9 L2, the reference: from the highest level down to the lowest odd one, reverse
/// every maximal run of positions at that level or higher. `levels` in logical order;
/// returns logical indices in visual order.
fn reference_l2(levels: &[u8]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..levels.len()).collect();
    let max = levels.iter().copied().max().unwrap_or(0);
    let min_odd = levels.iter().copied().min().unwrap_or(0) | 1;
    for level in (min_odd..=max).rev() {
        let mut i = 0;
        while i < order.len() {
            let j = (i..order.len())
                .find(|&j| levels[order[j]] < level)
                .unwrap_or(order.len());
            order[i..j].reverse();
            i = j + 1;
        }
    }
    order
}

struct Para {
    text: String,
    chars: Vec<(usize, char)>,
}

impl Para {
    fn char_index(&self, byte: usize) -> usize {
        self.chars.partition_point(|&(b, _)| b < byte)
    }
}

fn check_cells(p: &Para, layout: &ParagraphLayout) -> Result<(), TestCaseError> {
    let mut count = vec![0usize; p.chars.len()];
    for line in &layout.lines {
        let mut last = None;
        let cell_end = line.cells.iter().map(|c| c.logical.end).max().unwrap_or(0) as usize;
        for cell in &line.cells {
            for g in line.glyph(cell).chars() {
                let bad = g.is_control()
                    || matches!(g, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
                prop_assert!(!bad, "control {:?} in a glyph", g);
            }
            if last == Some(cell.logical.clone()) {
                continue;
            }
            last = Some(cell.logical.clone());
            let (a, b) = (cell.logical.start as usize, cell.logical.end as usize);
            for n in &mut count[p.char_index(a)..p.char_index(b)] {
                *n += 1;
            }
        }
        let (from, to) = (
            p.char_index(line.logical.start),
            p.char_index(line.logical.end),
        );
        for (&n, &(at, c)) in count[from..to].iter().zip(&p.chars[from..to]) {
            if n == 0 && c.is_whitespace() && c != '\t' {
                prop_assert!(at >= cell_end, "space at {} not hanging", at);
            }
        }
    }
    for (k, &(at, c)) in p.chars.iter().enumerate() {
        let n = count[k];
        if invisible(c) {
            // Invisible alone; inside a cluster (a ZWJ after its base) it rides along.
            prop_assert!(n <= 1, "{:?} at {} in {} cells", c, at, n);
        } else if c.is_whitespace() && c != '\t' {
            prop_assert!(n <= 1, "space at {} in {} cells", at, n);
        } else {
            prop_assert_eq!(n, 1, "{:?} at {} in {} cells", c, at, n);
        }
    }
    Ok(())
}

fn check_widths(layout: &ParagraphLayout, width: usize) -> Result<(), TestCaseError> {
    for line in &layout.lines {
        let w = line.width();
        let wide_alone = width == 1 && line.cells.len() == 1 && w == 2;
        prop_assert!(
            w <= width || wide_alone,
            "line of {} columns at width {}",
            w,
            width
        );
        prop_assert!(line.cells.iter().all(|c| c.width <= 2));
        if line.rtl {
            prop_assert_eq!(usize::from(line.indent) + w, width.max(w));
        } else {
            prop_assert_eq!(line.indent, 0);
        }
    }
    Ok(())
}

fn check_tiling(text: &str, layout: &ParagraphLayout) -> Result<(), TestCaseError> {
    let mut at = 0;
    for line in &layout.lines {
        prop_assert_eq!(line.logical.start, at);
        at = line.logical.end;
    }
    prop_assert_eq!(at, text.len());
    Ok(())
}

fn check_order(p: &Para, layout: &ParagraphLayout, rtl: bool) -> Result<(), TestCaseError> {
    let level = if rtl { Level::rtl() } else { Level::ltr() };
    let info = BidiInfo::new(&p.text, Some(level));
    for line in &layout.lines {
        let Some(para) = info
            .paragraphs
            .iter()
            .find(|para| para.range.contains(&line.logical.start))
        else {
            continue;
        };
        let all = info.reordered_levels_per_char(para, line.logical.clone());
        let (first, end) = (
            p.char_index(line.logical.start),
            p.char_index(line.logical.end),
        );
        let levels: Vec<u8> = all[first..end].iter().map(|l| l.number()).collect();
        // X9-removed characters have no position in UAX #9 (and the crate gives them a
        // level only as an implementation choice): compare the others.
        let placed = |k: &usize| !removed_by_x9(p.chars[*k].1);
        let shown = |k: usize| {
            placed(&k)
                && line.cells.iter().any(|c| {
                    (c.logical.start as usize..c.logical.end as usize).contains(&p.chars[k].0)
                })
        };
        let expected: Vec<usize> = reference_l2(&levels)
            .into_iter()
            .map(|i| i + first)
            .filter(|&k| shown(k))
            .collect();
        let mut pos = 0;
        let mut last = None;
        for cell in &line.cells {
            if last == Some(cell.logical.clone()) {
                continue;
            }
            last = Some(cell.logical.clone());
            let mut block: Vec<usize> = (p.char_index(cell.logical.start as usize)
                ..p.char_index(cell.logical.end as usize))
                .filter(placed)
                .collect();
            if block.is_empty() {
                continue; // a symbol for an X9-removed control (ESC, BEL, …)
            }
            if levels[block[0] - first] % 2 == 1 {
                block.reverse();
            }
            prop_assert_eq!(expected.get(pos..pos + block.len()), Some(&block[..]));
            pos += block.len();
        }
        prop_assert_eq!(pos, expected.len());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn layout_invariants(
        text in paragraph(),
        width in 1usize..120,
        direction in direction(),
        shape in any::<bool>(),
        tab_width in 1usize..10,
    ) {
        let opts = Options { width, shape, bidi: true, direction, tab_width, isolate_addresses: false };
        let layout = layout_paragraph(&text, &[], &opts);
        let rtl = direction
            .or_else(|| Direction::of_text(&text))
            .unwrap_or(Direction::Ltr)
            .is_rtl();
        prop_assert_eq!(layout.direction.is_rtl(), rtl);
        let p = Para { chars: text.char_indices().collect(), text: text.clone() };
        check_cells(&p, &layout)?;
        check_widths(&layout, width)?;
        check_tiling(&text, &layout)?;
        check_order(&p, &layout, rtl)?;
    }

    #[test]
    fn bidi_off_is_logical_order(text in paragraph(), width in 1usize..120) {
        let opts = Options { width, bidi: false, shape: false, ..Options::default() };
        let layout = layout_paragraph(&text, &[], &opts);
        let p = Para { chars: text.char_indices().collect(), text: text.clone() };
        check_cells(&p, &layout)?;
        check_widths(&layout, width)?;
        check_tiling(&text, &layout)?;
        for line in &layout.lines {
            // Right aligned when RTL, whatever the order (issue 17).
            prop_assert_eq!(line.rtl, layout.direction.is_rtl());
            let indent = if line.rtl { width.saturating_sub(line.width()) } else { 0 };
            prop_assert_eq!(usize::from(line.indent), indent);
            let starts: Vec<u32> = line.cells.iter().map(|c| c.logical.start).collect();
            prop_assert!(starts.windows(2).all(|w| w[0] <= w[1]));
        }
    }
}
