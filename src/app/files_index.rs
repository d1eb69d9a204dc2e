//! The search of everything in a library of files (no store): its index
//! ([`FilesIndex`]) is asked for when the library's `/` opens its prompt, built once by a
//! background job ([`Job::IndexFiles`]) and kept for every later search while the library
//! stays the same (the same articles, compared by pointer: a followed link added, or a full
//! article in place of a summary, asks for a new one). The UI thread copies pointers, never
//! articles, and folds nothing. A search that comes before the index is built waits for it
//! on its own worker (the keys answer meanwhile); the pane's title says so
//! (`library-indexing`) until [`News::Indexed`](crate::jobs::News::Indexed) comes.

use std::sync::Arc;

use super::{App, Effect};
use crate::jobs::{FilesIndex, Job};

/// The index kept and the job building it.
#[derive(Debug, Default)]
pub(super) struct FilesSearch {
    index: Option<Arc<FilesIndex>>,
    /// The id of the [`Job::IndexFiles`] running, if any.
    building: Option<u64>,
    /// Indexes made so far (each built once): what the tests count.
    made: usize,
}

impl FilesSearch {
    /// Whether an index is being built in the background.
    pub(super) fn building(&self) -> bool {
        self.building.is_some()
    }
}

impl App {
    /// The index of the library as it is now: the one kept, or a new one (not built yet).
    fn current_index(&mut self) -> (Arc<FilesIndex>, bool) {
        let articles = &self.library.articles;
        if let Some(index) = self.files.index.as_ref().filter(|i| i.is_of(articles)) {
            return (Arc::clone(index), false);
        }
        let index = FilesIndex::new(articles);
        self.files.index = Some(Arc::clone(&index));
        self.files.building = None;
        self.files.made += 1;
        (index, true)
    }

    /// `/` in the library of files: the index built in the background, if it is not yet.
    pub(super) fn prepare_index(&mut self) -> Option<Effect> {
        if self.shelf.is_some() {
            return None;
        }
        let (index, new) = self.current_index();
        if !new {
            return None;
        }
        self.last_job += 1;
        self.files.building = Some(self.last_job);
        Some(Effect::Job {
            id: self.last_job,
            job: Job::IndexFiles(index),
        })
    }

    /// Enter in the library's search prompt (a library of files): the search job, on the
    /// index kept; the pane says when it waits for the index to be built.
    pub(super) fn search_files(&mut self, query: String) -> Job {
        let (index, _) = self.current_index();
        if !index.is_built() {
            self.library_view
                .wait_for_index(Some(index.articles().len()));
        }
        Job::SearchFiles { index, query }
    }

    /// The index built by job `id` is ready: a search waiting for it is said to search.
    pub(super) fn indexed(&mut self, id: u64) -> bool {
        if self.files.building != Some(id) {
            return false;
        }
        self.files.building = None;
        self.library_view.wait_for_index(None);
        true
    }

    /// How many search indexes of the library of files this reader made (each built once,
    /// off the UI thread): two searches of an unchanged library make one.
    pub fn index_builds(&self) -> usize {
        self.files.made
    }
}
