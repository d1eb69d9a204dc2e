//! The cap on items per feed document ([`MAX_FEED_ITEMS`], README "Limits"). A feed of
//! 600,000 empty `<item/>` fits in 4 MiB; parsed whole it would cost seconds and most of a
//! gigabyte before anything could be dropped. So a streaming pass (quick-xml, nothing kept
//! but a stack of open element names) counts the `<item>` and `<entry>` elements and cuts the
//! document where the first one past the cap starts, closing the elements left open: feed-rs
//! then parses at most [`MAX_FEED_ITEMS`] items. The cap is said once, with the count.

use quick_xml::Reader;
use quick_xml::events::Event;

use crate::i18n::errors::Reason;

/// The most items khabar reads from one feed document (so from one feed in one update); the
/// rest are dropped with one warning.
pub const MAX_FEED_ITEMS: usize = 10_000;

/// A document cut after its first `cap` items.
#[derive(Debug)]
pub struct Cut {
    /// The document up to the first item past the cap, its open elements closed.
    pub text: String,
    /// The items the whole document holds (as far as it could be read).
    pub total: usize,
}

impl Cut {
    /// The one warning about the cut.
    pub fn message(&self, cap: usize) -> Reason {
        items_dropped(self.total, cap)
    }
}

/// "N items in the feed; the first CAP are kept".
pub fn items_dropped(total: usize, cap: usize) -> Reason {
    (Reason::new("reason-warn-items-dropped"))
        .num("total", total)
        .num("max", cap)
}

/// Whether an element is an item of RSS (`item`) or Atom (`entry`), prefix or not.
fn is_item(name: &str) -> bool {
    let local = name.rsplit(':').next().unwrap_or(name);
    local == "item" || local == "entry"
}

/// `text` cut after its first `cap` items, or `None` when it holds no more than that (or is
/// not XML that quick-xml can walk up to the cut).
pub fn cut_items(text: &str, cap: usize) -> Option<Cut> {
    let mut reader = Reader::from_str(text);
    reader.config_mut().check_end_names = false;
    let mut open: Vec<String> = Vec::new();
    let mut in_item = 0usize;
    let (mut total, mut cut) = (0usize, None);
    loop {
        let at = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                let qname = e.name();
                let name: &str = qname.as_ref();
                if in_item > 0 || is_item(name) {
                    in_item += 1;
                    total += usize::from(in_item == 1);
                }
                if total == cap + 1 && in_item == 1 && cut.is_none() {
                    cut = Some((at, open.clone()));
                }
                open.push(name.to_string());
            }
            Ok(Event::Empty(e)) if in_item == 0 && is_item(e.name().as_ref()) => {
                total += 1;
                if total == cap + 1 {
                    cut = Some((at, open.clone()));
                }
            }
            Ok(Event::End(_)) => {
                open.pop();
                in_item = in_item.saturating_sub(1);
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    let (at, open) = cut?;
    let mut out = String::with_capacity(at + 64);
    out.push_str(text.get(..at)?);
    for name in open.iter().rev() {
        out.push_str("</");
        out.push_str(name);
        out.push('>');
    }
    Some(Cut { text: out, total })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_after_the_cap_and_closed() {
        let xml = "<?xml version=\"1.0\"?><rss><channel><title>t</title>\
                   <item><title>1</title></item><item/><item><title>3</title></item>\
                   <item/></channel></rss>";
        let cut = cut_items(xml, 2).unwrap();
        assert_eq!(cut.total, 4);
        assert_eq!(
            cut.text,
            "<?xml version=\"1.0\"?><rss><channel><title>t</title>\
             <item><title>1</title></item><item/></channel></rss>"
        );
        assert!(cut_items(xml, 4).is_none());
    }

    #[test]
    fn atom_entries_with_a_prefix() {
        let xml = "<a:feed xmlns:a=\"http://www.w3.org/2005/Atom\"><a:entry><a:id>1</a:id>\
                   </a:entry><a:entry><a:id>2</a:id></a:entry></a:feed>";
        let cut = cut_items(xml, 1).unwrap();
        assert_eq!(cut.total, 2);
        assert!(cut.text.ends_with("</a:entry></a:feed>"), "{}", cut.text);
    }
}
