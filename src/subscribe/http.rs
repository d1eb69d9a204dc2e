//! The conditional GET of a feed: `If-None-Match` / `If-Modified-Since` from the last fetch,
//! `304 Not Modified` taken as "nothing new", the validators of a fresh answer kept for the
//! next time. Same limits and errors as [`crate::fetch`] (time, size, redirects, http(s)
//! only); one agent serves a whole update, so connections to a host are reused.

use ureq::Agent;

use crate::fetch::safe_url;
use crate::fetch::{FetchError, Limits};
use crate::loader::charset;

/// What the last fetch of a feed left for the next one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A feed's answer.
#[derive(Debug)]
pub enum Answer {
    /// `304 Not Modified`: the stored items are current.
    NotModified,
    Body {
        bytes: Vec<u8>,
        /// The character encoding the `Content-Type` header names.
        charset: Option<&'static encoding_rs::Encoding>,
        validators: Validators,
    },
}

/// An agent with `limits`, as [`crate::fetch::agent`] makes it.
pub fn agent(limits: &Limits) -> Agent {
    crate::fetch::agent(limits)
}

/// Fetches `url` unless it has not changed since `last`.
pub fn get(
    agent: &Agent,
    url: &str,
    limits: &Limits,
    last: &Validators,
) -> Result<Answer, FetchError> {
    let url = safe_url(url).map_err(FetchError::Refused)?;
    let error = |e| FetchError::of(e, limits);
    let mut request = agent.get(&url).header(
        "Accept",
        "application/rss+xml, application/atom+xml, application/feed+json, \
         application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
    );
    if let Some(etag) = &last.etag {
        request = request.header("If-None-Match", etag);
    }
    if let Some(date) = &last.last_modified {
        request = request.header("If-Modified-Since", date);
    }
    let mut response = request.call().map_err(error)?;
    let status = response.status().as_u16();
    if status == 304 {
        return Ok(Answer::NotModified);
    }
    if !(200..300).contains(&status) {
        return Err(FetchError::Status(status));
    }
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let charset = header("content-type")
        .as_deref()
        .and_then(charset::from_content_type);
    let validators = Validators {
        etag: header("etag"),
        last_modified: header("last-modified"),
    };
    let bytes = response
        .body_mut()
        .with_config()
        .limit(limits.max_bytes)
        .read_to_vec()
        .map_err(error)?;
    Ok(Answer::Body {
        bytes,
        charset,
        validators,
    })
}
