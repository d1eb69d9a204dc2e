use super::*;
use crate::article::Inline;

/// The reader indents a list item as `dump` does: a right-to-left line ends `2 × level`
/// columns short of the right edge.
#[test]
fn list_items_are_indented_in_the_reader() {
    let body = vec![
        Block::Paragraph(Inline::plain("فقرة")),
        Block::Item {
            level: 2,
            inline: Inline::plain("١. بند"),
        },
    ];
    let render = Render {
        shape: false,
        bidi: true,
    };
    let mut p = Pager::new(&body, Direction::Rtl, render);
    p.resize(&body, 20, 10);
    let right_end = |i: usize| {
        let line = &p.layout(i).map(|l| l.lines[0].clone()).unwrap_or_default();
        usize::from(line.indent) + line.width()
    };
    assert_eq!(right_end(0), 20);
    assert_eq!(right_end(1), 16);
}
