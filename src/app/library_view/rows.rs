//! The library's rows from its articles: filtered (folded as the search folds), unread only,
//! sorted, and grouped under their feed's heading with the feed's unread count. The
//! articles' keys ([`ListingKeys`]) are made once per listing; the order and the filter's
//! matches come from the [`Cache`], so a key costs a scan of the rows it keeps.

use crate::article::Article;
use crate::library::listing_keys::{ListingKeys, fold};
use crate::library::prefs::{Prefs, Sort};
use crate::store::shelf::Mark;

use super::cache::Cache;

/// What the rows are made from: the library's articles, their marks (a library on the
/// store) and the article on screen (listed under unread only, though read).
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub articles: &'a [std::sync::Arc<Article>],
    pub marks: Option<&'a [Option<Mark>]>,
    pub current: usize,
}

impl Source<'_> {
    /// Whether article `i` is unread (`None`: not a stored item).
    pub fn unread(&self, i: usize) -> Option<bool> {
        let m = self.marks?.get(i).copied().flatten()?;
        Some(!m.read)
    }

    /// Article `i`'s date in seconds: the store's number for a stored item (no text parsed),
    /// else its date parsed.
    pub fn date(&self, i: usize) -> Option<i64> {
        match self.marks.and_then(|m| m.get(i).copied().flatten()) {
            Some(m) => m.date,
            None => crate::library::listing_keys::parsed_date(self.articles.get(i)?),
        }
    }

    /// The feed an article is listed under: its source's name.
    pub fn feed(&self, i: usize) -> &str {
        crate::library::listing_keys::feed_name(&self.articles[i])
    }
}

/// One row of the pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    /// A feed's heading: its name, its unread items (`None`: a library of files) and its items,
    /// counted over the whole feed, not only the rows shown.
    Heading {
        feed: String,
        unread: Option<usize>,
        total: usize,
    },
    /// Article `i` of the library.
    Item(usize),
}

impl Row {
    /// Screen rows it takes.
    pub fn height(&self) -> usize {
        match self {
            Row::Heading { .. } => 1,
            Row::Item(_) => super::ITEM_ROWS,
        }
    }
}

/// The rows of `src` under `prefs` and `filter`, the filter's matches taken from `cache`.
pub fn rows(
    src: &Source<'_>,
    prefs: &Prefs,
    filter: &str,
    keys: &ListingKeys,
    cache: &mut Cache,
) -> Vec<Row> {
    let needle = fold(filter.trim());
    let matching = cache.matching(keys, prefs.sort, &needle);
    // Unread only keeps the article on screen (opening it marked it read); the filter not.
    let mut shown: Vec<usize> = matching
        .iter()
        .map(|&i| i as usize)
        .filter(|&i| !(prefs.unread_only && i != src.current && src.unread(i) == Some(false)))
        .collect();
    if prefs.sort == Sort::UnreadFirst {
        // Date order (the cache's), the unread ones first: a stable partition.
        let (mut unread, rest): (Vec<usize>, Vec<usize>) = shown
            .into_iter()
            .partition(|&i| src.unread(i) == Some(true));
        unread.extend(rest);
        shown = unread;
    }
    if !prefs.grouped {
        return shown.into_iter().map(Row::Item).collect();
    }
    group(shown, src, keys)
}

/// The items under their feeds' headings, feeds in the order their first item comes; each
/// heading counts its feed's unread items and items, all of them, not only those shown.
fn group(shown: Vec<usize>, src: &Source<'_>, keys: &ListingKeys) -> Vec<Row> {
    let n = keys.feeds.len();
    let feed = |i: usize| keys.feed_of.get(i).map_or(0, |&f| f as usize);
    let (mut unread, mut total) = (vec![0usize; n], vec![0usize; n]);
    for (i, &f) in keys.feed_of.iter().enumerate() {
        unread[f as usize] += usize::from(src.unread(i) == Some(true));
        total[f as usize] += 1;
    }
    // A counting sort: the items shown of each feed, the feeds in the order they come.
    let mut count = vec![0usize; n];
    let mut order: Vec<usize> = Vec::new();
    for &i in &shown {
        let f = feed(i);
        if count[f] == 0 {
            order.push(f);
        }
        count[f] += 1;
    }
    let mut out = Vec::with_capacity(shown.len() + order.len());
    let mut next = vec![0usize; n];
    for &f in &order {
        out.push(Row::Heading {
            feed: keys.feeds[f].clone(),
            unread: src.marks.map(|_| unread[f]),
            total: total[f],
        });
        next[f] = out.len();
        out.extend(std::iter::repeat_n(Row::Item(0), count[f]));
    }
    for i in shown {
        let f = feed(i);
        out[next[f]] = Row::Item(i);
        next[f] += 1;
    }
    out
}
