//! The panes that take the focus, a list's selection, and the quotes the quotes pane lists.

use std::ops::Range;

use crate::article::{Article, SpanKind};

/// The panes that take the focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Body,
    Quotes,
    Links,
    Library,
}

impl Pane {
    /// The id of the pane's name in the status line, a message of [`crate::i18n`].
    pub fn message_id(self) -> &'static str {
        match self {
            Pane::Body => "mode-body",
            Pane::Quotes => "mode-quotes",
            Pane::Links => "mode-read-also",
            Pane::Library => "mode-library",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Pane::Body => "BODY",
            Pane::Quotes => "QUOTES",
            Pane::Links => "READ ALSO",
            Pane::Library => "LIBRARY",
        }
    }
}

/// A quote of the body: its block and byte ranges (marks included, and the content).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteRef {
    pub block: usize,
    pub range: Range<usize>,
    pub content: Range<usize>,
}

/// A list's selection and its first visible entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListState {
    pub selected: usize,
    pub offset: usize,
}

impl ListState {
    /// Moves the selection by `delta` within `len` entries and scrolls so that it stays among
    /// the `visible` entries shown.
    pub(crate) fn step(&mut self, delta: isize, len: usize, visible: usize) {
        if len == 0 {
            *self = ListState::default();
            return;
        }
        let max = len - 1;
        self.selected = self.selected.saturating_add_signed(delta).min(max);
        self.keep_visible(visible);
    }

    pub(crate) fn keep_visible(&mut self, visible: usize) {
        let visible = visible.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + visible {
            self.offset = self.selected + 1 - visible;
        }
    }
}

/// Every quote of an article in reading order, with where it is.
pub fn quotes_of(article: &Article) -> Vec<QuoteRef> {
    let mut out = Vec::new();
    for (block, b) in article.body.iter().enumerate() {
        for s in &b.inline().spans {
            if let SpanKind::Quote { content } = &s.kind {
                out.push(QuoteRef {
                    block,
                    range: s.range.clone(),
                    content: content.clone(),
                });
            }
        }
    }
    out
}
