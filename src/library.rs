//! A library: the set of articles khabar has open (files, folders), sorted for the library
//! pane, and the lookup that resolves a "read also" title to one of them.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

mod keys;
mod listing;
mod load;
mod resolve;
mod seen;

pub use listing::{Found, article_files};

pub use resolve::Titles;
use seen::Seen;

use crate::article::Article;
use crate::loader::{self, LoadError, Problem};

pub mod listing_keys;
pub mod prefs;
pub mod sources;

/// How deep a folder scan goes, and how many files it reads at most.
pub const MAX_FOLDER_DEPTH: usize = 16;
pub const MAX_FOLDER_FILES: usize = 10_000;

#[derive(Debug, Default)]
pub struct Library {
    /// Sorted: dated articles newest first, then undated ones, each by title. Each shared
    /// (`Arc`) so that a background job (the search index of a library of files) reads them
    /// without a copy; a change goes through `Arc::make_mut`.
    pub articles: Vec<Arc<Article>>,
    /// The articles the user named (a file, or every article of a named folder), as indices
    /// into `articles`, in the order named.
    pub opened: Vec<usize>,
    /// Files that could not be loaded: reported and skipped.
    pub problems: Vec<LoadError>,
    /// Notes on files that did load (e.g. invalid UTF-8 replaced).
    pub warnings: Vec<crate::i18n::errors::Reason>,
    /// Whether a path the user named explicitly failed (the binary exits non-zero).
    pub named_failed: bool,
    /// Whether the first article is the first-run note of plain `khabar` with no store
    /// (`store::shelf::Notes::before_bundled`): dropped when a store is opened under it.
    pub first_run_note: bool,
    /// The folded headlines and which articles' links are resolved (opaque: [`resolve`]).
    pub titles: Titles,
}

impl Library {
    /// Opens files and folders (also the bundled articles and web addresses: [`sources`]). A
    /// folder brings every article under it (recursively); a file brings its own folder along
    /// (not recursively), so that its links resolve. Fails, with the first problem, when none
    /// of the named paths could be loaded. Every article's links are resolved.
    pub fn open(paths: &[PathBuf]) -> Result<Library, LoadError> {
        let mut lib = Library::open_lazy(paths)?;
        lib.resolve_links();
        Ok(lib)
    }

    /// [`Library::open`] for the reader: an article's links are resolved when it is opened
    /// ([`Library::resolve_links_of`]), not every article's before the first frame.
    pub fn open_lazy(paths: &[PathBuf]) -> Result<Library, LoadError> {
        let mut lib = Library::default();
        let mut seen = Seen::default();
        let mut named = Vec::new(); // (index before sorting) of named articles
        for path in paths {
            if let Some(files) = sources::folder_files(path, MAX_FOLDER_DEPTH) {
                if files.is_empty() {
                    lib.named_failed = true;
                    lib.problems.push(LoadError {
                        path: path.clone(),
                        problem: Problem::NoArticles,
                    });
                }
                lib.load_many(&files, &mut seen, &mut named, true);
            } else {
                let named_file = Found {
                    path: path.clone(),
                    symlink: None,
                };
                if !lib.load_into(&named_file, &mut seen, &mut named, true) {
                    lib.named_failed = true;
                }
                let siblings = sources::siblings(path);
                lib.load_many(&siblings, &mut seen, &mut Vec::new(), false);
            }
        }
        // Siblings brought along do not count: a mistyped name in a folder of articles is
        // an error, not that folder.
        if named.is_empty() {
            return Err(lib.problems.into_iter().next().unwrap_or(LoadError {
                path: PathBuf::from("."),
                problem: Problem::NoArticles,
            }));
        }
        lib.sort(named);
        lib.titles.pending = Some(vec![true; lib.articles.len()]);
        Ok(lib)
    }

    /// Builds a library from articles already in memory (tests, bundled articles).
    pub fn from_articles(articles: Vec<Article>) -> Library {
        let n = articles.len();
        let mut lib = Library {
            articles: articles.into_iter().map(Arc::new).collect(),
            ..Library::default()
        };
        lib.sort((0..n).collect());
        lib.resolve_links();
        lib
    }

    /// Adds articles loaded while reading (a followed link to a web page or a file) at the end,
    /// so the indices of the others stay valid; an article already in the library (same file
    /// or address) is not added twice. Links are resolved again. Returns the index of the
    /// first article, `None` when `articles` is empty.
    pub fn add(&mut self, articles: Vec<Article>) -> Option<usize> {
        let before = self.articles.len();
        let mut first = None;
        for a in articles {
            let known = a
                .path
                .as_ref()
                .and_then(|p| self.find_by_target(&p.display().to_string()))
                .or_else(|| {
                    let url = a.meta.url.as_deref()?;
                    self.articles
                        .iter()
                        .position(|b| b.path.is_none() && b.meta.url.as_deref() == Some(url))
                });
            let i = known.unwrap_or_else(|| {
                self.articles.push(Arc::new(a));
                self.articles.len() - 1
            });
            first.get_or_insert(i);
        }
        self.resolve_added(before);
        first
    }

    /// Loads one file; sibling files that fail are skipped quietly (they were not asked for),
    /// named ones are reported. Returns whether the file loaded.
    fn load_into(
        &mut self,
        found: &Found,
        seen: &mut Seen,
        named: &mut Vec<usize>,
        report: bool,
    ) -> bool {
        match self.admit(found, seen, named, report) {
            Some(key) => self.take(sources::load(&found.path), &key, seen, named, report),
            None => true,
        }
    }

    /// [`Library::load_into`] of many files (a folder's, a named file's siblings), in their
    /// order; read and parsed on two threads when there are many ([`load::all`]).
    fn load_many(
        &mut self,
        files: &[Found],
        seen: &mut Seen,
        named: &mut Vec<usize>,
        report: bool,
    ) {
        let keys: Vec<Option<PathBuf>> = (files.iter())
            .map(|f| self.admit(f, seen, named, report))
            .collect();
        let todo: Vec<&Path> = (files.iter().zip(&keys))
            .filter(|(_, k)| k.is_some())
            .map(|(f, _)| f.path.as_path())
            .collect();
        let loaded = load::all(&todo);
        for (key, result) in keys.iter().flatten().zip(loaded) {
            self.take(result, key, seen, named, report);
        }
    }

    /// The key of a file not loaded yet, `None` for one already loaded (e.g. as a sibling):
    /// a named file still counts as named then.
    fn admit(
        &self,
        found: &Found,
        seen: &mut Seen,
        named: &mut Vec<usize>,
        report: bool,
    ) -> Option<PathBuf> {
        let key = seen.key(&found.path, found.symlink);
        if seen.insert(key.clone()) {
            return Some(key);
        }
        if report {
            let found =
                self.articles.iter().enumerate().filter(|(_, a)| {
                    a.path.as_ref().map(|p| seen::canonical(p)) == Some(key.clone())
                });
            named.extend(found.map(|(i, _)| i));
        }
        None
    }

    /// Takes what loading the file of `key` gave. Returns whether it loaded.
    fn take(
        &mut self,
        result: Result<loader::Loaded, LoadError>,
        key: &Path,
        seen: &mut Seen,
        named: &mut Vec<usize>,
        report: bool,
    ) -> bool {
        match result {
            Ok(loaded) => {
                // A sibling brought along for link resolution keeps its warnings to itself.
                if report {
                    self.warnings.extend(loaded.warnings);
                }
                let keyed = loaded.headline_keys.len() == loaded.articles.len();
                let mut keys = loaded.headline_keys.into_iter();
                for a in loaded.articles {
                    if report {
                        named.push(self.articles.len());
                    }
                    self.articles.push(Arc::new(a));
                    self.titles.given.push(keys.next().filter(|_| keyed));
                }
                true
            }
            Err(e) => {
                if report {
                    self.problems.push(e);
                } else {
                    // A sibling that failed quietly is tried again, and said, when named.
                    seen.remove(key);
                }
                false
            }
        }
    }

    /// Sorts the articles and remaps `named` into `opened`; each headline is folded once,
    /// its key kept for the links ([`resolve`]).
    fn sort(&mut self, named: Vec<usize>) {
        let given = std::mem::take(&mut self.titles.given);
        let keys: Vec<String> = if given.len() == self.articles.len() {
            let folded = |(k, a): (Option<String>, &Arc<Article>)| {
                k.unwrap_or_else(|| resolve::headline_key(a))
            };
            given.into_iter().zip(&self.articles).map(folded).collect()
        } else {
            self.articles.iter().map(resolve::headline_key).collect()
        };
        let dates: Vec<_> = (self.articles.iter())
            .map(|a| a.meta.date.as_deref().and_then(date_key))
            .collect();
        let mut order: Vec<usize> = (0..self.articles.len()).collect();
        order.sort_by(|&a, &b| {
            let key = |i: usize| (dates[i].is_none(), std::cmp::Reverse(dates[i]), &keys[i]);
            key(a).cmp(&key(b))
        });
        let mut keys: Vec<Option<String>> = keys.into_iter().map(Some).collect();
        let keys = order.iter().filter_map(|&i| keys[i].take()).collect();
        let mut new_index = vec![0; order.len()];
        for (new, &old) in order.iter().enumerate() {
            new_index[old] = new;
        }
        let mut taken: Vec<Option<Arc<Article>>> = std::mem::take(&mut self.articles)
            .into_iter()
            .map(Some)
            .collect();
        self.articles = order.iter().filter_map(|&i| taken[i].take()).collect();
        self.titles_made(keys);
        let mut opened_seen = HashSet::new();
        self.opened = named
            .into_iter()
            .map(|i| new_index[i])
            .filter(|i| opened_seen.insert(*i))
            .collect();
    }

    /// The article a link target (a path or URL) names, if it is in the library.
    pub fn find_by_target(&self, target: &str) -> Option<usize> {
        let canon = |p: &Path| std::fs::canonicalize(p).ok();
        let wanted = canon(Path::new(target));
        self.articles.iter().position(|a| {
            a.path.as_ref().is_some_and(|p| {
                p.as_os_str() == target || (wanted.is_some() && canon(p) == wanted)
            }) || a.meta.url.as_deref() == Some(target)
        })
    }
}

/// A sortable key from the start of a date: `YYYY-MM-DD` (also with `/` or `.`), or
/// `DD-MM-YYYY` / `DD/MM/YYYY`.
pub fn date_key(date: &str) -> Option<(u32, u32, u32)> {
    let digits: Vec<&str> = date
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .take(3)
        .collect();
    let [a, b, c] = digits[..] else { return None };
    let n = |s: &str| s.parse::<u32>().ok();
    let (y, m, d) = if a.len() == 4 {
        (n(a)?, n(b)?, n(c)?)
    } else if c.len() == 4 {
        (n(c)?, n(b)?, n(a)?)
    } else {
        return None;
    };
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

#[cfg(test)]
mod tests;
