//! Read access to the app's owned parts, and the few writes made from outside `update`
//! (configuration applied once at start, test set-ups). Rule: every other change goes
//! through [`App::update`] or a job's news, so the parts keep their invariants (the view
//! matches the open article, the library selection is in range, the focus is on a shown
//! pane).

use super::{App, ArticleView, LibraryView, Loading, Pane};
use crate::finder::Finder;
use crate::i18n::Messages;
use crate::keymap::Keymap;
use crate::library::Library;
use crate::pager::Render;
use crate::store::shelf::Shelf;
use crate::theme::Theme;

impl App {
    /// The articles (the library never is empty).
    pub fn library(&self) -> &Library {
        &self.library
    }

    /// Index of the article on screen.
    pub fn current(&self) -> usize {
        self.current
    }

    /// Everything that belongs to the article on screen.
    pub fn view(&self) -> &ArticleView {
        &self.view
    }

    /// The library pane's state (filter, order, rows, selection), for the pane to draw.
    pub fn library_view(&self) -> &LibraryView {
        &self.library_view
    }

    /// The view chosen in an earlier run ([`crate::library::prefs`], read once at start).
    pub fn set_library_prefs(&mut self, prefs: crate::library::prefs::Prefs) {
        self.library_view = LibraryView::new(prefs);
    }

    /// The pane that has the focus (always a shown one).
    pub fn focus(&self) -> Pane {
        self.focus
    }

    /// Whether the library pane is open.
    pub fn show_library(&self) -> bool {
        self.show_library
    }

    pub fn keymap(&self) -> &Keymap {
        &self.keymap
    }

    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    /// The shaping and reordering switches.
    pub fn render(&self) -> Render {
        self.render
    }

    /// Whether `B` shows the bidi controls (in logical order) in every pane.
    pub fn reveal(&self) -> bool {
        self.reveal
    }

    /// The terminal's size as of the last `Resize`.
    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    /// The search session.
    pub fn finder(&self) -> &Finder {
        &self.finder
    }

    /// The load the reader waits for, if any.
    pub fn loading(&self) -> Option<&Loading> {
        self.loading.as_ref()
    }

    /// The store's side of a library of subscriptions; `None` for a library of files.
    pub fn shelf(&self) -> Option<&Shelf> {
        self.shelf.as_ref()
    }

    /// The configured keys (applied once at start; messages and hints ask them).
    /// The chrome's messages, in the UI language ([`crate::i18n`]).
    pub fn msg(&self) -> &Messages {
        &self.msg
    }

    pub fn set_messages(&mut self, msg: Messages) {
        self.msg = msg;
    }

    pub fn set_keymap(&mut self, keymap: Keymap) {
        self.keymap = keymap;
    }

    /// The configured colours (applied once at start).
    pub fn set_theme(&mut self, theme: Theme) {
        self.theme = theme;
    }

    /// Drops the link focus: the next Tab starts from the screen again.
    pub fn unfocus_link(&mut self) {
        self.view.link_focus = None;
    }

    /// Shows block `block` of the open article from its top (as Enter on a quote does), for
    /// set-ups that start in the middle of an article.
    pub fn show_block(&mut self, block: usize) {
        let body = &self.library.articles[self.current].body;
        self.view.pager.show(body, block, 0);
    }
}
