//! The library's rows from its articles: filtered (folded as the search folds), unread only,
//! sorted, and grouped under their feed's heading with the feed's unread count.

use std::collections::HashMap;

use crate::article::Article;
use crate::fold::{Folding, fold_char};
use crate::library::prefs::{Prefs, Sort};
use crate::store::shelf::Mark;

/// What the rows are made from: the library's articles, their marks (a library on the
/// store) and the article on screen (listed under unread only, though read).
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub articles: &'a [Article],
    pub marks: Option<&'a [Option<Mark>]>,
    pub current: usize,
}

impl Source<'_> {
    /// Whether article `i` is unread (`None`: not a stored item).
    pub fn unread(&self, i: usize) -> Option<bool> {
        let m = self.marks?.get(i).copied().flatten()?;
        Some(!m.read)
    }

    /// The feed an article is listed under: its source's name.
    pub fn feed(&self, i: usize) -> &str {
        self.articles[i].meta.source.as_deref().unwrap_or("")
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

/// Per-article keys made once per listing: the date in seconds, and (made when a filter is
/// first typed) the folded headline, feed and author.
#[derive(Debug, Clone, Default)]
pub struct Keys {
    len: usize,
    dates: Vec<Option<i64>>,
    folded: Vec<String>,
}

impl Keys {
    /// Makes what is missing for `src` (`filtering`: the folded texts too).
    pub fn update(&mut self, src: &Source<'_>, filtering: bool) {
        if self.len != src.articles.len() || self.dates.len() != src.articles.len() {
            *self = Keys {
                len: src.articles.len(),
                dates: src
                    .articles
                    .iter()
                    .map(|a| a.meta.date.as_deref().and_then(crate::text::date_seconds))
                    .collect(),
                folded: Vec::new(),
            };
        }
        if filtering && self.folded.is_empty() {
            self.folded = src.articles.iter().map(filter_key).collect();
        }
    }
}

/// `s` folded as the search folds ([`Folding::Normal`]).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, Folding::Normal, &mut out);
    }
    out
}

/// What the filter looks in: headline, feed and author, folded, one line each.
fn filter_key(a: &Article) -> String {
    let m = &a.meta;
    let parts = [
        Some(a.headline.as_str()),
        m.source.as_deref(),
        m.author.as_deref(),
    ];
    parts
        .into_iter()
        .flatten()
        .map(fold)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The rows of `src` under `prefs` and `filter`.
pub fn rows(src: &Source<'_>, prefs: &Prefs, filter: &str, keys: &Keys) -> Vec<Row> {
    let needle = fold(filter.trim());
    // Unread only keeps the article on screen (opening it marked it read); the filter not.
    let mut shown: Vec<usize> = (0..src.articles.len())
        .filter(|&i| !(prefs.unread_only && i != src.current && src.unread(i) == Some(false)))
        .filter(|&i| needle.is_empty() || keys.folded.get(i).is_some_and(|k| k.contains(&needle)))
        .collect();
    sort(&mut shown, src, prefs.sort, keys);
    if !prefs.grouped {
        return shown.into_iter().map(Row::Item).collect();
    }
    group(shown, src)
}

fn sort(shown: &mut [usize], src: &Source<'_>, by: Sort, keys: &Keys) {
    // Newest first, undated last; stable, so equal keys keep the library's order.
    let date =
        |i: usize| std::cmp::Reverse(keys.dates.get(i).copied().flatten().map_or(i64::MIN, |d| d));
    match by {
        Sort::Date => shown.sort_by_key(|&i| date(i)),
        Sort::Feed => shown.sort_by_cached_key(|&i| (fold(src.feed(i)), date(i))),
        Sort::Title => shown.sort_by_cached_key(|&i| fold(&src.articles[i].headline)),
        Sort::UnreadFirst => shown.sort_by_key(|&i| (src.unread(i) != Some(true), date(i))),
    }
}

/// The items under their feeds' headings, feeds in the order their first item comes.
fn group(shown: Vec<usize>, src: &Source<'_>) -> Vec<Row> {
    let mut order: Vec<&str> = Vec::new();
    let mut by_feed: HashMap<&str, Vec<usize>> = HashMap::new();
    for i in shown {
        let feed = src.feed(i);
        by_feed
            .entry(feed)
            .or_insert_with(|| {
                order.push(feed);
                Vec::new()
            })
            .push(i);
    }
    let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
    for i in 0..src.articles.len() {
        let c = counts.entry(src.feed(i)).or_default();
        c.0 += usize::from(src.unread(i) == Some(true));
        c.1 += 1;
    }
    let mut out = Vec::new();
    for feed in order {
        let (unread, total) = counts.get(feed).copied().unwrap_or_default();
        out.push(Row::Heading {
            feed: feed.to_string(),
            unread: src.marks.map(|_| unread),
            total,
        });
        out.extend(
            by_feed
                .remove(feed)
                .unwrap_or_default()
                .into_iter()
                .map(Row::Item),
        );
    }
    out
}
