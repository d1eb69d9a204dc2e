//! The loader's errors in the reader's language ([`crate::i18n::errors`]): each
//! [`Problem`] names its `reason-*` message; a [`LoadError`] puts the file's name before it.

use super::{LoadError, Problem, io_message};
use crate::i18n::errors::{Localize, Reason};

impl Localize for Problem {
    fn reason(&self) -> Reason {
        match self {
            Problem::Io(why) => io_reason(why),
            Problem::Empty => Reason::new("reason-empty-file"),
            Problem::Binary(_) => Reason::new("reason-binary"),
            Problem::TooLarge { size, max } => (Reason::new("reason-file-too-large"))
                .num("size", *size)
                .num("max", *max),
            Problem::LineTooLong { line, len, max } => (Reason::new("reason-line-too-long"))
                .num("line", *line)
                .num("len", *len)
                .num("max", *max),
            Problem::Json(why) => Reason::new("reason-json").text("error", why),
            Problem::Unsupported(what) => Reason::new("reason-unsupported").text("what", *what),
            Problem::NoArticles => Reason::new("reason-no-articles"),
            Problem::TooDeep { max } => Reason::new("reason-too-deep").num("max", *max),
            Problem::NoText(what) => Reason::new("reason-no-text").text("what", *what),
            Problem::Feed(why) => feed_reason(why),
            Problem::Fetch(why) => why.clone(),
            Problem::ParserFailed(what, why) => (Reason::new("reason-parser-failed"))
                .text("what", *what)
                .text("error", why),
        }
    }
}

impl Localize for LoadError {
    fn reason(&self) -> Reason {
        (Reason::new("reason-in-file"))
            .text("file", self.path.display().to_string())
            .inner("reason", self.problem.reason())
    }
}

/// An I/O problem as [`io_message`] worded it: the kinds it names have their own message;
/// any other is the system's own words.
pub(crate) fn io_reason(why: &str) -> Reason {
    use std::io::{Error, ErrorKind};
    let said = |kind: ErrorKind| why == io_message(&Error::from(kind));
    if said(ErrorKind::NotFound) {
        Reason::new("reason-not-found")
    } else if said(ErrorKind::PermissionDenied) {
        Reason::new("reason-permission-denied")
    } else if said(ErrorKind::IsADirectory) {
        Reason::new("reason-is-folder")
    } else {
        Reason::new("reason-io").text("error", why)
    }
}

/// A feed that is none (see `decode_feed`: "this is HTML, not a feed"), or empty, or what
/// the feed parser said.
fn feed_reason(why: &str) -> Reason {
    if let Some(what) = why
        .strip_prefix("this is ")
        .and_then(|w| w.strip_suffix(", not a feed"))
    {
        Reason::new("reason-not-a-feed").text("what", what)
    } else if why == super::feed::NO_ITEMS {
        Reason::new("reason-feed-empty")
    } else {
        Reason::new("reason-feed").text("error", why)
    }
}
