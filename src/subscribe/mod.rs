//! Subscriptions: `khabar update` ([`update`]: every feed fetched with a conditional GET,
//! a few at a time, each written to the store in its own transaction), OPML import and
//! export ([`opml`]), the terminal progress bar ([`progress`]).
//!
//! Text from feeds is data: everything printed from it goes through [`printable`] first.

pub mod discover;
pub mod http;
pub mod opml;
pub mod progress;
pub mod update;

use std::borrow::Cow;
use std::time::Duration;

use crate::fetch::Limits;

/// The limits of one feed fetch (documented in the README): 16 MiB, 20 s, 5 redirects.
pub const FEED_LIMITS: Limits = Limits {
    timeout: Duration::from_secs(20),
    max_bytes: 16 * 1024 * 1024,
    max_redirects: 5,
};

/// How many feeds an update fetches at once.
pub const JOBS: usize = 4;

/// `text` safe to print on a terminal: control characters become visible symbols (␛ for
/// ESC, ␡ for DEL, � for C1 controls), line breaks and tabs become spaces, and the bidi
/// embedding, override and isolate controls are dropped.
pub fn printable(text: &str) -> Cow<'_, str> {
    let bad = |c: char| {
        c.is_control()
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
    };
    if !text.chars().any(bad) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\t' | '\n' | '\r' | '\u{2028}' | '\u{2029}' => out.push(' '),
            '\0'..='\x1f' => out.extend(char::from_u32(0x2400 + c as u32)),
            '\x7f' => out.push('\u{2421}'),
            '\u{80}'..='\u{9f}' => out.push('\u{FFFD}'),
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_drives_the_terminal() {
        assert_eq!(printable("الجزيرة"), "الجزيرة");
        assert_eq!(
            printable("a\u{1b}[2Jb\u{7}\nc\u{9b}d\u{202E}e"),
            "a␛[2Jb␇ c�de"
        );
    }
}
