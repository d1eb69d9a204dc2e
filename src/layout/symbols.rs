//! The text policy's one mapping (rule 3 of [`crate::text`], which re-exports it; it lives
//! here, under the engine that draws the symbols) from characters that show nothing (or drive the terminal) to what khabar
//! shows instead. Every surface takes its symbols from here: the layout engine (one cell per
//! symbol), the stderr/stdout writer ([`escape`]) and the invisible-character reveal of
//! headlines and link texts ([`reveal_invisible`]).
//!
//! - C0 controls and DEL: their Unicode control picture, `␀`…`␟`, `␡` ([`picture`]);
//! - C1 controls: U+FFFD in a laid-out cell ([`symbol`]), `<U+009B>` in a message;
//! - bidi embedding, override and isolate controls, U+2028/U+2029: `<U+202E>` in a message
//!   (the layout applies them, UAX #9 X1–X10, and gives them no cell); where the reader
//!   reveals them (`B`), an arrow ([`bidi_symbol`], [`reveal_bidi`]);
//! - invisible characters ([`is_invisible`]): `◌`, the soft hyphen `¬`.

use std::borrow::Cow;

/// The visible symbol of a C0 control or DEL: its Unicode control picture, `␀`…`␟`
/// (U+2400 + the code, so ESC is `␛`, BEL `␇`, a line feed `␊`) and `␡` for DEL.
pub fn picture(c: char) -> Option<char> {
    match c {
        '\0'..='\x1f' => char::from_u32(0x2400 + c as u32),
        '\x7f' => Some('\u{2421}'),
        _ => None,
    }
}

/// The one-cell symbol the layout draws for a control `char`: its [`picture`], or U+FFFD
/// for a C1 control (where a message writes `<U+009B>`).
pub fn symbol(c: char) -> Option<char> {
    match c {
        '\u{80}'..='\u{9f}' => Some('\u{FFFD}'),
        c => picture(c),
    }
}

/// The symbol a bidi embedding, override or isolate control shows as where the reader
/// reveals them (`B`: logical order, where they reorder nothing): an arrow of the same UTF-8
/// length (3 bytes), so byte ranges stay valid — single arrows for embeddings, double ones
/// for overrides, barred ones for isolates (`↔` for FSI), `↵` for the pops (PDF, PDI).
pub fn bidi_symbol(c: char) -> Option<char> {
    Some(match c {
        '\u{202A}' => '→',
        '\u{202B}' => '←',
        '\u{202D}' => '⇒',
        '\u{202E}' => '⇐',
        '\u{2066}' => '↦',
        '\u{2067}' => '↤',
        '\u{2068}' => '↔',
        '\u{202C}' | '\u{2069}' => '↵',
        _ => return None,
    })
}

/// `text` with every bidi control replaced by its [`bidi_symbol`], and the byte ranges of
/// the symbols (for the control style).
pub fn reveal_bidi(text: &str) -> (Cow<'_, str>, Vec<std::ops::Range<usize>>) {
    if !text.chars().any(is_bidi_control) {
        return (Cow::Borrowed(text), Vec::new());
    }
    let mut out = String::with_capacity(text.len());
    let mut at = Vec::new();
    for (i, c) in text.char_indices() {
        match bidi_symbol(c) {
            Some(sym) => {
                at.push(i..i + sym.len_utf8());
                out.push(sym);
            }
            None => out.push(c),
        }
    }
    (Cow::Owned(out), at)
}

/// LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters that take no room and show nothing, which a headline or a link text could use
/// to look like another (`pay\u{200B}pal`): zero width space, word joiner, the invisible
/// operators, the byte order mark, the Mongolian vowel separator, the soft hyphen. Not ZWJ
/// and ZWNJ (Persian and Arabic words need them to join or not) and not the bidi marks (honest
/// Arabic and Hebrew text uses them; [`crate::spoof::bidi_controls`] flags the ones that
/// reorder).
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{180E}' | '\u{00AD}'
    )
}

/// `text` with every [`is_invisible`] character replaced by a visible one of the same UTF-8
/// length, so that byte ranges (styles, search matches) stay valid: `◌` (U+25CC) for the
/// three-byte ones, `¬` for the soft hyphen.
pub fn reveal_invisible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_invisible) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\u{00AD}' => '¬',
                c if is_invisible(c) => '◌',
                c => c,
            })
            .collect(),
    )
}

/// Characters [`escape`] does not let through: every control (C0, DEL, C1), the bidi
/// embedding, override and isolate controls, and the line and paragraph separators.
fn is_escaped(c: char) -> bool {
    c.is_control() || is_bidi_control(c) || matches!(c, '\u{2028}' | '\u{2029}')
}

/// `text` safe for a terminal line (the rule of every message khabar writes): a tab becomes
/// a space, the other C0 controls and DEL their [`picture`] (`␛`), and C1 controls, bidi
/// embedding/override/isolate controls and U+2028/U+2029 the visible `<U+XXXX>` (`<U+009B>`,
/// `<U+202E>`). A line break inside a message is shown as `␊`: only the writers end lines.
/// Everything else stays, Arabic and Hebrew text, ZWJ/ZWNJ and the LRM/RLM marks included.
/// Escaping twice changes nothing more.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_escaped) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' => out.push(' '),
            c if !is_escaped(c) => out.push(c),
            c => match picture(c) {
                Some(p) => out.push(p),
                None => out.push_str(&format!("<U+{:04X}>", c as u32)),
            },
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {

    #[test]
    fn revealed_bidi_controls_keep_their_byte_offsets() {
        let spoof = "a\u{202E}b\u{2069}c";
        let (shown, at) = reveal_bidi(spoof);
        assert_eq!(shown, "a⇐b↵c");
        assert_eq!(shown.len(), spoof.len());
        assert_eq!(at, [1..4, 5..8]);
        assert!(matches!(reveal_bidi("قال \u{200F}"), (Cow::Borrowed(_), _)));
    }

    use super::*;

    #[test]
    fn one_mapping_for_cells_and_messages() {
        assert_eq!(symbol('\u{1b}'), Some('␛'));
        assert_eq!(symbol('\u{7f}'), Some('␡'));
        assert_eq!(symbol('\u{9b}'), Some('\u{FFFD}'));
        assert_eq!(escape("\u{1b}\u{9b}"), "␛<U+009B>");
        assert_eq!(reveal_invisible("a\u{200B}b\u{AD}"), "a◌b¬");
    }
}
