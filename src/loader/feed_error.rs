//! Why a feed could not be read, as a catalogue [`Reason`] (issue 16): each kind of
//! feed-rs's `ParseFeedError` has its own message, so a reader of Arabic, Persian, Urdu or
//! Hebrew never meets the parser's English. Broken XML is said with the line and column
//! where it breaks, found by reading the same bytes with quick-xml (feed-rs does not say
//! where); the parser's words stay only where no kind says more, as a detail.

use feed_rs::parser::{ParseErrorKind, ParseFeedError};
use quick_xml::events::Event;

use crate::i18n::errors::Reason;

/// How feed-rs failed: its error, or its panic (caught by [`crate::guard::catch`]).
pub(super) enum Fault {
    Parser(ParseFeedError),
    Panic(String),
}

impl Fault {
    /// The reason of the failure on `bytes` (worked out only for the error that is said:
    /// broken XML is read again to find where).
    pub(super) fn reason(&self, bytes: &[u8]) -> Reason {
        match self {
            Fault::Parser(e) => reason(e, bytes),
            Fault::Panic(why) => (Reason::new("reason-parser-failed"))
                .text("what", "XML")
                .text("error", why.as_str()),
        }
    }
}

/// The reason feed-rs failed on `bytes` with `e`.
fn reason(e: &ParseFeedError, bytes: &[u8]) -> Reason {
    match e {
        ParseFeedError::ParseError(ParseErrorKind::NoFeedRoot) => {
            Reason::new("reason-feed-no-root")
        }
        ParseFeedError::XmlReader(_) => xml_broken(bytes),
        ParseFeedError::JsonSerde(j) => (Reason::new("reason-feed-json"))
            .num("line", j.line())
            .num("column", j.column()),
        ParseFeedError::JsonUnsupportedVersion(v) => {
            Reason::new("reason-feed-json-version").text("version", v.as_str())
        }
        ParseFeedError::IoError(io) => super::io_reason(&super::io_message(io)),
        ParseFeedError::ParseError(kind) => {
            Reason::new("reason-feed").text("error", kind.to_string())
        }
    }
}

/// "The feed's XML is broken", at the line and column where quick-xml first fails on
/// `bytes` (1-based; the column counts characters); without them when it does not fail.
fn xml_broken(bytes: &[u8]) -> Reason {
    let mut reader = quick_xml::Reader::from_reader(bytes);
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Eof) => return Reason::new("reason-feed-xml-broken"),
            Ok(_) => buf.clear(),
            Err(_) => break,
        }
    }
    let (line, column) = position(bytes, reader.error_position());
    (Reason::new("reason-feed-xml"))
        .num("line", line)
        .num("column", column)
}

/// The line and column (1-based, the column in characters) of byte `at` of `bytes`, as an
/// XML reader's `error_position` gives it.
pub(crate) fn position(bytes: &[u8], at: u64) -> (usize, usize) {
    let at = usize::try_from(at).map_or(bytes.len(), |p| p.min(bytes.len()));
    let before = &bytes[..at];
    let line = 1 + before.iter().filter(|b| **b == b'\n').count();
    let start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    (
        line,
        1 + String::from_utf8_lossy(&before[start..]).chars().count(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_xml_is_placed_by_line_and_column() {
        let xml = "<rss>\n<channel><title>خبر</title>\n<item><ti";
        let r = xml_broken(xml.as_bytes());
        assert_eq!(r.id, "reason-feed-xml");
        let n = |name: &str| {
            r.args
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        };
        use crate::i18n::errors::Value;
        assert_eq!(n("line"), Some(Value::Num(3)));
        assert_eq!(n("column"), Some(Value::Num(7)));
    }
}
