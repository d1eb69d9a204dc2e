//! The fetch's errors in the reader's language ([`crate::i18n::errors`]): each kind of
//! [`FetchError`] has its message, an HTTP status by what it means (no such page, access
//! refused, too many requests, the server failing) with its number, the system's failures
//! by their kind (`loader::io_reason`); the words of the TLS or HTTP library stay only as a
//! detail after a lead in the reader's language.

use super::{FetchError, NO_HOST, NOT_HTTP, SPACES};
use crate::i18n::errors::{Localize, Reason};

impl Localize for FetchError {
    fn reason(&self) -> Reason {
        match self {
            FetchError::Refused(why) if why.starts_with(NOT_HTTP) => {
                let scheme = why.rsplit(", not ").next().unwrap_or_default();
                Reason::new("reason-not-http").text("scheme", scheme)
            }
            FetchError::Refused(why) => refused(why),
            FetchError::Status(code) => status(*code),
            FetchError::Timeout(s) => Reason::new("reason-timeout").num("seconds", *s),
            FetchError::TooLarge(n) => Reason::new("reason-page-too-large").num("bytes", *n),
            FetchError::Redirects(n) => Reason::new("reason-redirects").num("count", *n),
            FetchError::HostNotFound => Reason::new("reason-host-not-found"),
            FetchError::ConnectionRefused => Reason::new("reason-connection-refused"),
            FetchError::ConnectionFailed => Reason::new("reason-connection-failed"),
            FetchError::Tls(why) => Reason::new("reason-tls").text("error", why),
            FetchError::Protocol(why) => Reason::new("reason-protocol").text("error", why),
            FetchError::Io(why) => crate::loader::io_reason(why),
            FetchError::Network(why) => Reason::new("reason-network").text("error", why),
        }
    }
}

/// An HTTP status the fetch does not take: said by its meaning, the number kept.
fn status(code: u16) -> Reason {
    let id = match code {
        404 | 410 => "reason-status-not-found",
        401 | 403 => "reason-status-forbidden",
        429 => "reason-status-too-many",
        500..=599 => "reason-status-server",
        _ => "reason-status",
    };
    Reason::new(id).text("status", code.to_string())
}

/// What [`super::safe_url`] found wrong with an address other than its scheme.
fn refused(why: &str) -> Reason {
    if why == SPACES {
        Reason::new("reason-address-spaces")
    } else if why == NO_HOST {
        Reason::new("reason-address-no-host")
    } else if let Some(e) = why.strip_prefix("not a valid address (") {
        Reason::new("reason-address-invalid").text("error", e.trim_end_matches(')'))
    } else {
        Reason::new("reason-refused").text("error", why)
    }
}
