//! The shelf's listing: the stub articles of every stored item (headlines alone, bodies
//! read when opened) with their marks, and taking a new listing after an update in place of
//! the old one without losing the open article or a mark not written yet.

use std::sync::Arc;

use crate::article::{Article, Meta};
use crate::library::Library;

use super::{Listing, Mark, Note, Notes, Shelf};
use crate::store::marks::Flag;
use crate::store::{Store, StoreError};

impl Shelf {
    /// Takes the items listed again after an update (`listing`, read by the event loop),
    /// keeping the open article `current` (and its body) as it is; returns its new index,
    /// and whether it is gone (the note shown when nothing was stored) so that the first
    /// item takes its place. A listing that failed keeps the library and says why.
    pub fn relisted(
        &mut self,
        lib: &mut Library,
        current: usize,
        listing: Result<Listing, crate::i18n::errors::Reason>,
    ) -> (usize, bool) {
        let (mut articles, mut marks) = match listing {
            Ok(l) => l,
            Err(e) => {
                self.note = Some(Note::ListFailed(e));
                return (current, false);
            }
        };
        // Articles none of the store's (the bundled ones of a first run) stay after the items.
        let listed = self.marks.len().min(lib.articles.len());
        let others: Vec<Arc<Article>> = lib.articles.drain(listed..).collect();
        let open_mark = self.marks.get(current).copied().flatten();
        let new = if current >= listed {
            Some(articles.len() + current - listed)
        } else {
            open_mark
                .and_then(|m| marks.iter().position(|n| n.is_some_and(|n| n.id == m.id)))
                .or_else(|| (open_mark.is_none() && marks.iter().all(Option::is_none)).then_some(0))
        };
        let at = match new {
            Some(at) if current < listed => {
                articles[at] = std::mem::take(&mut lib.articles[current]);
                marks[at] = open_mark;
                at
            }
            Some(at) => at,
            // The open article is gone (the note, now that items came): open the first.
            None => 0,
        };
        // Marks not written yet stay as the reader shows them.
        for w in &self.pending {
            if let Some(m) = marks.iter_mut().flatten().find(|m| m.id == w.id) {
                match w.flag {
                    Flag::Read => m.read = w.on,
                    Flag::Saved => m.saved = w.on,
                }
            }
        }
        articles.extend(others);
        lib.articles = articles;
        self.marks = marks;
        (at, new.is_none())
    }
}

/// The stub articles and marks of every stored item; the note article when there are none.
pub(super) fn listing(store: &Store, notes: &Notes) -> Result<super::Listing, StoreError> {
    // Each headline made into its article and mark as it is read: the order moves those.
    let heads = store.headlines_as(|h| {
        let mark = Mark {
            id: h.id,
            feed_id: h.feed_id,
            read: h.read,
            saved: h.saved,
            loaded: false,
            date: h.time,
        };
        let article = Arc::new(Article {
            headline: h.headline,
            meta: Meta {
                source: Some(h.feed),
                date: h.date,
                url: h.url,
                direction: h.direction,
                ..Meta::default()
            },
            ..Article::default()
        });
        (article, Some(mark))
    })?;
    if heads.is_empty() {
        return Ok((
            vec![Arc::new(notes.empty(store.feeds()?.len(), store.path()))],
            vec![None],
        ));
    }
    let (articles, marks) = heads.into_iter().unzip();
    Ok((articles, marks))
}
