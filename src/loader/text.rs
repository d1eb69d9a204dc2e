//! The plain news-text format, as news sites export articles (see `assets/000_*.txt`):
//!
//! - the first non-empty line is the headline (a Markdown `# ` in front of it is dropped);
//! - every other line is a paragraph, except: a "read also" line (`إقرأ أيضاً: title`,
//!   `Read more:`, `קראו גם:`, `بیشتر بخوانید:` …) becomes a link, a source line (`المصدر:`,
//!   `Source:`, `מקור:`, `منبع:`) the source, `Date:`/`التاريخ:`, `Author:`/`الكاتب:` and
//!   `URL:`/`الرابط:` lines metadata, social boilerplate ("follow us on …") the footer, and a
//!   short line that repeats the headline or heads a section a sub-heading;
//! - lines of one blank-line separated block are joined when the block is hard-wrapped;
//! - quotes and URLs inside paragraphs become spans.

use std::sync::OnceLock;

use crate::article::{Article, Block, Inline, Meta, Span, SpanKind};
use crate::fold::title_key;

use super::Problem;
use super::quotes::find_quotes;

mod labels;
pub(super) use labels::{Label, is_boilerplate, labelled, read_also_link};
use labels::{MAX_BOILERPLATE_BYTES, is_boilerplate_key};

fn is_url(s: &str) -> bool {
    s.starts_with("http://") || s.starts_with("https://")
}

/// The inline links of a paragraph: every `http(s)://` or `www.` address, up to a space,
/// without trailing punctuation or an unbalanced closing bracket.
pub(super) fn find_urls(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut from = 0;
    while let Some(found) = ["https://", "http://", "www."]
        .iter()
        .filter_map(|p| {
            memchr::memmem::find(&text.as_bytes()[from..], p.as_bytes()).map(|i| from + i)
        })
        .min()
    {
        let at_word_start = text[..found]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let len = text[found..]
            .find(|c: char| {
                c.is_whitespace() || matches!(c, '"' | '“' | '”' | '«' | '»' | '<' | '>')
            })
            .unwrap_or(text.len() - found);
        let mut url = &text[found..found + len];
        loop {
            let trimmed = url.trim_end_matches(['.', ',', ';', ':', '!', '?', '،', '؛', '\'', '″']);
            let unbalanced = trimmed.ends_with(')')
                && trimmed.matches('(').count() < trimmed.matches(')').count();
            let next = if unbalanced {
                &trimmed[..trimmed.len() - 1]
            } else {
                trimmed
            };
            if next.len() == url.len() {
                break;
            }
            url = next;
        }
        if at_word_start && url.len() > 7 {
            let target = if url.starts_with("www.") {
                format!("https://{url}")
            } else {
                url.to_string()
            };
            spans.push(Span {
                range: found..found + url.len(),
                kind: SpanKind::Link {
                    target: Some(target),
                },
            });
        }
        from = found + len.max(1);
        while !text.is_char_boundary(from) {
            from += 1;
        }
    }
    spans
}

/// A paragraph with its quote and link spans.
pub fn inline_with_spans(text: &str) -> Inline {
    let mut spans = find_quotes(text);
    spans.extend(find_urls(text));
    let mut inline = Inline {
        text: text.to_string(),
        spans,
    };
    inline.sanitize_spans();
    inline
}

const SENTENCE_END: &[char] = &[
    '.', '!', '?', '؟', '؛', ';', '،', ',', '”', '"', '»', '″', ')',
];

fn ends_sentence(line: &str) -> bool {
    line.trim_end().ends_with(SENTENCE_END)
}

fn ends_with_ellipsis(line: &str) -> bool {
    let l = line.trim_end();
    l.ends_with("..") || l.ends_with('…')
}

/// Whether a body line is a sub-heading: it repeats the headline, or it is short, has no
/// sentence-final punctuation (an ellipsis or a colon is allowed) and a longer paragraph follows.
/// `key` is the line's [`title_key`] when it was folded already.
fn is_subheading(line: &str, key: Option<&str>, headline_key: &str, next: Option<&str>) -> bool {
    let words = line.split_whitespace().take(13).count();
    if words == 0 || words > 12 || line.chars().count() > 90 || !find_quotes(line).is_empty() {
        return false;
    }
    let folded;
    let key = match key {
        Some(k) => k,
        None => {
            folded = title_key(line);
            &folded
        }
    };
    let repeats = words >= 2 && !key.is_empty() && headline_key.starts_with(key);
    if repeats {
        return true;
    }
    let Some(next) = next else { return false };
    let unpunctuated = !ends_sentence(line) || ends_with_ellipsis(line) || line.ends_with(':');
    words <= 8 && unpunctuated && next.chars().count() >= 2 * line.chars().count()
}

/// A line of the body, before paragraphs and headings are told apart.
struct BodyLine<'a> {
    text: &'a str,
    /// Its [`title_key`], made once for the boilerplate and the sub-heading tests.
    key: Option<String>,
    /// Starts a new blank-line separated block.
    block_start: bool,
    markdown_heading: bool,
}

/// The text of a Markdown heading line: its `#` marks and the spaces around dropped.
fn heading_text(line: &str) -> &str {
    line.trim_start_matches('#').trim()
}

/// Parses the plain news-text format. `text` is already decoded and not blank (the caller
/// reports empty files). The headline is the first line with text once its Markdown `#`
/// marks are dropped, so no article has an empty headline (which its JSON could not carry);
/// a file of `#` marks only has no article text.
pub fn parse(text: &str) -> Result<Article, Problem> {
    parse_keyed(text).map(|(article, _)| article)
}

/// [`parse`], and the [`title_key`] of the headline, folded here once for the sub-headings
/// and kept for the library (its sort and its links).
pub fn parse_keyed(text: &str) -> Result<(Article, String), Problem> {
    let mut lines = text
        .lines()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}'));
    let headline = lines
        .by_ref()
        .map(heading_text)
        .find(|l| !l.is_empty())
        .ok_or(Problem::NoText("text"))?
        .to_string();
    let mut meta = Meta::default();
    let mut read_also = Vec::new();
    let mut footer = Vec::new();
    let mut body_lines = Vec::new();
    let mut blank_before = true;
    let mut in_read_also_list = false;
    for line in lines {
        if line.is_empty() {
            blank_before = true;
            in_read_also_list = false;
            continue;
        }
        let list_item = line.starts_with(['-', '•', '*']);
        if in_read_also_list && list_item {
            read_also.extend(read_also_link(line));
            continue;
        }
        in_read_also_list = false;
        match labelled(line) {
            Some((Label::ReadAlso, "")) => in_read_also_list = true,
            Some((Label::ReadAlso, value)) => read_also.extend(read_also_link(value)),
            Some((Label::Source, value)) => meta.source = Some(value.to_string()),
            Some((Label::Date, value)) => meta.date = Some(value.to_string()),
            Some((Label::Author, value)) => meta.author = Some(value.to_string()),
            Some((Label::Url, value)) => meta.url = Some(value.to_string()),
            None => {
                let key = (line.len() <= MAX_BOILERPLATE_BYTES).then(|| title_key(line));
                if key.as_deref().is_some_and(is_boilerplate_key) {
                    footer.push(line.to_string());
                } else {
                    body_lines.push(BodyLine {
                        text: line,
                        key,
                        block_start: blank_before,
                        markdown_heading: line.starts_with("##"),
                    });
                }
            }
        }
        blank_before = false;
    }
    let key = title_key(&headline);
    let body = blocks(&body_lines, &key);
    let samples =
        std::iter::once(headline.as_str()).chain(body.iter().map(|b| b.inline().text.as_str()));
    meta.direction = crate::text::article_direction(false, samples);
    meta.language = guess_language(&headline);
    let article = Article {
        headline,
        meta,
        body,
        read_also,
        footer,
        path: None,
    };
    Ok((article, key))
}

/// Groups body lines into blocks: a hard-wrapped block of lines becomes one paragraph.
fn blocks(lines: &[BodyLine], headline_key: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        if line.markdown_heading {
            // A heading of marks only (`##`) is no heading.
            let text = heading_text(line.text);
            if !text.is_empty() {
                out.push(Block::Heading(Inline::plain(text)));
            }
            i += 1;
            continue;
        }
        let next = lines.get(i + 1).map(|l| l.text);
        if is_subheading(line.text, line.key.as_deref(), headline_key, next) {
            out.push(Block::Heading(Inline::plain(line.text)));
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < lines.len()
            && !lines[end].block_start
            && !lines[end].markdown_heading
            && is_wrapped_line(lines[end - 1].text)
        {
            end += 1;
        }
        let joined = lines[i..end]
            .iter()
            .map(|l| l.text)
            .collect::<Vec<_>>()
            .join(" ");
        out.push(Block::Paragraph(inline_with_spans(&joined)));
        i = end;
    }
    out
}

/// A line that a hard wrap cut: it ends inside a sentence and is of a typical wrap length.
fn is_wrapped_line(line: &str) -> bool {
    if line.len() > 400 {
        return false; // more than 100 characters of at most 4 bytes
    }
    let n = line.chars().count();
    (40..=100).contains(&n) && !ends_sentence(line) && !line.ends_with(':')
}

/// A language tag guessed from the script of `text`: Persian letters say `fa`, other Arabic
/// script `ar`, Hebrew `he`, Latin `en`.
pub fn guess_language(text: &str) -> Option<String> {
    let (mut arabic, mut persian, mut hebrew, mut latin) = (0, 0, 0, 0);
    for c in text.chars() {
        match c {
            'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی' => persian += 1,
            '\u{0600}'..='\u{06FF}' if arabic_letter(c) => arabic += 1,
            '\u{05D0}'..='\u{05EA}' => hebrew += 1,
            'a'..='z' | 'A'..='Z' => latin += 1,
            _ => {}
        }
    }
    let lang = if persian > 0 && persian + arabic >= hebrew.max(latin) {
        "fa"
    } else if arabic > 0 && arabic >= hebrew.max(latin) {
        "ar"
    } else if hebrew > 0 && hebrew >= latin {
        "he"
    } else if latin > 0 {
        "en"
    } else {
        return None;
    };
    Some(lang.to_string())
}

/// `c.is_alphabetic()` for a character of the Arabic block (U+0600–U+06FF), from a table
/// made once: the standard library's binary search per letter of each headline was a tenth
/// of opening a folder of 10,000 articles.
fn arabic_letter(c: char) -> bool {
    static TABLE: OnceLock<[bool; 256]> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        std::array::from_fn(|i| char::from_u32(0x600 + i as u32).is_some_and(char::is_alphabetic))
    });
    let at = (c as usize).wrapping_sub(0x600);
    table.get(at).copied().unwrap_or_else(|| c.is_alphabetic())
}

#[cfg(test)]
mod tests;
