//! The store's side of the reader's keys, performed by the event loop and never inside
//! `App::update` (rule: the app does no I/O): a [`StoreOp`] is what `m`, `s` or opening a
//! stored item asks of the store, and [`Shelf::perform`] does it — reading an item's body
//! into the library, or queueing a mark (the queue writes when the store is free and says so
//! in the note when marks wait, as before).

use crate::article::{Block, Inline};
use crate::library::Library;

use super::Shelf;
use crate::store::marks::MarkWrite;

/// One piece of store work the app asks for with `Effect::Store`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreOp {
    /// Read stored item `id`'s body into library article `index`.
    LoadBody { index: usize, id: i64 },
    /// Write a read or saved mark (through the queue).
    Mark(MarkWrite),
}

impl Shelf {
    /// Does `op` (the event loop calls this): returns the library article whose body was
    /// read, for the app to show it ([`crate::app::App::body_read`]).
    pub fn perform(&mut self, lib: &mut Library, op: StoreOp) -> Option<usize> {
        match op {
            StoreOp::LoadBody { index, id } => {
                let stub = lib.articles.get_mut(index)?;
                match self.store.article(id) {
                    Ok(mut a) => {
                        // The library's name for the feed (the user's) stays.
                        a.meta.source = stub.meta.source.take().or(a.meta.source);
                        *stub = a;
                    }
                    Err(e) => {
                        let text = format!("This item could not be read from the store: {e}");
                        stub.body = vec![Block::Paragraph(Inline::plain(text))];
                    }
                }
                Some(index)
            }
            StoreOp::Mark(m) => {
                self.queue(m);
                None
            }
        }
    }
}
