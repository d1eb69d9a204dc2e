//! The library pane's order and the filter's matches, kept between keys: every article in
//! the order chosen (made once per order and listing), and the articles whose filter text
//! holds a needle, for the last few needles typed.
//!
//! Rule: a needle's matches are found among those of a cached needle it **contains** (any
//! text holding the longer needle holds the shorter one), else among every article; so
//! typing a letter scans the previous matches, Backspace finds the shorter needle cached,
//! and an edit in the middle (which makes a needle that contains none of the cached ones)
//! scans everything again. Matches stay in the order, so no key sorts. Under "unread first"
//! the order is the date order (the unread ones are put first after the filter, since a
//! mark changes them).

use crate::library::listing_keys::ListingKeys;
use crate::library::prefs::Sort;

/// Needles whose matches are kept.
const KEPT: usize = 16;

#[derive(Debug, Clone, Default)]
pub struct Cache {
    /// The order the lists below are in, and every article in it.
    order: Option<(Sort, Vec<u32>)>,
    /// Needles (folded) and their matches in that order, the last used last.
    found: Vec<(String, Vec<u32>)>,
    /// Articles whose filter text was compared (what the tests count).
    compared: usize,
}

impl Cache {
    /// Forgets everything (the keys changed).
    pub fn clear(&mut self) {
        *self = Cache {
            compared: self.compared,
            ..Cache::default()
        };
    }

    /// Filter texts compared so far.
    pub fn compared(&self) -> usize {
        self.compared
    }

    /// Every article whose filter text holds `needle` (folded; empty: every article), in
    /// the order of `sort`.
    pub fn matching(&mut self, keys: &ListingKeys, sort: Sort, needle: &str) -> &[u32] {
        let base = match sort {
            Sort::UnreadFirst => Sort::Date,
            s => s,
        };
        if self.order.as_ref().is_none_or(|(s, _)| *s != base) {
            self.order = Some((base, order(keys, base)));
            self.found.clear();
        }
        let all = self.order.as_ref().map_or(&[][..], |(_, o)| o.as_slice());
        if needle.is_empty() {
            return all;
        }
        let at = match self.found.iter().position(|(n, _)| n == needle) {
            Some(at) => at,
            None => {
                let from = self
                    .found
                    .iter()
                    .filter(|(n, _)| needle.contains(n.as_str()))
                    .max_by_key(|(n, _)| n.len())
                    .map_or(all, |(_, m)| m.as_slice());
                self.compared += from.len();
                let finder = memchr::memmem::Finder::new(needle.as_bytes());
                let text = |i: u32| keys.filter_text(i as usize);
                let m: Vec<u32> = from
                    .iter()
                    .copied()
                    .filter(|&i| finder.find(text(i).as_bytes()).is_some())
                    .collect();
                if self.found.len() == KEPT {
                    self.found.remove(0);
                }
                self.found.push((needle.to_string(), m));
                self.found.len() - 1
            }
        };
        // The last used last: the first dropped is the longest unused.
        let entry = self.found.remove(at);
        self.found.push(entry);
        self.found.last().map_or(&[][..], |(_, m)| m.as_slice())
    }
}

/// Every article in the order of `by` (stable: equal keys keep the library's order).
fn order(keys: &ListingKeys, by: Sort) -> Vec<u32> {
    let rank = |v: &[u32], i: u32| v.get(i as usize).copied().unwrap_or(u32::MAX);
    let mut o = keys.by_date.clone();
    match by {
        Sort::Date | Sort::UnreadFirst => {}
        // Date order, then stably by feed: each feed's items newest first.
        Sort::Feed => o.sort_by_key(|&i| {
            let f = keys.feed_of.get(i as usize).copied().unwrap_or(u32::MAX);
            rank(&keys.feed_rank, f)
        }),
        Sort::Title => {
            o = (0..keys.len).map(|i| i as u32).collect();
            o.sort_by_key(|&i| rank(&keys.title_rank, i));
        }
    }
    o
}

#[cfg(test)]
mod tests;
