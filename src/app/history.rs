//! Back and forward through the articles read, as a browser does: every change of article
//! (a followed link, J/K, the library pane) records where the reader was — the scroll
//! position, the focused link and pane, the list selections — and Backspace (Alt-←) / Alt-→
//! bring an article back exactly as it was left.

use super::{App, ListState, Pane};
use crate::pager::Anchor;
use crate::store::shelf::StoreOp;

/// Where the reader was in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visit {
    pub article: usize,
    pub top: Anchor,
    /// The body width `top` was taken at, and the text offset of its top row, to find the same
    /// text again after a resize.
    pub width: usize,
    pub offset: Option<usize>,
    pub link_focus: Option<usize>,
    pub focus: Pane,
    pub quote_list: ListState,
    pub link_list: ListState,
}

/// The articles before and after the one on screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    back: Vec<Visit>,
    forward: Vec<Visit>,
}

/// Visits kept at most each way.
const MAX_VISITS: usize = 1000;

impl History {
    /// `(position, total)` counting the article on screen: `(2, 3)` after following two links
    /// and going back once. `None` before any move.
    pub fn position(&self) -> Option<(usize, usize)> {
        let at = self.back.len() + 1;
        let total = at + self.forward.len();
        (total > 1).then_some((at, total))
    }

    fn push(&mut self, v: Visit) {
        if self.back.len() >= MAX_VISITS {
            self.back.remove(0);
        }
        self.back.push(v);
        self.forward.clear();
    }
}

impl App {
    /// The reader's place in the article on screen.
    fn visit(&self) -> Visit {
        let top = self.view.pager.top();
        let offset = self
            .view
            .pager
            .layout(top.block)
            .and_then(|l| l.lines.get(top.row))
            .map(|l| l.logical.start);
        Visit {
            article: self.current,
            top,
            width: self.view.pager.width(),
            offset,
            link_focus: self.view.link_focus,
            focus: self.focus,
            quote_list: self.view.quote_list,
            link_list: self.view.link_list,
        }
    }

    /// Opens article `i` from its top, remembering where the reader was.
    pub(super) fn navigate(&mut self, i: usize) {
        if i >= self.library.articles.len() {
            return;
        }
        let here = self.visit();
        self.history.push(here);
        self.open(i);
    }

    /// Backspace / Alt-←.
    pub(super) fn go_back(&mut self) {
        let Some(v) = self.history.back.pop() else {
            self.tell("status-no-earlier", &[]);
            return;
        };
        let here = self.visit();
        self.history.forward.push(here);
        self.revisit(v);
    }

    /// Alt-→.
    pub(super) fn go_forward(&mut self) {
        let Some(v) = self.history.forward.pop() else {
            self.tell("status-no-later", &[]);
            return;
        };
        let here = self.visit();
        self.history.back.push(here);
        self.revisit(v);
    }

    /// Shows a visited article as it was left.
    fn revisit(&mut self, v: Visit) {
        if v.article >= self.library.articles.len() {
            return;
        }
        self.open(v.article);
        let waits =
            |op: &StoreOp| matches!(op, StoreOp::LoadBody { index, .. } if *index == v.article);
        if self.store_ops.iter().any(waits) {
            // The body comes from the store first (the loop reads it): restored then.
            self.revisit_after_body = Some(v);
            return;
        }
        self.restore_visit(v);
    }

    /// Puts the reader back where visit `v` left the open article.
    pub(super) fn restore_visit(&mut self, v: Visit) {
        let body = &self.library.articles[self.current].body;
        match v.offset {
            Some(offset) if v.width != self.view.pager.width() => {
                self.view.pager.show(body, v.top.block, offset)
            }
            _ => self.view.pager.restore(body, v.top),
        }
        self.view.link_focus = v.link_focus.filter(|&i| i < self.view.stops.len());
        let areas = self.areas();
        let len = self.view.quotes.len();
        self.view.quote_list = v.quote_list;
        self.view.quote_list.step(0, len, areas.quote_capacity());
        let len = self.article().read_also.len();
        self.view.link_list = v.link_list;
        self.view.link_list.step(0, len, areas.link_capacity());
        self.focus = if areas.is_visible(v.focus) {
            v.focus
        } else {
            Pane::Body
        };
    }
}
