//! Where a named article comes from. Rule (README "Usage"): everywhere a path goes, khabar
//! also takes the bundled articles, compiled into the binary (`bundled:` for all of them,
//! `bundled:NAME` for one), and a web address (`http://…`, `https://…`, fetched with the
//! fetcher's limits, [`crate::fetch::LIMITS`]). A real file of that name wins over a
//! `bundled:` name.

use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use super::Found;
use crate::i18n::errors::Reason;
use crate::loader::{self, LoadError, Loaded, Problem};

/// The bundled articles: `assets/` of the source tree, inside the binary, so an installed
/// khabar needs no checkout.
static ASSETS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/assets");

/// The prefix that names the bundled articles.
pub const BUNDLED: &str = "bundled:";

/// The seed article the bundled library opens on.
pub const SEED: &str = "000_2a3d9ced42edd8a0.txt";

/// The virtual path of the bundled seed (`bundled:000_….txt`).
pub fn seed() -> PathBuf {
    PathBuf::from(format!("{BUNDLED}{SEED}"))
}

/// What a named path is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source<'a> {
    /// A file or folder on disk.
    Disk,
    /// `bundled:NAME` (`""`: every bundled article).
    Bundled(&'a str),
    /// An `http`/`https` address.
    Url(&'a str),
}

/// Classifies a named path; a real file or folder wins over a `bundled:` name.
pub fn classify(path: &Path) -> Source<'_> {
    let Some(s) = path.to_str() else {
        return Source::Disk;
    };
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        Source::Url(s)
    } else if let Some(name) = s.strip_prefix(BUNDLED).filter(|_| !path.exists()) {
        Source::Bundled(name)
    } else {
        Source::Disk
    }
}

/// The virtual paths of every bundled article, sorted.
pub fn bundled_files() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = ASSETS
        .files()
        .filter(|f| loader::is_article_file(f.path()))
        .map(|f| PathBuf::from(format!("{BUNDLED}{}", f.path().display())))
        .collect();
    out.sort();
    out
}

/// [`bundled_files`] as files to load (nothing known of them on disk).
fn bundled_found() -> Vec<Found> {
    let found = |path| Found {
        path,
        symlink: None,
    };
    bundled_files().into_iter().map(found).collect()
}

/// The articles a folder-like path brings (a folder on disk, `bundled:`), `None` for a
/// single file or address.
pub fn folder_files(path: &Path, depth: usize) -> Option<Vec<Found>> {
    match classify(path) {
        Source::Bundled("") => Some(bundled_found()),
        Source::Disk if path.is_dir() => Some(super::article_files(path, depth)),
        _ => None,
    }
}

/// The articles a single file brings along for its links to resolve: its folder's (on disk,
/// not recursively), every bundled one for a bundled article, none for an address.
pub fn siblings(path: &Path) -> Vec<Found> {
    match classify(path) {
        Source::Bundled(_) => bundled_found(),
        Source::Url(_) => Vec::new(),
        Source::Disk => {
            let dir = match path.parent() {
                Some(d) if d.as_os_str().is_empty() => Path::new("."),
                Some(d) => d,
                None => return Vec::new(),
            };
            super::article_files(dir, 0)
        }
    }
}

/// Loads the articles of one named file, bundled article or address.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    match classify(path) {
        Source::Disk => loader::load_file(path),
        Source::Bundled(name) => load_bundled(path, name),
        Source::Url(url) => load_url(url),
    }
}

fn load_bundled(path: &Path, name: &str) -> Result<Loaded, LoadError> {
    let err = |problem| LoadError {
        path: path.to_path_buf(),
        problem,
    };
    let file = ASSETS.get_file(name).ok_or_else(|| {
        let names: Vec<String> = ASSETS
            .files()
            .filter(|f| loader::is_article_file(f.path()))
            .map(|f| f.path().display().to_string())
            .collect();
        err(Problem::Said(
            Reason::new("reason-no-bundled").text("names", names.join(", ")),
        ))
    })?;
    let mut loaded = loader::load_bytes(file.contents(), Path::new(name)).map_err(err)?;
    for a in &mut loaded.articles {
        a.path = Some(path.to_path_buf());
    }
    Ok(loaded)
}

/// Fetches an address: an article page gives the article, a feed its items. A page that
/// names a feed says so, with the command that subscribes to it.
fn load_url(url: &str) -> Result<Loaded, LoadError> {
    let limits = crate::fetch::LIMITS;
    let fetched = crate::fetch::fetch(url, &limits).map_err(|e| LoadError {
        path: url.into(),
        problem: Problem::Fetch(crate::i18n::errors::Localize::reason(&e)),
    })?;
    let offer = feed_offer(&fetched, url);
    match crate::fetch::load_fetched(&fetched, url) {
        Ok(mut loaded) => {
            loaded.warnings.extend(offer.map(|feed| {
                (Reason::new("reason-in-file")).text("file", url).inner(
                    "reason",
                    (Reason::new("reason-warn-names-feed"))
                        .text("feed", &feed)
                        .text("command", format!("khabar add {feed}")),
                )
            }));
            Ok(loaded)
        }
        Err(e) => Err(match offer {
            Some(o) => LoadError {
                path: e.path,
                problem: Problem::Fetch(
                    (Reason::new("reason-names-feed-add"))
                        .inner("reason", crate::i18n::errors::Localize::reason(&e.problem))
                        .inner(
                            "offer",
                            (Reason::new("reason-warn-names-feed"))
                                .text("feed", &o)
                                .text("command", format!("khabar add {o}")),
                        ),
                ),
            },
            None => e,
        }),
    }
}

/// The first feed an HTML page names, if any.
fn feed_offer(fetched: &crate::fetch::Fetched, url: &str) -> Option<String> {
    let text = String::from_utf8_lossy(&fetched.body);
    if loader::detect(&text, Path::new("")) != loader::Format::Html {
        return None;
    }
    let feeds = crate::loader::discover::feed_links(&text, url);
    let first = feeds.first()?;
    Some(first.clone())
}
