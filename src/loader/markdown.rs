//! Markdown articles (`.md`, `.markdown`), read with a CommonMark parser (pulldown-cmark)
//! rather than line rules:
//!
//! - front matter (a `---` block at the very top) gives `title`, `date`, `author`, `source`,
//!   `url` and `lang` as metadata (`key: value` lines; quotes around a value dropped);
//! - the headline is the front matter's `title`, else the first block with text (a heading's
//!   text, or a paragraph's first line); a first heading that repeats the title is dropped;
//! - `#` headings are sub-headings; `**strong**`, `*emphasis*` and `` `code` `` are styled
//!   spans without their markers; `[text](url)`, `[text][ref]` and `<url>` are the article's
//!   links (numbered and followed like every link), bare addresses too;
//! - a `>` block is a quote (a paragraph that is all quote, with no marks); list items are
//!   paragraphs that begin with their number (`3. `) or a bullet (`• `), indented two
//!   spaces a level (at most [`walk::MAX_INDENT`] levels); a code block is a paragraph a line;
//! - the news-text rules apply line by line: labelled lines (`Source:`, `Date:`, `إقرأ
//!   أيضاً:` … , a `Read more:` line followed by a list) and social boilerplate leave the body
//!   as in the plain text format; quote marks in the text are found as there.
//!
//! A file is Markdown by its name only (`.md`, `.markdown`): plain news text often starts with
//! a `#` headline and stays in its own format.

mod walk;

use crate::article::{Article, Block, Direction, Inline, Link, Span, SpanKind};
use crate::fold::title_key;

use super::Problem;
use super::quotes::find_quotes;
use super::text::{Label, find_urls, guess_language, is_boilerplate, labelled, read_also_link};
use walk::blocks;

/// Parses a Markdown article; `text` is decoded and not blank.
pub fn parse(text: &str) -> Result<Article, Problem> {
    let (md, front) = blocks(text);
    let mut a = Article::default();
    if let Some(front) = front {
        front_matter(&front, &mut a);
    }
    let mut md = md.into_iter().peekable();
    if a.headline.is_empty() {
        let first = md.next().ok_or(Problem::NoText("Markdown"))?;
        let mut lines = first
            .lines
            .into_iter()
            .filter(|l| !l.text.trim().is_empty());
        a.headline = lines
            .next()
            .map(|l| l.text.trim().to_string())
            .unwrap_or_default();
        let rest: Vec<Inline> = lines.collect();
        if !rest.is_empty() {
            body_block(&mut a, first.kind, rest, &mut false);
        }
    } else if md.peek().is_some_and(|b| {
        b.kind.heading && title_key(&joined(&b.lines).text) == title_key(&a.headline)
    }) {
        md.next();
    }
    let mut in_read_also_list = false;
    for b in md {
        body_block(&mut a, b.kind, b.lines, &mut in_read_also_list);
    }
    a.meta.direction = Direction::of_text(&a.headline)
        .or_else(|| {
            a.body
                .iter()
                .find_map(|b| Direction::of_text(&b.inline().text))
        })
        .unwrap_or_default();
    if a.meta.language.is_none() {
        a.meta.language = guess_language(&a.headline);
    }
    Ok(a)
}

/// The `key: value` lines of the front matter that name metadata.
fn front_matter(front: &str, a: &mut Article) {
    for line in front.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']).trim();
        if value.is_empty() {
            continue;
        }
        let slot = match key.trim().to_ascii_lowercase().as_str() {
            "title" => {
                a.headline = value.to_string();
                continue;
            }
            "date" => &mut a.meta.date,
            "author" => &mut a.meta.author,
            "source" => &mut a.meta.source,
            "url" => &mut a.meta.url,
            "lang" | "language" => &mut a.meta.language,
            _ => continue,
        };
        *slot = Some(value.to_string());
    }
}

/// One Markdown block into the article: its lines through the news-text rules, the rest
/// one body block.
fn body_block(a: &mut Article, kind: walk::Kind, lines: Vec<Inline>, in_list: &mut bool) {
    if kind.code {
        for l in lines.into_iter().filter(|l| !l.text.trim().is_empty()) {
            let len = l.text.len();
            let mut inline = l;
            inline.spans = vec![Span {
                range: 0..len,
                kind: SpanKind::Code,
            }];
            a.body.push(Block::Paragraph(inline));
        }
        *in_list = false;
        return;
    }
    let item = kind.marker.is_some();
    if !item {
        *in_list = false; // a "read also" list ends at the first block that is no item
    }
    let mut kept = Vec::new();
    for (i, line) in lines.into_iter().enumerate() {
        if *in_list && item && i == 0 {
            a.read_also.extend(list_link(&line));
            continue;
        }
        if !news_line(a, &line, in_list) {
            kept.push(line);
        }
    }
    let mut inline = joined(&kept);
    if inline.text.trim().is_empty() {
        return;
    }
    if kind.heading {
        a.body.push(Block::Heading(inline));
        return;
    }
    if kind.quote {
        let len = inline.text.len();
        inline.spans.push(Span {
            range: 0..len,
            kind: SpanKind::Quote { content: 0..len },
        });
    }
    if let Some(marker) = kind.marker {
        prefix(&mut inline, &marker);
    }
    inline.spans.extend(find_quotes(&inline.text));
    inline.spans.extend(find_urls(&inline.text));
    inline.sanitize_spans();
    a.body.push(Block::Paragraph(inline));
}

/// Applies the news-text label and footer rules to one line; true when the line left the
/// body (metadata, a "read also" link, the footer).
fn news_line(a: &mut Article, line: &Inline, in_list: &mut bool) -> bool {
    let text = line.text.trim();
    match labelled(text) {
        Some((Label::ReadAlso, "")) => *in_list = true,
        Some((Label::ReadAlso, value)) => a.read_also.extend(read_also_link(value)),
        Some((Label::Source, v)) => a.meta.source = Some(v.to_string()),
        Some((Label::Date, v)) => a.meta.date = Some(v.to_string()),
        Some((Label::Author, v)) => a.meta.author = Some(v.to_string()),
        Some((Label::Url, v)) => a.meta.url = Some(v.to_string()),
        None if is_boilerplate(text) => a.footer.push(text.to_string()),
        None => {
            *in_list = false;
            return false;
        }
    }
    true
}

/// A "read also" list item: a Markdown link gives its text and target, else the line is
/// read as the plain text format reads it (a trailing URL is the target).
fn list_link(line: &Inline) -> Option<Link> {
    let link = line.spans.iter().find_map(|s| match &s.kind {
        SpanKind::Link { target } => Some((s.range.clone(), target.clone())),
        _ => None,
    });
    match link {
        Some((range, target)) if line.text.trim() == line.text[range.clone()].trim() => {
            Some(Link {
                text: line.text[range].trim().to_string(),
                target,
            })
        }
        _ => read_also_link(line.text.trim()),
    }
}

/// Lines joined by one space, trimmed, their spans moved along.
fn joined(lines: &[Inline]) -> Inline {
    let mut out = Inline::default();
    for l in lines {
        let start = l.text.len() - l.text.trim_start().len();
        let end = l.text.trim_end().len();
        if start >= end {
            continue;
        }
        if !out.text.is_empty() {
            out.text.push(' ');
        }
        let at = out.text.len();
        out.text.push_str(&l.text[start..end]);
        for s in &l.spans {
            let clip = |x: usize| x.clamp(start, end) - start + at;
            let mut s = s.clone();
            s.range = clip(s.range.start)..clip(s.range.end);
            if let SpanKind::Quote { content } = &mut s.kind {
                *content = clip(content.start)..clip(content.end);
            }
            out.spans.push(s);
        }
    }
    out.sanitize_spans();
    out
}

/// `marker` put in front of `inline`, its spans moved along.
fn prefix(inline: &mut Inline, marker: &str) {
    inline.text.insert_str(0, marker);
    let n = marker.len();
    for s in &mut inline.spans {
        s.range = s.range.start + n..s.range.end + n;
        if let SpanKind::Quote { content } = &mut s.kind {
            *content = content.start + n..content.end + n;
        }
    }
}

#[cfg(test)]
mod tests;
