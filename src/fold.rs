//! Folding text to a comparison key: how khabar decides that two titles name the same
//! article although one is vocalised, spelled with another alef, or stretched with tatweel.
//!
//! This is the loose, title-level folding used by the library to resolve "read also" links
//! and by the loader to recognise line prefixes such as `إقرأ أيضاً`.

/// Arabic harakat, Quranic annotation marks and the superscript alef (U+064B–U+065F, U+0670,
/// U+06D6–U+06ED), Hebrew points and cantillation (U+0591–U+05C7, but not the punctuation
/// maqaf, paseq, sof pasuq and nun hafukha), and tatweel (U+0640): removed by folding.
pub fn is_ignorable_mark(c: char) -> bool {
    matches!(c,
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}'
        | '\u{0591}'..='\u{05BD}' | '\u{05BF}' | '\u{05C1}' | '\u{05C2}' | '\u{05C4}'
        | '\u{05C5}' | '\u{05C7}')
}

/// Letter-level folding: alef forms to bare alef, alef maqsura and Persian yeh to yeh, teh
/// marbuta to heh, Persian keheh to kaf, hamza seats to their letter; Latin lowercased.
fn fold_char(c: char, out: &mut String) {
    let f = match c {
        'آ' | 'أ' | 'إ' | 'ٱ' => 'ا',
        'ى' | 'ی' | 'ے' | 'ئ' => 'ي',
        'ة' | 'ۀ' | 'ۃ' => 'ه',
        'ک' => 'ك',
        'ؤ' => 'و',
        c if c.is_ascii() => c.to_ascii_lowercase(),
        // Hebrew and Arabic have no case.
        '\u{0590}'..='\u{06FF}' => c,
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push(f);
}

/// A comparison key for titles: marks and tatweel dropped, letters folded, every run of
/// whitespace and ZWNJ made one space, leading and trailing spaces and trailing dots,
/// ellipses and other closing punctuation trimmed.
pub fn title_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if is_ignorable_mark(c) || is_invisible(c) {
            continue;
        }
        if c.is_whitespace() || c == '\u{200C}' {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        fold_char(c, &mut out);
    }
    let trimmed = out.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | '…' | '،' | ',' | ':' | '؛' | ';' | '-' | '–' | '—')
    });
    trimmed.to_string()
}

/// Format and bidi control characters that carry no text: ZWJ, bidi marks, embeddings,
/// overrides and isolates, the BOM.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200D}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_fold_marks_alef_tatweel_and_dots() {
        let table = [
            (
                "روسيا والصين قوّة اقتصادية أمام الدولار..",
                "روسيا والصين قوه اقتصاديه امام الدولار",
            ),
            ("إقرأ أيضاً", "اقرا ايضا"),
            ("اقرأ أيضًا", "اقرا ايضا"),
            ("الـــصين", "الصين"),
            ("Read  More…", "read more"),
            ("بیشتر\u{200C}بخوانید", "بيشتر بخوانيد"),
            ("שָׁלוֹם", "שלום"),
        ];
        for (input, want) in table {
            assert_eq!(title_key(input), want, "{input}");
        }
    }
}
