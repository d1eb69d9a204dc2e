//! The overlays: what covers the reader and takes the keys first (the help, the links list),
//! one at a time. Rule: one precedence decides where a key goes ([`App::scope`]); the global
//! keys (quit, suspend, redraw, resize) are handled before it, so they work under every overlay.

use super::{App, HelpState, LinksList};

/// What covers the reader and takes the keys first. One at a time: each opens from the
/// reader only, so one precedence ([`App::scope`]) decides where a key goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// The help, with its scroll offset and search ([`HelpState`]).
    Help(HelpState),
    /// The links list (`u`).
    Links(LinksList),
    /// The address prompt of `a` (subscribe), with what is typed.
    Address(String),
}

impl App {
    /// The overlay on top of the reader, if any.
    pub fn overlay(&self) -> Option<&Overlay> {
        self.overlay.as_ref()
    }

    /// The help overlay's scroll offset, when it is open.
    pub fn help(&self) -> Option<usize> {
        self.help_state().map(|h| h.offset)
    }

    /// The links list, when it is open.
    pub fn links_list(&self) -> Option<&LinksList> {
        match &self.overlay {
            Some(Overlay::Links(l)) => Some(l),
            _ => None,
        }
    }
}

/// Backspace in any of the reader's prompts (search, help, library, links, address): the
/// last grapheme cluster goes whole (UAX #29), so a base letter never loses only its mark.
pub(super) fn delete_back(text: &mut String) {
    use unicode_segmentation::UnicodeSegmentation;
    let end = text.grapheme_indices(true).next_back().map(|(i, _)| i);
    text.truncate(end.unwrap_or(0));
}
