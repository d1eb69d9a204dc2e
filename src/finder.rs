//! The reader's search session: the prompt being typed, the query in use, its matches per
//! place (headline, each body block, each read-also title) as logical byte ranges, and the
//! current match. No screen text here: the panes turn the ranges into layout style spans.
//!
//! Boundary: the finder reads an [`Article`] and owns only search state; `App::update` drives
//! it. Body blocks are matched lazily: the visible ones first, the rest in time-boxed steps
//! ([`Finder::run`]) from the event loop's idle ticks, each block folded once per mode and
//! cached, so a keystroke on a 10 MB article never waits for the whole count.

use std::ops::Range;
use std::time::Instant;

use crate::article::Article;
use crate::layout::{StyleFlags, StyleSpan};
use crate::search::{Folded, Folding, Query};

mod prompt;
pub use prompt::Prompt;

/// Where matches are counted, in reading order. Quotes repeat body text and are not places.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchPlace {
    Headline,
    Block(usize),
    Link(usize),
}

/// One match: its place and its index among the place's matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub place: MatchPlace,
    pub index: usize,
}

/// What the status line says after a search key that wrapped around: a message id of
/// [`crate::i18n`] (`search wrapped` in English).
pub const WRAPPED: &str = "search-wrapped";

#[derive(Debug, Default)]
pub struct Finder {
    /// The prompt, while `/` is open.
    pub prompt: Option<Prompt>,
    pub mode: Folding,
    /// Why the text is not a query (an invalid regular expression).
    pub error: Option<crate::search::SearchError>,
    /// A one-off remark, as a message id ([`WRAPPED`]).
    pub note: Option<&'static str>,
    /// Confirmed queries of this session, oldest first.
    pub history: Vec<String>,
    pub current: Option<Hit>,
    /// Changes whenever a match or the current match changes (cache keys of the panes).
    pub generation: u64,
    query: Option<Query>,
    headline: Vec<Range<usize>>,
    blocks: Vec<Option<Vec<Range<usize>>>>,
    links: Vec<Option<Vec<Range<usize>>>>,
    /// Folded block texts and read-also titles, for `folded_mode`.
    folded: Vec<Option<Folded>>,
    folded_links: Vec<Option<Folded>>,
    folded_mode: Folding,
    /// Places folded ahead of a search by [`Finder::prefold`], and whether it has sized the
    /// caches for the open article.
    prefolded: usize,
    prefold_sized: bool,
    /// Blocks and titles not matched yet, and matches found so far.
    pending: usize,
    counted: usize,
    /// The scan goes over every place once, from `start` (a place index) and wrapping.
    start: usize,
    scan: usize,
    /// The first match met by the scan becomes the current one.
    want_current: bool,
    /// Blocks matched since [`Finder::take_fresh`].
    fresh: Vec<usize>,
}

impl Finder {
    /// The query in use, if the text makes a non-empty one.
    pub fn query(&self) -> Option<&Query> {
        self.query.as_ref()
    }

    /// True while blocks remain to be matched.
    pub fn busy(&self) -> bool {
        self.query.is_some() && self.pending > 0
    }

    /// Matches found so far; the total once not [`Finder::busy`].
    pub fn counted(&self) -> usize {
        self.counted
    }

    fn places(&self) -> usize {
        1 + self.blocks.len() + self.links.len()
    }

    fn place(&self, g: usize) -> MatchPlace {
        let n = self.blocks.len();
        match g {
            0 => MatchPlace::Headline,
            g if g <= n => MatchPlace::Block(g - 1),
            g => MatchPlace::Link(g - n - 1),
        }
    }

    fn index_of(&self, p: MatchPlace) -> usize {
        match p {
            MatchPlace::Headline => 0,
            MatchPlace::Block(i) => 1 + i,
            MatchPlace::Link(i) => 1 + self.blocks.len() + i,
        }
    }

    /// The matches of a place (empty when not matched yet).
    pub fn matches(&self, p: MatchPlace) -> &[Range<usize>] {
        let m = match p {
            MatchPlace::Headline => Some(&self.headline),
            MatchPlace::Block(i) => self.blocks.get(i).and_then(Option::as_ref),
            MatchPlace::Link(i) => self.links.get(i).and_then(Option::as_ref),
        };
        m.map_or(&[], Vec::as_slice)
    }

    /// The matches of a place as style spans, the current one stronger.
    pub fn spans(&self, p: MatchPlace) -> Vec<StyleSpan> {
        let cur = self.current.filter(|h| h.place == p).map(|h| h.index);
        self.matches(p)
            .iter()
            .enumerate()
            .map(|(k, r)| StyleSpan {
                range: r.clone(),
                style: if Some(k) == cur {
                    StyleFlags::MATCH | StyleFlags::CURRENT_MATCH
                } else {
                    StyleFlags::MATCH
                },
            })
            .collect()
    }

    /// The logical range of the current match.
    pub fn current_range(&self) -> Option<(MatchPlace, Range<usize>)> {
        let h = self.current?;
        Some((h.place, self.matches(h.place).get(h.index)?.clone()))
    }

    /// 1-based number of the current match, once every place before it is matched.
    pub fn ordinal(&self) -> Option<usize> {
        let h = self.current?;
        let before = self.index_of(h.place);
        let mut n = 0;
        for g in 0..before {
            n += match self.place(g) {
                MatchPlace::Headline => self.headline.len(),
                MatchPlace::Block(i) => self.blocks[i].as_ref()?.len(),
                MatchPlace::Link(i) => self.links[i].as_ref()?.len(),
            };
        }
        Some(n + h.index + 1)
    }

    /// Drops the query and its matches (the history and mode stay).
    pub fn clear(&mut self) {
        self.query = None;
        self.error = None;
        self.current = None;
        self.headline.clear();
        self.blocks.clear();
        self.links.clear();
        self.pending = 0;
        self.counted = 0;
        self.fresh.clear();
        self.generation += 1;
    }

    /// Forgets the folded texts: they belong to the article that was open.
    pub fn forget_article(&mut self) {
        self.folded.clear();
        self.folded_links.clear();
        self.prefolded = 0;
        self.prefold_sized = false;
    }

    /// Whether idle time should go to [`Finder::prefold`].
    pub fn prefolding(&self) -> bool {
        !self.prefold_sized
            || self.folded_mode != self.mode
            || self.prefolded < self.folded.len() + self.folded_links.len()
    }

    /// Folds the article's blocks and read-also titles ahead of any search, in the current
    /// mode, until `deadline`, so that the first search of a long article matches folded
    /// text at once. Returns true while some remain.
    pub fn prefold(&mut self, article: &Article, deadline: Instant) -> bool {
        self.size_folds(article);
        self.prefold_sized = true;
        let blocks = self.folded.len();
        while self.prefolded < blocks + self.folded_links.len() {
            if Instant::now() >= deadline {
                return true;
            }
            let i = self.prefolded;
            if i < blocks {
                let text = &article.body[i].inline().text;
                self.folded[i].get_or_insert_with(|| Folded::new(text, self.folded_mode));
            } else {
                let text = &article.read_also[i - blocks].text;
                self.folded_links[i - blocks]
                    .get_or_insert_with(|| Folded::new(text, self.folded_mode));
            }
            self.prefolded += 1;
        }
        false
    }

    /// Makes the fold caches fit `article` in the current mode (emptied on a change).
    fn size_folds(&mut self, article: &Article) {
        if self.folded_mode != self.mode
            || self.folded.len() != article.body.len()
            || self.folded_links.len() != article.read_also.len()
        {
            self.folded = vec![None; article.body.len()];
            self.folded_links = vec![None; article.read_also.len()];
            self.folded_mode = self.mode;
            self.prefolded = 0;
        }
    }

    /// Compiles `text` in the current mode and matches the headline and read-also titles; the
    /// body blocks are left for [`Finder::ensure`] and [`Finder::run`]. The first match from
    /// `start` on becomes current as soon as it is found.
    pub fn set_query(&mut self, article: &Article, text: &str, start: MatchPlace) {
        self.clear();
        self.size_folds(article);
        let query = match Query::new(text, self.mode) {
            Ok(q) if !q.is_empty() => q,
            Ok(_) => return,
            Err(e) => {
                self.error = Some(e);
                return;
            }
        };
        self.headline = query.find_all(&article.headline);
        self.counted = self.headline.len();
        self.blocks = vec![None; article.body.len()];
        self.links = vec![None; article.read_also.len()];
        self.pending = self.blocks.len() + self.links.len();
        self.query = Some(query);
        self.start = self.index_of(start);
        self.scan = 0;
        self.want_current = true;
    }

    /// Matches block `i` if not done yet (folding it once per mode).
    pub fn ensure(&mut self, article: &Article, i: usize) {
        let (Some(query), Some(None)) = (&self.query, self.blocks.get(i)) else {
            return;
        };
        let text = &article.body[i].inline().text;
        let folded = self.folded[i].get_or_insert_with(|| Folded::new(text, self.folded_mode));
        let found = query.find_in(text, folded);
        if !found.is_empty() {
            self.fresh.push(i);
        }
        self.blocks[i] = Some(self.found(found));
    }

    /// Matches read-also title `i` if not done yet.
    pub fn ensure_link(&mut self, article: &Article, i: usize) {
        let (Some(query), Some(None)) = (&self.query, self.links.get(i)) else {
            return;
        };
        let text = &article.read_also[i].text;
        let folded =
            self.folded_links[i].get_or_insert_with(|| Folded::new(text, self.folded_mode));
        let found = query.find_in(text, folded);
        self.links[i] = Some(self.found(found));
    }

    fn found(&mut self, found: Vec<Range<usize>>) -> Vec<Range<usize>> {
        self.counted += found.len();
        self.pending -= 1;
        if !found.is_empty() {
            self.generation += 1;
        }
        found
    }

    fn ensure_place(&mut self, article: &Article, p: MatchPlace) {
        match p {
            MatchPlace::Headline => {}
            MatchPlace::Block(i) => self.ensure(article, i),
            MatchPlace::Link(i) => self.ensure_link(article, i),
        }
    }

    fn is_done(&self, p: MatchPlace) -> bool {
        match p {
            MatchPlace::Headline => true,
            MatchPlace::Block(i) => self.blocks.get(i).is_some_and(Option::is_some),
            MatchPlace::Link(i) => self.links.get(i).is_some_and(Option::is_some),
        }
    }

    /// Blocks with matches found since the last call.
    pub fn take_fresh(&mut self) -> Vec<usize> {
        std::mem::take(&mut self.fresh)
    }

    /// Scans places from the start until `deadline` (or the end), matching blocks and picking
    /// the current match. Returns true when it picked one.
    pub fn run(&mut self, article: &Article, deadline: Instant) -> bool {
        let total = self.places();
        let mut picked = false;
        while self.query.is_some() && self.scan < total {
            let p = self.place((self.start + self.scan) % total);
            if !self.is_done(p) {
                if Instant::now() >= deadline {
                    break;
                }
                self.ensure_place(article, p);
            }
            if self.want_current && !self.matches(p).is_empty() {
                self.current = Some(Hit { place: p, index: 0 });
                self.want_current = false;
                self.generation += 1;
                picked = true;
            }
            self.scan += 1;
        }
        picked
    }

    /// Moves to the next (or previous) match in reading order, wrapping around with a note.
    /// Blocks on the way are matched as needed. Returns the new current match.
    pub fn step(&mut self, article: &Article, forward: bool) -> Option<Hit> {
        self.query.as_ref()?;
        self.note = None;
        let total = self.places();
        let (mut g, mut index) = match self.current {
            Some(h) => (self.index_of(h.place), Some(h.index)),
            None => ((self.start + total - usize::from(!forward)) % total, None),
        };
        for _ in 0..=total {
            self.ensure_place(article, self.place(g));
            let len = self.matches(self.place(g)).len();
            let next = match (index, forward) {
                (Some(k), true) => (k + 1 < len).then_some(k + 1),
                (Some(k), false) => k.checked_sub(1),
                (None, true) => (len > 0).then_some(0),
                (None, false) => len.checked_sub(1),
            };
            if let Some(k) = next {
                self.current = Some(Hit {
                    place: self.place(g),
                    index: k,
                });
                self.want_current = false;
                self.generation += 1;
                return self.current;
            }
            index = None;
            g = match forward {
                true if g + 1 == total => {
                    self.note = Some(WRAPPED);
                    0
                }
                true => g + 1,
                false if g == 0 => {
                    self.note = Some(WRAPPED);
                    total - 1
                }
                false => g - 1,
            };
        }
        None
    }

    /// Switches to the next folding mode (the folded texts are made again when needed).
    pub fn toggle_mode(&mut self) {
        self.mode = self.mode.next();
    }
}
