//! Folding text to a comparison key: the one folding of khabar, used by the search (`/`,
//! `dump --search`, the link filter), by the library to resolve "read also" titles, and by the
//! loader to recognise line prefixes such as `إقرأ أيضاً`. The README's folding table lists
//! every rule with an example in each language; this module implements that table.

use unicode_normalization::UnicodeNormalization;

use crate::layout::shape::{JoiningType, joining_type};

/// How much a search folds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Folding {
    /// The text as it is.
    Exact,
    /// Marks, tatweel, letter variants, digits, case, punctuation variants and spacing folded.
    #[default]
    Normal,
    /// Normal, and every hamza seat (ء أ إ آ ؤ ئ) one form, Hebrew final letters plain.
    Loose,
}

impl Folding {
    /// The next mode, for a toggle key.
    pub fn next(self) -> Folding {
        match self {
            Folding::Normal => Folding::Loose,
            Folding::Loose => Folding::Exact,
            Folding::Exact => Folding::Normal,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Folding::Exact => "exact",
            Folding::Normal => "folded",
            Folding::Loose => "loose",
        }
    }
}

/// Arabic harakat, Quranic annotation marks and the superscript alef (U+064B–U+065F, U+0670,
/// U+06D6–U+06ED), Hebrew points and cantillation (U+0591–U+05C7, but not the punctuation
/// maqaf, paseq, sof pasuq and nun hafukha), and tatweel (U+0640): removed by folding.
pub fn is_ignorable_mark(c: char) -> bool {
    matches!(c,
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}'
        | '\u{0591}'..='\u{05BD}' | '\u{05BF}' | '\u{05C1}' | '\u{05C2}' | '\u{05C4}'
        | '\u{05C5}' | '\u{05C7}')
}

/// Format and bidi control characters that carry no text: ZWJ, bidi marks, embeddings,
/// overrides and isolates, the BOM. Folding drops them.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200D}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
    )
}

/// Folds one character into `out` (nothing for a dropped mark): the folding table of the
/// README. [`Folding::Exact`] pushes `c` as it is.
pub fn fold_char(c: char, mode: Folding, out: &mut String) {
    if mode == Folding::Exact {
        out.push(c);
    } else if needs_nfkc(c) {
        // NFKC of the single character: presentation forms and ligatures to letters.
        for c in std::iter::once(c).nfkc() {
            fold_letter(c, mode, out);
        }
    } else {
        fold_letter(c, mode, out);
    }
}

/// Whether `c` may have a compatibility decomposition. ASCII, Hebrew and the Arabic block
/// (but for the high-hamza letters U+0675–U+0678) have none: they skip the NFKC step.
fn needs_nfkc(c: char) -> bool {
    !(c.is_ascii()
        || ('\u{0590}'..='\u{05FF}').contains(&c)
        || (('\u{0600}'..='\u{06FF}').contains(&c) && !('\u{0675}'..='\u{0678}').contains(&c)))
}

/// Folds one character that is already in NFKC.
fn fold_letter(c: char, mode: Folding, out: &mut String) {
    if c.is_ascii() {
        out.push(if c.is_ascii_whitespace() {
            ' '
        } else {
            c.to_ascii_lowercase()
        });
        return;
    }
    if is_ignorable_mark(c) || is_invisible(c) {
        return;
    }
    if let Some(f) = fold_rtl_letter(c, mode) {
        out.push(f);
        return;
    }
    match c {
        '\u{0660}'..='\u{0669}' => out.push(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '\u{06F0}'..='\u{06F9}' => out.push(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        '\u{200C}' => out.push(' '),
        c if c.is_whitespace() => out.push(' '),
        c if ('\u{0590}'..='\u{06FF}').contains(&c) => out.push(c),
        c => out.extend(c.to_lowercase()),
    }
}

/// The Arabic, Persian, Urdu and Hebrew letter rules of the folding table; `None` for a
/// character they leave alone.
fn fold_rtl_letter(c: char, mode: Folding) -> Option<char> {
    let loose = mode == Folding::Loose;
    Some(match c {
        // Loose: every hamza seat one form, the bare alef (which Normal gives أ إ آ already).
        'ء' | 'ؤ' | 'ئ' if loose => 'ا',
        'آ' | 'أ' | 'إ' | 'ٱ' => 'ا',
        'ى' | 'ی' | 'ے' => 'ي',
        'ة' | 'ۀ' | 'ہ' | 'ۂ' | 'ۃ' | 'ھ' => 'ه',
        'ک' => 'ك',
        '\u{05F4}' => '"',  // gershayim
        '\u{05F3}' => '\'', // geresh
        '\u{05BE}' => '-',  // maqaf
        'ך' if loose => 'כ',
        'ם' if loose => 'מ',
        'ן' if loose => 'נ',
        'ף' if loose => 'פ',
        'ץ' if loose => 'צ',
        _ => return None,
    })
}

/// Whether a space or ZWNJ between the folded letters `prev` and `next` may also be absent:
/// `prev` is an Arabic-script letter that joins the letter after it and `next` one that joins
/// the letter before it, so a ZWNJ there is the writer's choice (`می‌شود`, `می شود`, `میشود`).
pub fn space_optional_between(prev: char, next: char) -> bool {
    let arabic = |c: char| ('\u{0600}'..='\u{06FF}').contains(&c);
    arabic(prev)
        && arabic(next)
        && matches!(joining_type(prev), JoiningType::D | JoiningType::L)
        && matches!(joining_type(next), JoiningType::D | JoiningType::R)
}

#[cfg(test)]
thread_local! {
    /// Calls of [`title_key`] (the tests count them).
    pub static TITLE_KEYS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// A comparison key for titles: folded as [`Folding::Loose`] folds (a title's hamza seats
/// vary between sources), every run of whitespace and ZWNJ made one space, leading and
/// trailing spaces and trailing dots, ellipses and other closing punctuation trimmed.
pub fn title_key(s: &str) -> String {
    #[cfg(test)]
    TITLE_KEYS.set(TITLE_KEYS.get() + 1);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        // Folded straight into the key; a space it brings (whitespace, ZWNJ, a ligature's)
        // is dropped after another space or at the start.
        if folds_to_itself(c) {
            out.push(c);
            continue;
        }
        let start = out.len();
        fold_char(c, Folding::Loose, &mut out);
        if out[start..].contains(' ') {
            let added = out.split_off(start);
            for f in added.chars() {
                if f != ' ' || !(out.is_empty() || out.ends_with(' ')) {
                    out.push(f);
                }
            }
        }
    }
    let kept = out
        .trim_end_matches(|c: char| {
            c.is_whitespace()
                || matches!(c, '.' | '…' | '،' | ',' | ':' | '؛' | ';' | '-' | '–' | '—')
        })
        .len();
    out.truncate(kept);
    out
}

/// The letters and digits most titles are made of that every folding leaves as they are:
/// Latin lower case and digits, and the Arabic letters no rule of the table touches (not
/// hamza seats, alef forms, alef maqsura, teh marbuta, tatweel). A fast path of
/// [`title_key`], which folds every headline and line of a folder of articles.
fn folds_to_itself(c: char) -> bool {
    matches!(c,
        'a'..='z' | '0'..='9' | '\u{0627}' | '\u{0628}' | '\u{062A}'..='\u{063A}'
        | '\u{0641}'..='\u{0648}' | '\u{064A}')
}

#[cfg(test)]
mod tests;
