//! Unit tests of [`super`].

use super::*;

fn spans(inline: &Inline) -> Vec<(&str, &SpanKind)> {
    inline
        .spans
        .iter()
        .map(|s| (&inline.text[s.range.clone()], &s.kind))
        .collect()
}

#[test]
fn styles_lose_their_markers() {
    let a = parse("# T\n\nA **bold** and *soft* word, `x = 1` too.\n").unwrap();
    let p = a.paragraphs().next().unwrap();
    assert_eq!(p.text, "A bold and soft word, x = 1 too.");
    assert_eq!(
        spans(p),
        [
            ("bold", &SpanKind::Strong),
            ("soft", &SpanKind::Emphasis),
            ("x = 1", &SpanKind::Code)
        ]
    );
}
