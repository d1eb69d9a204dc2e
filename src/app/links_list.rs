//! The links list (`u`): every link of the article with its text and target, as newsboat's
//! and w3m's link lists show them. Typing filters the list (folded like the search: a filter
//! matches the link's text or its target); Enter follows the selected link, Esc closes.

use super::{App, Effect, ListState, Overlay};
use crate::keymap::Action;
use crate::search::{Folding, Query};

/// The overlay's state: the filter, the links it lets through (stop indices) and the selection
/// among them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinksList {
    pub filter: String,
    pub shown: Vec<usize>,
    pub list: ListState,
}

impl LinksList {
    /// The stop index of the selected entry.
    pub fn selected(&self) -> Option<usize> {
        self.shown.get(self.list.selected).copied()
    }
}

impl App {
    /// `u`: opens the list with every link, the focused one selected.
    pub(super) fn open_links_list(&mut self) {
        if self.view.stops.is_empty() {
            self.tell("status-no-links", &[]);
            return;
        }
        let mut l = LinksList {
            shown: (0..self.view.stops.len()).collect(),
            ..LinksList::default()
        };
        l.list.selected = self.view.link_focus.unwrap_or(0);
        self.overlay = Some(Overlay::Links(l));
        self.fit_links_list(0);
    }

    fn links_list_mut(&mut self) -> Option<&mut LinksList> {
        match &mut self.overlay {
            Some(Overlay::Links(l)) => Some(l),
            _ => None,
        }
    }

    /// Entries the overlay shows at once at the current size.
    pub fn links_list_capacity(&self) -> usize {
        crate::frame::links_list_capacity(self.size)
    }

    /// Moves the selection by `delta` and keeps it on screen.
    pub(super) fn fit_links_list(&mut self, delta: isize) {
        let cap = self.links_list_capacity();
        if let Some(l) = self.links_list_mut() {
            let len = l.shown.len();
            l.list.step(delta, len, cap);
        }
    }

    /// The links the filter lets through: folded matching on the text and the target.
    fn refilter(&mut self) {
        let Some(Overlay::Links(l)) = &mut self.overlay else {
            return;
        };
        let query = Query::new(&l.filter, Folding::Normal)
            .ok()
            .filter(|q| !q.is_empty());
        l.shown = self
            .view
            .stops
            .iter()
            .enumerate()
            .filter(|(_, s)| {
                query.as_ref().is_none_or(|q| {
                    !q.find_all(&s.text).is_empty()
                        || s.target
                            .as_deref()
                            .is_some_and(|t| !q.find_all(t).is_empty())
                })
            })
            .map(|(i, _)| i)
            .collect();
        l.list = ListState::default();
    }

    /// A key while the list is open.
    pub(super) fn update_links_list(&mut self, action: Action) -> Option<Effect> {
        let page = isize::try_from(self.links_list_capacity().max(1)).unwrap_or(1);
        let l = self.links_list_mut()?;
        match action {
            Action::Down => self.fit_links_list(1),
            Action::Up => self.fit_links_list(-1),
            Action::PageDown => self.fit_links_list(page),
            Action::PageUp => self.fit_links_list(-page),
            Action::Input(c) => {
                l.filter.push(c);
                self.refilter();
            }
            Action::DeleteBack => {
                super::delete_back(&mut l.filter);
                self.refilter();
            }
            Action::ClearQuery => {
                l.filter.clear();
                self.refilter();
            }
            Action::Activate => {
                let chosen = l.selected();
                self.overlay = None;
                return chosen.and_then(|i| self.follow(i));
            }
            Action::Close => self.overlay = None,
            _ => {}
        }
        None
    }
}
