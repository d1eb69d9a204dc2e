//! OPML, the format feed readers exchange subscriptions in: [`parse`] reads every
//! `<outline xmlUrl="…">` of a file (or `url="…"`; categories flattened, addresses other
//! than http/https skipped with the reason), [`write`] writes OPML 2.0.
//!
//! Read with quick-xml, which expands only the five predefined entities and character
//! references: a DTD's entities (a "billion laughs" bomb, an external file) are never
//! expanded, so an OPML file costs at most its size, which is limited ([`MAX_BYTES`]).

use quick_xml::escape::escape;
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use crate::fetch::{FetchError, safe_url};
use crate::i18n::errors::{Localize, Reason};
use crate::store::Feed;

/// The largest OPML file read.
pub const MAX_BYTES: u64 = 8 * 1024 * 1024;

/// A subscription as an OPML file gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outline {
    pub url: String,
    /// Its `text` (else `title`) attribute.
    pub name: Option<String>,
    /// Its `htmlUrl`.
    pub site: Option<String>,
}

/// What an OPML file holds: its subscriptions, and outlines skipped with the reason.
#[derive(Debug, Default)]
pub struct Opml {
    pub outlines: Vec<Outline>,
    pub skipped: Vec<Skipped>,
}

/// Parses an OPML document; an error names the line of the first problem.
pub fn parse(text: &str) -> Result<Opml, Reason> {
    let mut reader = Reader::from_str(text);
    let mut out = Opml::default();
    let mut root = None;
    loop {
        // Where the XML breaks, not quick-xml's English words.
        let event = reader.read_event().map_err(|_| {
            let at = reader.error_position();
            let (line, column) = crate::loader::xml_position(text.as_bytes(), at);
            (Reason::new("reason-opml-xml"))
                .num("line", line)
                .num("column", column)
        })?;
        match event {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.local_name().as_ref().to_lowercase();
                if root.is_none() {
                    root = Some(name.clone());
                }
                if name == "outline" {
                    outline(&e, &mut out);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    match root.as_deref() {
        Some("opml") => Ok(out),
        Some(other) => Err(Reason::new("reason-not-opml").text("element", format!("<{other}>"))),
        None => Err(Reason::new("reason-opml-no-element")),
    }
}

fn outline(e: &BytesStart<'_>, out: &mut Opml) {
    let (mut url, mut plain_url) = (None, None);
    let (mut text, mut title, mut site) = (None, None, None);
    for attr in e.attributes().flatten() {
        let key = attr.key.local_name().as_ref().to_lowercase();
        let Ok(value) = attr.normalized_value(XmlVersion::default()) else {
            continue;
        };
        let value = value.trim().to_string();
        match key.as_str() {
            "xmlurl" => url = Some(value),
            // Some exporters write `url` (OPML 2.0 gives it to `type="link"`).
            "url" => plain_url = Some(value),
            "text" => text = Some(value),
            "title" => title = Some(value),
            "htmlurl" => site = Some(value),
            _ => {}
        }
    }
    // An outline without an address is a category (or a plain note): its children count.
    let Some(url) = url.or(plain_url).filter(|u| !u.is_empty()) else {
        return;
    };
    match safe_url(&url) {
        Ok(url) => out.outlines.push(Outline {
            url,
            name: text.or(title).filter(|n| !n.is_empty()),
            site: site.filter(|s| !s.is_empty()),
        }),
        Err(why) => out.skipped.push(Skipped {
            url,
            why: FetchError::Refused(why).reason(),
        }),
    }
}

/// An outline skipped: its address and why (said in the reader's language by `import`;
/// its `Display` is the English, for programmers).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub url: String,
    pub why: Reason,
}

impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.url, self.why)
    }
}

/// The subscriptions as an OPML 2.0 document, its `<title>` `title` (the reader's words
/// for "khabar subscriptions", escaped here).
pub fn write(feeds: &[Feed], title: &str) -> String {
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n    \
         <title>{}</title>\n  </head>\n  <body>\n",
        escape(title)
    );
    for f in feeds {
        let label = attr(f.label());
        out.push_str(&format!(
            "    <outline type=\"rss\" text=\"{label}\" title=\"{label}\" xmlUrl=\"{}\"",
            attr(&f.url)
        ));
        if let Some(site) = &f.site {
            out.push_str(&format!(" htmlUrl=\"{}\"", attr(site)));
        }
        out.push_str("/>\n");
    }
    out.push_str("  </body>\n</opml>\n");
    out
}

/// An attribute value: escaped, trimmed, and without control characters (XML 1.0 does not
/// allow most of them, and a parser turns the others into spaces).
fn attr(s: &str) -> String {
    let clean: String = s
        .chars()
        .filter(|&c| !c.is_control() && c != '\u{FFFE}' && c != '\u{FFFF}')
        .collect();
    escape(clean.trim()).into_owned()
}

/// The bytes of an OPML file (`khabar import`'s input) decoded and parsed: a legacy
/// encoding the file declares is honoured, else invalid UTF-8 is replaced.
pub fn parse_bytes(bytes: &[u8]) -> Result<Opml, Reason> {
    let text = crate::loader::charset::decode_legacy(bytes, None)
        .unwrap_or_else(|| String::from_utf8_lossy(bytes).into_owned());
    parse(&text)
}

/// Subscribes to every outline (`khabar import`): returns how many were added and how many
/// were subscribed already (an address that comes twice counts once as added).
pub fn subscribe(
    store: &mut crate::store::Store,
    doc: &Opml,
) -> Result<(usize, usize), crate::store::StoreError> {
    let (mut added, mut known) = (0, 0);
    for o in &doc.outlines {
        match store.add_feed(&o.url, o.name.as_deref()) {
            Ok(_) => added += 1,
            Err(crate::store::StoreError::Exists(_)) => known += 1,
            Err(e) => return Err(e),
        }
    }
    Ok((added, known))
}
