//! Text that may show something other than what it says: bidi embedding, override and isolate
//! controls (the "Trojan Source" trick, CVE-2021-42574), which make a line display in an order
//! that hides its logical content. Honest Arabic and Hebrew news needs none of them (the
//! marks LRM, RLM and ALM are fine and not counted), so an article that holds any is flagged:
//! the reader shows a warning in the status line and `dump` on stderr, and `--bidi off` (or
//! the reader's toggle key) shows the logical order to reveal the spoof.

use crate::article::Article;
use crate::i18n::{Arg, Messages};

pub use crate::text::symbols::{is_bidi_control, is_invisible, reveal_invisible};

/// How many bidi embedding, override and isolate controls `text` holds.
pub fn count_in(text: &str) -> usize {
    // The controls are all three bytes in UTF-8 starting E2 80 AA..AE or E2 81 A6..A9.
    if !text.as_bytes().contains(&0xE2) {
        return 0;
    }
    text.chars().filter(|&c| is_bidi_control(c)).count()
}

/// How many bidi embedding, override and isolate controls the article's texts hold: headline,
/// metadata, body, read-also links and footer.
pub fn bidi_controls(article: &Article) -> usize {
    let meta = &article.meta;
    let metas = [&meta.source, &meta.date, &meta.author, &meta.url];
    count_in(&article.headline)
        + metas
            .iter()
            .filter_map(|m| m.as_deref())
            .map(count_in)
            .sum::<usize>()
        + article
            .body
            .iter()
            .map(|b| count_in(&b.inline().text))
            .sum::<usize>()
        + article
            .read_also
            .iter()
            .map(|l| count_in(&l.text) + l.target.as_deref().map_or(0, count_in))
            .sum::<usize>()
        + article.footer.iter().map(|f| count_in(f)).sum::<usize>()
}

/// Where an article holds bidi controls, in reading order, each place once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Headline,
    /// Source, author, date or address.
    Byline,
    /// Body block `n` (from 1), outside its quotes.
    Paragraph(usize),
    /// Quote `n` (from 1) of the quotes pane.
    Quote(usize),
    /// Read-also link `n` (from 1) of its pane.
    Link(usize),
    Footer,
}

/// The places of the article's bidi controls ([`bidi_controls`] counts them): `quotes` are
/// the quotes pane's entries in order, as (block, byte range of the content); a control inside
/// one is a [`Place::Quote`], elsewhere in the body a [`Place::Paragraph`].
pub fn places(article: &Article, quotes: &[(usize, std::ops::Range<usize>)]) -> Vec<Place> {
    let mut out = Vec::new();
    let mut add = |p: Place| {
        if !out.contains(&p) {
            out.push(p);
        }
    };
    if count_in(&article.headline) > 0 {
        add(Place::Headline);
    }
    let meta = &article.meta;
    let metas = [&meta.source, &meta.date, &meta.author, &meta.url];
    if metas
        .iter()
        .filter_map(|m| m.as_deref())
        .any(|m| count_in(m) > 0)
    {
        add(Place::Byline);
    }
    for (block, b) in article.body.iter().enumerate() {
        let text = &b.inline().text;
        if count_in(text) == 0 {
            continue;
        }
        for (at, _) in text.char_indices().filter(|&(_, c)| is_bidi_control(c)) {
            let quote = quotes
                .iter()
                .position(|(qb, r)| *qb == block && r.start <= at && at < r.end);
            add(quote.map_or(Place::Paragraph(block + 1), |q| Place::Quote(q + 1)));
        }
    }
    for (i, l) in article.read_also.iter().enumerate() {
        if count_in(&l.text) + l.target.as_deref().map_or(0, count_in) > 0 {
            add(Place::Link(i + 1));
        }
    }
    if article.footer.iter().any(|f| count_in(f) > 0) {
        add(Place::Footer);
    }
    out
}

/// What the bidi warning says ([`warning`]): how many controls, where, and what shows the
/// other order.
#[derive(Debug, Clone, Copy)]
pub struct Warning<'a> {
    pub count: usize,
    pub places: &'a [Place],
    /// What shows the other order: the reader's key (`B`), or `--bidi off` for `dump`.
    pub key: &'a str,
    /// Whether that other order is the logical one (else the visual one).
    pub logical: bool,
    /// Places named at most, then `…` (the status line's room); `None`: every place.
    pub at_most: Option<usize>,
}

/// `⚠ 3 bidi controls, B: logical order — in the headline, quote 2, link 1` in the reader's
/// language: the one warning of the status line and of `dump`. Fluent's isolates are kept,
/// so that a [`crate::text::Line`] takes each placeable as a unit.
pub fn warning(msgs: &Messages, w: &Warning<'_>) -> String {
    let order = if w.logical { "logical" } else { "visual" };
    let count = msgs.get(
        "bidi-warning",
        &[
            ("count", Arg::Num(w.count)),
            ("key", Arg::Text(w.key)),
            ("order", Arg::Text(order)),
        ],
    );
    let shown = w.at_most.unwrap_or(w.places.len());
    let mut places: Vec<String> = w
        .places
        .iter()
        .take(shown)
        .map(|&p| place_name(msgs, p))
        .collect();
    if w.places.len() > shown {
        places.push("…".to_string());
    }
    if places.is_empty() {
        return count;
    }
    let places = places.join(&msgs.text("list-separator"));
    let places = msgs.get("bidi-places", &[("places", Arg::Text(&places))]);
    format!("{count} {places}")
}

/// A place of the article in the reader's language: `the headline`, `quote 2`.
fn place_name(msgs: &Messages, place: Place) -> String {
    let (id, n) = match place {
        Place::Headline => ("spoof-headline", 0),
        Place::Byline => ("spoof-byline", 0),
        Place::Paragraph(n) => ("spoof-paragraph", n),
        Place::Quote(n) => ("spoof-quote", n),
        Place::Link(n) => ("spoof-link", n),
        Place::Footer => ("spoof-footer", 0),
    };
    msgs.get(id, &[("n", Arg::Num(n))])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Block, Inline, Link};
    use std::borrow::Cow;

    #[test]
    fn invisible_characters_are_revealed_at_the_same_byte_length() {
        let spoof = "pay\u{200B}pal\u{2060}.com\u{FEFF} soft\u{00AD}hyphen";
        let shown = reveal_invisible(spoof);
        assert_eq!(shown, "pay◌pal◌.com◌ soft¬hyphen");
        assert_eq!(shown.len(), spoof.len());
        for (a, b) in spoof.char_indices().zip(shown.char_indices()) {
            assert_eq!(a.0, b.0, "same offsets");
        }
        // Joining controls and bidi marks are honest text.
        let persian = "می\u{200C}خواهم \u{200D}ب \u{200F}";
        assert!(matches!(reveal_invisible(persian), Cow::Borrowed(_)));
    }

    #[test]
    fn counts_the_controls_but_not_the_marks() {
        // RLO … PDF around a word, and an LRI/PDI pair, as in the Trojan Source paper.
        assert_eq!(count_in("abc\u{202E}def\u{202C}"), 2);
        assert_eq!(count_in("x\u{2066}y\u{2069}"), 2);
        // Marks (LRM, RLM, ALM) and plain Arabic are honest text.
        assert_eq!(count_in("قال\u{200F} 25% \u{200E}\u{061C}"), 0);
        assert_eq!(count_in("—…‘’“”"), 0);
    }

    #[test]
    fn looks_everywhere_in_the_article() {
        let mut a = Article {
            headline: "clean".into(),
            ..Article::default()
        };
        assert_eq!(bidi_controls(&a), 0);
        a.body.push(Block::Paragraph(Inline::plain("a\u{202D}b")));
        a.read_also.push(Link {
            text: "\u{2067}x".into(),
            target: None,
        });
        a.footer.push("\u{202B}".into());
        a.meta.author = Some("\u{2068}".into());
        assert_eq!(bidi_controls(&a), 4);
    }

    #[test]
    fn the_warning_names_the_places_or_as_many_as_there_is_room_for() {
        let msgs = Messages::new(crate::i18n::Lang::En);
        let places = [Place::Paragraph(1), Place::Link(1), Place::Footer];
        let mut w = Warning {
            count: 4,
            places: &places,
            key: "--bidi off",
            logical: true,
            at_most: None,
        };
        // Fluent's isolates around the placeables left out.
        let said = |w: &Warning<'_>| -> String {
            warning(&msgs, w)
                .chars()
                .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
                .collect()
        };
        assert_eq!(
            said(&w),
            "⚠ 4 bidi controls, --bidi off: logical order — in paragraph 1, link 1, the footer"
        );
        w.at_most = Some(2);
        w.logical = false;
        w.key = "B";
        assert_eq!(
            said(&w),
            "⚠ 4 bidi controls, B: visual order — in paragraph 1, link 1, …"
        );
        w.places = &[];
        w.count = 1;
        assert_eq!(said(&w), "⚠ 1 bidi control, B: visual order");
    }

    #[test]
    fn says_where_the_controls_are() {
        let a = Article {
            headline: "a\u{202E}b".into(),
            body: vec![
                Block::Paragraph(Inline::plain("clean")),
                // A quote over bytes 4..9 and a control in it, one before it.
                Block::Paragraph(Inline::plain("x\u{2067}y «q\u{202E}z» w")),
            ],
            read_also: vec![
                Link {
                    text: "fine".into(),
                    target: None,
                },
                Link {
                    text: "l".into(),
                    target: Some("f\u{202E}.txt".into()),
                },
            ],
            ..Article::default()
        };
        let quote = "x\u{2067}y «".len().."x\u{2067}y «q\u{202E}z".len();
        let quotes = [(0, 0..2), (1, quote)];
        assert_eq!(
            places(&a, &quotes),
            [
                Place::Headline,
                Place::Paragraph(2),
                Place::Quote(2),
                Place::Link(2)
            ]
        );
    }
}
