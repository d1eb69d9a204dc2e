//! The help overlay's state and keys: scrolling clamped to its rows (a press past the end is
//! not counted: Up after 90 × Down moves at once), pages, top and end, and a search of the
//! help's rows (`/` in the help; folded like the in-article search, [`crate::search`]), with
//! `n`/`N` going on through the matches. While its prompt is open, the prompt's keys (the
//! search scope's rows: Enter keeps, Esc cancels, Backspace, Ctrl-u) type into it.

use std::ops::Range;

use super::{App, Effect, Overlay};
use crate::frame;
use crate::keymap::Action;
use crate::search::{Folding, Query};

/// The help overlay: where it is scrolled and its search.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HelpState {
    /// The first row shown (kept within the rows by every move).
    pub offset: usize,
    /// The search's text: typed while [`HelpState::typing`], kept after Enter.
    pub query: String,
    pub typing: bool,
    /// The rows that match the query, in order, and the current one among them.
    pub hits: Vec<usize>,
    pub current: Option<usize>,
    /// Where the help was scrolled when the prompt opened (Esc goes back there).
    before: usize,
}

impl HelpState {
    /// The matches of the query in `text` (a row's keys or description), folded.
    pub fn matches(&self, text: &str) -> Vec<Range<usize>> {
        Query::new(&self.query, Folding::Normal).map_or_else(|_| Vec::new(), |q| q.find_all(text))
    }

    /// The row of the current match.
    pub fn current_row(&self) -> Option<usize> {
        self.hits.get(self.current?).copied()
    }
}

impl App {
    /// The help's rows: `(keys, description)` for every entry of the key table in use, reader
    /// keys first ([`crate::keymap::Keymap::entries`]; the nine number keys share a row,
    /// `1–9`), the description in the UI's language.
    pub fn help_rows(&self) -> Vec<(String, String)> {
        self.keymap()
            .entries()
            .iter()
            .map(|e| (e.help_keys(), self.msg().text(&e.message_id())))
            .collect()
    }

    /// The help's state, when it is open.
    pub fn help_state(&self) -> Option<&HelpState> {
        match &self.overlay {
            Some(Overlay::Help(h)) => Some(h),
            _ => None,
        }
    }

    /// Whether the help's search prompt takes the keys.
    pub fn help_typing(&self) -> bool {
        self.help_state().is_some_and(|h| h.typing)
    }

    /// The help laid out in the frame: its box and every entry's wrapped rows
    /// ([`frame::help_layout`]); `None` when the terminal is too small for it.
    pub fn help_layout(&self) -> Option<frame::HelpLayout> {
        let area = ratatui::layout::Rect::new(0, 0, self.size.0, self.size.1);
        frame::help_layout(area, &self.help_rows(), self.msg().direction(), self.render)
    }

    /// The last offset that still fills the box, and the screen rows shown at once (a
    /// wrapped description counts each of its rows).
    fn help_bounds(&self) -> (usize, usize) {
        self.help_layout()
            .map_or((0, 1), |l| (l.last_offset(), l.visible()))
    }

    /// A key while the help is open (its prompt closed).
    pub(super) fn update_help(&mut self, action: Action) -> Option<Effect> {
        let (last, page) = self.help_bounds();
        let Some(Overlay::Help(h)) = &mut self.overlay else {
            return None;
        };
        let at = h.offset.min(last);
        h.offset = match action {
            Action::Down => (at + 1).min(last),
            Action::Up => at.saturating_sub(1),
            Action::PageDown => (at + page).min(last),
            Action::PageUp => at.saturating_sub(page),
            Action::Top => 0,
            Action::Bottom => last,
            Action::Search => {
                h.typing = true;
                h.before = at;
                h.query.clear();
                h.hits.clear();
                h.current = None;
                at
            }
            Action::SearchNext | Action::SearchPrev => {
                let n = h.hits.len();
                let step = if action == Action::SearchNext {
                    1
                } else {
                    n.saturating_sub(1)
                };
                h.current = h.current.map(|c| (c + step) % n.max(1));
                self.reveal_help_match();
                return None;
            }
            Action::Close | Action::Help => {
                self.overlay = None;
                return None;
            }
            _ => at,
        };
        None
    }

    /// A key while the help's search prompt is open.
    pub(super) fn update_help_prompt(&mut self, action: Action) -> Option<Effect> {
        let Some(Overlay::Help(h)) = &mut self.overlay else {
            return None;
        };
        match action {
            Action::Input(c) => h.query.push(c),
            Action::DeleteBack => {
                super::delete_back(&mut h.query);
            }
            Action::ClearQuery => h.query.clear(),
            Action::SearchConfirm => {
                h.typing = false;
                return None;
            }
            Action::SearchCancel => {
                h.typing = false;
                h.query.clear();
                h.hits.clear();
                h.current = None;
                h.offset = h.before;
                return None;
            }
            _ => return None,
        }
        self.find_in_help();
        None
    }

    /// The rows matching the query; the first at or after where the prompt opened is the
    /// current one, shown.
    fn find_in_help(&mut self) {
        let rows = self.help_rows();
        let Some(Overlay::Help(h)) = &mut self.overlay else {
            return;
        };
        let query = Query::new(&h.query, Folding::Normal)
            .ok()
            .filter(|q| !q.is_empty());
        h.hits = rows
            .iter()
            .enumerate()
            .filter(|(_, (keys, desc))| {
                query
                    .as_ref()
                    .is_some_and(|q| !q.find_all(keys).is_empty() || !q.find_all(desc).is_empty())
            })
            .map(|(i, _)| i)
            .collect();
        let from = h.before;
        h.current =
            (!h.hits.is_empty()).then(|| h.hits.iter().position(|&r| r >= from).unwrap_or(0));
        if h.current.is_none() {
            h.offset = h.before;
        }
        self.reveal_help_match();
    }

    /// Scrolls the help so that the current match is on screen: the screen row of the
    /// entry's description that holds it (a continuation row too), else the entry's first.
    fn reveal_help_match(&mut self) {
        let Some(layout) = self.help_layout() else {
            return;
        };
        let (last, visible) = (layout.last_offset(), layout.visible());
        let target = self.help_match_row(&layout);
        let Some(Overlay::Help(h)) = &mut self.overlay else {
            return;
        };
        if let Some(row) = target {
            if row < h.offset {
                h.offset = row;
            } else if row >= h.offset + visible {
                h.offset = row + 1 - visible;
            }
        }
        h.offset = h.offset.min(last);
    }

    /// The screen row of the current match: where its description's first match is laid
    /// out, or the entry's first row when only its keys match.
    fn help_match_row(&self, layout: &frame::HelpLayout) -> Option<usize> {
        let h = self.help_state()?;
        let entry = h.current_row()?;
        let rows = self.help_rows();
        let (_, desc) = rows.get(entry)?;
        let (direction, render) = (self.msg().direction(), self.render);
        let line = frame::help::help_line(desc, direction, render);
        let row = h.matches(line.marked()).first().and_then(|m| {
            let laid = frame::help::wrap_description(desc, layout.desc_w, direction, render);
            laid.locate(m.start).map(|(row, _)| row)
        });
        Some(layout.start(entry) + row.unwrap_or(0))
    }
}
