//! The lookup of a "read also" title among the library's headlines: a map of folded title
//! keys, so that resolving the links of a folder of 10,000 articles is a lookup per link, not
//! a scan of every headline (issue 19: the scan was ~41% of opening such a folder).
//!
//! Rule implemented here (the matching rule of [`super::Library::resolve_links`]): a title
//! names the first headline whose [`title_key`] equals its own (diacritics, alef forms,
//! tatweel, trailing dots, Latin case folded), else, for a cut-off title of at least three
//! words, the first headline whose key begins with the title's key followed by a space.

use std::collections::HashMap;

use crate::fold::title_key;

#[cfg(test)]
thread_local! {
    /// Title keys looked at while resolving links (the tests count them).
    pub static KEYS_VISITED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Headline keys by their whole text and by every word prefix of three words or more,
/// each to the first index (plus `offset`) that has it.
#[derive(Debug, Default)]
pub struct KeyIndex<'a> {
    whole: HashMap<&'a str, usize>,
    prefixes: HashMap<&'a str, usize>,
}

impl<'a> KeyIndex<'a> {
    /// Indexes `keys` (folded by [`title_key`]: single spaces, none at the ends); index `i`
    /// stands for `offset + i`.
    pub fn new(keys: &'a [String], offset: usize) -> KeyIndex<'a> {
        let mut index = KeyIndex::default();
        for (i, k) in keys.iter().enumerate() {
            index.whole.entry(k.as_str()).or_insert(offset + i);
            // Every proper prefix ending before a space, of three words or more.
            let spaces = k.match_indices(' ').map(|(at, _)| at);
            for at in spaces.skip(2) {
                index.prefixes.entry(&k[..at]).or_insert(offset + i);
            }
        }
        index
    }

    /// The headline `title` names (the module's rule).
    pub fn find(&self, title: &str) -> Option<usize> {
        let key = title_key(title);
        if key.is_empty() {
            return None;
        }
        #[cfg(test)]
        KEYS_VISITED.set(KEYS_VISITED.get() + 2);
        self.whole.get(key.as_str()).copied().or_else(|| {
            (key.split(' ').count() >= 3)
                .then(|| self.prefixes.get(key.as_str()).copied())
                .flatten()
        })
    }
}
