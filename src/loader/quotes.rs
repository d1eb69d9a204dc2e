//! Finding quoted speech in a paragraph, as real news articles write it.
//!
//! Recognised marks: “…” (with the sloppy closers ″, " and a second “), «…» (also closed by ”
//! or ″), „…“ (also closed by ” or ″), and straight "…". A mark opens a quote only in opening
//! position (after the start, a space or an opening bracket, before a non-space) and closes it
//! only in closing position (after a non-space, before a space, punctuation or the end), so the
//! Hebrew gershayim in `צה"ל` and the inch mark in `15"` are left alone. A quote of another
//! family inside a quote nests and does not end it. A quote that never closes runs to the end
//! of the paragraph. Only outermost quotes become spans, and only those that are speech
//! ([`super::speech::is_speech`]): a short quoted name or title is no quote.

use std::ops::Range;

use crate::article::{Span, SpanKind};

use super::speech::is_speech;

/// The marks that may close a quote opened by `open`.
fn closers(open: char) -> &'static [char] {
    match open {
        '“' => &['”', '″', '"', '“'],
        '«' => &['»', '”', '″'],
        '„' => &['“', '”', '″'],
        '"' => &['"', '”', '″', '“'],
        _ => &[],
    }
}

fn is_opener(c: char) -> bool {
    matches!(c, '“' | '«' | '„' | '"')
}

fn opens_before(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => {
            p.is_whitespace()
                || matches!(
                    p,
                    '(' | '[' | '{' | ':' | '—' | '–' | '-' | '/' | '«' | '“' | '„'
                )
                || p == '\u{0640}' // tatweel, as in لـ“…
        }
    }
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

fn opening_position(prev: Option<char>, next: Option<char>) -> bool {
    opens_before(prev) && next.is_some_and(|n| !n.is_whitespace())
}

fn closing_position(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(|p| !p.is_whitespace()) && !is_word_char(next)
}

struct Open {
    start: usize,
    mark: char,
    content_start: usize,
    nested: Vec<char>,
}

/// The quote spans of `text` that are speech, in order.
pub fn find_quotes(text: &str) -> Vec<Span> {
    let mut spans = quoted_spans(text);
    spans.retain(|s| match &s.kind {
        SpanKind::Quote { content } => is_speech(text, s.range.clone(), content.clone()),
        _ => true,
    });
    spans
}

/// Every quoted span of `text`, speech or not, in order.
fn quoted_spans(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    if !text.contains(is_opener) {
        return spans;
    }
    let mut open: Option<Open> = None;
    // Every mark begins with `"` or with the lead byte 0xC2 («, ») or 0xE2 (“ ” „ ″): jump
    // from one candidate byte to the next instead of decoding every character.
    for i in memchr::memchr3_iter(b'"', 0xC2, 0xE2, text.as_bytes()) {
        let Some(c) = text[i..].chars().next() else {
            continue;
        };
        if !matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '″') {
            continue;
        }
        let prev = text[..i].chars().next_back();
        let end = i + c.len_utf8();
        let next = text[end..].chars().next();
        match open.as_mut() {
            None => {
                if is_opener(c) && opening_position(prev, next) {
                    open = Some(Open {
                        start: i,
                        mark: c,
                        content_start: end,
                        nested: Vec::new(),
                    });
                }
            }
            Some(q) => {
                if let Some(&inner) = q.nested.last() {
                    if closers(inner).contains(&c) && closing_position(prev, next) {
                        q.nested.pop();
                    } else if is_opener(c) && opening_position(prev, next) {
                        q.nested.push(c);
                    }
                } else if closers(q.mark).contains(&c) && closing_position(prev, next) {
                    spans.push(quote_span(q.start..end, q.content_start..i));
                    open = None;
                } else if is_opener(c) && opening_position(prev, next) {
                    q.nested.push(c);
                }
            }
        }
    }
    if let Some(q) = open {
        let end = text.trim_end().len().max(q.content_start);
        spans.push(quote_span(q.start..end, q.content_start..end));
    }
    spans
}

fn quote_span(range: Range<usize>, content: Range<usize>) -> Span {
    Span {
        range,
        kind: SpanKind::Quote { content },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quoted spans, speech or not: these tests hold the marks' rules.
    fn quotes(text: &str) -> Vec<&str> {
        quoted_spans(text)
            .into_iter()
            .map(|s| match s.kind {
                SpanKind::Quote { content } => &text[content],
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn curly_guillemets_low_and_straight_marks() {
        let table: &[(&str, &[&str])] = &[
            ("قال “نحن هنا” ثم مضى", &["نحن هنا"]),
            ("قال «نحن هنا» ثم مضى", &["نحن هنا"]),
            ("Er sagte „wir sind hier“ und ging", &["wir sind hier"]),
            ("He said \"we are here\" and left", &["we are here"]),
            ("a “one” b «two» c \"three\"", &["one", "two", "three"]),
        ];
        for (text, want) in table {
            assert_eq!(quotes(text), *want, "{text}");
        }
    }

    #[test]
    fn sloppy_closers_and_unclosed_quotes() {
        // The seed closes a quote with a double prime after a number.
        assert_eq!(
            quotes("إلى “200 مليار دولار في عام 2024″، لكنه"),
            ["200 مليار دولار في عام 2024"]
        );
        // Closed with the opening mark again.
        assert_eq!(quotes("قال “كفى“ وخرج"), ["كفى"]);
        // Never closed: runs to the end of the paragraph.
        assert_eq!(quotes("وقال: “سنواصل العمل "), ["سنواصل العمل"]);
    }

    #[test]
    fn marks_that_are_not_quotes() {
        assert!(quotes("צה\"ל הודיע היום").is_empty());
        assert!(quotes("a 15\" screen and 6'2\" tall").is_empty());
        assert!(quotes("a lone ” mark").is_empty());
    }

    #[test]
    fn nested_quotes_stay_inside() {
        assert_eq!(quotes("قال «إن “الحرب” انتهت» أمس"), ["إن “الحرب” انتهت"]);
    }

    #[test]
    fn tatweel_prefix_opens() {
        assert_eq!(
            quotes("استعداد بلاده لـ“لتطوير التعاون”."),
            ["لتطوير التعاون"]
        );
    }

    #[test]
    fn spans_cover_the_marks() {
        let text = "x “ab” y";
        let s = &quoted_spans(text)[0];
        assert_eq!(&text[s.range.clone()], "“ab”");
    }
}
