//! Moving within the panes: a step or a page of the focused pane, the mouse wheel over any
//! pane, Tab between the panes shown, the library pane's toggle, and Enter and Esc. Geometry comes from
//! [`crate::frame::Areas`]; every move keeps its list's selection on screen.

use super::{App, Effect, Pane};
use crate::i18n::Arg;
use crate::keymap::Action;

impl App {
    /// Rows (or entries) of a page of the focused pane, divided by `div`, with a sign.
    pub(super) fn page(&self, sign: isize, div: usize) -> isize {
        let areas = self.areas();
        let n = match self.focus {
            Pane::Body => usize::from(areas.body.height).saturating_sub(1),
            Pane::Quotes => areas.quote_capacity(),
            Pane::Links => areas.link_capacity(),
            Pane::Library => areas.library_capacity(),
        };
        sign * isize::try_from((n / div).max(1)).unwrap_or(1)
    }
    /// Moves the focused pane by `delta` rows or entries (`isize::MIN`/`MAX`: to an end).
    pub(super) fn step(&mut self, delta: isize) {
        self.step_pane(self.focus, delta);
    }
    fn step_pane(&mut self, pane: Pane, delta: isize) {
        let areas = self.areas();
        let body = &self.library.articles[self.current].body;
        match pane {
            Pane::Body => match delta {
                isize::MIN => self.view.pager.to_top(body),
                isize::MAX => self.view.pager.to_end(body),
                d => self.view.pager.scroll(body, d),
            },
            Pane::Quotes => {
                let len = self.view.quotes.len();
                self.view
                    .quote_list
                    .step(delta, len, areas.quote_capacity());
            }
            Pane::Links => {
                let len = self.article().read_also.len();
                self.view.link_list.step(delta, len, areas.link_capacity());
                // The selected entry is the focused link.
                self.view.link_focus = self.read_also_stop(self.view.link_list.selected);
            }
            Pane::Library => {
                self.library_view.step(delta);
                self.library_view.keep_visible(super::library_lines(&areas));
            }
        }
    }
    pub(super) fn toggle_library(&mut self) {
        self.show_library = !self.show_library;
        if self.show_library {
            self.library_view.relisted(&super::library_keys::source(
                &self.library,
                self.shelf.as_ref(),
                self.current,
            ));
            self.library_view.select_article(self.current);
            self.focus = Pane::Library;
        } else if self.focus == Pane::Library {
            self.focus = Pane::Body;
        }
        self.relayout();
    }
    pub(super) fn cycle_focus(&mut self, dir: isize) {
        let areas = self.areas();
        let order = [Pane::Body, Pane::Quotes, Pane::Links, Pane::Library];
        let shown: Vec<Pane> = order.into_iter().filter(|p| areas.is_visible(*p)).collect();
        let at = shown.iter().position(|p| *p == self.focus).unwrap_or(0);
        let n = shown.len().max(1);
        let next = (at + n).saturating_add_signed(dir) % n;
        self.focus = shown.get(next).copied().unwrap_or(Pane::Body);
    }
    pub(super) fn wheel(&mut self, column: u16, row: u16, down: bool) {
        let areas = self.areas();
        let Some(pane) = areas.pane_at(column, row) else {
            return;
        };
        let delta = match (pane, down) {
            (Pane::Body, true) => 3,
            (Pane::Body, false) => -3,
            (_, true) => 1,
            (_, false) => -1,
        };
        self.step_pane(pane, delta);
    }

    /// Esc: cancels a load, else closes the library pane, else clears the search, else drops
    /// the link focus.
    pub(super) fn close(&mut self) {
        if let Some(l) = self.loading.take() {
            self.tell("status-cancelled", &[("what", Arg::Text(&l.what))]);
        } else if self.show_library {
            self.toggle_library();
        } else if self.finder.query().is_some() || self.finder.error.is_some() {
            self.clear_search();
        } else {
            self.view.link_focus = None;
        }
    }

    /// Enter: follow the focused link, jump to the selected quote, open the selected read-also
    /// link or library article.
    pub(super) fn activate(&mut self) -> Option<Effect> {
        match self.focus {
            Pane::Body => match self.view.link_focus {
                Some(i) => self.follow(i),
                None if self.article().meta.summary_only => self.load_full_article(),
                None => {
                    let tab = self.keymap.say(Action::NextLink);
                    self.tell("status-no-link-focused", &[("tab", Arg::Text(&tab))]);
                    None
                }
            },
            Pane::Quotes => {
                let q = self.view.quotes.get(self.view.quote_list.selected)?.clone();
                let body = &self.library.articles[self.current].body;
                self.view.pager.show(body, q.block, q.range.start);
                self.view.marked_quote = Some(self.view.quote_list.selected);
                None
            }
            Pane::Links => {
                let i = self.read_also_stop(self.view.link_list.selected)?;
                self.follow(i)
            }
            Pane::Library => self.open_selected(),
        }
    }
}
