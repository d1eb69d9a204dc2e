//! Display units: the paragraph cut into extended grapheme clusters (UAX #29), each with its
//! terminal width, resolved bidi level (UAX #9 over the whole paragraph) and UAX #14 break
//! opportunity. The spans' styles are added by [`super::styles`], which depends on this module
//! and not the other way round.
//!
//! What becomes of a cluster:
//! - bidi formatting characters (LRE…PDF, LRI…PDI, LRM, RLM, ALM) and other
//!   Bidi_Class=BN characters (ZWJ, ZWNJ, ZWSP, soft hyphen, …) standing alone are
//!   [`Kind::Hidden`]: they take part in reordering but take no cell. Inside a cluster (a ZWJ
//!   after its base) they stay with it;
//! - mandatory breaks (UAX #14 BK, CR, LF, NL: LF, CR, CRLF, VT, FF, NEL, U+2028, U+2029) are
//!   [`Kind::Break`]: they end the line and take no cell;
//! - a tab is [`Kind::Tab`] (its width is set by the wrapper, at the column it lands on);
//! - other C0 controls become U+2400 + code (␛ for ESC), DEL becomes ␡ and C1 controls
//!   (U+0080–U+009F) become U+FFFD, one column each, styled [`StyleFlags::CONTROL`];
//! - whitespace (Bidi_Class=WS) is [`Kind::Space`]: it hangs at a line end;
//! - a cluster with no width of its own (a combining mark with no base) is drawn on a dotted
//!   circle U+25CC, as text shapers do, so it cannot merge into the cell before it;
//! - a cluster wider than 2 columns counted per `char` (emoji ZWJ sequences, some Indic
//!   conjuncts) is split before each `char` that would push it past 2 columns, so a cell is
//!   never wider than 2 and the line width matches what a `wcwidth`-based terminal draws;
//! - with shaping, a lam whose glyph is a [`Glyph::Ligature`] and the cluster holding the
//!   absorbed alef become one [`Kind::Ligature`] unit, as wide as the ligature glyph (1).

use unicode_bidi::{BidiClass, BidiInfo, Level};
use unicode_width::UnicodeWidthChar;

use super::clusters::{Clusters, simple};
use super::data::{self, FastBidiData};
use super::levels;
use super::shape::{self, Glyph};
use super::{Direction, Options, Scratch, StyleFlags};

/// What a unit shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Text,
    Hidden,
    Space,
    Tab,
    Control(char),
    Break,
    Dotted,
    /// A lam and its absorbed alef, drawn as this ligature glyph.
    Ligature(char),
    /// While building: a lam whose alef's cluster has not been seen yet.
    LamPending(char),
}

/// UAX #14 allows a break before this unit.
pub(crate) const BREAK_BEFORE: u8 = 1;
/// Every `char` is whitespace, an isolate control or X9-removed (UAX #9 L1 sequences).
pub(crate) const L1_WS: u8 = 1 << 1;
/// A segment or paragraph separator (UAX #9 L1: reset to the paragraph level).
pub(crate) const L1_SEP: u8 = 1 << 2;
/// Every `char` is removed by UAX #9 X9 (BN, embeddings, overrides, PDF).
pub(crate) const REMOVED: u8 = 1 << 3;

/// One display unit, in logical order.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Unit {
    pub start: u32,
    pub end: u32,
    /// Index of the first `char` of the unit in the paragraph (for the shaping table).
    pub char_idx: u32,
    pub width: u16,
    pub style: StyleFlags,
    pub kind: Kind,
    /// Resolved embedding level (UAX #9 I2), before L1.
    pub level: u8,
    pub flags: u8,
}

/// What the unit builder needs to know about one `char`.
struct CharInfo {
    width: u16,
    hidden: bool,
    ws: bool,
    l1_ws: bool,
    removed: bool,
}

fn char_info(c: char, class: BidiClass, tables: &data::Tables) -> CharInfo {
    use BidiClass::*;
    let removed = matches!(class, BN | LRE | RLE | LRO | RLO | PDF);
    let isolate = matches!(class, LRI | RLI | FSI | PDI);
    let hidden = removed || isolate || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}');
    CharInfo {
        width: if hidden { 0 } else { tables.width(c) },
        hidden,
        ws: class == WS,
        l1_ws: removed || isolate || class == WS,
        removed,
    }
}

fn is_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\x0b' | '\x0c' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Fills `scratch.units` (and `scratch.glyphs` when shaping) for `text`, unstyled but for
/// control symbols ([`super::styles`] adds the spans' styles afterwards).
pub(crate) fn build(scratch: &mut Scratch, text: &str, opts: &Options, direction: Direction) {
    scratch.units.clear();
    scratch.glyphs.clear();
    scratch.chars.clear();
    scratch.chars.extend(text.chars());
    let chars = &scratch.chars;
    if opts.shape {
        shape::shape_chars(chars, &mut scratch.glyphs);
    }
    let para = u8::from(direction.is_rtl());
    if !opts.bidi {
        segment(
            text,
            chars,
            &mut scratch.units,
            &scratch.glyphs,
            |_, _, c| (data::bidi_class(c), 0),
        );
    } else if levels::resolve(
        chars,
        para,
        &mut scratch.classes,
        &mut scratch.types,
        &mut scratch.char_levels,
    ) {
        let (classes, levels) = (&scratch.classes, &scratch.char_levels);
        segment(
            text,
            chars,
            &mut scratch.units,
            &scratch.glyphs,
            |_, k, _| (classes[k], levels[k]),
        );
    } else {
        let level = if para == 1 {
            Level::rtl()
        } else {
            Level::ltr()
        };
        let info = BidiInfo::new_with_data_source(&FastBidiData, text, Some(level));
        let (classes, levels) = (&info.original_classes, &info.levels);
        segment(
            text,
            chars,
            &mut scratch.units,
            &scratch.glyphs,
            |b, _, _| (classes[b], levels[b].number()),
        );
    }
    mark_breaks(text, &mut scratch.units);
}

/// Cuts `text` (whose `char`s are `chars`) into units. `class_level(byte, char index, char)`
/// gives the original bidi class and the resolved level of the `char` at that byte.
fn segment(
    text: &str,
    chars: &[char],
    units: &mut Vec<Unit>,
    glyphs: &[Glyph],
    class_level: impl Fn(usize, usize, char) -> (BidiClass, u8),
) {
    let tables = data::tables();
    units.reserve(chars.len());
    let mut char_idx = 0u32;
    let mut next = 0;
    // `simple` of the next char when already known: (char index, answer).
    let mut known = (usize::MAX, false);
    let mut clusters = Clusters::new(text);
    while next < text.len() {
        let start = next;
        let k = char_idx as usize;
        let Some(&c) = chars.get(k) else { break };
        let simple_here = if known.0 == k { known.1 } else { simple(c) };
        let simple_next = chars.get(k + 1).is_none_or(|&n| simple(n));
        known = (k + 1, simple_next);
        if simple_here
            && simple_next
            && let Some(unit) = plain_char(c, start, char_idx, glyphs, units, &class_level, tables)
        {
            next = unit.end as usize;
            char_idx += 1;
            units.push(unit);
            continue;
        }
        next = clusters.end(start);
        let cluster = &text[start..next];
        let first_idx = char_idx;
        let ligature_open =
            matches!(units.last(), Some(u) if matches!(u.kind, Kind::LamPending(_)));
        if ligature_open {
            let absorbed = cluster
                .chars()
                .enumerate()
                .any(|(k, _)| glyphs.get(first_idx as usize + k) == Some(&Glyph::Absorbed));
            if let Some(lam) = units.last_mut() {
                if let (true, Kind::LamPending(l)) = (absorbed, lam.kind) {
                    // The lam and the cluster of its alef become one ligature unit.
                    lam.end = (start + cluster.len()) as u32;
                    lam.width = l.width().unwrap_or(1) as u16;
                    lam.kind = Kind::Ligature(l);
                    char_idx += cluster.chars().count() as u32;
                    continue;
                }
                // No alef follows (cannot happen with a well-behaved shaper): plain text.
                lam.kind = Kind::Text;
            }
        }
        let mut unit = Unit {
            start: start as u32,
            end: (start + cluster.len()) as u32,
            char_idx: first_idx,
            width: 0,
            style: StyleFlags::empty(),
            kind: Kind::Text,
            level: 0,
            flags: 0,
        };
        char_idx += match simple_cluster(start, cluster, &class_level, &mut unit) {
            Some(n) => {
                units.push(unit);
                n
            }
            None => complex_cluster(start, cluster, &class_level, glyphs, units, unit),
        };
    }
    if let Some(u) = units
        .last_mut()
        .filter(|u| matches!(u.kind, Kind::LamPending(_)))
    {
        u.kind = Kind::Text;
    }
}

/// The fast path: a letter, digit, space or punctuation mark `c` that is a cluster on its
/// own (the caller checked [`simple`] for it and the next char) and plays no part in a
/// ligature.
#[inline]
fn plain_char(
    c: char,
    start: usize,
    char_idx: u32,
    glyphs: &[Glyph],
    units: &[Unit],
    class_level: &impl Fn(usize, usize, char) -> (BidiClass, u8),
    tables: &data::Tables,
) -> Option<Unit> {
    if matches!(
        glyphs.get(char_idx as usize),
        Some(Glyph::Ligature(_) | Glyph::Absorbed)
    ) || matches!(units.last(), Some(u) if matches!(u.kind, Kind::LamPending(_)))
    {
        return None;
    }
    let (class, level) = class_level(start, char_idx as usize, c);
    let ws = class == BidiClass::WS;
    Some(Unit {
        start: start as u32,
        end: (start + c.len_utf8()) as u32,
        char_idx,
        width: tables.width(c),
        style: StyleFlags::empty(),
        kind: if ws { Kind::Space } else { Kind::Text },
        level,
        flags: if ws { L1_WS } else { 0 },
    })
}

/// A line break, tab or other control: fills `unit` and returns its number of `char`s, or
/// `None` for every other cluster.
fn simple_cluster(
    start: usize,
    cluster: &str,
    class_level: &impl Fn(usize, usize, char) -> (BidiClass, u8),
    unit: &mut Unit,
) -> Option<u32> {
    let mut chars = cluster.chars();
    let c0 = chars.next()?;
    let single = chars.next().is_none();
    let (class, level) = class_level(start, unit.char_idx as usize, c0);
    unit.level = level;
    if is_break(c0) {
        unit.kind = Kind::Break;
        unit.flags = L1_SEP;
        return Some(if single { 1 } else { 2 });
    }
    if !single || !(c0 < ' ' || ('\x7f'..='\u{9f}').contains(&c0)) {
        return None;
    }
    unit.width = 1;
    unit.kind = match super::symbols::symbol(c0) {
        Some(sym) if c0 != '\t' => Kind::Control(sym),
        _ => Kind::Tab,
    };
    if matches!(class, BidiClass::S | BidiClass::B) {
        unit.flags |= L1_SEP;
    } else if class == BidiClass::BN {
        unit.flags |= REMOVED | L1_WS;
    }
    Some(1)
}

/// Text, whitespace, a hidden or a dotted cluster, split when wider than 2 columns. Pushes
/// its units and returns its number of `char`s.
fn complex_cluster(
    start: usize,
    cluster: &str,
    class_level: &impl Fn(usize, usize, char) -> (BidiClass, u8),
    glyphs: &[Glyph],
    units: &mut Vec<Unit>,
    mut unit: Unit,
) -> u32 {
    let first = unit.char_idx;
    let tables = data::tables();
    let mut n = 0u32;
    let (mut all_hidden, mut any_ws, mut all_l1_ws) = (true, false, true);
    // Level of the first char that X9 keeps, else of the first char.
    let (mut level, mut first_level) = (None, None);
    for (off, c) in cluster.char_indices() {
        let (class, lvl) = class_level(start + off, (unit.char_idx + n) as usize, c);
        let info = char_info(c, class, tables);
        if unit.width > 0 && unit.width + info.width > 2 {
            // Split before this char; what came before is plain text.
            unit.end = (start + off) as u32;
            unit.level = level.or(first_level).unwrap_or(lvl);
            units.push(unit);
            unit.start = unit.end;
            unit.char_idx += n;
            unit.width = 0;
            unit.kind = Kind::Text;
            n = 0;
            (all_hidden, any_ws, all_l1_ws) = (true, false, true);
            (level, first_level) = (None, None);
        }
        first_level.get_or_insert(lvl);
        if !info.removed {
            level.get_or_insert(lvl);
        }
        if let Some(Glyph::Ligature(l)) = glyphs.get((unit.char_idx + n) as usize) {
            unit.kind = Kind::LamPending(*l);
        }
        unit.width += info.width;
        all_hidden &= info.hidden;
        any_ws |= info.ws;
        all_l1_ws &= info.l1_ws;
        n += 1;
    }
    unit.end = (start + cluster.len()) as u32;
    unit.level = level.or(first_level).unwrap_or(0);
    if all_l1_ws {
        unit.flags |= L1_WS;
        if level.is_none() {
            unit.flags |= REMOVED;
        }
    }
    if matches!(unit.kind, Kind::LamPending(_)) {
        // Stays as wide as the lam until the alef's cluster is merged into it.
    } else if all_hidden {
        unit.kind = Kind::Hidden;
    } else if any_ws && all_l1_ws {
        unit.kind = Kind::Space;
    } else if unit.width == 0 {
        unit.kind = Kind::Dotted;
        unit.width = 1;
    }
    units.push(unit);
    unit.char_idx + n - first
}

/// Sets [`BREAK_BEFORE`] on every unit that starts at a break opportunity (UAX #14 as
/// tailored by [`super::breaks`]).
fn mark_breaks(text: &str, units: &mut [Unit]) {
    let mut opportunities = super::breaks::opportunities(text);
    let mut next = opportunities.next();
    for u in units.iter_mut() {
        let start = u.start as usize;
        while next.is_some_and(|p| p < start) {
            next = opportunities.next();
        }
        if next == Some(start) && start > 0 {
            u.flags |= BREAK_BEFORE;
        }
    }
}
