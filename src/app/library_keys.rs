//! The library pane's keys, when it has the focus ([`Scope::Library`], its own keys first,
//! then the reader's): the filter and the search of everything (a prompt of the pane,
//! [`Scope::Filter`]), unread only, the order, the headings (kept for the next run through
//! [`Effect::SaveView`]), `m`/`s` on the selected item, and marking a feed or everything read
//! after a question ([`Scope::Confirm`]). The rows live in [`LibraryView`]; the search of
//! everything is a job ([`Job::SearchAll`]) whose results come back to
//! [`App::found`].

use crate::frame::Areas;
use crate::i18n::Arg;
use crate::i18n::errors::Reason;
use crate::jobs::Job;
use crate::keymap::{Action, Scope};

use super::library_view::{Hit, PromptKind, Question, Source};
use super::{App, Effect, Pane};

/// What the library's rows are made from (a function of the parts, so that the view can be
/// changed while they are borrowed).
pub(super) fn source<'a>(
    library: &'a crate::library::Library,
    shelf: Option<&'a crate::store::shelf::Shelf>,
    current: usize,
) -> Source<'a> {
    Source {
        articles: &library.articles,
        marks: shelf.map(|s| s.marks.as_slice()),
        current,
    }
}

/// Where the stored items `ids` are listed (their indices in the library), found in one
/// pass over the marks, not one per item (500 hits in 100,000 items: 100,000 looks, not
/// 50 million); an item not listed is not in the map.
pub(super) fn listed_at(
    marks: &[Option<crate::store::shelf::Mark>],
    ids: impl Iterator<Item = i64>,
) -> std::collections::HashMap<i64, usize> {
    let mut wanted: std::collections::HashMap<i64, Option<usize>> =
        ids.map(|id| (id, None)).collect();
    if !wanted.is_empty() {
        for (i, m) in marks.iter().enumerate() {
            if let Some(slot) = m.and_then(|m| wanted.get_mut(&m.id)) {
                slot.get_or_insert(i);
            }
        }
    }
    wanted
        .into_iter()
        .filter_map(|(id, at)| Some((id, at?)))
        .collect()
}

/// Screen rows the library pane lists in (below its title row).
pub(super) fn library_lines(areas: &Areas) -> usize {
    areas
        .library
        .map_or(0, |r| usize::from(r.height).saturating_sub(1))
}

impl App {
    /// The library's scope when the pane is open with the focus: a question first, then its
    /// prompt, then its keys.
    pub(super) fn library_scope(&self) -> Option<Scope> {
        if !self.show_library || self.focus != Pane::Library {
            return None;
        }
        let v = &self.library_view;
        Some(if v.question().is_some() {
            Scope::Confirm
        } else if v.prompt().is_some() {
            Scope::Filter
        } else {
            Scope::Library
        })
    }

    /// What the library's rows are made from.
    pub(super) fn library_source(&self) -> Source<'_> {
        source(&self.library, self.shelf.as_ref(), self.current)
    }

    /// The rows made again after an action that may change them (a move leaves them), and
    /// the selection kept on screen.
    pub(super) fn refresh_library(&mut self, action: Action) {
        let same_rows = matches!(
            action,
            Action::Down
                | Action::Up
                | Action::PageDown
                | Action::PageUp
                | Action::HalfDown
                | Action::HalfUp
                | Action::Top
                | Action::Bottom
                | Action::Wheel { .. }
                | Action::Resize(..)
                // The view's own changes (and a prompt's keys) make the rows themselves.
                | Action::Input(_)
                | Action::DeleteBack
                | Action::ClearQuery
                | Action::UnreadOnly
                | Action::SortNext
                | Action::ToggleGroups
                | Action::LibraryFilter
                | Action::SearchAll
                | Action::Help
        );
        if !self.show_library {
            return;
        }
        if !same_rows {
            let src = source(&self.library, self.shelf.as_ref(), self.current);
            self.library_view.refresh(&src);
        }
        self.library_view.keep_visible(library_lines(&self.areas()));
    }

    /// A key of the library pane.
    pub(super) fn update_library(&mut self, action: Action) -> Option<Effect> {
        let src = source(&self.library, self.shelf.as_ref(), self.current);
        let v = &mut self.library_view;
        match action {
            Action::LibraryFilter => v.open_prompt(PromptKind::Filter),
            Action::SearchAll => {
                v.open_prompt(PromptKind::Search);
                return self.prepare_index();
            }
            Action::UnreadOnly => v.toggle_unread_only(&src),
            Action::ToggleGroups => v.toggle_groups(&src),
            Action::SortNext => {
                let sort = v.next_sort(&src);
                let name = self.msg.text(sort.message_id());
                self.say(self.msg.get("note-sorted", &[("order", Arg::Text(&name))]));
            }
            Action::MarkFeedRead | Action::MarkAllRead => {
                self.ask_mark_read(action == Action::MarkFeedRead);
                return None;
            }
            Action::ToggleRead | Action::Save => {
                let i = v.selected()?;
                return self.feeds_action(action, i);
            }
            Action::Close if v.close_results() => return None,
            Action::Close if !v.filter().is_empty() => {
                v.clear_filter(&src);
                return None;
            }
            _ => return self.update_reader(action),
        }
        Some(Effect::SaveView(self.library_view.prefs())).filter(|_| {
            matches!(
                action,
                Action::UnreadOnly | Action::ToggleGroups | Action::SortNext
            )
        })
    }

    /// A key in the library's prompt.
    pub(super) fn update_library_prompt(&mut self, action: Action) -> Option<Effect> {
        let (_, text) = self.library_view.prompt()?;
        let mut text = text.to_string();
        match action {
            Action::Input(c) => text.push(c),
            Action::DeleteBack => {
                super::delete_back(&mut text);
            }
            Action::ClearQuery => text.clear(),
            Action::SearchConfirm | Action::SearchCancel => {
                let keep = action == Action::SearchConfirm;
                let src = source(&self.library, self.shelf.as_ref(), self.current);
                let closed = self.library_view.close_prompt(keep, &src);
                return match closed {
                    Some((PromptKind::Search, query)) if keep && !query.trim().is_empty() => {
                        self.search_all(query)
                    }
                    _ => None,
                };
            }
            _ => return None,
        }
        let src = source(&self.library, self.shelf.as_ref(), self.current);
        self.library_view.edit_prompt(text, &src);
        None
    }

    /// `A` (the selected item's feed) or `C` (everything): asks before marking read.
    fn ask_mark_read(&mut self, one_feed: bool) {
        let Some(shelf) = self.shelf.as_ref() else {
            self.say(self.not_subscribed());
            return;
        };
        let src = self.library_source();
        let feed = if one_feed {
            let Some(i) = self.library_view.selected() else {
                return;
            };
            Some(src.feed(i).to_string())
        } else {
            None
        };
        let items: Vec<usize> = (0..shelf.marks.len())
            .filter(|&i| src.unread(i) == Some(true))
            .filter(|&i| feed.as_deref().is_none_or(|f| src.feed(i) == f))
            .collect();
        if items.is_empty() {
            self.say(self.msg.text("note-nothing-unread"));
            return;
        }
        self.library_view.ask(Question { feed, items });
    }

    /// The answer to the question: `y` marks, anything else leaves the marks as they are.
    pub(super) fn update_question(&mut self, action: Action) -> Option<Effect> {
        let q = self.library_view.answer()?;
        let shelf = self.shelf.as_mut()?;
        if action != Action::Confirm {
            self.say(self.msg.text("note-marked-none"));
            return None;
        }
        let n = q.items.len();
        for i in q.items {
            self.store_ops.extend(shelf.set_read(i, true));
        }
        self.say(
            self.msg
                .get("note-marked-all-read", &[("count", Arg::Num(n))]),
        );
        None
    }

    /// `/` then Enter in the library: the search of everything runs as a job.
    fn search_all(&mut self, query: String) -> Option<Effect> {
        self.library_view.start_results(query.clone());
        self.last_job += 1;
        let job = match self.shelf.as_ref() {
            Some(shelf) => Job::SearchAll {
                db: shelf.db(),
                query,
            },
            None => self.search_files(query),
        };
        Some(Effect::Job {
            id: self.last_job,
            job,
        })
    }

    /// The search of everything for `query` ended: its hits (store item ids, or the
    /// library's indices for files) listed in the pane.
    pub fn found(&mut self, query: &str, hits: Result<Vec<crate::jobs::Found>, Reason>) -> bool {
        let hits = match hits {
            Ok(h) => h,
            Err(why) => {
                self.complain(self.msg.say(&why));
                Vec::new()
            }
        };
        let listed = self
            .shelf
            .as_ref()
            .map(|s| listed_at(&s.marks, hits.iter().filter_map(|f| f.item)))
            .unwrap_or_default();
        let index_of = |f: &crate::jobs::Found| match (&self.shelf, f.item) {
            (Some(_), Some(id)) => listed.get(&id).copied(),
            _ => f.index,
        };
        let hits: Vec<Hit> = hits
            .iter()
            .filter_map(|f| {
                Some(Hit {
                    index: index_of(f)?,
                    line: f.line.clone(),
                    range: f.range.clone(),
                })
            })
            .collect();
        self.library_view.finish_results(query, hits);
        true
    }

    /// Enter in the library pane: the selected result at its first match, or the selected
    /// item.
    pub(super) fn open_selected(&mut self) -> Option<Effect> {
        let Some(hit) = self.library_view.selected_hit().cloned() else {
            let i = self.library_view.selected()?;
            self.navigate(i);
            return None;
        };
        let query = self.library_view.results()?.query.clone();
        let loaded = self
            .shelf
            .as_ref()
            .and_then(|s| s.marks.get(hit.index).copied().flatten())
            .is_none_or(|m| m.loaded);
        self.navigate(hit.index);
        if loaded {
            self.search_for(&query);
        } else {
            // The body comes from the store first: searched in `body_read`.
            self.search_after_body = Some((hit.index, query));
        }
        self.focus = Pane::Body;
        None
    }
}
