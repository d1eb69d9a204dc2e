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
use crate::i18n::errors::{Localize, Reason};
use crate::loader::Problem;
use crate::loader::html::{self, is_rtl_language};
use crate::loader::text::{guess_language, inline_with_spans};
use crate::text::article_direction;

use super::feed_cap::{self, MAX_FEED_ITEMS};
use super::feed_error::Fault;
use super::feed_key;
use super::feed_repair::{close_cdata, drop_inner_declarations};
pub use super::feed_repair::{declare_utf8, escape_ampersands};

/// How many words of an untitled item's text become its headline.
const TITLE_WORDS: usize = 8;

/// A feed's articles and the warnings met on the way. A feed without items is an error.
pub fn parse(bytes: &[u8], text: &str) -> Result<(Vec<Article>, Vec<Reason>), Problem> {
    let feed = parse_feed(bytes, text)?;
    if feed.items.is_empty() {
        return Err(Problem::Feed(Reason::new("reason-feed-empty")));
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
    pub warnings: Vec<Reason>,
}

/// One item and what identifies it from one fetch to the next.
#[derive(Debug)]
pub struct FeedItem {
    /// Its identity in the feed (see [`feed_key`]: never shared by two different items).
    pub key: String,
    /// The key khabar gave it before schema 2 ([`feed_key::legacy_key`]), to match the rows
    /// stored then; `None` for items that never had one.
    pub legacy_key: Option<String>,
    /// When it was published (else updated), in seconds since 1970.
    pub published: Option<i64>,
    pub article: Article,
}

/// Parses a feed, items and all; a feed with no items is not an error here (a new feed).
/// At most [`MAX_FEED_ITEMS`] items are read (see [`feed_cap`]), with one warning.
pub fn parse_feed(bytes: &[u8], text: &str) -> Result<ParsedFeed, Problem> {
    let mut warnings = Vec::new();
    let cut = feed_cap::cut_items(text, MAX_FEED_ITEMS);
    let owned = cut.as_ref().map(|c| declare_utf8(&c.text));
    let (bytes, text) = owned
        .as_deref()
        .map_or((bytes, text), |t| (t.as_bytes(), t));
    let mut feed = parse_forgiving(bytes, text, &mut warnings)?;
    if let Some(cut) = &cut {
        warnings.push(cut.message(MAX_FEED_ITEMS));
    } else if feed.entries.len() > MAX_FEED_ITEMS {
        // A JSON Feed, or XML the streaming pass could not walk: cut after parsing.
        warnings.push(feed_cap::items_dropped(feed.entries.len(), MAX_FEED_ITEMS));
    }
    feed.entries.truncate(MAX_FEED_ITEMS);
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
    let keys = feed_key::keys(&feed.entries);
    let mut notes = Notes::default();
    let items = feed
        .entries
        .iter()
        .zip(keys)
        .enumerate()
        .map(|(i, (e, key))| {
            let article = article(e, &feed, title.clone(), i, &mut notes);
            FeedItem {
                legacy_key: Some(feed_key::legacy_key(e, &article.headline)),
                key,
                published: e.published.or(e.updated).map(|d| d.timestamp()),
                article,
            }
        })
        .collect();
    notes.say(&mut warnings);
    Ok(ParsedFeed {
        title,
        site,
        items,
        warnings,
    })
}

/// What the items of one feed lacked, said once for the feed rather than once per item
/// (a feed of 10,000 untitled items gets one line).
#[derive(Debug, Default)]
struct Notes {
    /// Items (numbered from 1) without a title.
    untitled: Vec<usize>,
    /// Items whose content was left out, and why.
    left_out: Vec<(usize, Problem)>,
}

impl Notes {
    fn say(self, w: &mut Vec<Reason>) {
        match self.untitled[..] {
            [] => {}
            [i] => w.push(Reason::new("reason-warn-untitled-one").num("item", i)),
            ref many => w.push(
                (Reason::new("reason-warn-untitled-many"))
                    .num("count", many.len())
                    .num("first", many[0]),
            ),
        }
        match &self.left_out[..] {
            [] => {}
            [(i, p)] => w.push(
                (Reason::new("reason-warn-left-out-one"))
                    .num("item", *i)
                    .inner("reason", p.reason()),
            ),
            [(i, p), rest @ ..] => w.push(
                (Reason::new("reason-warn-left-out-many"))
                    .num("item", *i)
                    .inner("reason", p.reason())
                    .num("others", rest.len()),
            ),
        }
    }
}

/// feed-rs making up no id: an item without a guid or id gets an empty one, and
/// [`feed_key`] gives it its identity (feed-rs would hash the link and title together).
fn feed_parser() -> feed_rs::parser::Parser {
    feed_rs::parser::Builder::new()
        .id_generator(|_links, _title, _base| String::new())
        .build()
}

/// feed-rs on `bytes`; a panic inside it (quick-xml panics on a second XML declaration) is
/// an error like any other ([`Fault`], said by its reason).
fn run_feed_rs(bytes: &[u8]) -> Result<Feed, Fault> {
    // A parser serves one document (feed-rs keeps state between elements).
    match crate::guard::catch(|| feed_parser().parse(bytes)) {
        Ok(Ok(feed)) => Ok(feed),
        Ok(Err(e)) => Err(Fault::Parser(e)),
        Err(panic) => Err(Fault::Panic(panic)),
    }
}

fn parse_forgiving(bytes: &[u8], text: &str, warnings: &mut Vec<Reason>) -> Result<Feed, Problem> {
    let first = match run_feed_rs(bytes) {
        Ok(feed) => return Ok(feed),
        Err(e) => e.reason(bytes),
    };
    let utf8 = declare_utf8(text);
    let repairs: [(&str, String); 4] = [
        ("reason-repair-utf8", utf8.clone()),
        ("reason-repair-ampersands", escape_ampersands(&utf8)),
        (
            "reason-repair-cdata",
            close_cdata(&escape_ampersands(&utf8)),
        ),
        (
            "reason-repair-declarations",
            drop_inner_declarations(&escape_ampersands(&utf8)),
        ),
    ];
    for (what, repaired) in repairs {
        if let Ok(feed) = run_feed_rs(repaired.as_bytes()) {
            warnings.push(
                (Reason::new("reason-warn-repaired"))
                    .inner("error", first)
                    .inner("repair", Reason::new(what)),
            );
            return Ok(feed);
        }
    }
    Err(Problem::Feed(first))
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
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

fn article(e: &Entry, feed: &Feed, source: Option<String>, i: usize, notes: &mut Notes) -> Article {
    let url = e
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or(e.links.first())
        .map(|l| l.href.clone());
    let language = e.language.clone().or_else(|| feed.language.clone());
    let headline = e.title.as_ref().map(plain_text).unwrap_or_default();
    let rtl_hint = article_direction(
        language.as_deref().is_some_and(is_rtl_language),
        [&*headline],
    )
    .is_rtl();
    let base = url.as_deref().and_then(|u| Url::parse(u).ok());
    let (body, summary_only) = item_body(e, base.as_ref(), rtl_hint, i, notes);
    let mut a = Article {
        headline,
        meta: Meta {
            source,
            // RFC 3339 in UTC (`2024-01-06T10:00:00Z`): what `dump --json` writes; the views
            // show it in the local zone as an isolated unit (`crate::text::display_date`).
            date: e
                .published
                .or(e.updated)
                .map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
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
        notes.untitled.push(i + 1);
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
    notes: &mut Notes,
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
            notes.left_out.push((i + 1, p));
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
    let declared_rtl = a.meta.language.as_deref().is_some_and(is_rtl_language);
    a.meta.direction = article_direction(declared_rtl, [&*sample]);
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
