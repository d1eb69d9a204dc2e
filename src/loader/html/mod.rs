//! HTML articles: a saved news page becomes one [`Article`] the way a browser's reader mode
//! would show it. This module reads the page's facts (headline, date, author, site: [`meta`],
//! from the page's structured data first; language, direction, "read also" links) from the
//! whole document, strips the page's furniture ([`furniture`]), and hands the
//! rest to `dom_smoothie` — a port of Mozilla's Readability, the algorithm behind Firefox's
//! reader view — to find the article's main content; [`walk`] turns that into blocks.
//!
//! Why `dom_smoothie` over `scraper`: `scraper` only parses and selects, so the
//! "which part of the page is the article" scoring would have to be written here, while
//! `dom_smoothie` brings Readability's tested scoring and its metadata rules (Open Graph,
//! JSON-LD) on the same html5ever parser (through `dom_query`). On the CNN Arabic test page it
//! keeps every word of the story and little else (97.5% of what it keeps is story text), while
//! walking the boilerplate-stripped `<body>` — what a selector-only crate gives — yields 40
//! blocks and ~490 words for a 319-word story (related-story teasers, captions, footer
//! links). When Readability finds no article (a short page), that cleaned body is used.
//!
//! Bounds: documents over [`MAX_HTML_BYTES`] and trees nested deeper than [`MAX_DEPTH`] are
//! refused before any recursive pass runs; tags that open more than
//! [`prescan::PRESCAN_DEPTH`] deep are refused before the parse, whose time grows with the
//! square of the depth.

pub mod furniture;
pub mod lists;
pub mod meta;
pub mod prescan;
pub mod walk;

use dom_query::{Document, NodeRef, Selection};
use url::Url;

use crate::article::{Article, Block, Direction, Link, Meta};
use crate::loader::Problem;
use crate::loader::text::guess_language;

/// The largest HTML document khabar reads (saved news pages are well under 1 MiB).
pub const MAX_HTML_BYTES: usize = 8 * 1024 * 1024;
/// The deepest element nesting khabar accepts.
pub const MAX_DEPTH: usize = 512;

/// Headings that open a block of related links, lower-cased.
const READ_ALSO: &[&str] = &[
    "read also",
    "read more",
    "related",
    "see also",
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "إقرأ أيضا",
    "إقرأ أيضاً",
    "اقرأ ايضا",
    "קראו גם",
    "קרא גם",
    "כתבות נוספות",
    "بیشتر بخوانید",
    "بیشتر بخوانيد",
    "مطالب مرتبط",
];

/// Parses a whole HTML page. `url` is where it came from, if known (links are resolved
/// against it, else against the page's own `og:url` or canonical link).
pub fn parse_page(html: &str, url: Option<&str>) -> Result<Article, Problem> {
    let doc = parse_bounded(html, false)?;
    let base = url
        .map(str::to_string)
        .or_else(|| page_url(&doc))
        .and_then(|u| Url::parse(&u).ok());
    let facts = meta::facts(&doc);
    let mut meta = page_meta(&doc, &facts);
    meta.url = base.as_ref().map(Url::to_string);
    let headline = facts.headline;
    let read_also = read_also(&doc, base.as_ref());
    furniture::strip(&doc);
    let rtl_hint = meta.direction.is_rtl();
    let mut body = main_content(doc, base.as_ref(), rtl_hint);
    if let Some(Block::Heading(h)) = body.first()
        && h.text == headline
    {
        body.remove(0);
    }
    furniture::drop_meta_lines(&mut body, &mut meta);
    let mut article = Article {
        headline,
        meta,
        body,
        read_also,
        ..Article::default()
    };
    if article.headline.is_empty()
        && let Some(first) = article.body.first()
    {
        let words: Vec<_> = first.inline().text.split_whitespace().take(10).collect();
        article.headline = words.join(" ");
    }
    settle_language(&mut article);
    if article.headline.is_empty() && article.body.is_empty() {
        return Err(Problem::NoText("HTML"));
    }
    Ok(article)
}

/// The blocks of an HTML fragment (a feed item's content), links resolved against `base`.
pub fn parse_fragment(html: &str, base: Option<&Url>, rtl: bool) -> Result<Vec<Block>, Problem> {
    let doc = parse_bounded(html, true)?;
    Ok(walk::blocks(&doc.root(), base, rtl))
}

fn parse_bounded(html: &str, fragment: bool) -> Result<Document, Problem> {
    if html.len() > MAX_HTML_BYTES {
        return Err(Problem::TooLarge {
            size: html.len() as u64,
            max: MAX_HTML_BYTES as u64,
        });
    }
    if prescan::too_deep(html, prescan::PRESCAN_DEPTH) {
        return Err(Problem::TooDeep { max: MAX_DEPTH });
    }
    let doc = if fragment {
        Document::fragment(html)
    } else {
        Document::from(html)
    };
    if depth(&doc.root()) > MAX_DEPTH {
        return Err(Problem::TooDeep { max: MAX_DEPTH });
    }
    Ok(doc)
}

/// The deepest nesting under `root`, counted without recursion.
fn depth(root: &NodeRef) -> usize {
    let mut stack = vec![(*root, 0usize)];
    let mut deepest = 0;
    while let Some((node, d)) = stack.pop() {
        deepest = deepest.max(d);
        if deepest > MAX_DEPTH {
            break;
        }
        stack.extend(node.element_children().into_iter().map(|c| (c, d + 1)));
    }
    deepest
}

fn first_attr(doc: &Document, selectors: &[(&str, &str)]) -> Option<String> {
    selectors.iter().find_map(|(sel, attr)| {
        doc.select(sel)
            .nodes()
            .iter()
            .filter_map(|n| n.attr(attr))
            .map(|v| collapse(&v))
            .find(|v| !v.is_empty())
    })
}

fn first_text(doc: &Document, sel: &str) -> Option<String> {
    doc.select(sel)
        .nodes()
        .iter()
        .map(|n| collapse(&n.text()))
        .find(|t| !t.is_empty())
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn page_url(doc: &Document) -> Option<String> {
    first_attr(
        doc,
        &[
            (r#"meta[property="og:url"]"#, "content"),
            (r#"link[rel="canonical"]"#, "href"),
        ],
    )
    .filter(|u| Url::parse(u).is_ok())
}

/// The page's facts that are not its text: author, date and site from [`meta::facts`],
/// language and direction from the markup.
fn page_meta(doc: &Document, facts: &meta::Facts) -> Meta {
    let (date, author, source) = (facts.date.clone(), facts.author.clone(), facts.site.clone());
    let language = first_attr(doc, &[("html[lang]", "lang"), ("body[lang]", "lang")]);
    let dir = first_attr(doc, &[("html[dir]", "dir"), ("body[dir]", "dir")]);
    let direction = match dir.as_deref().map(str::to_ascii_lowercase).as_deref() {
        Some("rtl") => Direction::Rtl,
        _ => Direction::Ltr,
    };
    Meta {
        source,
        date,
        author,
        url: None,
        language,
        direction,
        summary_only: false,
    }
}

/// Fills the language from the text when the page does not name one, and the direction from
/// the text (UAX #9 P2/P3 over the headline and body) when the page declares none.
fn settle_language(a: &mut Article) {
    let sample: String = std::iter::once(a.headline.as_str())
        .chain(a.body.iter().map(|b| b.inline().text.as_str()))
        .take(6)
        .collect::<Vec<_>>()
        .join(" ");
    if a.meta.language.is_none() {
        a.meta.language = guess_language(&sample);
    }
    if a.meta.direction == Direction::Ltr {
        let declared_ltr = a
            .meta
            .language
            .as_deref()
            .is_some_and(|l| !is_rtl_language(l));
        if !declared_ltr {
            a.meta.direction = crate::text::article_direction(false, [&*sample]);
        }
    }
}

/// Languages written right to left (by primary subtag, unless a Latin script is named).
pub fn is_rtl_language(tag: &str) -> bool {
    let lower = tag.to_ascii_lowercase();
    let primary = lower.split(['-', '_']).next().unwrap_or("");
    let rtl = [
        "ar", "fa", "he", "iw", "yi", "ji", "ur", "ps", "ckb", "sd", "ug", "dv", "syr", "arb",
    ];
    rtl.contains(&primary) && !lower.contains("latn")
}

/// The "read also" block: a short heading naming one of [`READ_ALSO`] followed by lists of
/// links, and any `a[rel~=related]`. The block is removed from the page so it does not end up
/// in the body.
fn read_also(doc: &Document, base: Option<&Url>) -> Vec<Link> {
    let mut links = Vec::new();
    for node in doc
        .select("h2, h3, h4, h5, h6, strong, b, p, span, div, dt")
        .nodes()
    {
        let text = collapse(&node.text()).to_lowercase();
        let text = text.trim_end_matches([':', '：', ' ']);
        if text.chars().count() > 40 || !READ_ALSO.contains(&text) {
            continue;
        }
        let mut next = node.next_element_sibling();
        let mut taken = 0;
        while let Some(sib) = next {
            let before = links.len();
            collect_links(&Selection::from(sib), base, &mut links);
            if links.len() == before || taken > 3 {
                break;
            }
            taken += 1;
            next = sib.next_element_sibling();
            sib.remove_from_parent();
        }
        if taken > 0 {
            node.remove_from_parent();
        }
    }
    let related = doc.select(r#"a[rel~="related"]"#);
    collect_links(&related, base, &mut links);
    related.remove();
    links
}

fn collect_links(sel: &Selection, base: Option<&Url>, links: &mut Vec<Link>) {
    let anchors = if sel.is("a[href]") {
        sel.clone()
    } else {
        sel.select("a[href]")
    };
    for a in anchors.nodes() {
        let text = collapse(&a.text());
        let target = a.attr("href").and_then(|h| walk::resolve(base, &h));
        if !text.is_empty() && !links.iter().any(|l: &Link| l.text == text) {
            links.push(Link { text, target });
        }
    }
}

/// The article's blocks: Readability's pick when it finds one, else the whole cleaned body.
fn main_content(doc: Document, base: Option<&Url>, rtl: bool) -> Vec<Block> {
    let fallback = doc.html().to_string();
    let url = base.map(Url::as_str);
    let extracted = dom_smoothie::Readability::with_document(doc, url, None)
        .and_then(|mut r| r.parse())
        .ok()
        .map(|a| a.content.to_string());
    let rtl_of = |blocks: &[Block]| {
        crate::text::article_direction(rtl, blocks.iter().map(|b| b.inline().text.as_str()))
            .is_rtl()
    };
    let from = |html: &str, rtl_guess: bool| {
        let d = Document::from(html);
        let root = d
            .select("body")
            .nodes()
            .first()
            .cloned()
            .unwrap_or(d.root());
        walk::blocks(&root, base, rtl_guess)
    };
    match extracted {
        Some(html) => {
            let first = from(&html, rtl);
            if !first.is_empty() {
                let again = rtl_of(&first);
                return if again == rtl {
                    first
                } else {
                    from(&html, again)
                };
            }
            from(&fallback, rtl)
        }
        None => from(&fallback, rtl),
    }
}

#[cfg(test)]
mod tests;
