//! News feeds: RSS 0.9x/1.0/2.0, Atom and JSON Feed, read with `feed-rs`, become one
//! [`Article`] per item. An item's HTML goes through the HTML loader as a fragment.
//!
//! Feeds seen in the wild are often broken, so a feed that does not parse is retried, each
//! retry with a warning: as UTF-8 whatever encoding it declares, then with stray `&` escaped,
//! then with an unterminated CDATA section closed. Entities declared in a DTD are never
//! expanded (quick-xml, under `feed-rs`, does not read DTDs), so an entity bomb or an
//! external entity ends with an error or unexpanded text, never with a huge document.

use feed_rs::model::{Entry, Feed, Text};
use url::Url;

use crate::article::{Article, Block, Direction, Meta};
use crate::loader::Problem;
use crate::loader::html::{self, is_rtl_language};
use crate::loader::text::{guess_language, inline_with_spans};

/// How many words of an untitled item's text become its headline.
const TITLE_WORDS: usize = 8;

/// A feed's articles and the warnings met on the way. A feed without items is an error.
pub fn parse(bytes: &[u8], text: &str) -> Result<(Vec<Article>, Vec<String>), Problem> {
    let feed = parse_feed(bytes, text)?;
    if feed.items.is_empty() {
        return Err(Problem::Feed("the feed holds no items".into()));
    }
    let articles = feed.items.into_iter().map(|i| i.article).collect();
    Ok((articles, feed.warnings))
}

/// A feed as subscriptions keep it: its own title and site, and its items with their keys.
#[derive(Debug, Default)]
pub struct ParsedFeed {
    pub title: Option<String>,
    /// The site the feed belongs to (its `alternate` link).
    pub site: Option<String>,
    pub items: Vec<FeedItem>,
    pub warnings: Vec<String>,
}

/// One item and what identifies it from one fetch to the next.
#[derive(Debug)]
pub struct FeedItem {
    /// The item's guid (RSS) or id (Atom, JSON Feed); without one its link, else its title.
    pub key: String,
    /// When it was published (else updated), in seconds since 1970.
    pub published: Option<i64>,
    pub article: Article,
}

/// Parses a feed, items and all; a feed with no items is not an error here (a new feed).
pub fn parse_feed(bytes: &[u8], text: &str) -> Result<ParsedFeed, Problem> {
    let mut warnings = Vec::new();
    let feed = parse_forgiving(bytes, text, &mut warnings)?;
    let title = feed
        .title
        .as_ref()
        .map(plain_text)
        .filter(|t| !t.is_empty());
    let site = feed
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .map(|l| l.href.clone());
    let items = feed
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let article = article(e, &feed, title.clone(), i, &mut warnings);
            let key = if e.id.trim().is_empty() {
                article.headline.clone()
            } else {
                e.id.trim().to_string()
            };
            let published = e.published.or(e.updated).map(|d| d.timestamp());
            FeedItem {
                key,
                published,
                article,
            }
        })
        .collect();
    Ok(ParsedFeed {
        title,
        site,
        items,
        warnings,
    })
}

/// feed-rs with item keys that stay the same from one fetch to the next: an item without a
/// guid or id is known by its link, else by its title (feed-rs would hash them together,
/// so a corrected title would make a new item).
fn feed_parser() -> feed_rs::parser::Parser {
    feed_rs::parser::Builder::new()
        .id_generator(|links, title, _base| {
            links
                .iter()
                .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
                .or(links.first())
                .map(|l| l.href.trim().to_string())
                .or_else(|| title.as_ref().map(|t| t.content.trim().to_string()))
                .unwrap_or_default()
        })
        .build()
}

/// feed-rs on `bytes`; a panic inside it (quick-xml panics on a second XML declaration) is
/// an error like any other.
fn run_feed_rs(bytes: &[u8]) -> Result<Feed, String> {
    // A parser serves one document (feed-rs keeps state between elements).
    match crate::guard::catch(|| feed_parser().parse(bytes)) {
        Ok(Ok(feed)) => Ok(feed),
        Ok(Err(e)) => Err(e.to_string()),
        Err(panic) => Err(format!("the XML parser failed ({panic})")),
    }
}

/// Drops XML declarations after the first (two feeds glued together, a template's
/// fragment): the XML parser stops at them.
fn drop_inner_declarations(text: &str) -> String {
    let head = text.len()
        - text
            .trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
            .len();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut at = 0;
    while let Some(i) = rest.find("<?xml") {
        let start = at + i;
        let end = rest[i..].find("?>").map_or(rest.len(), |e| i + e + 2);
        if start == head {
            out.push_str(&rest[..end]);
        } else {
            out.push_str(&rest[..i]);
        }
        rest = &rest[end..];
        at += end;
    }
    out.push_str(rest);
    out
}

fn parse_forgiving(bytes: &[u8], text: &str, warnings: &mut Vec<String>) -> Result<Feed, Problem> {
    let first = match run_feed_rs(bytes) {
        Ok(feed) => return Ok(feed),
        Err(e) => e,
    };
    let utf8 = declare_utf8(text);
    let repairs: [(&str, String); 4] = [
        ("read as UTF-8 despite its declared encoding", utf8.clone()),
        ("stray '&' characters escaped", escape_ampersands(&utf8)),
        (
            "an unterminated CDATA section closed",
            close_cdata(&escape_ampersands(&utf8)),
        ),
        (
            "XML declarations inside the document dropped",
            drop_inner_declarations(&escape_ampersands(&utf8)),
        ),
    ];
    for (what, repaired) in repairs {
        if let Ok(feed) = run_feed_rs(repaired.as_bytes()) {
            warnings.push(format!(
                "the feed is malformed ({}); loaded with {what}",
                one_line(&first)
            ));
            return Ok(feed);
        }
    }
    let message = one_line(&first);
    Err(Problem::Feed(if message.contains("no root element") {
        "no <rss>, <feed> or <rdf:RDF> element".into()
    } else {
        message
    }))
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text with its XML declaration's `encoding` changed to UTF-8 (the loader has already
/// decoded it).
pub(crate) fn declare_utf8(text: &str) -> String {
    let text = text.trim_start_matches('\u{feff}');
    match text.find("?>") {
        Some(end) if text.trim_start().starts_with("<?xml") => {
            format!("<?xml version=\"1.0\" encoding=\"UTF-8\"{}", &text[end..])
        }
        _ => text.to_string(),
    }
}

/// Escapes every `&` that does not start an entity or character reference.
pub fn escape_ampersands(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if c == '&' && !starts_entity(&text[i + 1..]) {
            out.push_str("&amp;");
        } else {
            out.push(c);
        }
    }
    out
}

fn starts_entity(rest: &str) -> bool {
    let name: String = rest.chars().take_while(|&c| c != ';').take(33).collect();
    let ok = if let Some(num) = name.strip_prefix('#') {
        match num.strip_prefix(['x', 'X']) {
            Some(hex) => !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit()),
            None => !num.is_empty() && num.chars().all(|c| c.is_ascii_digit()),
        }
    } else {
        !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric())
    };
    ok && name.len() <= 32 && rest[name.len()..].starts_with(';')
}

/// Cuts an unterminated CDATA section (or tag) off the end and closes the elements left
/// open, innermost first.
fn close_cdata(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(open) = out.rfind("<![CDATA[").or_else(|| out.rfind("<![CD"))
        && !out[open..].contains("]]>")
    {
        out.truncate(open);
    }
    if let Some(lt) = out.rfind('<')
        && !out[lt..].contains('>')
    {
        out.truncate(lt);
    }
    for name in open_elements(&out).iter().rev() {
        out.push_str(&format!("</{name}>"));
    }
    out
}

/// The elements open at the end of `xml`, outermost first (comments, CDATA and declarations
/// skipped).
fn open_elements(xml: &str) -> Vec<String> {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = xml;
    while let Some(lt) = rest.find('<') {
        rest = &rest[lt..];
        let end_of = |pat: &str| rest.find(pat).map(|i| i + pat.len());
        let end = if rest.starts_with("<!--") {
            end_of("-->")
        } else if rest.starts_with("<![CDATA[") {
            end_of("]]>")
        } else {
            end_of(">")
        };
        let Some(end) = end else { break };
        let tag = &rest[1..end - 1];
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim();
            if let Some(at) = stack.iter().rposition(|n| n == name) {
                stack.truncate(at);
            }
        } else if !tag.starts_with(['!', '?']) && !tag.ends_with('/') {
            let name = tag.split(|c: char| c.is_whitespace()).next().unwrap_or("");
            stack.push(name.to_string());
        }
        rest = &rest[end..];
    }
    stack
}

/// The text of a feed `Text`, markup dropped when it is HTML.
fn plain_text(t: &Text) -> String {
    let markup = t.content_type.subty().as_str().contains("html") || t.content.contains('<');
    if markup && let Ok(blocks) = html::parse_fragment(&t.content, None, false) {
        let parts: Vec<_> = blocks.iter().map(|b| b.inline().text.clone()).collect();
        return parts.join(" ");
    }
    one_line(&t.content)
}

fn article(
    e: &Entry,
    feed: &Feed,
    source: Option<String>,
    i: usize,
    w: &mut Vec<String>,
) -> Article {
    let url = e
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or(e.links.first())
        .map(|l| l.href.clone());
    let language = e.language.clone().or_else(|| feed.language.clone());
    let headline = e.title.as_ref().map(plain_text).unwrap_or_default();
    let rtl_hint = language.as_deref().is_some_and(is_rtl_language)
        || Direction::of_text(&headline).is_some_and(Direction::is_rtl);
    let base = url.as_deref().and_then(|u| Url::parse(u).ok());
    let (body, summary_only) = item_body(e, base.as_ref(), rtl_hint, i, w);
    let mut a = Article {
        headline,
        meta: Meta {
            source,
            // `2024/01/06 10:00` (UTC): short, and in order in a right-to-left line too
            // (after Arabic letters the digits are AN, UAX #9 W2, which `/` and `:` join,
            // W4, but `-` does not: `2024-01-06` would show as `06-01-2024`).
            date: e
                .published
                .or(e.updated)
                .map(|d| d.format("%Y/%m/%d %H:%M").to_string()),
            author: authors(e),
            // Only a summary and an address: the reader can load the full article.
            summary_only: summary_only && url.is_some(),
            url,
            language,
            direction: Direction::Ltr,
        },
        body,
        ..Article::default()
    };
    if a.headline.is_empty() {
        a.headline = first_words(&a.body);
        if a.headline.is_empty() {
            // Never an empty headline (its JSON would not load back): an empty address
            // does not stand in.
            a.headline = a
                .meta
                .url
                .as_deref()
                .map(str::trim)
                .filter(|u| !u.is_empty())
                .map_or_else(|| format!("untitled item {}", i + 1), str::to_string);
        }
        w.push(format!(
            "item {} has no title; its first words stand in for one",
            i + 1
        ));
    }
    settle_direction(&mut a);
    a
}

fn authors(e: &Entry) -> Option<String> {
    let names: Vec<_> = e
        .authors
        .iter()
        .filter_map(|p| p.name.as_deref().map(one_line))
        .filter(|n| !n.is_empty())
        .collect();
    (!names.is_empty()).then(|| names.join(", "))
}

/// An item's body, and whether it is only the item's summary (no full content).
fn item_body(
    e: &Entry,
    base: Option<&Url>,
    rtl: bool,
    i: usize,
    w: &mut Vec<String>,
) -> (Vec<Block>, bool) {
    let (body, kind, summary) = match (&e.content, &e.summary) {
        (Some(c), _) if c.body.as_deref().is_some_and(|b| !b.trim().is_empty()) => (
            c.body.clone().unwrap_or_default(),
            c.content_type.subty().as_str().to_string(),
            false,
        ),
        (_, Some(s)) => (
            s.content.clone(),
            s.content_type.subty().as_str().to_string(),
            true,
        ),
        _ => return (Vec::new(), true),
    };
    if kind == "plain" && !body.contains('<') {
        let blocks = body
            .split("\n\n")
            .map(|p: &str| one_line(p))
            .filter(|p: &String| !p.is_empty())
            .map(|p: String| Block::Paragraph(inline_with_spans(&p)))
            .collect();
        return (blocks, summary);
    }
    match html::parse_fragment(&body, base, rtl) {
        Ok(blocks) => (blocks, summary),
        Err(p) => {
            w.push(format!("item {}: its content was left out ({p})", i + 1));
            (Vec::new(), summary)
        }
    }
}

fn first_words(body: &[Block]) -> String {
    let text = body.first().map(|b| b.inline().text.as_str()).unwrap_or("");
    let words: Vec<_> = text.split_whitespace().collect();
    let mut title = words[..words.len().min(TITLE_WORDS)].join(" ");
    if words.len() > TITLE_WORDS {
        title.push('…');
    }
    title
}

fn settle_direction(a: &mut Article) {
    let sample = format!(
        "{} {}",
        a.headline,
        a.body
            .first()
            .map(|b| b.inline().text.as_str())
            .unwrap_or("")
    );
    if a.meta.language.is_none() {
        a.meta.language = guess_language(&sample);
    }
    a.meta.direction = match a.meta.language.as_deref() {
        Some(l) if is_rtl_language(l) => Direction::Rtl,
        _ => Direction::of_text(&sample).unwrap_or_default(),
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ampersands() {
        assert_eq!(
            escape_ampersands("a&b &amp; &#1575; &#x5D0; &x"),
            "a&amp;b &amp; &#1575; &#x5D0; &amp;x"
        );
    }

    #[test]
    fn rtl_feed() {
        let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>الموقع</title>
            <language>ar</language><item><title>عنوان</title><link>http://a.com/1</link>
            <description>&lt;p&gt;نص &lt;a href="/x"&gt;رابط&lt;/a&gt;&lt;/p&gt;</description></item>
            <item><description>بلا عنوان هنا</description></item></channel></rss>"#;
        let (arts, w) = parse(rss.as_bytes(), rss).unwrap();
        assert_eq!(arts.len(), 2);
        assert_eq!(arts[0].headline, "عنوان");
        assert_eq!(arts[0].meta.source.as_deref(), Some("الموقع"));
        assert_eq!(arts[0].meta.direction, Direction::Rtl);
        assert_eq!(arts[0].body[0].inline().text, "نص رابط");
        assert_eq!(arts[1].headline, "بلا عنوان هنا");
        assert_eq!(w.len(), 1);
    }

    #[test]
    fn open_cdata_is_cut_and_elements_closed() {
        let xml = "<rss><channel><title>t</title><item><title><![CD";
        assert_eq!(
            close_cdata(xml),
            "<rss><channel><title>t</title><item><title></title></item></channel></rss>"
        );
    }
}
