//! The text policy: the one home of the rules every string headed for the terminal, stdout
//! or stderr follows, whatever surface shows it (the reader's panes, `dump`, the
//! subcommands' output, messages). The layout engine ([`crate::layout`]) does the UAX #9
//! and UAX #14 work; this module decides what it is asked.
//!
//! The rules, and the UAX #9 clauses they follow:
//!
//! 1. **Direction** ([`direction`]): a string takes its own direction (P2/P3: the first
//!    strong character, characters between an isolate initiator and its matching PDI
//!    skipped; left to right when there is none), the article's ([`Base::Article`]: the
//!    article's direction unless the string holds strong characters of the other direction
//!    only, so an Arabic paragraph opening with `(CNN) --` stays right to left, which plain
//!    P2/P3 would not give; isolated runs are skipped as P2/P3 skips them), or the UI's
//!    ([`Base::Ui`], HL1: a higher-level protocol sets the paragraph level).
//! 2. **Isolated runs** ([`Line::unit`]): a name, a date, an address or a file name is an
//!    isolate inside the line, FSI … PDI (X5a–X5c: its own direction from its own text,
//!    P2/P3; BD13: its neighbours resolve as if it were one neutral), so it never mixes with
//!    the separators, counts and other names around it. In the body, addresses are isolated
//!    by the engine itself ([`crate::layout::Options::isolate_addresses`]).
//! 3. **Symbols** ([`symbols`]): controls and invisible characters are shown, never obeyed
//!    or hidden: one mapping for the layout's cells and for messages.
//! 4. **Cutting** ([`Line::fit`]): a string cut to a width loses its logical end, whole
//!    grapheme clusters (UAX #29) counted by display width, and ends with `…` at the
//!    logical end: the right for a left-to-right line, the left for a right-to-left one
//!    (the `…` is a neutral at the end of the paragraph: N1/N2 give it the paragraph level).
//! 5. **Alignment**: a right-to-left line is right-aligned within its width, after L1 has
//!    put its trailing whitespace at the paragraph level.
//! 6. **Order**: visual order (L1–L4 per line, by the engine) on a terminal; with `--bidi
//!    off` (a terminal that reorders by itself) or on a pipe, logical order, controls still
//!    made visible.

pub use crate::article::Direction;

mod byline;
mod date;
mod line;
mod rows;
/// The one symbol mapping; it lives with the engine, which draws the symbols.
pub use crate::layout::symbols;

pub use byline::byline;
pub use date::display as display_date;
pub use date::seconds as date_seconds;
pub use line::{Line, Order};
pub use rows::fit_rows;

/// Where a string's direction comes from (rule 1 of the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base {
    /// UAX #9 P2/P3 on the string itself, left to right when it holds no strong character.
    Own,
    /// The article's direction, unless the string holds strong characters (outside
    /// isolates) of the other direction only.
    Article(Direction),
    /// The UI's direction, whatever the string holds (HL1).
    Ui(Direction),
}

/// The direction `text` is laid out in under `base` (rule 1 of the module docs).
pub fn direction(text: &str, base: Base) -> Direction {
    match base {
        Base::Own => Direction::of_text(text).unwrap_or_default(),
        Base::Ui(d) => d,
        Base::Article(d) => {
            let (ltr, rtl) = strong_outside_isolates(text);
            match d {
                Direction::Rtl if ltr && !rtl => Direction::Ltr,
                Direction::Ltr if rtl && !ltr => Direction::Rtl,
                d => d,
            }
        }
    }
}

/// An article's direction (rule 1 for a whole article, HL1 for the declaration): right to
/// left when its language is declared right to left (`declared_rtl`), else the direction of
/// the first sample (headline, then paragraphs) holding a strong character (P2/P3), left to
/// right when none does. A declared left-to-right language does not outweigh the text: feeds
/// and pages that say `en` by default hold Arabic news too.
pub fn article_direction<'a>(
    declared_rtl: bool,
    samples: impl IntoIterator<Item = &'a str>,
) -> Direction {
    if declared_rtl {
        return Direction::Rtl;
    }
    samples
        .into_iter()
        .find_map(Direction::of_text)
        .unwrap_or_default()
}

/// The direction a text of `article` is shown in: [`Base::Article`] with the article's
/// direction (rule 1).
pub fn direction_in(article: &crate::article::Article, text: &str) -> Direction {
    direction(text, Base::Article(article.direction()))
}

/// Whether `text` holds L, and R or AL, characters outside isolates (X5a–X5c, P2).
fn strong_outside_isolates(text: &str) -> (bool, bool) {
    use unicode_bidi::BidiClass::*;
    let (mut ltr, mut rtl, mut depth) = (false, false, 0usize);
    for c in text.chars() {
        match unicode_bidi::bidi_class(c) {
            LRI | RLI | FSI => depth += 1,
            PDI => depth = depth.saturating_sub(1),
            L if depth == 0 => ltr = true,
            R | AL if depth == 0 => rtl = true,
            _ => {}
        }
        if ltr && rtl {
            break;
        }
    }
    (ltr, rtl)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_article_direction_unless_the_other_one_only() {
        let rtl = Base::Article(Direction::Rtl);
        assert_eq!(direction("(CNN) -- قال المتحدث", rtl), Direction::Rtl);
        assert_eq!(direction("Follow us on Twitter", rtl), Direction::Ltr);
        assert_eq!(direction("2024", rtl), Direction::Rtl);
        let ltr = Base::Article(Direction::Ltr);
        assert_eq!(direction("He said «مرحبا»", ltr), Direction::Ltr);
        assert_eq!(direction("«مرحبا بالعالم»", ltr), Direction::Rtl);
        // Isolated units do not count: an Arabic byline of English names stays RTL.
        assert_eq!(direction("\u{2068}BBC\u{2069} · 1", rtl), Direction::Rtl);
        assert_eq!(direction("123 CNN روسيا", Base::Own), Direction::Ltr);
        assert_eq!(direction("12", Base::Own), Direction::Ltr);
        assert_eq!(direction("abc", Base::Ui(Direction::Rtl)), Direction::Rtl);
    }

    #[test]
    fn an_article_takes_its_declared_rtl_language_else_its_first_strong_text() {
        assert_eq!(article_direction(true, ["Hello"]), Direction::Rtl);
        assert_eq!(
            article_direction(false, ["2024", "«مرحبا»"]),
            Direction::Rtl
        );
        assert_eq!(article_direction(false, ["12", "34"]), Direction::Ltr);
    }
}
