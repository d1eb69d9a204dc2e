//! The store's side of the reader's keys, performed by the event loop and never inside
//! `App::update` (rule: the app does no I/O): a [`StoreOp`] is what `m`, `s`, opening a
//! stored item or the end of an update asks of the store, and [`Shelf::perform`] does it —
//! reading an item's body or the list of items, which come back as [`StoreNews`] for the app
//! to take in, or queueing a mark (the queue writes when the store is free and says so in
//! the note when marks wait, as before).

use crate::article::{Article, Block, Inline};
use crate::i18n::errors::{Localize, Reason};
use crate::library::Library;

use super::{Mark, Shelf, listing};
use crate::store::marks::MarkWrite;

/// One piece of store work the app asks for with `Effect::Store`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreOp {
    /// Read stored item `id`'s body, for library article `index`.
    LoadBody { index: usize, id: i64 },
    /// Write a read or saved mark (through the queue).
    Mark(MarkWrite),
    /// List the stored items again (an update ended).
    Relist,
}

/// The stub articles and marks of every stored item, parallel.
pub type Listing = (Vec<std::sync::Arc<Article>>, Vec<Option<Mark>>);

/// What the store gave for a [`StoreOp`], for the app to take in
/// ([`crate::app::App::store_news`]): data only, the store stays with the loop.
#[derive(Debug)]
pub enum StoreNews {
    /// Item `index`'s article, or why it could not be read.
    Body {
        index: usize,
        article: Result<Box<Article>, Reason>,
    },
    /// Every stored item listed again, or why not.
    Listed(Result<Listing, Reason>),
}

impl Shelf {
    /// Does `op` (the event loop calls this, never `App::update`): reads from the store or
    /// queues a mark; what was read comes back for the app.
    pub fn perform(&mut self, op: StoreOp) -> Option<StoreNews> {
        match op {
            StoreOp::LoadBody { index, id } => Some(StoreNews::Body {
                index,
                article: self.store.article(id).map(Box::new).map_err(|e| e.reason()),
            }),
            StoreOp::Mark(m) => {
                self.queue(m);
                None
            }
            StoreOp::Relist => Some(StoreNews::Listed(
                listing(&self.store, &self.notes).map_err(|e| e.reason()),
            )),
        }
    }
}

/// Puts a body read from the store (or a paragraph saying why not) into library article
/// `index`, keeping the library's name for the feed (the user's); returns `index` when that
/// article exists. `article`'s error is the paragraph already said in the reader's language
/// (`note-body-failed`, by the app).
pub fn take_body(
    lib: &mut Library,
    index: usize,
    article: Result<Box<Article>, String>,
) -> Option<usize> {
    let stub = std::sync::Arc::make_mut(lib.articles.get_mut(index)?);
    match article {
        Ok(mut a) => {
            a.meta.source = stub.meta.source.take().or(a.meta.source);
            *stub = *a;
        }
        Err(said) => stub.body = vec![Block::Paragraph(Inline::plain(said))],
    }
    Some(index)
}
