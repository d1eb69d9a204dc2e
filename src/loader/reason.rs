//! The loader's errors in the reader's language ([`crate::i18n::errors`]): each
//! [`Problem`] names its `reason-*` message; a [`LoadError`] puts the file's name before it.

use super::{LoadError, Problem};
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
            Problem::Json(why) => Reason::new("reason-json").inner("error", why.clone()),
            Problem::Unsupported(what) => Reason::new("reason-unsupported").text("what", *what),
            Problem::NoArticles => Reason::new("reason-no-articles"),
            Problem::TooDeep { max } => Reason::new("reason-too-deep").num("max", *max),
            Problem::NoText(what) => Reason::new("reason-no-text").text("what", *what),
            Problem::Feed(why) => why.clone(),
            Problem::Fetch(why) | Problem::Said(why) => why.clone(),
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

/// The I/O error kinds said in the reader's language: the words [`super::io_message`] gives each
/// (English, for logs and the error's `Display`) and its catalogue message. Any other kind
/// keeps the system's words as a detail of `reason-io`.
pub(crate) const IO_KINDS: &[(std::io::ErrorKind, &str, &str)] = {
    use std::io::ErrorKind::*;
    &[
        (NotFound, "no such file or folder", "reason-not-found"),
        (
            PermissionDenied,
            "permission denied",
            "reason-permission-denied",
        ),
        (IsADirectory, "is a folder", "reason-is-folder"),
        (
            NotADirectory,
            "a part of the path is not a folder",
            "reason-not-folder",
        ),
        (InvalidData, "invalid data", "reason-invalid-data"),
        (
            ReadOnlyFilesystem,
            "the file system is read-only",
            "reason-read-only-fs",
        ),
        (
            StorageFull,
            "no space left on the disk",
            "reason-storage-full",
        ),
        (QuotaExceeded, "the disk quota is exceeded", "reason-quota"),
        (AlreadyExists, "already exists", "reason-already-exists"),
        (UnexpectedEof, "it ended too early", "reason-unexpected-eof"),
        (TimedOut, "timed out", "reason-timed-out"),
        (
            ConnectionRefused,
            "the server refused the connection",
            "reason-connection-refused",
        ),
        (
            ConnectionReset,
            "the connection was cut",
            "reason-connection-reset",
        ),
        (
            ConnectionAborted,
            "the connection was cut",
            "reason-connection-reset",
        ),
        (
            NetworkUnreachable,
            "the network cannot be reached",
            "reason-unreachable",
        ),
        (
            HostUnreachable,
            "the network cannot be reached",
            "reason-unreachable",
        ),
        (
            NetworkDown,
            "the network cannot be reached",
            "reason-unreachable",
        ),
        (
            InvalidFilename,
            "the file name is not valid",
            "reason-invalid-file-name",
        ),
    ]
};

/// The words [`IO_KINDS`] gives `kind`.
pub(crate) fn io_words(kind: std::io::ErrorKind) -> Option<&'static str> {
    (IO_KINDS.iter()).find_map(|(k, words, _)| (*k == kind).then_some(*words))
}

/// An I/O problem as [`super::io_message`] worded it: the kinds of [`IO_KINDS`] have their own
/// message; any other is the system's own words, a detail after a lead of the catalogue.
pub(crate) fn io_reason(why: &str) -> Reason {
    match IO_KINDS.iter().find(|(_, words, _)| *words == why) {
        Some((_, _, id)) => Reason::new(id),
        None => Reason::new("reason-io").text("error", why),
    }
}
