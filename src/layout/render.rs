//! Visual units → one [`ScreenLine`]: glyphs into one `String`, one [`Cell`] per unit.
//!
//! Applies what is left after reordering: UAX #9 L4 mirroring at odd levels, the shaped
//! glyphs ([`super::shape`]), the symbols of control characters, tab columns (one blank cell
//! per column, all mapping to the tab). Units that take no cell are skipped here.

use super::bidi::mirror;
use super::shape::Glyph;
use super::units::{Kind, Unit};
use super::{Cell, ScreenLine, StyleFlags};

/// Builds the cells of one line. `order[visual] = index into units`; `levels` after L1.
pub(crate) fn line(
    text: &str,
    chars: &[char],
    units: &[Unit],
    order: &[u32],
    levels: &[u8],
    glyphs: &[Glyph],
) -> ScreenLine {
    let bytes = units.last().map_or(0, |u| u.end) - units.first().map_or(0, |u| u.start);
    let mut out = String::with_capacity(bytes as usize + 8);
    let mut cells = Vec::with_capacity(units.len());
    for &k in order {
        let u = &units[k as usize];
        let odd = levels[k as usize] & 1 == 1;
        let from = out.len() as u32;
        let mut style = u.style;
        match u.kind {
            Kind::Hidden | Kind::Break => continue,
            Kind::Tab => {
                for _ in 0..u.width {
                    let at = out.len() as u32;
                    out.push(' ');
                    cells.push(cell(at..at + 1, 1, style, u));
                }
                continue;
            }
            Kind::Control(sym) => {
                out.push(sym);
                style |= StyleFlags::CONTROL;
            }
            Kind::Dotted => {
                out.push('\u{25CC}');
                push_chars(&mut out, text, chars, u, glyphs, odd, false);
            }
            Kind::Ligature(lig) => {
                out.push(lig);
                push_chars(&mut out, text, chars, u, glyphs, odd, true);
            }
            Kind::Text | Kind::Space | Kind::LamPending(_) => {
                push_chars(&mut out, text, chars, u, glyphs, odd, false);
            }
        }
        let width = u8::try_from(u.width).unwrap_or(2);
        cells.push(cell(from..out.len() as u32, width, style, u));
    }
    ScreenLine {
        text: out,
        cells,
        ..ScreenLine::default()
    }
}

/// Appends the glyphs of one line, as [`line`] would put them in [`ScreenLine::text`], to
/// `out` (the filter's fast path: no cells, no `String` per line).
pub(crate) fn line_bytes(
    text: &str,
    chars: &[char],
    units: &[Unit],
    order: &[u32],
    levels: &[u8],
    glyphs: &[Glyph],
    out: &mut Vec<u8>,
) {
    let bytes = units.last().map_or(0, |u| u.end) - units.first().map_or(0, |u| u.start);
    out.reserve(bytes as usize * 3 / 2 + 16);
    for &k in order {
        let u = &units[k as usize];
        let odd = levels[k as usize] & 1 == 1;
        match u.kind {
            Kind::Hidden | Kind::Break => {}
            Kind::Tab => out.resize(out.len() + usize::from(u.width), b' '),
            Kind::Control(sym) => out.put(sym),
            Kind::Dotted => {
                out.put('\u{25CC}');
                push_chars(out, text, chars, u, glyphs, odd, false);
            }
            Kind::Ligature(lig) => {
                out.put(lig);
                push_chars(out, text, chars, u, glyphs, odd, true);
            }
            Kind::Text | Kind::Space | Kind::LamPending(_) => {
                push_chars(out, text, chars, u, glyphs, odd, false);
            }
        }
    }
}

/// Columns the cells of these units take ([`ScreenLine::width`] of the line [`line`] builds).
pub(crate) fn width(units: &[Unit]) -> usize {
    units
        .iter()
        .map(|u| match u.kind {
            Kind::Hidden | Kind::Break => 0,
            Kind::Tab => usize::from(u.width),
            _ => usize::from(u8::try_from(u.width).unwrap_or(2)),
        })
        .sum()
}

/// Where glyphs are written: a line's `String` or the filter's output bytes.
trait GlyphOut {
    fn put(&mut self, c: char);
    fn put_str(&mut self, s: &str);
}

impl GlyphOut for String {
    #[inline]
    fn put(&mut self, c: char) {
        self.push(c);
    }
    #[inline]
    fn put_str(&mut self, s: &str) {
        self.push_str(s);
    }
}

impl GlyphOut for Vec<u8> {
    /// UTF-8 by hand: fixed-size appends, where `encode_utf8` + a slice of unknown length
    /// costs a `memcpy` call per glyph.
    #[inline(always)]
    fn put(&mut self, c: char) {
        let cp = c as u32;
        let cont = |shift: u32| 0x80 | ((cp >> shift) & 0x3F) as u8;
        if cp < 0x80 {
            self.push(cp as u8);
        } else if cp < 0x800 {
            self.extend_from_slice(&[0xC0 | (cp >> 6) as u8, cont(0)]);
        } else if cp < 0x10000 {
            self.extend_from_slice(&[0xE0 | (cp >> 12) as u8, cont(6), cont(0)]);
        } else {
            self.extend_from_slice(&[0xF0 | (cp >> 18) as u8, cont(12), cont(6), cont(0)]);
        }
    }
    #[inline]
    fn put_str(&mut self, s: &str) {
        self.extend_from_slice(s.as_bytes());
    }
}

fn cell(glyph: std::ops::Range<u32>, width: u8, style: StyleFlags, u: &Unit) -> Cell {
    Cell {
        glyph,
        width,
        style,
        logical: u.start..u.end,
    }
}

/// The chars of a unit as drawn: shaped forms, mirrored at odd levels. In a ligature unit the
/// lam and the alef are already drawn (as the ligature); only the marks are left.
/// `chars` are the paragraph's, decoded: the unit's start at `u.char_idx`.
#[inline(always)]
fn push_chars(
    out: &mut impl GlyphOut,
    text: &str,
    chars: &[char],
    u: &Unit,
    glyphs: &[Glyph],
    odd: bool,
    lig: bool,
) {
    if glyphs.is_empty() && !odd {
        out.put_str(&text[u.start as usize..u.end as usize]);
        return;
    }
    let k = u.char_idx as usize;
    let c = chars[k];
    if u.start + c.len_utf8() as u32 == u.end {
        // Most units are one `char`.
        if let Some(g) = drawn(c, glyphs.get(k), odd, lig) {
            out.put(g);
        }
        return;
    }
    let (mut at, mut k) = (u.start, k);
    while at < u.end {
        let c = chars[k];
        at += c.len_utf8() as u32;
        if let Some(g) = drawn(c, glyphs.get(k), odd, lig) {
            out.put(g);
        }
        k += 1;
    }
}

/// What is drawn for `c` (shaped as `glyph` says, at an odd level or not), if anything.
#[inline(always)]
fn drawn(c: char, glyph: Option<&Glyph>, odd: bool, lig: bool) -> Option<char> {
    match glyph {
        Some(Glyph::Form(f)) => Some(*f),
        Some(Glyph::Ligature(_) | Glyph::Absorbed) if lig => None,
        _ if odd => Some(mirror(c).unwrap_or(c)),
        _ => Some(c),
    }
}
