//! `khabar dump`: an article as plain text laid out in visual order (what the reader shows,
//! minus colours) or as JSON.

use crate::article::{Article, Direction};
use crate::labels;
use crate::layout::{Options, layout_paragraph};
use crate::loader::json::JsonArticle;

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
    out.unwrap_or_default()
}

/// Lays out one paragraph in its own direction (UAX #9 P2/P3, else the article's) and
/// appends its screen lines, right-aligned RTL lines padded to the width.
fn paragraph(out: &mut String, text: &str, dir: Direction, opts: &DumpOptions) {
    let layout = layout_paragraph(
        text,
        &[],
        &Options {
            width: opts.width,
            shape: opts.shape,
            bidi: opts.bidi,
            direction: Some(Direction::of_text(text).unwrap_or(dir)),
            ..Options::default()
        },
    );
    for line in &layout.lines {
        out.push_str(line.to_plain(true).trim_end());
        out.push('\n');
    }
}

/// The article as a person reads it: headline, source and date, body, quotes, links, footer.
pub fn to_text(article: &Article, opts: &DumpOptions) -> String {
    let dir = article.direction();
    let l = labels::for_language(article.meta.language.as_deref());
    let rule = "─".repeat(opts.width.clamp(1, 200));
    let mut out = String::new();
    paragraph(&mut out, &article.headline, dir, opts);
    let byline: Vec<String> = [
        article
            .meta
            .source
            .as_ref()
            .map(|s| format!("{}: {s}", l.source)),
        article.meta.author.clone(),
        article.meta.date.clone(),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !byline.is_empty() {
        paragraph(&mut out, &byline.join(" · "), dir, opts);
    }
    out.push_str(&rule);
    out.push('\n');
    for (i, block) in article.body.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        paragraph(&mut out, &block.inline().text, dir, opts);
    }
    let quotes: Vec<&str> = article.quotes().collect();
    if !quotes.is_empty() {
        out.push_str(&rule);
        out.push('\n');
        paragraph(&mut out, &format!("{}:", l.quotes), dir, opts);
        for (i, q) in quotes.iter().enumerate() {
            paragraph(&mut out, &format!("{}. {q}", i + 1), dir, opts);
        }
    }
    if !article.read_also.is_empty() {
        out.push_str(&rule);
        out.push('\n');
        paragraph(&mut out, &format!("{}:", l.read_also), dir, opts);
        for (i, link) in article.read_also.iter().enumerate() {
            paragraph(&mut out, &format!("[{}] {}", i + 1, link.text), dir, opts);
            let target = match &link.target {
                Some(t) => format!("→ {t}"),
                None => format!("({})", l.unresolved),
            };
            paragraph(&mut out, &target, dir, opts);
        }
    }
    if !article.footer.is_empty() {
        out.push_str(&rule);
        out.push('\n');
        for f in &article.footer {
            paragraph(&mut out, f, dir, opts);
        }
    }
    out
}
