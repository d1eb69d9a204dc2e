//! Fetching an article from the web: `http`/`https` only, with a time limit, a size limit and
//! a redirect limit, and errors a person can read in the status line. The bytes go to the
//! loader like a file's.

use std::time::Duration;

use crate::loader::{self, LoadError, Loaded, Problem};

mod reason;

/// How long and how much one fetch may take.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// The whole request: connecting, the headers and the body.
    pub timeout: Duration,
    /// The largest body read; a longer one is cut off with an error.
    pub max_bytes: u64,
    pub max_redirects: u32,
}

/// The limits khabar uses (documented in the README).
pub const LIMITS: Limits = Limits {
    timeout: Duration::from_secs(15),
    max_bytes: 16 * 1024 * 1024,
    max_redirects: 5,
};

/// What a fetch brought back.
#[derive(Debug)]
pub struct Fetched {
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

/// Why a fetch failed, in words for the status line.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FetchError {
    #[error("refused: {0}")]
    Refused(String),
    #[error("the server answered {0}")]
    Status(u16),
    #[error("no answer within {0} s")]
    Timeout(u64),
    #[error("the page is larger than {0} bytes")]
    TooLarge(u64),
    #[error("more than {0} redirects")]
    Redirects(u32),
    /// No address for the host's name (DNS).
    #[error("no such host")]
    HostNotFound,
    /// Nothing listens at the address (the connection was refused).
    #[error("the connection was refused")]
    ConnectionRefused,
    /// No connection could be made to any of the host's addresses.
    #[error("no connection could be made")]
    ConnectionFailed,
    /// The secure connection (TLS) failed: the TLS library's words.
    #[error("the secure connection failed: {0}")]
    Tls(String),
    /// The server's answer is not HTTP as it should be: the HTTP library's words.
    #[error("the answer is not valid HTTP: {0}")]
    Protocol(String),
    /// The system's failure, in the words of `loader::io_message` (said by its kind).
    #[error("{0}")]
    Io(String),
    #[error("{0}")]
    Network(String),
}

/// An agent with `limits` (the time limit covers connecting, the headers and the body).
pub fn agent(limits: &Limits) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(limits.timeout))
        .max_redirects(limits.max_redirects)
        .https_only(false)
        .user_agent(concat!("khabar/", env!("CARGO_PKG_VERSION")))
        .build()
        .into()
}

impl FetchError {
    /// What a ureq error means for a fetch within `limits`.
    pub fn of(e: ureq::Error, limits: &Limits) -> FetchError {
        match e {
            ureq::Error::StatusCode(code) => FetchError::Status(code),
            ureq::Error::Timeout(_) => FetchError::Timeout(limits.timeout.as_secs()),
            ureq::Error::BodyExceedsLimit(n) => FetchError::TooLarge(n),
            ureq::Error::TooManyRedirects => FetchError::Redirects(limits.max_redirects),
            ureq::Error::HostNotFound => FetchError::HostNotFound,
            ureq::Error::ConnectionFailed => FetchError::ConnectionFailed,
            ureq::Error::Io(e) => match e.kind() {
                std::io::ErrorKind::ConnectionRefused => FetchError::ConnectionRefused,
                std::io::ErrorKind::TimedOut => FetchError::Timeout(limits.timeout.as_secs()),
                _ => FetchError::Io(loader::io_message(&e)),
            },
            e @ (ureq::Error::Tls(_)
            | ureq::Error::Rustls(_)
            | ureq::Error::Pem(_)
            | ureq::Error::TlsRequired) => FetchError::Tls(e.to_string()),
            e @ (ureq::Error::Protocol(_)
            | ureq::Error::Http(_)
            | ureq::Error::LargeResponseHeader(..)) => FetchError::Protocol(e.to_string()),
            other => FetchError::Network(other.to_string()),
        }
    }
}

/// Fetches `url` within `limits`.
pub fn fetch(url: &str, limits: &Limits) -> Result<Fetched, FetchError> {
    let url = safe_url(url).map_err(FetchError::Refused)?;
    let error = |e| FetchError::of(e, limits);
    let mut response = agent(limits).get(&url).call().map_err(error)?;
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let body = response
        .body_mut()
        .with_config()
        .limit(limits.max_bytes)
        .read_to_vec()
        .map_err(error)?;
    Ok(Fetched { content_type, body })
}

/// Fetches `url` and loads its articles, as [`loader::load_file`] does for a file. Errors
/// name the URL.
pub fn load_url(url: &str, limits: &Limits) -> Result<Loaded, LoadError> {
    let fetched = fetch(url, limits).map_err(|e| LoadError {
        path: url.into(),
        problem: Problem::Fetch(crate::i18n::errors::Localize::reason(&e)),
    })?;
    load_fetched(&fetched, url)
}

/// Loads the articles of a page fetched from `url`. Rule (README "Encodings"): the HTTP
/// `Content-Type` charset wins over the page's own declaration, as for `khabar update`.
pub fn load_fetched(fetched: &Fetched, url: &str) -> Result<Loaded, LoadError> {
    let err = |problem| LoadError {
        path: url.into(),
        problem,
    };
    let charset = fetched
        .content_type
        .as_deref()
        .and_then(loader::charset::from_content_type);
    // The content decides the format; the URL's last segment stands in for a file name.
    let name = url.rsplit('/').next().unwrap_or("");
    let mut loaded =
        loader::load_bytes_as(&fetched.body, std::path::Path::new(name), charset).map_err(err)?;
    for a in &mut loaded.articles {
        a.meta.url.get_or_insert_with(|| url.to_string());
    }
    Ok(loaded)
}

const SPACES: &str = "the address holds spaces or control characters";
const NO_HOST: &str = "the address has no host";

/// What [`safe_url`] says of an address of another scheme, before the scheme.
pub const NOT_HTTP: &str = "only http and https addresses are followed";

/// Rule: only a checked address is fetched or opened. Checks that `url` is an absolute `http` or `https` address with a host and no control
/// characters, and returns it normalised. Anything else (`javascript:`, `file:`, `data:` …)
/// is refused with the reason.
pub fn safe_url(url: &str) -> Result<String, String> {
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(SPACES.into());
    }
    let parsed = url::Url::parse(url).map_err(|e| format!("not a valid address ({e})"))?;
    match parsed.scheme() {
        "http" | "https" => {}
        other => {
            return Err(format!("{NOT_HTTP}, not {other}:"));
        }
    }
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err(NO_HOST.into());
    }
    Ok(parsed.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(content_type: &str, body: &[u8]) -> Fetched {
        Fetched {
            content_type: Some(content_type.to_string()),
            body: body.to_vec(),
        }
    }

    #[test]
    fn a_followed_link_is_decoded_by_its_http_charset() {
        // windows-1256 bytes for "خبر", with no declaration in the page itself.
        let fetched = page(
            "text/html; charset=windows-1256",
            b"<html><p>\xCE\xC8\xD1</p>",
        );
        let loaded = load_fetched(&fetched, "http://example.com/a.html").expect("loads");
        assert_eq!(loaded.articles[0].body[0].inline().text, "خبر");
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    }

    #[test]
    fn the_http_charset_wins_over_the_pages_declaration() {
        let body = b"<html><meta charset=windows-1255><p>\xCE\xC8\xD1</p>";
        let loaded = load_fetched(&page("text/html; charset=windows-1256", body), "http://x/a")
            .expect("loads");
        assert_eq!(loaded.articles[0].body[0].inline().text, "خبر");
    }
}
