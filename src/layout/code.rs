//! Inline code (a span styled [`StyleFlags::CODE`]: Markdown's `` `…` ``, a command the
//! first-run note names) as a unit that wraps whole: a command typed as one, such as
//! `khabar import FILE.opml`, is never split across lines where it fits one (the UAX #14
//! opportunities inside it are dropped, as for an address, [`super::addresses`]); a longer
//! one keeps them. Breaks before and after it are untouched. Consecutive code units are one
//! run. Its levels are untouched: plain UAX #9, the text is copied as typed.

use super::StyleFlags;
use super::units::{BREAK_BEFORE, Unit};

/// Drops the break opportunities inside every run of code units no wider than `width`.
pub(crate) fn keep_whole(units: &mut [Unit], width: usize) {
    let is_code = |u: &Unit| u.style.contains(StyleFlags::CODE);
    let mut i = 0;
    while i < units.len() {
        if !is_code(&units[i]) {
            i += 1;
            continue;
        }
        let end = i + units[i..].iter().take_while(|u| is_code(u)).count();
        let cols: usize = units[i..end].iter().map(|u| usize::from(u.width)).sum();
        if cols <= width {
            for u in &mut units[i + 1..end] {
                u.flags &= !BREAK_BEFORE;
            }
        }
        i = end;
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Options, StyleSpan, layout_paragraph};
    use super::*;

    fn rows(text: &str, code: &str, width: usize) -> Vec<String> {
        let at = text.find(code).unwrap_or(0);
        let span = StyleSpan {
            range: at..at + code.len(),
            style: StyleFlags::CODE,
        };
        let opts = Options {
            width,
            shape: false,
            ..Options::default()
        };
        let laid = layout_paragraph(text, &[span], &opts);
        laid.lines
            .iter()
            .map(|l| l.text.trim_end().to_string())
            .collect()
    }

    #[test]
    fn a_code_span_that_fits_wraps_whole_and_a_longer_one_breaks() {
        let text = "From the shell: khabar add URL subscribes";
        // Plain UAX #14 would give "From the shell: khabar" / "add URL subscribes".
        assert_eq!(
            rows(text, "khabar add URL", 24),
            ["From the shell:", "khabar add URL", "subscribes"]
        );
        // Wider than the row: its own opportunities are kept.
        assert_eq!(rows("a b c d e f", "b c d e", 4), ["a b", "c d", "e f"]);
    }
}
