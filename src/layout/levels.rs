//! UAX #9 resolved levels (W1–W7, N0–N2, I1–I2) for the common paragraph: one with no
//! explicit formatting character (no embedding, override or isolate controls, rule X1–X8 do
//! nothing), no Bidi_Class=BN (X9 removes nothing) and no paragraph separator. Such a
//! paragraph is a single isolating run sequence at the paragraph level, with sos and eos
//! both of the paragraph direction (X10).
//!
//! It exists for speed: `unicode_bidi::BidiInfo` was a third of the layout time on news
//! text. [`resolve`] returns `false` for anything else and the caller falls back to
//! `BidiInfo`. A property test checks it against `BidiInfo` level for level, and the
//! conformance test runs through it for every case without explicit controls.

use unicode_bidi::BidiClass::{self, *};
use unicode_bidi::BidiDataSource;

use super::data::{self, FastBidiData};

/// Most bracket pairs BD16 tracks before it gives up (UAX #9 BD16).
const MAX_BRACKET_DEPTH: usize = 63;

/// Resolves the levels of the paragraph whose `char`s are `chars` at paragraph level `para`
/// (0 or 1), one entry per `char` in `classes` (original Bidi_Class) and `levels`. `false`
/// (outputs unspecified) when the paragraph is not a simple one.
pub(crate) fn resolve(
    chars: &[char],
    para: u8,
    classes: &mut Vec<BidiClass>,
    types: &mut Vec<BidiClass>,
    levels: &mut Vec<u8>,
) -> bool {
    let tables = data::tables();
    classes.clear();
    classes.extend(chars.iter().map(|&c| tables.class(c)));
    // Every class present, one bit each.
    let present = classes.iter().fold(0u32, |acc, &c| acc | bit(c));
    let not_simple = [LRE, RLE, LRO, RLO, PDF, LRI, RLI, FSI, PDI, BN, B];
    if not_simple.iter().any(|&c| present & bit(c) != 0) {
        return false;
    }
    let numbers = present & (bit(EN) | bit(AN)) != 0;
    if para & 1 == 1 && !numbers && present & bit(L) == 0 {
        // Right to left with no L, EN or AN: W1–W7 leave only R and neutrals, N0–N2 make
        // every neutral R (it sits between R's or the R sos/eos): the whole paragraph is at
        // level 1. Much of Arabic news text is such a paragraph.
        levels.clear();
        levels.resize(chars.len(), para);
        return true;
    }
    if para & 1 == 0 && present & (bit(R) | bit(AL) | bit(AN)) == 0 {
        // Left to right with no R, AL or AN: W7 turns every EN into L (the last strong type
        // before it is L or sos), N1–N2 make every neutral L: all at level 0.
        levels.clear();
        levels.resize(chars.len(), para);
        return true;
    }
    let e = if para & 1 == 1 { R } else { L };
    types.clear();
    types.extend_from_slice(classes);
    weak_types(types, e, numbers);
    if present & bit(ON) != 0 {
        brackets(chars, classes, types, e);
    }
    neutrals(types, e);
    levels.clear();
    levels.extend(types.iter().map(|&t| match (para & 1, t) {
        (0, R) => para + 1,
        (0, AN | EN) => para + 2,
        (1, L | EN | AN) => para + 1,
        _ => para,
    }));
    true
}

/// A class as one bit of a set.
#[inline]
fn bit(c: BidiClass) -> u32 {
    1 << (c as u32)
}

/// W1–W7 over the whole paragraph (one isolating run sequence, sos = eos = `e`).
/// `numbers`: some `char` is EN or AN (else W4, W5 and W7 have nothing to change).
fn weak_types(t: &mut [BidiClass], e: BidiClass, numbers: bool) {
    // W1 (NSM takes the previous type), W2 (EN after AL is AN), W3 (AL is R), in one pass:
    // `prev` keeps the type before W2/W3, as W1 alone would leave it.
    let mut prev = e;
    let mut last_strong = e;
    for x in t.iter_mut() {
        if *x == NSM {
            *x = prev;
        }
        prev = *x;
        match *x {
            L | R => last_strong = *x,
            AL => {
                last_strong = AL;
                *x = R;
            }
            EN if last_strong == AL => *x = AN,
            _ => {}
        }
    }
    if !numbers {
        // W6 only: separators and terminators are ON.
        for x in t.iter_mut() {
            if matches!(*x, ES | ET | CS) {
                *x = ON;
            }
        }
        return;
    }
    // W4: a single separator between two numbers of the same kind.
    for i in 1..t.len().saturating_sub(1) {
        if !matches!(t[i], ES | CS) {
            continue;
        }
        let (a, b) = (t[i - 1], t[i + 1]);
        t[i] = match (t[i], a, b) {
            (ES, EN, EN) | (CS, EN, EN) => EN,
            (CS, AN, AN) => AN,
            (x, _, _) => x,
        };
    }
    // W5: a sequence of ET next to EN becomes EN.
    let mut i = 0;
    while i < t.len() {
        if t[i] != ET {
            i += 1;
            continue;
        }
        let start = i;
        while i < t.len() && t[i] == ET {
            i += 1;
        }
        let before = start > 0 && t[start - 1] == EN;
        if before || (i < t.len() && t[i] == EN) {
            t[start..i].fill(EN);
        }
    }
    // W6 (remaining separators and terminators are ON), W7 (EN after L is L).
    let mut last_strong = e;
    for x in t.iter_mut() {
        match *x {
            ES | ET | CS => *x = ON,
            L | R => last_strong = *x,
            EN if last_strong == L => *x = L,
            _ => {}
        }
    }
}

/// The strong direction a type counts as in N0–N2 (EN and AN count as R).
fn strong(t: BidiClass) -> Option<BidiClass> {
    match t {
        L => Some(L),
        R | AL | EN | AN => Some(R),
        _ => None,
    }
}

/// False for a `char` that BidiBrackets.txt does not list, for most of them without a
/// lookup: below U+0F3A only ASCII ( ) [ ] { } are brackets, and U+2000–U+2044 (curly quotes,
/// dashes) holds none.
#[inline]
fn may_be_bracket(c: char) -> bool {
    let cp = c as u32;
    if cp < 0xF3A {
        matches!(c, '(' | ')' | '[' | ']' | '{' | '}')
    } else {
        !(0x2000..0x2045).contains(&cp)
    }
}

/// BD16 bracket pairs (positions of the opening and closing bracket), sorted by opening.
fn bracket_pairs(chars: &[char], types: &[BidiClass]) -> Vec<(usize, usize)> {
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut pairs = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if types[i] != ON || !may_be_bracket(c) {
            continue;
        }
        let Some(b) = FastBidiData.bidi_matched_opening_bracket(c) else {
            continue;
        };
        if b.is_open {
            if stack.len() == MAX_BRACKET_DEPTH {
                break;
            }
            stack.push((b.opening, i));
        } else if let Some(k) = stack.iter().rposition(|&(o, _)| o == b.opening) {
            pairs.push((stack[k].1, i));
            stack.truncate(k);
        }
    }
    pairs.sort_unstable();
    pairs
}

/// N0: paired brackets take the embedding direction, or the opposite one when only that is
/// inside and also before them; NSMs after a changed bracket follow it.
fn brackets(chars: &[char], classes: &[BidiClass], t: &mut [BidiClass], e: BidiClass) {
    for (open, close) in bracket_pairs(chars, t) {
        let inside = t[open + 1..close].iter().filter_map(|&x| strong(x));
        let mut found_opposite = false;
        let mut found_e = false;
        for s in inside {
            if s == e {
                found_e = true;
                break;
            }
            found_opposite = true;
        }
        let new = if found_e {
            e
        } else if found_opposite {
            let before = t[..open].iter().rev().find_map(|&x| strong(x)).unwrap_or(e);
            if before != e { before } else { e }
        } else {
            continue;
        };
        for at in [open, close] {
            t[at] = new;
            let mut k = at + 1;
            while k < t.len() && classes[k] == NSM {
                t[k] = new;
                k += 1;
            }
        }
    }
}

/// N1, N2: a sequence of neutrals between two strong types of the same direction takes
/// it, otherwise the embedding direction.
fn neutrals(t: &mut [BidiClass], e: BidiClass) {
    let mut i = 0;
    let mut prev = e;
    while i < t.len() {
        if let Some(s) = strong(t[i]) {
            prev = s;
            i += 1;
            continue;
        }
        let start = i;
        while i < t.len() && strong(t[i]).is_none() {
            i += 1;
        }
        let next = t.get(i).and_then(|&x| strong(x)).unwrap_or(e);
        let dir = if prev == next { prev } else { e };
        t[start..i].fill(dir);
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use unicode_bidi::{BidiInfo, Level};

    const PIECES: &[&str] = &[
        "a", "Z", "ب", "ש", "1", "٣", "۵", ".", ",", ":", "/", "+", "-", "$", "%", "#", "°", "(",
        ")", "[", "]", "{", "}", "«", "»", "\u{2329}", "\u{232A}", "\u{3008}", "\u{3009}", " ",
        "\t", "\u{64E}", "\u{301}", "!", "@", "\u{1F}", "\u{B}", "\u{660}", "\u{6F0}",
    ];

    #[test]
    fn bracket_prefilter_lets_every_bracket_through() {
        use unicode_bidi::BidiDataSource;
        for cp in 0..=0x10FFFF {
            if let Some(c) = char::from_u32(cp)
                && super::FastBidiData
                    .bidi_matched_opening_bracket(c)
                    .is_some()
            {
                assert!(super::may_be_bracket(c), "{cp:X}");
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]
        #[test]
        fn same_levels_as_unicode_bidi(
            v in prop::collection::vec(prop::sample::select(PIECES), 0..40),
            rtl in any::<bool>(),
        ) {
            let text = v.concat();
            let para = u8::from(rtl);
            let (mut c, mut t, mut l) = (Vec::new(), Vec::new(), Vec::new());
            let chars: Vec<char> = text.chars().collect();
            prop_assert!(super::resolve(&chars, para, &mut c, &mut t, &mut l));
            let level = if rtl { Level::rtl() } else { Level::ltr() };
            let info = BidiInfo::new(&text, Some(level));
            let want: Vec<u8> = text.char_indices().map(|(b, _)| info.levels[b].number()).collect();
            prop_assert_eq!(l, want, "{:?}", text);
        }
    }
}
