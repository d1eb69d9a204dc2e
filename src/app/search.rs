//! The search keys of [`App`]: the prompt (typing searches as you go), `n`/`N`, Esc, and the
//! idle [`App::tick`] that matches the rest of a long body. Matches reach the body as style
//! spans given to the pager's layouts ([`Pager::mark`](crate::pager::Pager::mark)), so they land
//! on the right cells after reordering and shaping.
//!
//! Responsiveness: a keystroke matches the blocks on screen, then spends at most
//! [`KEY_BUDGET`] on the blocks that follow; the event loop calls [`App::tick`] while
//! [`App::busy`], [`TICK_BUDGET`] at a time, between key events, until the count is complete.

use std::time::{Duration, Instant};

use super::{App, Effect};
use crate::finder::{MatchPlace, Prompt};
use crate::keymap::Action;
use crate::pager::Anchor;

/// Time a keystroke spends matching beyond the visible blocks.
pub const KEY_BUDGET: Duration = Duration::from_millis(3);
/// Time one idle tick spends matching the rest of the body.
pub const TICK_BUDGET: Duration = Duration::from_millis(5);

impl App {
    /// `/`: an empty prompt; the previous query's highlights go.
    pub(super) fn open_prompt(&mut self) {
        self.view.search_from = self.view.pager.top();
        self.clear_search();
        self.finder.prompt = Some(Prompt::default());
    }

    /// Searches `text` from the top of the open article, as if typed at `/` and kept with
    /// Enter: its first match shown and highlighted, `n`/`N` going on (a result of the
    /// library's search opened).
    pub(super) fn search_for(&mut self, text: &str) {
        self.open_prompt();
        if let Some(p) = self.finder.prompt.as_mut() {
            p.text = text.to_string();
        }
        self.search_again();
        self.finder.prompt = None;
        self.finder.remember(text);
    }

    /// A key while the prompt is open.
    pub(super) fn update_prompt(&mut self, action: Action) -> Option<Effect> {
        let p = self.finder.prompt.as_mut()?;
        match action {
            Action::Input(c) => {
                p.text.push(c);
                p.history_at = None;
            }
            Action::DeleteBack => {
                super::delete_back(&mut p.text);
            }
            Action::ClearQuery => p.text.clear(),
            Action::HistoryPrev | Action::HistoryNext => {
                if !self.finder.walk_history(action == Action::HistoryPrev) {
                    return None;
                }
            }
            Action::SearchMode => self.finder.toggle_mode(),
            Action::SearchConfirm => {
                let text = std::mem::take(&mut p.text);
                self.finder.prompt = None;
                self.finder.remember(&text);
                return None;
            }
            Action::SearchCancel => {
                self.finder.prompt = None;
                self.clear_search();
                let body = &self.library.articles[self.current].body;
                self.view.pager.restore(body, self.view.search_from);
                return None;
            }
            _ => return None,
        }
        self.search_again();
        None
    }

    /// Searches the prompt's text from where the body was before `/`: the blocks on screen
    /// first, then as much of the rest as [`KEY_BUDGET`] allows.
    fn search_again(&mut self) {
        let Some(text) = self.finder.prompt.as_ref().map(|p| p.text.clone()) else {
            return;
        };
        let start = if self.view.search_from == Anchor::default() {
            MatchPlace::Headline
        } else {
            MatchPlace::Block(self.view.search_from.block)
        };
        let article = &self.library.articles[self.current];
        self.view.pager.unmark_all();
        self.view
            .pager
            .restore(&article.body, self.view.search_from);
        self.finder.set_query(article, &text, start);
        let mut shown: Vec<usize> = self.view.pager.visible().map(|(b, _)| b).collect();
        shown.dedup();
        for b in shown {
            self.finder.ensure(article, b);
        }
        let links =
            self.view.link_list.offset..self.view.link_list.offset + self.areas().link_capacity();
        for i in links {
            self.finder.ensure_link(article, i);
        }
        self.finder.run(article, Instant::now() + KEY_BUDGET);
        self.mark_matches(&[]);
        self.reveal_current();
    }

    /// `n` / `N`.
    pub(super) fn next_match(&mut self, forward: bool) {
        let old = self.finder.current.map(|h| h.place);
        let article = &self.library.articles[self.current];
        if self.finder.step(article, forward).is_none() {
            return;
        }
        let new = self.finder.current.map(|h| h.place);
        let moved: Vec<usize> = [old, new]
            .into_iter()
            .filter_map(|p| match p {
                Some(MatchPlace::Block(b)) => Some(b),
                _ => None,
            })
            .collect();
        self.mark_matches(&moved);
        self.reveal_current();
    }

    /// Esc after a search, or a new `/`: no query, no highlights.
    pub(super) fn clear_search(&mut self) {
        self.finder.clear();
        self.view.pager.unmark_all();
        let body = &self.library.articles[self.current].body;
        self.view.pager.refresh(body);
    }

    /// Gives the pager the spans of the blocks matched since the last call and of `also`, for
    /// the blocks it has laid out: the others get theirs when they come on screen
    /// ([`App::mark_visible`]), so a keystroke costs the same however many blocks match.
    fn mark_matches(&mut self, also: &[usize]) {
        let mut blocks = self.finder.take_fresh();
        blocks.extend_from_slice(also);
        for b in blocks {
            if self.view.pager.layout(b).is_some() {
                self.view
                    .pager
                    .mark(b, self.finder.spans(MatchPlace::Block(b)));
            }
        }
        let body = &self.library.articles[self.current].body;
        self.view.pager.refresh(body);
    }

    /// Marks the blocks on screen that were laid out before their matches reached the pager
    /// (after a scroll or a resize). Cheap when nothing changed.
    pub(super) fn mark_visible(&mut self) {
        if self.finder.query().is_none() {
            return;
        }
        let mut shown: Vec<usize> = self.view.pager.visible().map(|(b, _)| b).collect();
        shown.dedup();
        let mut changed = false;
        for b in shown {
            let spans = self.finder.spans(MatchPlace::Block(b));
            changed |= self.view.pager.mark(b, spans);
        }
        if changed {
            let body = &self.library.articles[self.current].body;
            self.view.pager.refresh(body);
        }
    }

    /// Scrolls the body so that the current match (if in the body) is on screen.
    fn reveal_current(&mut self) {
        if let Some((MatchPlace::Block(b), r)) = self.finder.current_range() {
            let body = &self.library.articles[self.current].body;
            self.view.pager.reveal(body, b, r.start);
        }
    }

    /// True while a search still has blocks to match, or the open article is not folded for
    /// searching yet: the event loop should [`App::tick`].
    pub fn busy(&self) -> bool {
        self.finder.busy() || self.finder.prefolding()
    }

    /// Idle work: more of the search for [`TICK_BUDGET`]; returns true when something may
    /// have changed on screen.
    pub fn tick(&mut self) -> bool {
        let article = &self.library.articles[self.current];
        if !self.finder.busy() {
            // No search to finish: fold ahead for the next one (nothing changes on screen).
            if self.finder.prefolding() {
                self.finder.prefold(article, Instant::now() + TICK_BUDGET);
            }
            return false;
        }
        let picked = self.finder.run(article, Instant::now() + TICK_BUDGET);
        self.mark_matches(&[]);
        if picked {
            self.reveal_current();
        }
        self.refresh_chrome();
        true
    }

    /// Runs [`App::tick`] until the count is complete (tests, `dump`-like callers).
    pub fn finish_search(&mut self) {
        while self.finder.busy() && self.tick() {}
    }
}
