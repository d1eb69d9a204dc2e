//! Item identity: which stored item an item of a fetched feed is, from one fetch to the next.
//!
//! The rule (README, "Subscriptions"), applied to each document as a whole:
//! 1. an item's guid (RSS) or id (Atom, JSON Feed) when no other item of the document has the
//!    same one;
//! 2. an item without a guid: its link, when no other item has the same link or guid;
//! 3. otherwise (a guid or link shared, or neither): the guid, else the link, else nothing,
//!    then `#` and a content hash of its title, date and content — SipHash-1-3 with the key 0,
//!    128 bits in hex, over the fields as the feed wrote them, each preceded by its length, so
//!    the hash is the same on every machine and in every khabar version;
//! 4. items equal in all of that (true duplicates) are told apart by their order: `~2`, `~3`.
//!
//! So two different items never share a key, and an item keyed by its guid or link keeps its
//! key when its text is corrected (the update then counts it as changed, not as new).

use std::collections::HashMap;
use std::hash::Hasher;

use feed_rs::model::Entry;
use siphasher::sip128::{Hasher128, SipHasher13};

/// The link that identifies an entry and becomes its article's address: the `alternate`
/// link (or one without `rel`), else the first.
pub fn main_link(e: &Entry) -> Option<&str> {
    e.links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or(e.links.first())
        .map(|l| l.href.trim())
        .filter(|l| !l.is_empty())
}

/// The guid or id the feed gave (feed-rs is told not to make one up: see `feed_parser`).
fn guid(e: &Entry) -> Option<&str> {
    Some(e.id.trim()).filter(|g| !g.is_empty())
}

/// The keys of a document's entries, in order, by the rule of the module docs.
pub fn keys(entries: &[Entry]) -> Vec<String> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for e in entries {
        if let Some(k) = guid(e).or_else(|| main_link(e)) {
            *seen.entry(k).or_default() += 1;
        }
    }
    let mut keys: Vec<String> = entries
        .iter()
        .map(|e| match guid(e).or_else(|| main_link(e)) {
            Some(k) if seen.get(k) == Some(&1) => k.to_string(),
            k => format!("{}#{}", k.unwrap_or(""), content_hash(e)),
        })
        .collect();
    let mut taken: HashMap<String, usize> = HashMap::new();
    for key in &mut keys {
        let n = taken.entry(key.clone()).or_default();
        *n += 1;
        if *n > 1 {
            key.push_str(&format!("~{n}"));
        }
    }
    keys
}

/// SipHash-1-3 (key 0, 128 bits, hex) of the title, the date and the content as written.
fn content_hash(e: &Entry) -> String {
    let date = e.published.or(e.updated).map(|d| d.to_rfc3339());
    let content = e
        .content
        .as_ref()
        .and_then(|c| c.body.as_deref())
        .or(e.summary.as_ref().map(|s| s.content.as_str()));
    let mut h = SipHasher13::new_with_keys(0, 0);
    for field in [
        e.title.as_ref().map(|t| t.content.as_str()),
        date.as_deref(),
        content,
    ] {
        let bytes = field.unwrap_or("").as_bytes();
        h.write(&(bytes.len() as u64).to_le_bytes());
        h.write(bytes);
    }
    format!("{:032x}", h.finish128().as_u128())
}

/// The key khabar 0.x before schema 2 gave the entry: its guid, else its link, else its
/// title, else its headline (`headline`). Rows stored under it are matched once more by the
/// first item that claims it (see `Store::save_fetch`), so an upgrade keeps read marks.
pub fn legacy_key(e: &Entry, headline: &str) -> String {
    guid(e)
        .or_else(|| main_link(e))
        .or_else(|| {
            e.title
                .as_ref()
                .map(|t| t.content.trim())
                .filter(|t| !t.is_empty())
        })
        .unwrap_or(headline)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(xml: &str) -> Vec<Entry> {
        feed_rs::parser::Builder::new()
            .id_generator(|_, _, _| String::new())
            .build()
            .parse(xml.as_bytes())
            .unwrap()
            .entries
    }

    #[test]
    fn the_hash_is_stable() {
        let e =
            entries("<rss version=\"2.0\"><channel><item><title>a</title></item></channel></rss>");
        // Fixed: a stored key must mean the same thing in every later khabar.
        assert_eq!(keys(&e), ["#041365f8405e595d0819b77574ef6032"]);
    }

    #[test]
    fn unique_guids_and_links_stand_alone() {
        let e = entries(
            "<rss version=\"2.0\"><channel><item><guid>g</guid></item><item><link>http://l/</link></item>\
             <item><guid>d</guid><title>1</title></item><item><guid>d</guid><title>2</title></item>\
             <item><title>x</title></item><item><title>x</title></item></channel></rss>",
        );
        let k = keys(&e);
        assert_eq!(k[..2], ["g", "http://l/"]);
        assert!(k[2].starts_with("d#") && k[3].starts_with("d#") && k[2] != k[3]);
        assert_eq!(k[5], format!("{}~2", k[4]));
    }
}
