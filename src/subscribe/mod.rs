//! Subscriptions: `khabar update` ([`update`]: every feed fetched with a conditional GET,
//! a few at a time, each written to the store in its own transaction), OPML import and
//! export ([`opml`]), the terminal progress bar ([`progress`]).
//!
//! Text from feeds is data: everything printed from it goes through [`printable`]
//! ([`crate::report::escape`]) first.

pub use crate::loader::discover;
pub mod add;
pub mod http;
pub mod opml;
pub mod progress;
pub mod update;

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

/// The one escaping function, [`crate::report::escape`], under the name the store and the
/// reader's panes use for text from feeds.
pub use crate::report::escape as printable;
