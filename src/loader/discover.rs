//! Feed discovery: a subscription that turns out to be a web page is answered with the feeds
//! the page names (`<link rel="alternate" type="application/rss+xml" href="…">`), so the
//! message can say which address to subscribe to instead.

use dom_query::Document;
use url::Url;

use crate::loader::html::prescan;

/// The feed addresses an HTML page names, absolute, in page order.
pub fn feed_links(html: &str, page: &str) -> Vec<String> {
    if prescan::too_deep(html, prescan::PRESCAN_DEPTH) {
        return Vec::new();
    }
    let base = Url::parse(page).ok();
    let doc = Document::from(html);
    let links = doc.select("link[rel~=alternate][href]");
    let mut out: Vec<String> = Vec::new();
    for node in links.nodes() {
        let kind = node
            .attr("type")
            .map(|t| t.to_ascii_lowercase())
            .unwrap_or_default();
        let is_feed = ["rss+xml", "atom+xml", "feed+json", "rdf+xml"]
            .iter()
            .any(|k| kind.contains(k));
        let Some(href) = node.attr("href").filter(|_| is_feed) else {
            continue;
        };
        let href = href.trim();
        let absolute = match &base {
            Some(b) => b.join(href).map(|u| u.to_string()).ok(),
            None => Url::parse(href).map(|u| u.to_string()).ok(),
        };
        if let Some(u) = absolute.filter(|u| u.starts_with("http") && !out.contains(u)) {
            out.push(u);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alternate_feeds() {
        let page = r#"<html><head>
            <link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.xml">
            <link rel="alternate" hreflang="en" href="/en/">
            <link rel="alternate" type="application/atom+xml" href="https://b.example/atom">
            <link rel="stylesheet" type="text/css" href="/s.css">
            </head><body></body></html>"#;
        assert_eq!(
            feed_links(page, "https://a.example/news/"),
            ["https://a.example/rss.xml", "https://b.example/atom"]
        );
    }
}
