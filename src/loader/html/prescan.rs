//! A look at the tags before parsing. html5ever's tree builder spends time quadratic in the
//! nesting depth (its "in scope" checks walk the stack of open elements), so a page of
//! 20,000 nested `<div>` takes tens of seconds to parse before the depth check after the
//! parse could refuse it. This scan counts start and end tags in one pass and refuses a page
//! whose tags open more than [`PRESCAN_DEPTH`] deep; the exact check after the parse
//! (`MAX_DEPTH`) still applies.
//!
//! The count is an estimate that can only err high for elements html5ever nests too:
//! void elements (`<br>`, `<img>` …), self-closed tags and elements whose end tag is optional
//! (`<p>`, `<li>`, `<td>` … which real pages leave open by the thousand) are not counted;
//! the text of `<script>`, `<style>`, `<textarea>` and `<title>` and comments are skipped.

use super::MAX_DEPTH;

/// The nesting of tags the scan refuses (a margin over [`MAX_DEPTH`] for the estimate).
pub const PRESCAN_DEPTH: usize = 4 * MAX_DEPTH;

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "basefont", "bgsound", "frame", "keygen",
];

const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "rtc",
    "thead", "tbody", "tfoot", "colgroup", "caption", "html", "head", "body",
];

const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "plaintext"];

/// Whether the tags of `html` open deeper than `limit`.
pub fn too_deep(html: &str, limit: usize) -> bool {
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut at = 0;
    while let Some(lt) = memchr::memchr(b'<', &bytes[at..]) {
        let tag = &html[at + lt..];
        at += lt + 1;
        if tag.starts_with("<!--") {
            at += tag.find("-->").map_or(tag.len(), |e| e + 3) - 1;
            continue;
        }
        let closing = tag.as_bytes().get(1) == Some(&b'/');
        let name_start = if closing { 2 } else { 1 };
        let name: String = tag[name_start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .take(32)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if name.is_empty() || !tag[name_start..].starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        let end = tag.find('>').unwrap_or(tag.len());
        let counted = !VOID.contains(&name.as_str()) && !OPTIONAL_END.contains(&name.as_str());
        if closing {
            if counted {
                depth = depth.saturating_sub(1);
            }
        } else if RAW_TEXT.contains(&name.as_str()) {
            // Skip to the matching end tag: its text is not markup.
            let close = format!("</{name}");
            let rest = &html[at..];
            let lower_find = find_ascii_ci(rest, &close);
            at += lower_find.unwrap_or(rest.len());
        } else if counted && !tag[..end].ends_with('/') {
            depth += 1;
            if depth > limit {
                return true;
            }
        }
    }
    false
}

/// The first position of `needle` (ASCII) in `hay`, ignoring ASCII case.
fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.len();
    hay.as_bytes()
        .windows(n)
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_what_nests() {
        assert!(too_deep(&"<div>".repeat(11), 10));
        assert!(!too_deep(&"<div></div>".repeat(1000), 10));
        // Left-open paragraphs, void and self-closed elements do not nest.
        assert!(!too_deep(&"<p>a<br><img src=x><span/>".repeat(1000), 10));
        // Tags inside scripts and comments are not tags.
        let script = format!(
            "<script>{}</script><!-- {} -->",
            "<div>".repeat(50),
            "<div>".repeat(50)
        );
        assert!(!too_deep(&script, 10));
        assert!(too_deep(
            &format!("<SCRIPT>x</Script>{}", "<b>".repeat(11)),
            10
        ));
    }
}
