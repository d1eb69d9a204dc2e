//! [`ArticleView`]: everything that belongs to the article on screen — its pager, its quotes
//! and links, the selections in its side panes, the link focus, where a search started.
//! Rule: the view is built fresh when an article opens ([`ArticleView::new`]), never reset
//! field by field, so nothing of the article before can leak into the next one.

use crate::article::Article;
use crate::links::Stop;
use crate::pager::{Anchor, Pager, Render};

use super::{ListState, QuoteRef, quotes_of};

/// The open article's view state; the panes draw from `&ArticleView`.
#[derive(Debug)]
pub struct ArticleView {
    pub pager: Pager,
    pub quotes: Vec<QuoteRef>,
    pub quote_list: ListState,
    /// The "read also" pane's selection.
    pub link_list: ListState,
    /// The quote Enter jumped to, marked in the body.
    pub marked_quote: Option<usize>,
    /// The article's links in reading order, and the one Tab focused.
    pub stops: Vec<Stop>,
    pub link_focus: Option<usize>,
    /// Where the body was when `/` opened the prompt (Esc goes back there).
    pub search_from: Anchor,
    /// Bidi embedding/override/isolate controls in the article ([`crate::spoof`]).
    pub bidi_controls: usize,
    /// Where they are (headline, paragraph n, quote n, link n), for the warning.
    pub spoof_places: Vec<crate::spoof::Place>,
}

impl ArticleView {
    /// The view of `article` from its top: nothing selected, nothing focused.
    pub fn new(article: &Article, render: Render) -> ArticleView {
        let quotes = quotes_of(article);
        let spans: Vec<_> = quotes
            .iter()
            .map(|q| (q.block, q.content.clone()))
            .collect();
        ArticleView {
            pager: Pager::new(&article.body, article.direction(), render),
            spoof_places: crate::spoof::places(article, &spans),
            quotes,
            bidi_controls: crate::spoof::bidi_controls(article),
            stops: crate::links::stops(article),
            ..ArticleView::empty(render)
        }
    }

    /// This view with the article's bidi controls shown in the body (`B`) or not.
    pub fn revealing(mut self, reveal: bool) -> ArticleView {
        self.pager = self.pager.revealing(reveal);
        self
    }

    /// The view of no article (before the first one opens).
    pub fn empty(render: Render) -> ArticleView {
        ArticleView {
            pager: Pager::new(&[], Default::default(), render),
            quotes: Vec::new(),
            quote_list: ListState::default(),
            link_list: ListState::default(),
            marked_quote: None,
            stops: Vec::new(),
            link_focus: None,
            search_from: Anchor::default(),
            bidi_controls: 0,
            spoof_places: Vec::new(),
        }
    }
}
