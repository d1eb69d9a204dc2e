//! The lookup of a "read also" title among the library's headlines: a map of folded title
//! keys, so that resolving the links of a folder of 10,000 articles is a lookup per link, not
//! a scan of every headline (issue 19: the scan was ~41% of opening such a folder).
//!
//! Rule implemented here (the matching rule of [`super::Library::resolve_links`]): a title
//! names the first headline whose [`title_key`] equals its own (diacritics, alef forms,
//! tatweel, trailing dots, Latin case folded), else, for a cut-off title of at least three
//! words, the first headline whose key begins with the title's key followed by a space.
//!
//! The index holds no text of its own: its entries point into the keys it indexes (the
//! library's, folded once per headline), which every call is handed again.

use std::hash::BuildHasher;
use std::ops::Range;

use hashbrown::{DefaultHashBuilder, HashTable};

use crate::fold::title_key;

#[cfg(test)]
thread_local! {
    /// Title keys looked at while resolving links (the tests count them).
    pub static KEYS_VISITED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Headline keys by their whole text and by every word prefix of three words or more,
/// each to the first index that has it. An entry is `(index, length)`: the first `length`
/// bytes of key `index`.
#[derive(Debug, Default)]
pub struct KeyIndex {
    whole: HashTable<(u32, u32)>,
    prefixes: HashTable<(u32, u32)>,
    hasher: DefaultHashBuilder,
}

fn text(keys: &[String], (i, len): (u32, u32)) -> &str {
    keys[i as usize].get(..len as usize).unwrap_or_default()
}

impl KeyIndex {
    /// Indexes `keys[range]` (folded by [`title_key`]: single spaces, none at the ends).
    pub fn over(keys: &[String], range: Range<usize>) -> KeyIndex {
        let mut index = KeyIndex::default();
        index.extend(keys, range);
        index
    }

    /// Adds `keys[range]`: a key already indexed keeps its first index.
    pub fn extend(&mut self, keys: &[String], range: Range<usize>) {
        for i in range {
            let k = &keys[i];
            let (Ok(at), Ok(len)) = (u32::try_from(i), u32::try_from(k.len())) else {
                continue;
            };
            self.insert(Table::Whole, keys, (at, len));
            // Every proper prefix ending before a space, of three words or more.
            for (end, _) in k.match_indices(' ').skip(2) {
                self.insert(Table::Prefixes, keys, (at, end as u32));
            }
        }
    }

    fn insert(&mut self, table: Table, keys: &[String], entry: (u32, u32)) {
        let hasher = &self.hasher;
        let table = match table {
            Table::Whole => &mut self.whole,
            Table::Prefixes => &mut self.prefixes,
        };
        let s = text(keys, entry);
        let hash = hasher.hash_one(s);
        table
            .entry(
                hash,
                |&e| text(keys, e) == s,
                |&e| hasher.hash_one(text(keys, e)),
            )
            .or_insert(entry);
    }

    fn get(&self, table: Table, keys: &[String], key: &str) -> Option<usize> {
        let table = match table {
            Table::Whole => &self.whole,
            Table::Prefixes => &self.prefixes,
        };
        let hash = self.hasher.hash_one(key);
        let found = table.find(hash, |&e| text(keys, e) == key)?;
        Some(found.0 as usize)
    }

    /// The headline `title` names (the module's rule), among `keys`, the keys indexed.
    pub fn find(&self, keys: &[String], title: &str) -> Option<usize> {
        let key = title_key(title);
        if key.is_empty() {
            return None;
        }
        #[cfg(test)]
        KEYS_VISITED.set(KEYS_VISITED.get() + 2);
        self.get(Table::Whole, keys, &key).or_else(|| {
            (key.split(' ').count() >= 3)
                .then(|| self.get(Table::Prefixes, keys, &key))
                .flatten()
        })
    }
}

#[derive(Clone, Copy)]
enum Table {
    Whole,
    Prefixes,
}
