//! `a` in the reader: subscribes to an address and fetches it at once. The address may be
//! the feed itself or a web page that names its feed (`<link rel="alternate" …>`, found by
//! [`super::discover`]): the feed is subscribed to then. Runs on a job (never in the event
//! loop), with the limits of `khabar update`; the store is created when there is none yet
//! (the user asked to add a feed to it).

use std::path::Path;

use crate::fetch::{FetchError, Limits};
use crate::i18n::errors::{Localize, Reason};
use crate::store::{Store, StoreError};

use super::discover;
use super::http::{self, Answer, Validators};
use super::update::parse_fetched;

/// A subscription made by [`subscribe`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Added {
    /// The feed's address (the page's feed when a page was given).
    pub url: String,
    /// The feed's title, when it has one.
    pub title: Option<String>,
    /// Items stored by the first fetch.
    pub items: usize,
}

/// Fetches `address` (a feed, or a page that names one), subscribes the store at `db` to the
/// feed and stores its items. The error is said in the reader's language by the app.
pub fn subscribe(db: &Path, address: &str, limits: &Limits) -> Result<Added, Reason> {
    let url =
        crate::fetch::safe_url(address.trim()).map_err(|w| FetchError::Refused(w).reason())?;
    let agent = http::agent(limits);
    let page = fetch(&agent, &url, limits)?;
    let (parsed, validators, url) = match parse_fetched(&page.bytes, page.charset, &url) {
        Ok(parsed) => (parsed, page.validators, url),
        Err(why) => {
            // A page that names its feed: that feed is the subscription.
            let html = String::from_utf8_lossy(&page.bytes);
            let feed = discover::feed_links(&html, &url)
                .into_iter()
                .next()
                .ok_or(why)?;
            let got = fetch(&agent, &feed, limits)?;
            let parsed = parse_fetched(&got.bytes, got.charset, &feed)?;
            (parsed, got.validators, feed)
        }
    };
    let mut store = Store::open(db).map_err(|e| e.reason())?;
    let id = store.add_feed(&url, None).map_err(|e| match e {
        StoreError::Exists(_) => StoreError::Exists(url.clone()).reason(),
        e => e.reason(),
    })?;
    let etag = validators.etag.as_deref();
    let saved = store
        .save_fetch(id, &parsed, etag, validators.last_modified.as_deref())
        .map_err(|e| e.reason())?;
    Ok(Added {
        url,
        title: parsed.title.clone(),
        items: saved.new,
    })
}

/// A fetched answer.
struct Page {
    bytes: Vec<u8>,
    charset: Option<&'static encoding_rs::Encoding>,
    validators: Validators,
}

/// Fetches `url` (a first fetch: no validators).
fn fetch(agent: &ureq::Agent, url: &str, limits: &Limits) -> Result<Page, Reason> {
    match http::get(agent, url, limits, &Validators::default()).map_err(|e| e.reason())? {
        Answer::NotModified => Err(FetchError::Status(304).reason()),
        Answer::Body {
            bytes,
            charset,
            validators,
        } => Ok(Page {
            bytes,
            charset,
            validators,
        }),
    }
}
