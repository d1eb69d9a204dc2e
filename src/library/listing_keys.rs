//! The library pane's keys of every article (issue 19, "never waits on the library"): its
//! date in seconds, its feed as a number, the text the filter looks in (headline, feed and
//! author, folded as the search folds), the rank of its headline and of its feed's name in
//! folded order, and the articles in date order. Parsing 100,000 dates and folding 100,000
//! headlines takes about 80 ms, so a big library has them made in two parts: what the order
//! and the headings need ([`ListingKeys::order_of`]: the feeds, the dates the store lists as
//! numbers, the date order; no text folded) on the UI thread, so that the first frame is
//! already sorted and grouped; the filter texts (and the headlines' ranks, unless the title
//! order is chosen) once per listing by a background job ([`crate::jobs::Job::ListingKeys`],
//! from the library's `Arc`s: no copy, [`ListingKeys::with_texts`]). The pane's keys then
//! cost a scan of integers and of folded texts.

use std::collections::HashMap;
use std::sync::Arc;

use crate::article::Article;
use crate::fold::{Folding, fold_char};

/// Keys of `len` articles, in the library's order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListingKeys {
    pub len: usize,
    pub dates: Vec<Option<i64>>,
    /// The feed of each article, an index into `feeds`.
    pub feed_of: Vec<u32>,
    /// The feeds' names, in the order they first come.
    pub feeds: Vec<String>,
    /// What the filter looks in ([`ListingKeys::filter_text`]): every article's headline,
    /// feed and author, folded, one line each, one after the other in one string (a scan
    /// reads memory in order), article `i` from `filter_at[i]` to `filter_at[i + 1]`.
    pub filter_texts: String,
    pub filter_at: Vec<usize>,
    pub title_rank: Vec<u32>,
    /// By feed number.
    pub feed_rank: Vec<u32>,
    /// The articles newest first, undated last (stable: equal dates keep the library's order).
    pub by_date: Vec<u32>,
}

/// The feed an article is listed under: its source's name.
pub fn feed_name(a: &Article) -> &str {
    a.meta.source.as_deref().unwrap_or("")
}

/// An index as the keys keep it (a library holds far fewer than 2³² articles).
fn number(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

impl ListingKeys {
    /// What the filter looks in for article `i` (empty past the end).
    pub fn filter_text(&self, i: usize) -> &str {
        let (Some(&from), Some(&to)) = (self.filter_at.get(i), self.filter_at.get(i + 1)) else {
            return "";
        };
        self.filter_texts.get(from..to).unwrap_or("")
    }

    /// Whether the filter texts are made (the background job's share, [`ListingKeys::with_texts`]).
    pub fn has_texts(&self) -> bool {
        self.filter_at.len() == self.len + 1
    }

    /// Whether the headlines' ranks are made (for the title order).
    pub fn has_title_ranks(&self) -> bool {
        self.title_rank.len() == self.len
    }

    /// Every key of `articles`, their dates parsed: [`ListingKeys::order_of`], then
    /// [`ListingKeys::with_texts`].
    pub fn of(articles: &[Arc<Article>]) -> ListingKeys {
        ListingKeys::order_of(articles, |i| parsed_date(&articles[i]), false).with_texts(articles)
    }

    /// What the pane's order and headings need, cheap enough for the UI thread (no text
    /// folded): the feeds, the dates (`date(i)`: article `i`'s, in seconds; the store lists
    /// them as numbers), the date order; the headlines' ranks only when `titles` (the title
    /// order is chosen: every headline folded). The filter texts are left to the job.
    pub fn order_of(
        articles: &[Arc<Article>],
        date: impl Fn(usize) -> Option<i64>,
        titles: bool,
    ) -> ListingKeys {
        let (feed_of, feeds) = feeds_of(articles);
        let dates: Vec<Option<i64>> = (0..articles.len()).map(date).collect();
        let mut by_date: Vec<u32> = (0..articles.len()).map(number).collect();
        // Stable (a merge of runs: the store lists each feed newest first).
        by_date.sort_by_key(|&i| std::cmp::Reverse(dates[i as usize].unwrap_or(i64::MIN)));
        let mut keys = ListingKeys {
            len: articles.len(),
            feed_rank: ranks(&feeds.iter().map(|f| fold(f)).collect::<Vec<_>>()),
            dates,
            feed_of,
            feeds,
            by_date,
            ..ListingKeys::default()
        };
        if titles {
            keys.add_title_ranks(articles);
        }
        keys
    }

    /// The headlines' ranks made (every headline folded: the title order chosen before the
    /// job's keys came).
    pub fn add_title_ranks(&mut self, articles: &[Arc<Article>]) {
        let titles: Vec<String> = articles.iter().map(|a| fold(&a.headline)).collect();
        self.title_rank = ranks(&titles);
    }

    /// These keys with the filter texts (and the headlines' ranks, when they were not made):
    /// the background job's share, each headline folded once for both.
    pub fn with_texts(&self, articles: &[Arc<Article>]) -> ListingKeys {
        // Reserved at the texts' own length (folding seldom lengthens one), and no spare
        // capacity kept: grown by doubling, 100,000 texts held 27 MB for 15.
        let length = |a: &Article| {
            let author = a.meta.author.as_deref().map_or(0, str::len);
            a.headline.len() + feed_name(a).len() + author + 3
        };
        let mut filter_texts = String::with_capacity(articles.iter().map(|a| length(a)).sum());
        let mut filter_at = Vec::with_capacity(articles.len() + 1);
        // Where each folded headline ends (its text starts at `filter_at`).
        let mut title_end = Vec::with_capacity(articles.len());
        for a in articles {
            filter_at.push(filter_texts.len());
            title_end.push(push_filter_text(a, &mut filter_texts));
        }
        filter_at.push(filter_texts.len());
        filter_texts.shrink_to_fit();
        let title_rank = if self.has_title_ranks() {
            self.title_rank.clone()
        } else {
            // The folded headlines read where the filter texts hold them: no copy.
            let title = |(&from, &to): (&usize, &usize)| filter_texts.get(from..to).unwrap_or("");
            ranks(
                &filter_at
                    .iter()
                    .zip(&title_end)
                    .map(title)
                    .collect::<Vec<_>>(),
            )
        };
        ListingKeys {
            filter_texts,
            filter_at,
            title_rank,
            ..self.clone()
        }
    }
}

/// Article `a`'s date in seconds, parsed from its text.
pub fn parsed_date(a: &Article) -> Option<i64> {
    a.meta.date.as_deref().and_then(crate::text::date_seconds)
}

/// The feed of each article (a number) and the feeds' names in the order they first come.
/// The store lists a feed's items together: the name is looked up only when it changes.
fn feeds_of(articles: &[Arc<Article>]) -> (Vec<u32>, Vec<String>) {
    let mut numbers: HashMap<&str, u32> = HashMap::new();
    let mut feeds = Vec::new();
    let mut last: Option<(&str, u32)> = None;
    let mut feed_of = Vec::with_capacity(articles.len());
    for a in articles {
        let name = feed_name(a);
        let n = match last {
            Some((l, n)) if l == name => n,
            _ => *numbers.entry(name).or_insert_with(|| {
                feeds.push(name.to_string());
                number(feeds.len() - 1)
            }),
        };
        last = Some((name, n));
        feed_of.push(n);
    }
    (feed_of, feeds)
}

/// The rank of each text in order (equal texts, equal ranks).
fn ranks<S: AsRef<str>>(folded: &[S]) -> Vec<u32> {
    let folded: Vec<&str> = folded.iter().map(AsRef::as_ref).collect();
    let mut order: Vec<usize> = (0..folded.len()).collect();
    order.sort_by(|&a, &b| folded[a].cmp(folded[b]));
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
    fold_into(s, &mut out);
    out
}

/// `s` folded as the search folds, pushed to `out`.
fn fold_into(s: &str, out: &mut String) {
    for c in s.chars() {
        fold_char(c, Folding::Normal, out);
    }
}

/// What the filter looks in, pushed to `out`: the headline, feed and author, folded, one
/// line each, and a line break after them (no needle holds one: a match stays within one
/// article's text). Returns where the folded headline ends in `out`.
fn push_filter_text(a: &Article, out: &mut String) -> usize {
    fold_into(&a.headline, out);
    let title_end = out.len();
    for part in [a.meta.source.as_deref(), a.meta.author.as_deref()]
        .into_iter()
        .flatten()
    {
        out.push('\n');
        fold_into(part, out);
    }
    out.push('\n');
    title_end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Meta;

    fn art(headline: &str, feed: &str) -> Arc<Article> {
        Arc::new(Article {
            headline: headline.into(),
            meta: Meta {
                source: Some(feed.into()),
                ..Meta::default()
            },
            ..Article::default()
        })
    }

    /// The job's filter texts keep no spare capacity (grown by doubling they held nearly
    /// twice their length), and the headlines' ranks it reads from them are those the title
    /// order makes from the headlines.
    #[test]
    fn the_filter_texts_are_kept_at_their_length() {
        let articles: Vec<Arc<Article>> = (0..2_000)
            .map(|i| art(&format!("خبرٌ {} عن الصّين", 2_000 - i), "مصدر"))
            .collect();
        let order = ListingKeys::order_of(&articles, |_| None, false);
        let keys = order.with_texts(&articles);
        assert_eq!(keys.filter_text(1), "خبر 1999 عن الصين\nمصدر\n");
        assert!(
            keys.filter_texts.capacity() <= keys.filter_texts.len() + 64,
            "{} for {}",
            keys.filter_texts.capacity(),
            keys.filter_texts.len()
        );
        let titled = ListingKeys::order_of(&articles, |_| None, true);
        assert_eq!(keys.title_rank, titled.title_rank);
    }
}
