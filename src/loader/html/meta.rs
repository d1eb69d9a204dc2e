//! A page's facts from its own structured data, before any guessing from its text: JSON-LD
//! (`NewsArticle`, `Article` and their kin, also inside `@graph` arrays), then OpenGraph and
//! `article:` meta, then `<time datetime>`, then the byline classes. The rules:
//!
//! - **Headline**: JSON-LD `headline`, else `og:title`, else the first `h1`, else `title`; a
//!   site name the page states (`og:site_name`, JSON-LD `publisher.name`,
//!   `application-name`) is stripped from it in the forms "T - Site", "T | Site", "T – Site"
//!   and "Site: T" (the site part matches when its first word is the site name's).
//! - **Author**: JSON-LD `author` (a string, `{name}`, or an array of those, joined with
//!   ", "), else `meta[name=author]`, `article:author`, else the byline elements. A section
//!   name ([`SECTION_NAMES`]: "News", "חדשות", "أخبار"…) or an address is not an author.
//! - **Date**: JSON-LD `datePublished`, else `article:published_time`, `itemprop`, `date`
//!   meta, else the first `time[datetime]`.

use dom_query::Document;
use serde_json::Value;

use super::{collapse, first_attr, first_text};

/// Names of a site's sections that pages put where the author belongs, lower-cased.
pub const SECTION_NAMES: &[&str] = &[
    "news",
    "staff",
    "editorial",
    "חדשות",
    "מבזקים",
    "أخبار",
    "اخبار",
    "الأخبار",
    "الاخبار",
    "منوعات",
    "خبر",
    "خبرها",
    "خبریں",
];

/// What the page's JSON-LD says of its article.
#[derive(Default)]
struct LdArticle {
    headline: Option<String>,
    author: Option<String>,
    date: Option<String>,
    publisher: Option<String>,
}

/// The facts [`super::parse_page`] needs from the whole page.
pub struct Facts {
    pub headline: String,
    pub author: Option<String>,
    pub date: Option<String>,
    pub site: Option<String>,
}

/// The page's headline, author, date and site name by the rules of the module doc.
pub fn facts(doc: &Document) -> Facts {
    let ld = json_ld(doc);
    let site = first_attr(
        doc,
        &[
            (r#"meta[property="og:site_name"]"#, "content"),
            (r#"meta[name="application-name"]"#, "content"),
        ],
    );
    let raw = ld
        .headline
        .clone()
        .or_else(|| first_attr(doc, &[(r#"meta[property="og:title"]"#, "content")]))
        .or_else(|| first_text(doc, "h1"))
        .or_else(|| first_text(doc, "title"))
        .unwrap_or_default();
    let names: Vec<&str> = [site.as_deref(), ld.publisher.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let headline = strip_site(&raw, &names);
    let author = [ld.author.clone()]
        .into_iter()
        .chain([first_attr(
            doc,
            &[
                (r#"meta[name="author"]"#, "content"),
                (r#"meta[property="article:author"]"#, "content"),
            ],
        )])
        .chain([first_text(
            doc,
            r#"[rel="author"], [itemprop="author"], .byline, .author"#,
        )])
        .flatten()
        .find(|a| is_author(a));
    let date = ld.date.clone().or_else(|| {
        first_attr(
            doc,
            &[
                (r#"meta[property="article:published_time"]"#, "content"),
                (r#"meta[itemprop="datePublished"]"#, "content"),
                (r#"meta[name="date"]"#, "content"),
                ("time[datetime]", "datetime"),
            ],
        )
    });
    Facts {
        headline,
        author,
        date,
        site: site.or(ld.publisher),
    }
}

/// A name can be an author: not a section name, not an address, not too long for a name.
pub fn is_author(name: &str) -> bool {
    let lower = name.trim().to_lowercase();
    !lower.is_empty()
        && !SECTION_NAMES.contains(&lower.as_str())
        && !lower.contains("://")
        && lower.split_whitespace().count() <= 12
}

/// `headline` without the site name around it, by the forms of the module doc.
pub fn strip_site(headline: &str, sites: &[&str]) -> String {
    let headline = collapse(headline);
    let first_word = |s: &str| -> String {
        s.chars()
            .skip_while(|c| !c.is_alphanumeric())
            .take_while(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase()
    };
    let names_site = |part: &str| {
        let w = first_word(part);
        part.split_whitespace().count() <= 5
            && !w.is_empty()
            && sites.iter().any(|s| first_word(s) == w)
    };
    for sep in [" - ", " | ", " – ", " — "] {
        if let Some((title, tail)) = headline.rsplit_once(sep)
            && !title.trim().is_empty()
            && names_site(tail)
        {
            return title.trim().to_string();
        }
    }
    if let Some((head, title)) = headline.split_once(": ")
        && !title.trim().is_empty()
        && sites
            .iter()
            .any(|s| collapse(s).eq_ignore_ascii_case(head.trim()))
    {
        return title.trim().to_string();
    }
    headline
}

/// The first JSON-LD object of an article type, searched through arrays and `@graph`.
fn json_ld(doc: &Document) -> LdArticle {
    let scripts = doc.select(r#"script[type="application/ld+json"]"#);
    for node in scripts.nodes() {
        let Ok(value) = serde_json::from_str::<Value>(node.text().trim()) else {
            continue;
        };
        if let Some(obj) = find_article(&value, 0) {
            return LdArticle {
                headline: str_of(&obj["headline"]).or_else(|| str_of(&obj["name"])),
                author: names(&obj["author"]),
                date: str_of(&obj["datePublished"]),
                publisher: str_of(&obj["publisher"]["name"]),
            };
        }
    }
    LdArticle::default()
}

fn is_article_type(t: &str) -> bool {
    t.ends_with("Article") || t == "BlogPosting" || t == "Report"
}

fn find_article(v: &Value, depth: usize) -> Option<&Value> {
    if depth > 4 {
        return None;
    }
    match v {
        Value::Array(items) => items.iter().find_map(|i| find_article(i, depth + 1)),
        Value::Object(map) => {
            let typed = match &map.get("@type") {
                Some(Value::String(t)) => is_article_type(t),
                Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(is_article_type),
                _ => false,
            };
            if typed {
                return Some(v);
            }
            map.get("@graph").and_then(|g| find_article(g, depth + 1))
        }
        _ => None,
    }
}

/// A JSON-LD string, collapsed; the HTML escapes some sites write into it (`&quot;`) are
/// decoded, as a `<script>`'s text is not.
fn str_of(v: &Value) -> Option<String> {
    let s = v.as_str()?;
    let decoded = s
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    Some(collapse(&decoded)).filter(|s| !s.is_empty())
}

/// An author as a string, `{ "name": … }`, or an array of those; the authors that are
/// names ([`is_author`]) joined with ", ".
fn names(v: &Value) -> Option<String> {
    let one = |v: &Value| str_of(v).or_else(|| str_of(&v["name"]));
    let all: Vec<String> = match v {
        Value::Array(items) => items.iter().filter_map(one).collect(),
        other => one(other).into_iter().collect(),
    };
    let kept: Vec<String> = all.into_iter().filter(|a| is_author(a)).collect();
    (!kept.is_empty()).then(|| kept.join(", "))
}
