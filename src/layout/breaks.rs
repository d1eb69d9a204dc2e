//! Line break opportunities: UAX #14 (`unicode-linebreak`), with one tailoring: no break
//! after hyphens that open a word when a letter follows (LB20a of Unicode 15.1, which keeps
//! `-x` whole, extended to a run of hyphens so that a command-line option such as `--bidi`
//! is never cut as `--` / `bidi`). A word opens at the start of the text or after a
//! character that is no letter, digit or mark: a space, a bidi mark, an isolate, a maqaf.

/// HYPHEN-MINUS and HYPHEN, the hyphens of LB20a.
const HYPHENS: [char; 2] = ['-', '\u{2010}'];

/// The byte offsets in `text` where a line may break, in order.
pub(crate) fn opportunities(text: &str) -> impl Iterator<Item = usize> + '_ {
    unicode_linebreak::linebreaks(text)
        .map(|(at, _)| at)
        .filter(move |&at| !after_opening_hyphens(text, at))
}

/// Whether the break at `at` falls between hyphens that open a word and a letter.
fn after_opening_hyphens(text: &str, at: usize) -> bool {
    if !text[at..].chars().next().is_some_and(char::is_alphabetic) {
        return false;
    }
    let before = text[..at].trim_end_matches(HYPHENS);
    before.len() < at
        && !before
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || is_mark(c))
}

/// A combining mark (general category M), for the scripts khabar folds and Latin.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{591}'..='\u{5BD}' | '\u{5BF}' | '\u{5C1}'
        | '\u{5C2}' | '\u{5C4}' | '\u{5C5}' | '\u{5C7}' | '\u{610}'..='\u{61A}'
        | '\u{64B}'..='\u{65F}' | '\u{670}' | '\u{6D6}'..='\u{6ED}')
}

#[cfg(test)]
mod tests {
    use super::opportunities;

    fn breaks(text: &str) -> Vec<usize> {
        opportunities(text).collect()
    }

    #[test]
    fn an_option_stays_whole_and_a_compound_still_breaks() {
        // "see --bidi": only after the space (and the end).
        assert_eq!(breaks("see --bidi"), [4, 10]);
        // After a maqaf (no break before a hyphen, LB21): only before "x".
        assert_eq!(breaks("ב־--bidi x"), [11, 12]);
        // "well-known": after the hyphen, as UAX #14 says.
        assert_eq!(breaks("well-known"), [5, 10]);
        // A hyphen before a digit is LB25's already.
        assert_eq!(breaks("a -5"), [2, 4]);
    }
}
