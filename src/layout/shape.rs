//! Arabic shaping into Presentation Forms, for terminals that draw each code point on its own.
//!
//! Implements the cursive joining rules of the Unicode core specification §9.2 ("Cursive
//! Joining" R1–R7 and "Ligatures" L1–L2, with Joining_Type from `ArabicShaping.txt`) and maps
//! each joined letter to its positional form in Arabic Presentation Forms-A (Persian and Urdu
//! letters such as پ چ ژ گ ک ی ے ہ ھ ں) or Forms-B. The boundary: [`shape`] only chooses glyphs,
//! one [`Glyph`] per `char` in logical order; bidi reordering and width belong to the rest of
//! [`crate::layout`]. Harakat and other marks stay where they are, as `Glyph::Same`.
//!
//! Both tables live in the generated `joining_table.rs` (`tools/gen_joining.py`, from Unicode
//! 15.0 `ArabicShaping.txt` and `UnicodeData.txt`), so shaping is one table lookup per `char`.
//!
//! Why not the `ar-reshaper` crate (1.5.0, MIT, `no_std`)? It does handle joining, lam-alef and
//! Persian letters, but its default configuration deletes harakat (`delete_harakat: true`) and
//! its `reshape` returns a new `String` with no record of which input `char` became which
//! output glyph. Layout needs exactly that record: every screen cell must map back to a logical
//! offset for search highlights, link focus and selection. A table-driven shaper that returns
//! one entry per input `char` gives the map for free and is about 150 lines.

#[path = "joining_table.rs"]
mod joining_table;

use joining_table::{DENSE, DENSE_FIRST, FORMS, FORMS_FIRST, LAM_ALEF, RANGES};

/// What to draw for one `char` of the input, in logical order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Glyph {
    /// Draw the input `char` itself (not Arabic, a mark, or no presentation form for it).
    Same,
    /// Draw this presentation form instead (isolated, final, initial or medial).
    Form(char),
    /// This `char` (a lam) and the next base letter (an alef) become this one ligature glyph.
    Ligature(char),
    /// The alef consumed by the previous [`Glyph::Ligature`]; draws nothing.
    Absorbed,
}

/// Joining_Type (Unicode core spec §9.2, Table 9-3; `ArabicShaping.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JoiningType {
    /// Non_Joining: breaks joining on both sides (space, digits, ZWNJ, unlisted letters).
    U,
    /// Transparent: skipped when looking for neighbours (harakat, other Mn/Me/Cf).
    T,
    /// Right_Joining: joins only with the preceding letter (alef, dal, reh, waw).
    R,
    /// Left_Joining: joins only with the following letter.
    L,
    /// Dual_Joining: joins on both sides (beh, seen, lam, meem, yeh).
    D,
    /// Join_Causing: forces joins on both sides and has no forms itself (tatweel, ZWJ).
    C,
}

impl JoiningType {
    /// "Right join-causing" in §9.2: can join with the character that follows it.
    fn joins_next(self) -> bool {
        matches!(self, JoiningType::D | JoiningType::L | JoiningType::C)
    }

    /// "Left join-causing" in §9.2: can join with the character that precedes it.
    fn joins_prev(self) -> bool {
        matches!(self, JoiningType::D | JoiningType::R | JoiningType::C)
    }
}

/// Joining_Type of `c`; code points not in `ArabicShaping.txt` are T if their General Category
/// is Mn, Me or Cf and U otherwise (the rule stated in the file's header).
#[inline]
pub fn joining_type(c: char) -> JoiningType {
    let cp = u32::from(c);
    if cp < 0xAD {
        return JoiningType::U; // ASCII and Latin-1 up to SOFT HYPHEN, the first Cf.
    }
    if let Some(&t) = cp
        .checked_sub(DENSE_FIRST)
        .and_then(|i| DENSE.get(i as usize))
    {
        return t;
    }
    RANGES
        .binary_search_by(|&(lo, hi, _)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .map_or(JoiningType::U, |i| RANGES[i].2)
}

const LAM: char = '\u{0644}';
const NO_FORM: char = '\0';

/// Shapes `text`: one [`Glyph`] per `char`, in logical order.
pub fn shape(text: &str) -> Vec<Glyph> {
    let mut out = Vec::with_capacity(text.len());
    shape_into(text, &mut out);
    out
}

/// A non-transparent `char` whose form waits until its next non-transparent neighbour is known.
#[derive(Clone, Copy)]
struct Pending {
    idx: usize,
    ch: char,
    jt: JoiningType,
    joined_prev: bool,
    absorbed: bool,
}

/// [`shape`] into a caller's buffer (cleared first), so a layout pass can reuse one allocation.
///
/// One pass: a letter's form is fixed once the next non-transparent `char` is seen (R1:
/// transparent `char`s are skipped; R2–R7 pick the form from the joins on each side). A lam
/// joined to a following alef becomes a lam-alef ligature (L1–L2), isolated or final by
/// whether the lam joins its own predecessor.
pub fn shape_into(text: &str, out: &mut Vec<Glyph>) {
    let chars: Vec<char> = text.chars().collect();
    shape_chars(&chars, out);
}

/// [`shape_into`] over the `char`s of a paragraph already decoded (the layout decodes once).
pub(crate) fn shape_chars(chars: &[char], out: &mut Vec<Glyph>) {
    out.clear();
    out.resize(chars.len(), Glyph::Same);
    // No letter pending: a non-joining stand-in whose form is never written.
    let none = Pending {
        idx: 0,
        ch: '\0',
        jt: JoiningType::U,
        joined_prev: false,
        absorbed: true,
    };
    let mut p = none;
    for (idx, &ch) in chars.iter().enumerate() {
        if ch.is_ascii() {
            // Non-joining with no presentation form: it ends the pending letter's joins and
            // stays `Same` (the same as pending it, quicker).
            finish(out, &p, false);
            p = none;
            continue;
        }
        let jt = joining_type(ch);
        if jt == JoiningType::T {
            continue;
        }
        let joins = p.jt.joins_next() && jt.joins_prev();
        let mut absorbed = false;
        if let Some(lig) = lam_alef(&p, ch) {
            out[p.idx] = Glyph::Ligature(lig);
            out[idx] = Glyph::Absorbed;
            absorbed = true;
        } else {
            finish(out, &p, joins);
        }
        p = Pending {
            idx,
            ch,
            jt,
            joined_prev: joins,
            absorbed,
        };
    }
    finish(out, &p, false);
}

/// L2: lam followed (across transparent marks) by alef, madda, hamza-above or hamza-below
/// alef forms one ligature; final if the lam joins its predecessor, else isolated. (Lam is D
/// and every alef R, so the two always join when adjacent.)
#[inline]
fn lam_alef(lam: &Pending, next: char) -> Option<char> {
    if lam.ch != LAM {
        return None;
    }
    let &(_, isolated, fin) = LAM_ALEF.iter().find(|&&(alef, _, _)| alef == next)?;
    Some(if lam.joined_prev { fin } else { isolated })
}

/// Writes the form of a pending letter now that its join with the next letter is known.
#[inline]
fn finish(out: &mut [Glyph], p: &Pending, joined_next: bool) {
    if !p.absorbed {
        out[p.idx] = form(p.ch, p.joined_prev, joined_next);
    }
}

/// R2–R7: the positional form for the joins on each side. When the data has no such form
/// (Noon Ghunna has only isolated and final), drop the join with the next letter: medial
/// falls back to final, initial to isolated; a letter with no forms at all stays `Same`.
fn form(ch: char, joined_prev: bool, joined_next: bool) -> Glyph {
    let Some(forms) = u32::from(ch)
        .checked_sub(FORMS_FIRST)
        .and_then(|i| FORMS.get(i as usize))
    else {
        return Glyph::Same;
    };
    // Slots in FORMS: 0 isolated, 1 final, 2 initial, 3 medial. The first of the slots
    // tried (medial → final → isolated, initial → isolated) that has a form.
    let or = |f: char, fallback: char| if f != NO_FORM { f } else { fallback };
    let f = match (joined_prev, joined_next) {
        (true, true) => or(forms[3], or(forms[1], forms[0])),
        (true, false) => or(forms[1], forms[0]),
        (false, true) => or(forms[2], forms[0]),
        (false, false) => forms[0],
    };
    if f == NO_FORM {
        Glyph::Same
    } else {
        Glyph::Form(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_lookups_cover_dense_ranges_and_default() {
        assert_eq!(joining_type('a'), JoiningType::U);
        assert_eq!(joining_type('\u{00AD}'), JoiningType::T); // SOFT HYPHEN, Cf
        assert_eq!(joining_type('\u{0628}'), JoiningType::D);
        assert_eq!(joining_type('\u{064E}'), JoiningType::T); // FATHA, Mn, not listed
        assert_eq!(joining_type('\u{0640}'), JoiningType::C);
        assert_eq!(joining_type('\u{200D}'), JoiningType::C);
        assert_eq!(joining_type('\u{200C}'), JoiningType::U);
        assert_eq!(joining_type('\u{200F}'), JoiningType::T); // RLM, Cf
        assert_eq!(joining_type('\u{05D0}'), JoiningType::U); // HEBREW ALEF
        assert_eq!(joining_type('\u{10FFFF}'), JoiningType::U);
    }

    #[test]
    fn missing_forms_fall_back_by_dropping_the_next_join() {
        // U+06BA NOON GHUNNA: D, but only isolated U+FB9E and final U+FB9F exist.
        assert_eq!(form('\u{06BA}', true, true), Glyph::Form('\u{FB9F}'));
        assert_eq!(form('\u{06BA}', false, true), Glyph::Form('\u{FB9E}'));
        // U+06C3 TEH MARBUTA GOAL has no presentation forms at all.
        assert_eq!(form('\u{06C3}', true, false), Glyph::Same);
    }

    #[test]
    fn zwj_between_lam_and_alef_joins_without_ligature() {
        // ZWJ is C, not T, so the lam's next neighbour is the ZWJ, not the alef (L1 only
        // looks through transparent characters).
        let g = shape("\u{0644}\u{200D}\u{0627}");
        assert_eq!(
            g,
            [
                Glyph::Form('\u{FEDF}'),
                Glyph::Same,
                Glyph::Form('\u{FE8E}')
            ]
        );
    }

    #[test]
    fn shape_into_reuses_and_clears_the_buffer() {
        let mut out = vec![Glyph::Absorbed; 8];
        shape_into("ab", &mut out);
        assert_eq!(out, [Glyph::Same, Glyph::Same]);
    }
}
