//! Reordering one line (UAX #9 L1, L2) and mirroring (L4).
//!
//! The levels come from `unicode_bidi::BidiInfo` run over the whole paragraph ([`super::units`]);
//! here every line is reordered on its own. L1 is applied to the line's units (not with
//! `BidiInfo::reordered_levels`, which copies the levels of the whole paragraph for every line:
//! quadratic on a long paragraph); it follows that function rule for rule, including giving
//! X9-removed characters the level of the character before them. L2 then reverses by unit, so
//! a grapheme cluster is never split and combining marks stay after their base (L3 as a
//! terminal needs it). Units that take no cell (bidi controls) still take part, so an isolate
//! initiator separates runs exactly as the algorithm says.

use super::mirror_table::{BMP_BLOCKS, MIRRORS};
use super::units::{L1_SEP, L1_WS, REMOVED, Unit};

/// UAX #9 L1 over the whole line, then L2 over its first `visible` units (the hanging tail,
/// which takes no cell, still decides L1: a strong character in it, such as an RLM, keeps
/// the whitespace before it from being trailing). `order[visual] = logical unit index`, and
/// `levels` holds the levels of the visible units after L1 (odd = right to left, for
/// mirroring).
pub(crate) fn visual_order(
    units: &[Unit],
    visible: usize,
    para: u8,
    levels: &mut Vec<u8>,
    order: &mut Vec<u32>,
) {
    levels.clear();
    levels.extend(units.iter().map(|u| u.level));
    rule_l1(units, para, levels);
    levels.truncate(visible);
    order.clear();
    order.extend(0..visible as u32);
    rule_l2(levels, order);
}

/// UAX #9 L1: segment and paragraph separators, and any sequence of whitespace and isolate
/// formatting characters before them or at the end of the line, go to the paragraph level.
/// X9-removed characters take the level of the character before them.
fn rule_l1(units: &[Unit], para: u8, levels: &mut [u8]) {
    if units.iter().all(|u| u.flags & (REMOVED | L1_SEP) == 0) {
        // The common line: only its trailing whitespace goes to the paragraph level.
        let from = units.len()
            - units
                .iter()
                .rev()
                .take_while(|u| u.flags & L1_WS != 0)
                .count();
        levels[from..].fill(para);
        return;
    }
    let mut prev = para;
    let mut ws_from: Option<usize> = None;
    for (i, u) in units.iter().enumerate() {
        if u.flags & REMOVED != 0 {
            levels[i] = prev;
        }
        if u.flags & L1_SEP != 0 {
            let from = ws_from.take().unwrap_or(i);
            levels[from..=i].fill(para);
        } else if u.flags & L1_WS != 0 {
            ws_from.get_or_insert(i);
        } else {
            ws_from = None;
        }
        prev = levels[i];
    }
    if let Some(from) = ws_from {
        levels[from..].fill(para);
    }
}

/// UAX #9 L2: from the highest level down to the lowest odd level, reverse every contiguous
/// sequence of units at that level or higher.
fn rule_l2(levels: &[u8], order: &mut [u32]) {
    let Some(&first) = levels.first() else {
        return;
    };
    let (min, max) = levels
        .iter()
        .fold((first, first), |(lo, hi), &l| (lo.min(l), hi.max(l)));
    if min == max {
        if max & 1 == 1 {
            order.reverse();
        }
        return;
    }
    let lowest_odd = min | 1;
    let mut level = max;
    while level >= lowest_odd {
        let mut k = 0;
        while k < order.len() {
            if levels[order[k] as usize] < level {
                k += 1;
                continue;
            }
            let from = k;
            while k < order.len() && levels[order[k] as usize] >= level {
                k += 1;
            }
            order[from..k].reverse();
        }
        level -= 1;
    }
}

/// UAX #9 L4: the Bidi_Mirroring_Glyph of `c`, if it has one.
#[inline]
pub fn mirror(c: char) -> Option<char> {
    let cp = c as u32;
    if cp < 0x80 {
        return match c {
            '(' => Some(')'),
            ')' => Some('('),
            '<' => Some('>'),
            '>' => Some('<'),
            '[' => Some(']'),
            ']' => Some('['),
            '{' => Some('}'),
            '}' => Some('{'),
            _ => None,
        };
    }
    if cp < 0x10000 && BMP_BLOCKS & (1 << (cp >> 10)) == 0 {
        return None;
    }
    mirror_lookup(c)
}

#[cold]
fn mirror_lookup(c: char) -> Option<char> {
    MIRRORS
        .binary_search_by_key(&c, |&(from, _)| from)
        .ok()
        .map(|i| MIRRORS[i].1)
}
