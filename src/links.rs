//! Links of an article in reading order, and where each one leads.
//!
//! Pure: the reader moves a focus over [`stops`] and asks [`destination`] what to do when a
//! link is followed; URLs are checked by [`safe_url`] before anything is fetched or opened.

use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::article::{Article, SpanKind};
use crate::library::Library;

pub use crate::fetch::safe_url;
use crate::search::{Folded, Folding};

/// Where a link sits in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkPlace {
    /// An inline link: body block `block`, byte `range` of its text.
    Body { block: usize, range: Range<usize> },
    /// Read-also link `index` (0-based).
    ReadAlso(usize),
}

/// One link the focus can stop on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stop {
    pub place: LinkPlace,
    pub text: String,
    pub target: Option<String>,
}

/// Every link of the article in reading order: inline links of the body, then the read-also
/// list.
pub fn stops(article: &Article) -> Vec<Stop> {
    let mut out = Vec::new();
    for (block, b) in article.body.iter().enumerate() {
        let inline = b.inline();
        for s in &inline.spans {
            if let SpanKind::Link { target } = &s.kind {
                out.push(Stop {
                    place: LinkPlace::Body {
                        block,
                        range: s.range.clone(),
                    },
                    text: inline.text[s.range.clone()].to_string(),
                    target: target.clone(),
                });
            }
        }
    }
    for (i, l) in article.read_also.iter().enumerate() {
        out.push(Stop {
            place: LinkPlace::ReadAlso(i),
            text: l.text.clone(),
            target: l.target.clone(),
        });
    }
    out
}

/// The next focus index after `current` (`forward` or back), wrapping around; `None` when
/// the article has no link.
pub fn step(current: Option<usize>, count: usize, forward: bool) -> Option<usize> {
    if count == 0 {
        return None;
    }
    Some(match (current, forward) {
        (None, true) => 0,
        (None, false) => count - 1,
        (Some(i), true) => (i + 1) % count,
        (Some(i), false) => (i + count - 1) % count,
    })
}

/// What following a link does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    /// An article of the library (index).
    Article(usize),
    /// A local file to load.
    File(PathBuf),
    /// A web address to fetch (already checked by [`safe_url`]).
    Url(String),
    /// No target: search the library for this title.
    Title(String),
    /// A target khabar refuses to follow, with the reason.
    Refused(String),
}

/// Where `stop` leads, relative to the article's own file (`base`) for relative paths.
pub fn destination(lib: &Library, stop: &Stop, base: Option<&Path>) -> Destination {
    let Some(target) = stop.target.as_deref() else {
        return Destination::Title(stop.text.clone());
    };
    if let Some(i) = lib.find_by_target(target) {
        return Destination::Article(i);
    }
    if target.contains("://") || target.starts_with("mailto:") || target.starts_with("javascript:")
    {
        return match safe_url(target) {
            Ok(url) => Destination::Url(url),
            Err(why) => Destination::Refused(why),
        };
    }
    let path = Path::new(target);
    let path = match base.and_then(Path::parent) {
        Some(dir) if path.is_relative() => dir.join(path),
        _ => path.to_path_buf(),
    };
    match lib.find_by_target(&path.display().to_string()) {
        Some(i) => Destination::Article(i),
        None => Destination::File(path),
    }
}

/// `target` made absolute against the address of an article read from the web (a relative
/// link of a page), else as it is.
pub fn absolute(article: &Article, target: &str) -> String {
    match &article.meta.url {
        Some(base) if article.path.is_none() => url::Url::parse(base)
            .and_then(|b| b.join(target))
            .map_or_else(|_| target.to_string(), |u| u.to_string()),
        _ => target.to_string(),
    }
}

/// The folder khabar started in, asked of the system once ([`start_folder`] is called by
/// `main` before the first frame, so drawing never asks: rendering does no I/O).
static START_FOLDER: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();

/// The folder khabar started in (khabar never changes it), read once.
pub fn start_folder() -> Option<&'static Path> {
    START_FOLDER
        .get_or_init(|| std::env::current_dir().ok())
        .as_deref()
}

/// A target as the reader shows it: a path under the start folder relative to it (the way
/// it was probably typed), anything else as it is.
pub fn display_target(target: &str) -> std::borrow::Cow<'_, str> {
    let path = Path::new(target);
    if path.is_absolute()
        && let Some(cwd) = start_folder()
        && let Ok(rel) = path.strip_prefix(cwd)
    {
        return rel.display().to_string().into();
    }
    target.into()
}

/// The library article whose headline best matches an unresolved title, with its score: the
/// share of the title's words (folded as the search folds them: harakat, alef forms, ى/ي,
/// ة/ه, Persian letters, digits, case) that the headline holds, ties going to the headline
/// with fewer other words. `exclude` (the article on screen) is skipped.
pub fn best_match(lib: &Library, title: &str, exclude: Option<usize>) -> Option<(usize, f32)> {
    let words = |s: &str| -> Vec<String> {
        Folded::new(s, Folding::Normal)
            .text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() > 1)
            .map(str::to_string)
            .collect()
    };
    let wanted = words(title);
    if wanted.is_empty() {
        return None;
    }
    let mut best: Option<(usize, f32, usize)> = None;
    for (i, a) in lib.articles.iter().enumerate() {
        if Some(i) == exclude {
            continue;
        }
        let have = words(&a.headline);
        let common = wanted.iter().filter(|w| have.contains(w)).count();
        if common == 0 {
            continue;
        }
        let score = common as f32 / wanted.len() as f32;
        let extra = have.len().saturating_sub(common);
        let better = best.is_none_or(|(_, s, e)| score > s || (score == s && extra < e));
        if better {
            best = Some((i, score, extra));
        }
    }
    best.map(|(i, s, _)| (i, s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn focus_steps_wrap_around() {
        assert_eq!(step(None, 3, true), Some(0));
        assert_eq!(step(None, 3, false), Some(2));
        assert_eq!(step(Some(2), 3, true), Some(0));
        assert_eq!(step(Some(0), 3, false), Some(2));
        assert_eq!(step(Some(0), 0, true), None);
    }

    #[test]
    fn best_match_folds_and_scores_words() {
        let article = |h: &str| Article {
            headline: h.into(),
            ..Article::default()
        };
        let lib = Library::from_articles(vec![
            article("روسيا والصين قوّة اقتصادية أمام الدولار"),
            article("الخط العربي يعود إلى الشاشات"),
            article("Why terminals show Arabic backwards"),
        ]);
        let find = |t: &str| {
            best_match(&lib, t, None).map(|(i, s)| (lib.articles[i].headline.as_str(), s))
        };
        // Harakat and alef forms folded; two of three words found.
        let (h, s) = find("قوة اقتصادية جديدة").unwrap();
        assert!(h.starts_with("روسيا"), "{h}");
        assert!((s - 2.0 / 3.0).abs() < 1e-6);
        assert_eq!(
            find("WHY terminals").unwrap(),
            ("Why terminals show Arabic backwards", 1.0)
        );
        assert_eq!(find("nothing alike"), None);
        let i = lib
            .articles
            .iter()
            .position(|a| a.headline.starts_with("Why"))
            .unwrap();
        assert_eq!(best_match(&lib, "why terminals", Some(i)), None);
    }

    #[test]
    fn only_web_addresses_are_safe() {
        assert_eq!(
            safe_url("https://example.com/a b"),
            Err("the address holds spaces or control characters".into())
        );
        assert!(
            safe_url("https://example.com/خبر")
                .unwrap()
                .starts_with("https://example.com/%D8%AE")
        );
        assert!(safe_url("http://127.0.0.1:8080/x").is_ok());
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "data:text/html,x",
            "ftp://example.com/",
            "https://",
        ] {
            assert!(safe_url(bad).is_err(), "{bad}");
        }
        assert!(safe_url("https://example.com/\u{1b}[31m").is_err());
    }
}
