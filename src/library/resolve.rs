//! Read-also resolution: a link names a library article by its folded title (the rule of
//! [`super::keys`]), and its target becomes that article's path, else its URL.
//!
//! Each headline is folded once ([`Titles::keys`], made by the library's sort), and the map
//! of those keys is built on first need. A library opened for the reader
//! ([`Library::open_lazy`]) resolves an article's links when the article is opened
//! ([`Library::resolve_links_of`]), not those of 10,000 articles before the first frame;
//! [`Library::resolve_links`] resolves every article's (`dump`, the tests, a store opened
//! under the reader). Resolving is idempotent: a link with a target is left as it is.

use std::hash::{BuildHasher, Hash, Hasher};
use std::sync::Arc;

use hashbrown::DefaultHashBuilder;

use super::Library;
use super::keys::KeyIndex;
use crate::article::Article;
use crate::fold::title_key;

#[cfg(test)]
thread_local! {
    /// Articles whose links were resolved (the tests count them).
    pub static ARTICLES_RESOLVED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The key of an article's headline ([`title_key`]), made once per article.
pub(super) fn headline_key(a: &Arc<Article>) -> String {
    title_key(&a.headline)
}

/// The library's folded headlines and what is resolved.
#[derive(Debug, Default)]
pub struct Titles {
    /// The [`title_key`] of each article's headline, in the library's order; made again
    /// when the articles were changed from outside (`Library::articles` is public): their
    /// headlines no longer hash to `stamp`.
    keys: Vec<String>,
    stamp: u64,
    hasher: DefaultHashBuilder,
    /// The map of `keys`, built on first need.
    index: Option<KeyIndex>,
    /// While loading: the keys the parser made of the articles loaded so far, for the sort
    /// (`None` for an article whose parser made none).
    pub(super) given: Vec<Option<String>>,
    /// `Some` for a library that resolves lazily: per article, whether its links are still
    /// to be resolved.
    pub(super) pending: Option<Vec<bool>>,
}

impl Titles {
    /// A hash of the headlines of `articles`, in order: what the keys were made from.
    fn stamp_of(&self, articles: &[Arc<Article>]) -> u64 {
        let mut h = self.hasher.build_hasher();
        articles.len().hash(&mut h);
        for a in articles {
            a.headline.hash(&mut h);
        }
        h.finish()
    }
}

impl Library {
    /// Resolves the links of article `i` if they are still pending (a library opened by
    /// [`Library::open_lazy`]; others resolved theirs when opened).
    pub fn resolve_links_of(&mut self, i: usize) {
        if self.titles.pending.is_none() {
            return; // nothing pending: no headline folded (a store's 100,000 items)
        }
        self.titles_in_step();
        let pending = self.titles.pending.as_ref();
        if pending.and_then(|p| p.get(i)) != Some(&true) {
            return;
        }
        self.index();
        self.resolve_article(i, None);
        if let Some(p) = self.titles.pending.as_mut() {
            p[i] = false;
        }
    }

    /// Fills the target of every unresolved "read also" link that names a library article:
    /// the article's path, else its URL (the matching rule of [`super::keys`]: equal folded
    /// titles, else a cut-off title of three words or more). Links that name nothing stay
    /// unresolved.
    pub fn resolve_links(&mut self) {
        self.titles_in_step();
        self.index();
        for i in 0..self.articles.len() {
            self.resolve_article(i, None);
        }
        if let Some(p) = self.titles.pending.as_mut() {
            p.fill(false);
        }
    }

    /// [`Library::resolve_links`] after articles `from..` were added (their keys not made
    /// yet), without matching every old link against every headline again: the new
    /// articles' links are resolved against the whole library, the old unresolved ones
    /// only against the new headlines (no old headline matched them before); old ones still
    /// pending stay so, to be resolved against the whole library when opened.
    pub(super) fn resolve_added(&mut self, from: usize) {
        let titles = &mut self.titles;
        if titles.keys.len() == from && titles.stamp == titles.stamp_of(&self.articles[..from]) {
            titles
                .keys
                .extend(self.articles[from..].iter().map(headline_key));
            let n = titles.keys.len();
            if let Some(index) = titles.index.as_mut() {
                index.extend(&titles.keys, from..n);
            }
            if let Some(p) = titles.pending.as_mut() {
                p.resize(n, true);
            }
            titles.stamp = titles.stamp_of(&self.articles);
        }
        self.titles_in_step();
        self.index();
        let added = KeyIndex::over(&self.titles.keys, from..self.titles.keys.len());
        for i in 0..self.articles.len() {
            if i >= from {
                self.resolve_article(i, None);
            } else if self.titles.pending.as_ref().and_then(|p| p.get(i)) != Some(&true) {
                self.resolve_article(i, Some(&added));
            }
        }
        if let Some(p) = self.titles.pending.as_mut() {
            p[from..].fill(false);
        }
    }

    /// Keeps `keys`, the keys of the articles as they are now (the sort made them).
    pub(super) fn titles_made(&mut self, keys: Vec<String>) {
        self.titles.stamp = self.titles.stamp_of(&self.articles);
        self.titles.keys = keys;
        self.titles.index = None;
    }

    /// Makes the keys again when the articles changed from outside (then every article's
    /// links are pending again in a lazy library).
    fn titles_in_step(&mut self) {
        let n = self.articles.len();
        let stamp = self.titles.stamp_of(&self.articles);
        if self.titles.keys.len() == n && self.titles.stamp == stamp {
            return;
        }
        self.titles.keys = self.articles.iter().map(headline_key).collect();
        self.titles.stamp = stamp;
        self.titles.index = None;
        if let Some(p) = self.titles.pending.as_mut() {
            *p = vec![true; n];
        }
    }

    /// Builds the map of the keys unless built.
    fn index(&mut self) {
        let keys = &self.titles.keys;
        self.titles
            .index
            .get_or_insert_with(|| KeyIndex::over(keys, 0..keys.len()));
    }

    /// Resolves article `ai`'s unresolved links by `within` (else the whole library's map).
    fn resolve_article(&mut self, ai: usize, within: Option<&KeyIndex>) {
        #[cfg(test)]
        ARTICLES_RESOLVED.set(ARTICLES_RESOLVED.get() + 1);
        let Some(index) = within.or(self.titles.index.as_ref()) else {
            return;
        };
        let keys = &self.titles.keys;
        let mut targets = Vec::new();
        for (li, link) in self.articles[ai].read_also.iter().enumerate() {
            if link.target.is_some() {
                continue;
            }
            let found = index.find(keys, &link.text).filter(|&t| t != ai);
            let target = found.and_then(|t| {
                let t = &self.articles[t];
                t.path
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .or_else(|| t.meta.url.clone())
            });
            targets.extend(target.map(|t| (li, t)));
        }
        for (li, target) in targets {
            Arc::make_mut(&mut self.articles[ai]).read_also[li].target = Some(target);
        }
    }
}
