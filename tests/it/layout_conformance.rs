//! UAX #9 conformance through the layout API: every case of Unicode's `BidiCharacterTest.txt`
//! (15.0.0, gzip-compressed in `tests/fixtures/unicode/`), laid out on one line (shape off)
//! and compared with the file's visual order (field 5: logical indices in visual order,
//! characters removed by X9 omitted).
//!
//! The layout shows grapheme clusters, so the comparison works on them:
//! - characters the layout deliberately draws nothing for are dropped from the expected
//!   order: isolate controls (LRI, RLI, FSI, PDI) and the marks LRM, RLM, ALM. (X9-removed
//!   characters such as ZWJ, ZWSP, soft hyphen are already absent from the file's order.)
//! - trailing whitespace at the end of the line hangs: it takes no cell. The file puts it at
//!   the paragraph level (L1), so it must form the visual end of the expected order (right
//!   end for LTR, left end for RTL); that is checked, then it is dropped.
//! - every cell must take the next characters of the expected order as one contiguous
//!   block, in logical order when the cell's level is even, reversed when odd. The file
//!   reverses per character (no L3), so a combining mark in an RTL run comes *before* its
//!   base there, while the cell keeps base + mark together in logical order: the block
//!   check accepts exactly that and nothing else.
// Test and benchmark output, not khabar's: the report's rule (clippy.toml) is for src/.
#![allow(clippy::disallowed_macros, clippy::disallowed_methods)]

use std::io::{BufRead, BufReader};

use khabar::layout::{Direction, Options, layout_paragraph};
use unicode_bidi::BidiClass;

const FIXTURE: &str = "tests/fixtures/unicode/BidiCharacterTest-15.0.0.txt.gz";

/// Characters the layout gives no cell and the file still places.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

/// Characters that hang at a line end when they trail it (whitespace, bidi controls).
fn hangs(c: char) -> bool {
    use BidiClass::*;
    invisible(c)
        || matches!(
            unicode_bidi::bidi_class(c),
            WS | BN | LRE | RLE | LRO | RLO | PDF | LRI | RLI | FSI | PDI
        ) && c != '\t'
}

struct Case {
    chars: Vec<char>,
    direction: Option<Direction>,
    para_level: u8,
    levels: Vec<Option<u8>>,
    order: Vec<usize>,
}

fn parse(line: &str) -> Option<Case> {
    let f: Vec<&str> = line.split(';').collect();
    if f.len() < 5 {
        return None;
    }
    let hex = |s: &str| u32::from_str_radix(s, 16).ok().and_then(char::from_u32);
    Some(Case {
        chars: f[0].split_whitespace().map(|s| hex(s).unwrap()).collect(),
        direction: match f[1] {
            "0" => Some(Direction::Ltr),
            "1" => Some(Direction::Rtl),
            _ => None,
        },
        para_level: f[2].parse().unwrap(),
        levels: f[3].split_whitespace().map(|s| s.parse().ok()).collect(),
        order: f[4]
            .split_whitespace()
            .map(|s| s.parse().unwrap())
            .collect(),
    })
}

/// Checks one case; `Err` says what differs.
fn check(case: &Case) -> Result<(), String> {
    let text: String = case.chars.iter().collect();
    let mut char_at = vec![usize::MAX; text.len() + 1];
    for (i, (b, _)) in text.char_indices().enumerate() {
        char_at[b] = i;
    }
    char_at[text.len()] = case.chars.len();
    let opts = Options {
        width: 10_000,
        shape: false,
        bidi: true,
        direction: case.direction,
        tab_width: 8,
        isolate_addresses: false,
    };
    let layout = layout_paragraph(&text, &[], &opts);
    let rtl = case.para_level == 1;
    if layout.direction.is_rtl() != rtl {
        return Err(format!("paragraph direction {:?}", layout.direction));
    }
    let [line] = &layout.lines[..] else {
        return Err(format!("{} lines", layout.lines.len()));
    };
    // Expected order without invisible characters, then without the hanging tail.
    let mut expected: Vec<usize> = case
        .order
        .iter()
        .copied()
        .filter(|&i| !invisible(case.chars[i]))
        .collect();
    let tail_from = case.chars.len() - case.chars.iter().rev().take_while(|&&c| hangs(c)).count();
    let tail: Vec<usize> = expected
        .iter()
        .copied()
        .filter(|&i| i >= tail_from)
        .collect();
    let at_end = if rtl {
        expected[..tail.len()].iter().all(|&i| i >= tail_from)
    } else {
        expected[expected.len() - tail.len()..]
            .iter()
            .all(|&i| i >= tail_from)
    };
    if !at_end {
        return Err("trailing whitespace not at the visual end".into());
    }
    expected.retain(|&i| i < tail_from);
    // Walk the cells left to right; each takes a block of the expected order.
    let mut pos = 0;
    let mut last = None;
    for cell in &line.cells {
        if last == Some(cell.logical.clone()) {
            continue; // further columns of a tab
        }
        last = Some(cell.logical.clone());
        let first = char_at[cell.logical.start as usize];
        let end = char_at[cell.logical.end as usize];
        let mut block: Vec<usize> = (first..end).filter(|&i| case.levels[i].is_some()).collect();
        if block.is_empty() {
            continue; // a symbol for an X9-removed control: the file gives it no place
        }
        if case.levels[block[0]].is_some_and(|l| l % 2 == 1) {
            block.reverse();
        }
        let got = expected.get(pos..pos + block.len());
        if got != Some(&block[..]) {
            return Err(format!("cell {block:?} at {pos}, expected {expected:?}"));
        }
        pos += block.len();
    }
    if pos != expected.len() {
        return Err(format!("cells cover {pos} of {}", expected.len()));
    }
    Ok(())
}

#[test]
fn bidi_character_test() {
    let file = std::fs::File::open(FIXTURE).expect("fixture");
    let reader = BufReader::new(flate2::read::GzDecoder::new(file));
    let (mut total, mut failures) = (0, Vec::new());
    for (n, line) in reader.lines().enumerate() {
        let line = line.expect("utf-8");
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let case = parse(&line).expect("case");
        total += 1;
        if let Err(why) = check(&case) {
            failures.push(format!("line {}: {line}\n    {why}", n + 1));
        }
    }
    println!(
        "BidiCharacterTest: {} / {total} cases pass",
        total - failures.len()
    );
    for f in failures.iter().take(20) {
        println!("{f}");
    }
    assert_eq!(total, 91_707, "the file has 91,707 cases");
    assert!(failures.is_empty(), "{} cases fail", failures.len());
}
