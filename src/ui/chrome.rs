//! Layouts of the short texts around the body — the headline and the visible quote and link
//! entries — for the current geometry. `App::update` refreshes them after every change
//! ([`refresh`]), so a frame only copies cells; a pane that finds no cached layout lays its
//! entry out itself.

use crate::app::App;
use crate::layout::ParagraphLayout;

use super::{headline, links, quotes};

/// What the cached entries were made for: a change of any part lays them out again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    article: usize,
    /// The search's generation: matches and the current match.
    search: u64,
    quotes: Option<(u16, usize, u16)>,
    links: Option<(u16, usize, u16)>,
}

#[derive(Debug, Clone, Default)]
pub struct Chrome {
    key: Option<Key>,
    /// The headline laid out for (article, frame width, search generation).
    headline: Option<(usize, u16, u64, ParagraphLayout)>,
    quotes_width: u16,
    quotes_first: usize,
    quotes: Vec<ParagraphLayout>,
    links_width: u16,
    links_first: usize,
    links: Vec<(ParagraphLayout, ParagraphLayout)>,
}

impl Chrome {
    /// The headline of article `article` for a frame `width` columns wide, if cached.
    pub fn headline(&self, article: usize, width: u16) -> Option<&ParagraphLayout> {
        self.headline
            .as_ref()
            .filter(|(a, w, _, _)| *a == article && *w == width)
            .map(|(_, _, _, l)| l)
    }

    /// Quote entry `i` for a pane `width` columns wide, if cached.
    pub fn quote(&self, i: usize, width: u16) -> Option<&ParagraphLayout> {
        if width != self.quotes_width {
            return None;
        }
        self.quotes.get(i.checked_sub(self.quotes_first)?)
    }

    /// Link entry `i` (title, note) for a pane `width` columns wide, if cached.
    pub fn link(&self, i: usize, width: u16) -> Option<(&ParagraphLayout, &ParagraphLayout)> {
        if width != self.links_width {
            return None;
        }
        self.links
            .get(i.checked_sub(self.links_first)?)
            .map(|(a, b)| (a, b))
    }
}

/// Lays out what the next frame of `app` shows around the body, unless already cached.
pub fn refresh(app: &mut App) {
    let width = app.size.0;
    let search = app.finder.generation;
    let fresh = app
        .chrome
        .headline
        .as_ref()
        .is_some_and(|(a, w, g, _)| (*a, *w, *g) == (app.current, width, search));
    if !fresh {
        let l = headline::layout(app, width);
        app.chrome.headline = Some((app.current, width, search, l));
    }
    let areas = app.areas();
    let key = Key {
        article: app.current,
        search,
        quotes: areas
            .quotes
            .map(|r| (r.width, app.quote_list.offset, r.height)),
        links: areas
            .links
            .map(|r| (r.width, app.link_list.offset, r.height)),
    };
    if app.chrome.key == Some(key) {
        return;
    }
    let (mut qs, mut ls) = (Vec::new(), Vec::new());
    if let Some((w, first, h)) = key.quotes {
        let end = app.quotes.len().min(first + usize::from(h));
        qs = (first..end).map(|i| quotes::entry(app, i, w)).collect();
    }
    if let Some((w, first, h)) = key.links {
        let end = app.article().read_also.len().min(first + usize::from(h));
        ls = (first..end).map(|i| links::entry(app, i, w)).collect();
    }
    let c = &mut app.chrome;
    c.key = Some(key);
    (c.quotes_width, c.quotes_first, c.quotes) = key
        .quotes
        .map_or((0, 0, Vec::new()), |(w, f, _)| (w, f, qs));
    (c.links_width, c.links_first, c.links) =
        key.links.map_or((0, 0, Vec::new()), |(w, f, _)| (w, f, ls));
}
