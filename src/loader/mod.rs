//! Loading articles from files: reading bytes safely, decoding, and picking the format from
//! the content as well as the file name. One file per format below; errors name the file.

pub mod charset;
mod decode;
mod detect;
pub mod discover;
pub mod feed;
pub mod feed_cap;
mod feed_error;
pub(crate) use feed_error::position as xml_position;
pub mod feed_key;
mod feed_repair;
pub mod html;
pub mod json;
pub mod markdown;
pub mod quotes;
mod reason;
pub(crate) use reason::io_reason;
pub mod speech;
pub mod text;

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::article::{Article, SpanKind};
use crate::i18n::errors::Reason;
use decode::decode;
pub use detect::{Format, detect};

/// The largest article file khabar reads.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;
/// The longest line of a plain-text article.
pub const MAX_LINE_BYTES: usize = 1024 * 1024;

/// What went wrong with one file.
#[derive(Debug, thiserror::Error)]
pub enum Problem {
    #[error("{0}")]
    Io(String),
    #[error("the file is empty")]
    Empty,
    #[error("binary data, not an article ({0})")]
    Binary(&'static str),
    #[error("the file is {size} bytes; khabar reads articles of at most {max} bytes")]
    TooLarge { size: u64, max: u64 },
    #[error("line {line} is {len} bytes long; khabar reads lines of at most {max} bytes")]
    LineTooLong { line: usize, len: usize, max: usize },
    #[error("invalid JSON article: {0}")]
    Json(Reason),
    #[error("{0} is not supported yet")]
    Unsupported(&'static str),
    #[error("no articles in this folder")]
    NoArticles,
    #[error("elements are nested more than {max} deep; khabar refuses such HTML")]
    TooDeep { max: usize },
    #[error("no article text found in this {0}")]
    NoText(&'static str),
    /// Not a feed, or one that cannot be read: its reason (`feed_error`).
    #[error("{0}")]
    Feed(Reason),
    /// A page that could not be fetched, why as the fetch says it (`fetch::FetchError`).
    #[error("{0}")]
    Fetch(crate::i18n::errors::Reason),
    /// A problem said by a reason of its own, with no variant here (a bundled article
    /// that does not exist).
    #[error("{0}")]
    Said(Reason),
    /// A parser crate panicked on this input (see [`crate::guard`]).
    #[error("the {0} parser failed on this input ({1})")]
    ParserFailed(&'static str, String),
}

/// A problem with a named file: what every loading error prints as one line.
#[derive(Debug, thiserror::Error)]
#[error("{}: {problem}", path.display())]
pub struct LoadError {
    pub path: PathBuf,
    pub problem: Problem,
}

/// A file's articles and what the reader should be told about it.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    /// One-line notes, e.g. that invalid UTF-8 was replaced: `reason-warn-*` messages, said
    /// in the reader's language where they are shown.
    pub warnings: Vec<Reason>,
    /// The [`crate::fold::title_key`] of each article's headline when the parser folded it
    /// already (plain text), so that a library does not fold it again; else empty.
    pub headline_keys: Vec<String>,
}

/// File names a folder scan picks up as articles: `.txt`, `.text`, `.json`, `.md`,
/// `.markdown`, `.html`, `.htm`, and feeds (`.xml`, `.rss`, `.atom`), but not hidden files nor a folder's README, LICENSE or CHANGELOG.
pub fn is_article_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or(".");
    let upper = name.to_ascii_uppercase();
    let hidden = name.starts_with('.')
        || ["README", "LICENSE", "CHANGELOG", "SOURCES"]
            .iter()
            .any(|p| upper.starts_with(p));
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    !hidden
        && matches!(
            ext.as_deref(),
            Some(
                "txt"
                    | "text"
                    | "json"
                    | "md"
                    | "markdown"
                    | "html"
                    | "htm"
                    | "xml"
                    | "rss"
                    | "atom"
            )
        )
}

/// Loads every article of one file.
pub fn load_file(path: &Path) -> Result<Loaded, LoadError> {
    let err = |problem| LoadError {
        path: path.to_path_buf(),
        problem,
    };
    let bytes = read_limited(path).map_err(err)?;
    let mut loaded = load_bytes(&bytes, path).map_err(err)?;
    for a in &mut loaded.articles {
        a.path = Some(path.to_path_buf());
    }
    loaded.warnings = loaded
        .warnings
        .into_iter()
        .map(|w| {
            (Reason::new("reason-in-file"))
                .text("file", path.display().to_string())
                .inner("reason", w)
        })
        .collect();
    Ok(loaded)
}

fn read_limited(path: &Path) -> Result<Vec<u8>, Problem> {
    let io = |e: std::io::Error| Problem::Io(io_message(&e));
    let file = std::fs::File::open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if meta.is_dir() {
        return Err(Problem::Io("is a folder".into()));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Problem::TooLarge {
            size: meta.len(),
            max: MAX_FILE_BYTES,
        });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // `take` guards against files that grow, and against special files that never end.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Problem::TooLarge {
            size: bytes.len() as u64,
            max: MAX_FILE_BYTES,
        });
    }
    Ok(bytes)
}

/// An I/O error as a person reads it: "no such file", not "os error 2".
/// The kinds of [`reason::IO_KINDS`] in its words (each said in the reader's language by
/// [`io_reason`]); any other, the system's own.
pub fn io_message(e: &std::io::Error) -> String {
    match reason::io_words(e.kind()) {
        Some(words) => words.into(),
        None => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    }
}

/// A parser's result, its panic (caught by [`crate::guard::catch`]) made a [`Problem`].
fn guarded<T>(what: &'static str, r: Result<Result<T, Problem>, String>) -> Result<T, Problem> {
    r.unwrap_or_else(|panic| Err(Problem::ParserFailed(what, panic)))
}

/// Loads the articles of a file's bytes; `name` is the file's name (see [`detect`]).
pub fn load_bytes(bytes: &[u8], name: &Path) -> Result<Loaded, Problem> {
    load_bytes_as(bytes, name, None)
}

/// [`load_bytes`] with the character encoding a `Content-Type` header named, which wins
/// over the content's own declaration (see [`charset`]).
pub fn load_bytes_as(
    bytes: &[u8],
    name: &Path,
    charset: Option<&'static encoding_rs::Encoding>,
) -> Result<Loaded, Problem> {
    let mut warnings = Vec::new();
    let (text, legacy) = decode(bytes, charset, &mut warnings)?;
    if text.trim().is_empty() {
        return Err(Problem::Empty);
    }
    let mut headline_keys = Vec::new();
    let articles = match detect(&text, name) {
        Format::Json => json::parse(&text).map_err(Problem::Json)?,
        Format::Text => {
            check_line_lengths(&text)?;
            let (article, key) = text::parse_keyed(&text)?;
            headline_keys.push(key);
            vec![article]
        }
        Format::Markdown => {
            check_line_lengths(&text)?;
            vec![guarded(
                "Markdown",
                crate::guard::catch(|| markdown::parse(&text)),
            )?]
        }
        Format::Html => vec![guarded(
            "HTML",
            crate::guard::catch(|| html::parse_page(&text, None)),
        )?],
        Format::Feed => {
            // feed-rs decodes the bytes by the feed's own declared encoding, unless a
            // legacy encoding was already decoded here.
            let utf8 = legacy.then(|| feed::declare_utf8(&text));
            let bytes = utf8.as_ref().map_or(bytes, |t| t.as_bytes());
            let (mut articles, mut feed_warnings) =
                guarded("feed", crate::guard::catch(|| feed::parse(bytes, &text)))?;
            cap_links(&mut articles, &mut feed_warnings);
            return Ok(Loaded {
                articles,
                warnings: feed_warnings,
                headline_keys,
            });
        }
    };
    let mut articles = articles;
    cap_links(&mut articles, &mut warnings);
    Ok(Loaded {
        articles,
        warnings,
        headline_keys,
    })
}

/// The most "read also" links one article keeps.
pub const MAX_READ_ALSO: usize = 1_000;
/// The most inline links one article keeps; past it, the text stays and the links go.
pub const MAX_INLINE_LINKS: usize = 10_000;

/// Keeps the first [`MAX_READ_ALSO`] and [`MAX_INLINE_LINKS`] links of each article, with a
/// warning: a page of a million links is a trap, not an article.
fn cap_links(articles: &mut [Article], warnings: &mut Vec<Reason>) {
    for a in articles {
        if a.read_also.len() > MAX_READ_ALSO {
            warnings.push(
                (Reason::new("reason-warn-read-also"))
                    .num("count", a.read_also.len())
                    .num("max", MAX_READ_ALSO),
            );
            a.read_also.truncate(MAX_READ_ALSO);
        }
        let (mut seen, mut dropped) = (0usize, 0usize);
        for block in &mut a.body {
            let inline = block.inline_mut();
            inline.spans.retain(|s| {
                if !matches!(s.kind, SpanKind::Link { .. }) {
                    return true;
                }
                seen += 1;
                let keep = seen <= MAX_INLINE_LINKS;
                dropped += usize::from(!keep);
                keep
            });
        }
        if dropped > 0 {
            warnings.push(
                (Reason::new("reason-warn-inline-links"))
                    .num("count", seen)
                    .num("max", MAX_INLINE_LINKS),
            );
        }
    }
}

/// The text of a feed's bytes, decoded as [`load_bytes_as`] does, as the bytes feed-rs
/// should parse: the original ones, or UTF-8 with its declaration rewritten when a legacy
/// encoding was decoded here.
pub fn decode_feed(
    bytes: &[u8],
    charset: Option<&'static encoding_rs::Encoding>,
    warnings: &mut Vec<Reason>,
) -> Result<(String, Option<String>), Problem> {
    let (text, legacy) = decode(bytes, charset, warnings)?;
    if text.trim().is_empty() {
        return Err(Problem::Empty);
    }
    if detect(&text, Path::new("feed.xml")) != Format::Feed {
        let what = detect(&text, Path::new(""));
        let what = Reason::new("reason-not-a-feed").text("what", what.to_string());
        return Err(Problem::Feed(what));
    }
    let utf8 = legacy.then(|| feed::declare_utf8(&text));
    Ok((text, utf8))
}

fn check_line_lengths(text: &str) -> Result<(), Problem> {
    for (i, line) in text.split('\n').enumerate() {
        if line.len() > MAX_LINE_BYTES {
            return Err(Problem::LineTooLong {
                line: i + 1,
                len: line.len(),
                max: MAX_LINE_BYTES,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
