//! The library pane's keys of a big library ([`ListingKeys`]): those of the order and the
//! headings made by the view itself (no text folded: the first frame is sorted and grouped),
//! the folded filter texts by a background job once per listing ([`App::keys_work`], asked
//! for by the event loop after each frame whenever the pane is shown, its view wants them
//! and no job makes them yet, from the view's order keys) and taken in when they come ([`App::keys_came`]), if the
//! library was not listed again meanwhile. Meanwhile a filter typed waits, said on the
//! pane's title row, and applies when they come.

use std::sync::Arc;

use super::library_keys::{library_lines, source};
use super::{App, Effect};
use crate::jobs::Job;
use crate::library::listing_keys::ListingKeys;

impl App {
    /// The job making the keys of the library as listed, when the view wants them and none
    /// runs for this listing (the event loop asks after every change).
    pub fn keys_work(&mut self) -> Option<Effect> {
        let generation = self.library_view.generation();
        // Only for a pane shown: a reader who never opens it neither waits for nor keeps them
        // (at 100,000 items, 58 ms of work and 20 MB).
        if !self.show_library || self.keys_job.is_some_and(|(_, g)| g == generation) {
            return None;
        }
        let src = source(&self.library, self.shelf.as_ref(), self.current);
        let order = self.library_view.keys_wanted(&src)?;
        self.last_job += 1;
        self.keys_job = Some((self.last_job, generation));
        Some(Effect::Job {
            id: self.last_job,
            job: Job::ListingKeys {
                // Pointers: the articles are shared, not copied.
                articles: self.library.articles.clone(),
                order,
                generation,
            },
        })
    }

    /// The keys of job `id` came: the rows made again with them.
    pub(super) fn keys_came(&mut self, id: u64, generation: u64, keys: Arc<ListingKeys>) -> bool {
        if self.keys_job.is_none_or(|(j, _)| j != id) {
            return false;
        }
        self.keys_job = None;
        let src = source(&self.library, self.shelf.as_ref(), self.current);
        self.library_view.take_keys(keys, generation, &src);
        self.library_view.keep_visible(library_lines(&self.areas()));
        self.show_library
    }
}
