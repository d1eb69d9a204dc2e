//! The results of a search of everything in the library pane ([`Results`]): started,
//! waiting for the index of a library of files, finished, selected, closed.

use super::{Hit, LibraryView, Results};

impl LibraryView {
    /// A search of everything for `query` started: its results replace the rows.
    pub fn start_results(&mut self, query: String) {
        self.results = Some(Results {
            query,
            hits: Vec::new(),
            selected: 0,
            offset: 0,
            running: true,
            indexing: None,
        });
    }

    /// The search running waits for the index of `articles` articles (`None`: no more).
    pub fn wait_for_index(&mut self, articles: Option<usize>) {
        if let Some(r) = self.results.as_mut() {
            r.indexing = articles;
        }
    }

    /// The search for `query` ended with `hits` (dropped when another search replaced it).
    pub fn finish_results(&mut self, query: &str, hits: Vec<Hit>) {
        if let Some(r) = self.results.as_mut().filter(|r| r.query == query) {
            r.hits = hits;
            r.running = false;
        }
    }

    /// The selected result.
    pub fn selected_hit(&self) -> Option<&Hit> {
        let r = self.results.as_ref()?;
        r.hits.get(r.selected)
    }

    /// Back from the results to the rows; whether there were results.
    pub fn close_results(&mut self) -> bool {
        self.results.take().is_some()
    }
}
