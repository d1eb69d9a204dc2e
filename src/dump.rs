//! `khabar dump`: an article as plain text laid out in visual order (what the reader shows,
//! minus colours) or as JSON.

use crate::article::Article;
use crate::labels;
use crate::layout::{Options, ParagraphLayout, StyleFlags, StyleSpan, layout_indented};
use crate::loader::json::JsonArticle;
use crate::text::{self, Order};

/// How `dump` lays text out.
#[derive(Debug, Clone, Copy)]
pub struct DumpOptions {
    pub width: usize,
    pub shape: bool,
    pub bidi: bool,
}

impl Default for DumpOptions {
    fn default() -> Self {
        DumpOptions {
            width: 80,
            shape: true,
            bidi: true,
        }
    }
}

/// The JSON of one article (an object) or several (an array), pretty-printed.
pub fn to_json(articles: &[&Article]) -> String {
    let raws: Vec<JsonArticle> = articles
        .iter()
        .map(|a| JsonArticle::from_article(a))
        .collect();
    let out = if raws.len() == 1 {
        serde_json::to_string_pretty(&raws[0])
    } else {
        serde_json::to_string_pretty(&raws)
    };
    // Serialising plain strings and options cannot fail.
    escape_controls(out.unwrap_or_default())
}

/// serde_json escapes C0 controls but writes DEL, the C1 controls (U+0080–U+009F) and the
/// bidi controls as they are: a terminal obeys a C1 CSI in UTF-8 as it does ESC [, and an
/// override (U+202A–U+202E), an isolate (U+2066–U+2069) or a mark (LRM, RLM, ALM) reorders
/// whatever shows the JSON. Strings hold them only inside quotes, where `\uXXXX` means the
/// same to any JSON reader, so loading the output back gives the same text.
fn escape_controls(json: String) -> String {
    if !json.chars().any(must_escape) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if must_escape(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// DEL, C1, the bidi controls of UAX #9 (explicit embeddings, overrides, isolates, marks) and
/// the line and paragraph separators, which serde_json leaves raw.
fn must_escape(c: char) -> bool {
    matches!(c,
        '\u{7f}'..='\u{9f}'
        | '\u{61c}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{2028}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}')
}

/// Lays out a text of `article` in its direction ([`Article::direction_of`]).
fn lay_out(
    text: &str,
    spans: &[StyleSpan],
    article: &Article,
    opts: &DumpOptions,
    indent: u16,
) -> ParagraphLayout {
    let options = Options {
        width: opts.width,
        shape: opts.shape,
        bidi: opts.bidi,
        direction: Some(crate::text::direction_in(article, text)),
        isolate_addresses: true,
        ..Options::default()
    };
    layout_indented(text, spans, &options, indent)
}

/// Lays out one paragraph and appends its screen lines, right-aligned RTL lines padded to
/// the width.
fn paragraph(out: &mut String, text: &str, article: &Article, opts: &DumpOptions) {
    indented(out, text, article, opts, 0);
}

/// A paragraph `indent` columns in from its start side (a list item, [`crate::article::Block::indent`]).
fn indented(out: &mut String, text: &str, article: &Article, opts: &DumpOptions, indent: u16) {
    for line in &lay_out(text, &[], article, opts, indent).lines {
        out.push_str(line.to_plain(true).trim_end());
        out.push('\n');
    }
}

/// The order `dump` writes in (the text policy's rule 6).
fn order(opts: &DumpOptions) -> Order {
    if opts.bidi {
        Order::Visual
    } else {
        Order::Logical
    }
}

/// The article as a person reads it: headline, source and date, body, quotes, links, footer.
pub fn to_text(article: &Article, opts: &DumpOptions) -> String {
    let l = labels::for_language(article.meta.language.as_deref());
    let rule = "─".repeat(opts.width.clamp(1, 200));
    let mut out = String::new();
    paragraph(
        &mut out,
        &crate::spoof::reveal_invisible(&article.headline),
        article,
        opts,
    );
    let by = text::byline(article);
    if !by.is_empty() {
        for line in &by.lay_out(opts.width, order(opts), opts.shape).lines {
            out.push_str(line.to_plain(true).trim_end());
            out.push('\n');
        }
    }
    out.push_str(&rule);
    out.push('\n');
    for (i, block) in article.body.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        indented(
            &mut out,
            &block.inline().text,
            article,
            opts,
            block.indent(),
        );
    }
    let quotes: Vec<&str> = article.quotes().collect();
    if !quotes.is_empty() {
        out.push_str(&rule);
        out.push('\n');
        paragraph(&mut out, &format!("{}:", l.quotes), article, opts);
        for (i, q) in quotes.iter().enumerate() {
            paragraph(&mut out, &format!("{}. {q}", i + 1), article, opts);
        }
    }
    if !article.read_also.is_empty() {
        out.push_str(&rule);
        out.push('\n');
        paragraph(&mut out, &format!("{}:", l.read_also), article, opts);
        for (i, link) in article.read_also.iter().enumerate() {
            paragraph(
                &mut out,
                &format!("[{}] {}", i + 1, crate::spoof::reveal_invisible(&link.text)),
                article,
                opts,
            );
            let target = match &link.target {
                Some(t) => format!("→ {t}"),
                None => format!("({})", l.unresolved),
            };
            paragraph(&mut out, &target, article, opts);
        }
    }
    if !article.footer.is_empty() {
        out.push_str(&rule);
        out.push('\n');
        for f in &article.footer {
            paragraph(&mut out, f, article, opts);
        }
    }
    out
}

/// "1 match", "N matches": the count `dump --search` prints.
pub fn matches_label(n: usize) -> String {
    if n == 1 {
        "1 match".to_string()
    } else {
        format!("{n} matches")
    }
}

/// `dump --search`: `N matches` (`NAME: N matches` when `name` is given: a search over
/// several articles names each; the name goes through [`crate::report::escape`]), then every
/// laid-out line that holds a match, each followed by a line of `^` under the matched cells.
/// Matches are counted in the article's text, each place once: the headline, sub-headings and paragraphs (quotes are part of them), and the
/// read-also titles.
pub fn search_report(
    article: &Article,
    query: &crate::search::Query,
    opts: &DumpOptions,
    name: Option<&str>,
) -> String {
    let (count, body) = search_lines(article, query, opts);
    let label = matches_label(count);
    match name {
        Some(n) => format!("{}: {label}\n{body}", crate::report::escape(n)),
        None => format!("{label}\n{body}"),
    }
}

/// The matches of `dump --search` in `article`: how many, and every laid-out line that holds
/// one, each followed by a line of `^` under the matched cells (see [`search_report`]).
pub fn search_lines(
    article: &Article,
    query: &crate::search::Query,
    opts: &DumpOptions,
) -> (usize, String) {
    let places = std::iter::once(article.headline.as_str())
        .chain(article.body.iter().map(|b| b.inline().text.as_str()))
        .chain(article.read_also.iter().map(|l| l.text.as_str()));
    let mut count = 0;
    let mut body = String::new();
    for text in places {
        let matches = query.find_all(text);
        if matches.is_empty() {
            continue;
        }
        count += matches.len();
        let spans: Vec<StyleSpan> = matches
            .into_iter()
            .map(|range| StyleSpan {
                range,
                style: StyleFlags::MATCH,
            })
            .collect();
        for line in &lay_out(text, &spans, article, opts, 0).lines {
            if !line
                .cells
                .iter()
                .any(|c| c.style.contains(StyleFlags::MATCH))
            {
                continue;
            }
            body.push_str(line.to_plain(true).trim_end());
            body.push('\n');
            let mut marks = " ".repeat(usize::from(line.indent));
            for c in &line.cells {
                let mark = if c.style.contains(StyleFlags::MATCH) {
                    '^'
                } else {
                    ' '
                };
                marks.extend(std::iter::repeat_n(mark, usize::from(c.width)));
            }
            body.push_str(marks.trim_end());
            body.push('\n');
        }
    }
    (count, body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Block, Direction, Inline};

    /// A list item is indented from its start side: a right-to-left item ends
    /// `2 × level` columns short of the right edge, a left-to-right one starts that far in.
    #[test]
    fn list_items_are_indented_from_their_start_side() {
        let mut a = Article::default();
        a.meta.direction = Direction::Rtl;
        a.body = vec![
            Block::Paragraph(Inline::plain("فقرة")),
            Block::Item {
                level: 2,
                inline: Inline::plain("١. بند"),
            },
            Block::Item {
                level: 1,
                inline: Inline::plain("1. item"),
            },
        ];
        let opts = DumpOptions {
            width: 20,
            shape: false,
            bidi: true,
        };
        let out = to_text(&a, &opts);
        let lines: Vec<&str> = out.lines().collect();
        let at = |needle: &str| lines.iter().find(|l| l.contains(needle)).copied();
        let cols = |l: &str| l.chars().count();
        assert_eq!(at("ةرقف").map(cols), Some(20), "{out}");
        let item = lines
            .iter()
            .find(|l| l.contains('١'))
            .copied()
            .unwrap_or_default();
        assert_eq!(cols(item), 16, "{out}");
        assert_eq!(at("item"), Some("  1. item"), "{out}");
    }
}
