//! [`LibraryView`]: the library pane's own state, owned by the app and drawn from a borrowed
//! `&LibraryView` (`ui/library.rs`): the filter typed, unread only, the order, the headings,
//! the rows they give, the selection and the scroll, a question waiting for its answer (mark
//! all read?), the results of a search of everything.
//!
//! Invariants, kept by the methods (the fields are private): the rows are those of the
//! library as the filter, unread-only and order give them ([`rows`]); the selection is
//! always on an item's row (never a heading) when there is one, and on screen after every
//! move ([`LibraryView::keep_visible`]); after the rows change, the selection stays on the
//! same article when it is still listed, else on the nearest row.

mod cache;
mod results;
mod rows;

use std::sync::Arc;

pub use rows::{Row, Source};

use crate::library::listing_keys::ListingKeys;

use crate::library::prefs::{Prefs, Sort};

/// Screen rows an item's entry takes (headline, then feed and date).
pub const ITEM_ROWS: usize = crate::frame::LIBRARY_ROWS;
/// Screen rows a result of a search of everything takes (headline; feed and date; the
/// matching line).
pub const RESULT_ROWS: usize = 3;

/// Articles up to which the pane makes all their keys itself (about 4 ms); a bigger library
/// has the filter texts made by a background job ([`LibraryView::keys_wanted`]), the order
/// and headings here.
pub const INLINE_KEYS: usize = 5_000;

/// What the library's prompt edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    /// The filter: the rows follow as the person types.
    Filter,
    /// A search of every article, run when the person presses Enter.
    Search,
}

/// A bulk change waiting for the person's word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// The feed whose items it marks; `None`: every item.
    pub feed: Option<String>,
    /// The articles it marks read (the unread ones only).
    pub items: Vec<usize>,
}

/// One result of a search of everything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// The article's index in the library.
    pub index: usize,
    /// The matching line (a place of the article) and the match's range in it.
    pub line: String,
    pub range: std::ops::Range<usize>,
}

/// The results of a search of everything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Results {
    pub query: String,
    pub hits: Vec<Hit>,
    /// The selected hit and the first hit shown.
    pub selected: usize,
    pub offset: usize,
    /// Whether the search still runs.
    pub running: bool,
    /// While it waits for the index of a library of files to be built: the articles indexed.
    pub indexing: Option<usize>,
}

#[derive(Debug, Clone, Default)]
pub struct LibraryView {
    prefs: Prefs,
    /// The filter in use (folded when compared).
    filter: String,
    /// The prompt open, and its text.
    prompt: Option<(PromptKind, String)>,
    rows: Vec<Row>,
    /// Index into `rows`: an item's row, or 0 when there is none.
    selected: usize,
    /// The first row shown.
    offset: usize,
    question: Option<Question>,
    results: Option<Results>,
    /// Sort and filter keys of the articles, made once per listing ([`ListingKeys`]).
    keys: Option<Arc<ListingKeys>>,
    /// The order and the filter's last matches, made from `keys`.
    cache: cache::Cache,
    /// The listing the keys are for: counts the times the articles were listed again.
    generation: u64,
}

impl LibraryView {
    /// A view with the chosen `prefs` (from the state file, [`crate::library::prefs`]).
    pub fn new(prefs: Prefs) -> LibraryView {
        LibraryView {
            prefs,
            ..LibraryView::default()
        }
    }

    pub fn prefs(&self) -> Prefs {
        self.prefs
    }

    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// The selected row's index in [`LibraryView::rows`].
    pub fn selected_row(&self) -> usize {
        self.selected
    }

    /// The first row shown.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The article of the selected row, if any row is listed.
    pub fn selected(&self) -> Option<usize> {
        match self.rows.get(self.selected) {
            Some(Row::Item(i)) => Some(*i),
            _ => None,
        }
    }

    pub fn filter(&self) -> &str {
        &self.filter
    }

    pub fn prompt(&self) -> Option<(PromptKind, &str)> {
        self.prompt.as_ref().map(|(k, t)| (*k, t.as_str()))
    }

    pub fn question(&self) -> Option<&Question> {
        self.question.as_ref()
    }

    pub fn results(&self) -> Option<&Results> {
        self.results.as_ref()
    }

    /// The rows made again from `src` (after a change of filter, order or marks), the
    /// selection kept on the same article when it is still listed.
    pub fn refresh(&mut self, src: &Source<'_>) {
        let was = self.selected();
        let keys = self.make_keys(src);
        // Until a big library's filter texts come, the filter waits ([`Self::filter_waits`]).
        let filter = if keys.has_texts() { &self.filter } else { "" };
        self.rows = rows::rows(src, &self.prefs, filter, &keys, &mut self.cache);
        let at = was.and_then(|a| self.rows.iter().position(|r| *r == Row::Item(a)));
        self.selected = at.unwrap_or(self.selected);
        self.settle(1);
    }

    /// The articles changed (listed again from the store): keys made again, and the results
    /// of a search dropped (their indices named the old listing).
    pub fn relisted(&mut self, src: &Source<'_>) {
        self.results = None;
        self.articles_changed(src);
    }

    /// An article changed in place (a full article for its summary): keys made again.
    pub fn articles_changed(&mut self, src: &Source<'_>) {
        self.keys = None;
        self.cache.clear();
        self.generation += 1;
        self.refresh(src);
    }

    /// The keys of `src` the rows need, made here when missing: all of them for a small
    /// library; for a big one those of the order and the headings (no text folded: its
    /// filter texts come from a job), and the headlines' ranks when the title order is chosen.
    fn make_keys(&mut self, src: &Source<'_>) -> Arc<ListingKeys> {
        let n = src.articles.len();
        let titles = self.prefs.sort == Sort::Title;
        match self.keys.as_mut().filter(|k| k.len == n) {
            Some(k) if titles && !k.has_title_ranks() => {
                Arc::make_mut(k).add_title_ranks(src.articles);
                self.cache.clear();
            }
            Some(_) => {}
            None => {
                let order = ListingKeys::order_of(src.articles, |i| src.date(i), titles);
                let keys = if n <= INLINE_KEYS {
                    order.with_texts(src.articles)
                } else {
                    order
                };
                self.keys = Some(Arc::new(keys));
                self.cache.clear();
            }
        }
        self.keys.clone().unwrap_or_default()
    }

    /// When a filter is typed that waits for a big library's filter texts: the articles
    /// whose texts are being made (the rows are every article meanwhile; it applies when
    /// they come).
    pub fn filter_waits(&self) -> Option<usize> {
        let keys = self.keys.as_ref().filter(|k| !k.has_texts())?;
        (!self.filter.trim().is_empty()).then_some(keys.len)
    }

    /// The keys of the order a background job is to complete with the filter texts
    /// ([`crate::jobs::Job::ListingKeys`], for listing [`LibraryView::generation`]): made
    /// here when missing (cheap: no text folded); `None` when nothing waits.
    pub fn keys_wanted(&mut self, src: &Source<'_>) -> Option<Arc<ListingKeys>> {
        let n = src.articles.len();
        if n <= INLINE_KEYS
            || self
                .keys
                .as_ref()
                .is_some_and(|k| k.len == n && k.has_texts())
        {
            return None;
        }
        Some(self.make_keys(src))
    }

    /// The listing the keys are for (see [`LibraryView::take_keys`]).
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The keys made by a job for listing `generation`: taken when it is still the one
    /// listed, and the rows made again.
    pub fn take_keys(&mut self, keys: Arc<ListingKeys>, generation: u64, src: &Source<'_>) {
        if generation == self.generation && keys.len == src.articles.len() {
            self.keys = Some(keys);
            self.cache.clear();
            self.refresh(src);
        }
    }

    /// Filter texts compared so far (the tests count them: a longer needle scans only the
    /// matches of the shorter one).
    pub fn compared(&self) -> usize {
        self.cache.compared()
    }

    /// Selects article `i` when it is listed.
    pub fn select_article(&mut self, i: usize) {
        if let Some(at) = self.rows.iter().position(|r| *r == Row::Item(i)) {
            self.selected = at;
        }
    }

    /// Moves the selection by `delta` items (headings skipped; `isize::MIN`/`MAX`: to an end).
    pub fn step(&mut self, delta: isize) {
        if let Some(r) = self.results.as_mut() {
            let max = r.hits.len().saturating_sub(1);
            r.selected = r.selected.saturating_add_signed(delta).min(max);
            return;
        }
        // A walk of |delta| items from the selection (the ends for MIN and MAX), headings
        // passed over: a step costs the rows it passes, not the whole list.
        let is_item = |r: &usize| matches!(self.rows[*r], Row::Item(_));
        let n = self.rows.len();
        let found = match delta {
            isize::MIN => (0..n).find(is_item),
            isize::MAX => (0..n).rev().find(is_item),
            d if d >= 0 => (self.selected + 1..n)
                .filter(is_item)
                .take(d.unsigned_abs())
                .last(),
            d => (0..self.selected)
                .rev()
                .filter(is_item)
                .take(d.unsigned_abs())
                .last(),
        };
        if let Some(r) = found {
            self.selected = r;
        }
    }

    /// Scrolls so that the selection (and the heading just above it) shows in `lines`
    /// screen rows.
    pub fn keep_visible(&mut self, lines: usize) {
        if let Some(r) = self.results.as_mut() {
            let fit = (lines / RESULT_ROWS).max(1);
            r.offset = r.offset.min(r.selected);
            if r.selected >= r.offset + fit {
                r.offset = r.selected + 1 - fit;
            }
            return;
        }
        let top = match self.selected.checked_sub(1).map(|r| &self.rows[r]) {
            Some(Row::Heading { .. }) => self.selected - 1,
            _ => self.selected,
        };
        self.offset = self.offset.min(top);
        // Every row takes a line at least: start at most `lines` rows above, so the walk
        // below is short whatever the jump (`G` in 100,000 items).
        self.offset = self.offset.max(self.selected.saturating_sub(lines));
        while self.offset < self.selected && self.height(self.offset..=self.selected) > lines {
            self.offset += 1;
        }
    }

    fn height(&self, range: std::ops::RangeInclusive<usize>) -> usize {
        self.rows[range].iter().map(Row::height).sum()
    }

    /// The selection put on an item's row, looking `dir` first (then the other way).
    fn settle(&mut self, dir: isize) {
        let n = self.rows.len();
        self.selected = self.selected.min(n.saturating_sub(1));
        if n == 0 || matches!(self.rows[self.selected], Row::Item(_)) {
            return;
        }
        let fwd = (self.selected..n).find(|&r| matches!(self.rows[r], Row::Item(_)));
        let back = (0..self.selected)
            .rev()
            .find(|&r| matches!(self.rows[r], Row::Item(_)));
        let found = if dir >= 0 { fwd.or(back) } else { back.or(fwd) };
        self.selected = found.unwrap_or(0);
    }

    /// Unread only, on or off.
    pub fn toggle_unread_only(&mut self, src: &Source<'_>) {
        self.prefs.unread_only = !self.prefs.unread_only;
        self.refresh(src);
    }

    /// The next order.
    pub fn next_sort(&mut self, src: &Source<'_>) -> Sort {
        self.prefs.sort = self.prefs.sort.next();
        self.refresh(src);
        self.prefs.sort
    }

    /// Headings, on or off.
    pub fn toggle_groups(&mut self, src: &Source<'_>) {
        self.prefs.grouped = !self.prefs.grouped;
        self.refresh(src);
    }

    /// Opens the prompt of `kind`, starting from the filter in use (or the last query).
    pub fn open_prompt(&mut self, kind: PromptKind) {
        let text = match kind {
            PromptKind::Filter => Some(self.filter.clone()),
            PromptKind::Search => self.results.as_ref().map(|r| r.query.clone()),
        }
        .unwrap_or_default();
        self.prompt = Some((kind, text));
    }

    /// The prompt's text changed to `text`: a filter applies at once.
    pub fn edit_prompt(&mut self, text: String, src: &Source<'_>) {
        let Some((kind, t)) = self.prompt.as_mut() else {
            return;
        };
        *t = text;
        if *kind == PromptKind::Filter {
            self.filter = t.clone();
            self.refresh(src);
        }
    }

    /// Closes the prompt; returns its kind and text (`keep`: Enter, else Esc, which drops a
    /// filter being typed).
    pub fn close_prompt(&mut self, keep: bool, src: &Source<'_>) -> Option<(PromptKind, String)> {
        let (kind, text) = self.prompt.take()?;
        if !keep && kind == PromptKind::Filter {
            self.filter.clear();
            self.refresh(src);
        }
        Some((kind, text))
    }

    /// Esc with a filter in use: every row again.
    pub fn clear_filter(&mut self, src: &Source<'_>) {
        self.filter.clear();
        self.refresh(src);
    }

    /// Asks before marking `items` (the unread ones of `feed`, or of all) read.
    pub fn ask(&mut self, question: Question) {
        self.question = Some(question);
    }

    /// The answer came: the question, if one waited.
    pub fn answer(&mut self) -> Option<Question> {
        self.question.take()
    }
}

#[cfg(test)]
mod tests;
