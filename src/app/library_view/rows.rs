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

/// Per-article keys made once per listing, so that a key in the pane costs a scan and a
/// sort of integers, whatever the order: the date in seconds, each article's feed as a
/// number, and, made when first needed, the folded headline, feed and author (the filter),
/// the rank of each headline and of each feed's name in folded order (the sorts).
#[derive(Debug, Clone, Default)]
pub struct Keys {
    len: usize,
    dates: Vec<Option<i64>>,
    /// The feed of each article, an index into `feeds`.
    feed_of: Vec<u32>,
    /// The feeds' names, in the order they first come.
    feeds: Vec<String>,
    folded: Vec<String>,
    title_rank: Vec<u32>,
    /// By feed number.
    feed_rank: Vec<u32>,
}

impl Keys {
    /// Makes what is missing for `src`: the filter's texts when `filtering`, the ranks
    /// `sort` needs.
    pub fn update(&mut self, src: &Source<'_>, filtering: bool, sort: Sort) {
        if self.len != src.articles.len() || self.dates.len() != src.articles.len() {
            *self = Keys::listing(src);
        }
        if filtering && self.folded.is_empty() {
            self.folded = src.articles.iter().map(|a| filter_key(a)).collect();
        }
        if sort == Sort::Title && self.title_rank.is_empty() {
            self.title_rank = ranks(src.articles.iter().map(|a| a.headline.as_str()));
        }
        if sort == Sort::Feed && self.feed_rank.is_empty() {
            self.feed_rank = ranks(self.feeds.iter().map(String::as_str));
        }
    }

    fn listing(src: &Source<'_>) -> Keys {
        let mut numbers: HashMap<&str, u32> = HashMap::new();
        let mut feeds = Vec::new();
        let feed_of = (0..src.articles.len())
            .map(|i| {
                let name = src.feed(i);
                *numbers.entry(name).or_insert_with(|| {
                    feeds.push(name.to_string());
                    u32::try_from(feeds.len() - 1).unwrap_or(u32::MAX)
                })
            })
            .collect();
        Keys {
            len: src.articles.len(),
            dates: src
                .articles
                .iter()
                .map(|a| a.meta.date.as_deref().and_then(crate::text::date_seconds))
                .collect(),
            feed_of,
            feeds,
            ..Keys::default()
        }
    }
}

/// The rank of each text in folded order (equal texts, equal ranks).
fn ranks<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<u32> {
    let folded: Vec<String> = texts.map(fold).collect();
    let mut order: Vec<usize> = (0..folded.len()).collect();
    order.sort_by(|&a, &b| folded[a].cmp(&folded[b]));
    let mut rank = vec![0u32; folded.len()];
    let mut r = 0u32;
    for (k, &i) in order.iter().enumerate() {
        if k > 0 && folded[i] != folded[order[k - 1]] {
            r += 1;
        }
        rank[i] = r;
    }
    rank
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
    group(shown, src, keys)
}

fn sort(shown: &mut [usize], src: &Source<'_>, by: Sort, keys: &Keys) {
    // Newest first, undated last; stable, so equal keys keep the library's order.
    let date =
        |i: usize| std::cmp::Reverse(keys.dates.get(i).copied().flatten().unwrap_or(i64::MIN));
    let rank = |v: &[u32], i: usize| v.get(i).copied().unwrap_or(u32::MAX);
    match by {
        Sort::Date => shown.sort_by_key(|&i| date(i)),
        Sort::Feed => shown.sort_by_key(|&i| {
            let feed = keys
                .feed_of
                .get(i)
                .map_or(u32::MAX, |&f| rank(&keys.feed_rank, f as usize));
            (feed, date(i))
        }),
        Sort::Title => shown.sort_by_key(|&i| rank(&keys.title_rank, i)),
        Sort::UnreadFirst => shown.sort_by_key(|&i| (src.unread(i) != Some(true), date(i))),
    }
}

/// The items under their feeds' headings, feeds in the order their first item comes; each
/// heading counts its feed's unread items and items, all of them, not only those shown.
fn group(shown: Vec<usize>, src: &Source<'_>, keys: &Keys) -> Vec<Row> {
    let n = keys.feeds.len();
    let (mut unread, mut total) = (vec![0usize; n], vec![0usize; n]);
    for (i, &f) in keys.feed_of.iter().enumerate() {
        unread[f as usize] += usize::from(src.unread(i) == Some(true));
        total[f as usize] += 1;
    }
    let mut order: Vec<usize> = Vec::new();
    let mut by_feed: Vec<Vec<usize>> = vec![Vec::new(); n];
    for i in shown {
        let f = keys.feed_of[i] as usize;
        if by_feed[f].is_empty() {
            order.push(f);
        }
        by_feed[f].push(i);
    }
    let mut out = Vec::new();
    for f in order {
        out.push(Row::Heading {
            feed: keys.feeds[f].clone(),
            unread: src.marks.map(|_| unread[f]),
            total: total[f],
        });
        out.extend(std::mem::take(&mut by_feed[f]).into_iter().map(Row::Item));
    }
    out
}
