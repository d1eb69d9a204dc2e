//! Styles of the display units: every unit gets the union of the styles of the
//! [`StyleSpan`]s that intersect it.

use super::units::Unit;
use super::{StyleFlags, StyleSpan};

/// Gives every unit the union of the styles of the spans that intersect it (a sweep over
/// spans sorted by start and by end, counting how many active spans set each flag).
pub(crate) fn apply(spans: &[StyleSpan], units: &mut [Unit]) {
    let valid = |s: &&StyleSpan| s.range.start < s.range.end && s.style.0 != 0;
    let mut by_start: Vec<&StyleSpan> = spans.iter().filter(valid).collect();
    if by_start.is_empty() {
        return;
    }
    let mut by_end = by_start.clone();
    by_start.sort_by_key(|s| s.range.start);
    by_end.sort_by_key(|s| s.range.end);
    let mut counts = [0u32; 16];
    let (mut si, mut ei) = (0, 0);
    for u in units.iter_mut() {
        let (start, end) = (u.start as usize, u.end as usize);
        while si < by_start.len() && by_start[si].range.start < end {
            add_bits(&mut counts, by_start[si].style, 1);
            si += 1;
        }
        while ei < by_end.len() && by_end[ei].range.end <= start {
            add_bits(&mut counts, by_end[ei].style, -1);
            ei += 1;
        }
        let mut bits = 0u16;
        for (b, &n) in counts.iter().enumerate() {
            if n > 0 {
                bits |= 1 << b;
            }
        }
        u.style |= StyleFlags(bits);
    }
}

fn add_bits(counts: &mut [u32; 16], style: StyleFlags, delta: i32) {
    for (b, n) in counts.iter_mut().enumerate() {
        if style.0 & (1 << b) != 0 {
            *n = n.wrapping_add_signed(delta);
        }
    }
}
