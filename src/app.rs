//! The reader's state and the one place it changes: [`App::update`] takes an [`Action`] and
//! returns what the event loop must do ([`Effect`]); it starts no thread and does no I/O
//! (background work is an effect run by [`crate::jobs`], whose news comes back through
//! `App::job_news`; store work is an [`Effect::Store`] the loop performs). No terminal here:
//! tests drive the app with actions and read it back; the parts are private (`app/parts.rs`).
//!
//! Owned parts: the [`Library`] and its [`Shelf`] (subscriptions' marks, beside it, not in
//! it); the open article's [`ArticleView`], built fresh on every open; at most one
//! [`Overlay`]; the search session ([`Finder`]); the frame's cached layouts ([`Chrome`]).
//! The app imports no `ui`: the panes read it, and the frame's geometry is [`crate::frame`].

mod effect;
mod feeds;
mod files_index;
mod help;
mod history;
mod jobs;
mod library_keys;
pub mod library_view;
mod links;
mod links_list;
mod listing_keys;
mod moves;
mod overlay;
mod parts;
mod search;
mod store_keys;
mod view;

use ratatui::layout::Rect;

use crate::article::Article;
use crate::finder::Finder;
use crate::frame::chrome::Entries;
use crate::frame::{self, Areas, Chrome};
use crate::i18n::Messages;

use crate::keymap::{Action, Key, Keymap, Scope};
use crate::library::Library;
use crate::pager::Render;
use crate::store::shelf::{Shelf, StoreOp};
use crate::theme::Theme;
use library_keys::library_lines;

pub use crate::frame::{ListState, Pane, QuoteRef, quotes_of};
pub use effect::Effect;
pub use help::HelpState;
pub use history::{History, Visit};
pub use jobs::Loading;
pub use library_view::LibraryView;
pub use links::Message;
pub use links_list::LinksList;
pub use overlay::Overlay;
use overlay::delete_back;
pub use view::ArticleView;

/// The whole reader state.
#[derive(Debug)]
pub struct App {
    library: Library,
    /// Index of the article on screen.
    current: usize,
    /// Everything that belongs to the article on screen, built fresh when it opens.
    view: ArticleView,
    /// The library pane's state: filter, order, rows, selection ([`LibraryView`]).
    library_view: LibraryView,
    focus: Pane,
    show_library: bool,
    /// The side column (quotes, read also): `None` follows the width (shown from 80 columns).
    side: Option<bool>,
    /// What covers the reader and takes the keys first (see [`App::scope`]).
    overlay: Option<Overlay>,
    keymap: Keymap,
    theme: Theme,
    /// The chrome's messages, in the UI language ([`crate::i18n`]).
    msg: Messages,
    render: Render,
    /// `B` put the reader in logical order and shows the bidi controls in every pane.
    reveal: bool,
    size: (u16, u16),
    /// Layouts of the headline and the visible side entries (see [`crate::frame::chrome`]).
    chrome: Chrome,
    /// The search session.
    finder: Finder,
    /// The articles read before and after this one (every change of article), for Backspace
    /// and Alt-→.
    history: History,
    message: Option<Message>,
    loading: Option<Loading>,
    /// The id of the last job started (loads and updates).
    last_job: u64,
    /// The store's side of a library of subscriptions (marks, the update), beside the
    /// library; `None` for a library of files.
    shelf: Option<Shelf>,
    /// Store work asked for and not yet handed to the loop (see [`App::store_work`]).
    store_ops: Vec<StoreOp>,
    /// The stored item to open once the loop has listed the items again (`a`, `s`).
    open_after_relist: Option<i64>,
    /// Open and copy jobs running (ids).
    errands: Vec<u64>,
    /// What the copy running copies, told once its news says how it went.
    copying: Option<String>,
    /// Where `a` and `s` write while no store is open (`app/store_keys.rs`).
    store_path: Option<std::path::PathBuf>,
    /// A visit shown again before its body came from the store: restored when it comes.
    revisit_after_body: Option<Visit>,
    /// A result of the library's search opened before its body came from the store: the
    /// article and the query, searched when it comes.
    search_after_body: Option<(usize, String)>,
    /// The search index of a library of files, kept between searches (`app/files_index.rs`).
    files: files_index::FilesSearch,
    /// The job making the library pane's keys: its id and the listing they are for.
    keys_job: Option<(u64, u64)>,
}

impl App {
    /// A reader on article `current` of `library`, at size 0×0 until the first `Resize`.
    pub fn new(library: Library, current: usize, render: Render) -> App {
        App::on_shelf(library, None, current, render)
    }

    /// [`App::new`] on a library of subscriptions and its shelf ([`Shelf::open`]).
    pub fn on_shelf(library: Library, shelf: Option<Shelf>, current: usize, render: Render) -> App {
        let current = current.min(library.articles.len().saturating_sub(1));
        let mut app = App {
            view: ArticleView::empty(render),
            library,
            current,
            library_view: LibraryView::default(),
            focus: Pane::Body,
            show_library: false,
            side: None,
            overlay: None,
            keymap: Keymap::default(),
            theme: Theme::default(),
            msg: Messages::default(),
            render,
            reveal: false,
            size: (0, 0),
            chrome: Chrome::default(),
            finder: Finder::default(),
            history: History::default(),
            message: None,
            loading: None,
            last_job: 0,
            shelf,
            store_ops: Vec::new(),
            open_after_relist: None,
            errands: Vec::new(),
            copying: None,
            store_path: None,
            revisit_after_body: None,
            search_after_body: None,
            files: files_index::FilesSearch::default(),
            keys_job: None,
        };
        app.open(current);
        app
    }

    /// The article on screen. The library is never empty (`Library::open` fails then).
    pub fn article(&self) -> &Article {
        &self.library.articles[self.current]
    }

    /// The scope keys are looked up in, the one precedence: the overlay on top (a prompt in
    /// it, the help's search or `a`'s address, takes the search prompt's keys), then the
    /// search prompt, then the reader. Global keys work in every scope ([`Keymap::action_for`]).
    pub fn scope(&self) -> Scope {
        match &self.overlay {
            Some(Overlay::Help(h)) if h.typing => Scope::Search,
            Some(Overlay::Help(_)) => Scope::Help,
            Some(Overlay::Address(_)) => Scope::Search,
            Some(Overlay::Links(_)) => Scope::Links,
            None if self.finder.prompt.is_some() => Scope::Search,
            None => self.library_scope().unwrap_or(Scope::Reader),
        }
    }

    /// The cached layouts of the texts around the body, for the panes.
    pub fn chrome(&self) -> &Chrome {
        &self.chrome
    }

    /// The articles read before and after this one.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// The last message of the status line, if any.
    pub fn message(&self) -> Option<&Message> {
        self.message.as_ref()
    }

    /// `keymap::action_for(mode, key)` in the current mode.
    pub fn action_for(&self, key: &Key) -> Option<Action> {
        self.keymap.action_for(self.scope(), key)
    }

    /// The panes' rectangles at the current size.
    pub fn areas(&self) -> Areas {
        self.areas_in(Rect::new(0, 0, self.size.0, self.size.1))
    }

    /// The panes' rectangles in a frame of `area`.
    pub fn areas_in(&self, area: Rect) -> Areas {
        Areas::compute(&self.frame_input(), area)
    }

    /// What the frame's geometry depends on.
    fn frame_input(&self) -> frame::Input<'_> {
        frame::Input {
            article: self.article(),
            current: self.current,
            finder: &self.finder,
            render: self.render,
            reveal: self.reveal,
            chrome: &self.chrome,
            show_library: self.show_library,
            side: self.side,
            ui_rtl: self.msg.direction().is_rtl(),
        }
    }

    /// Lays out what the next frame shows around the body, unless already cached.
    fn refresh_chrome(&mut self) {
        let mut chrome = std::mem::take(&mut self.chrome);
        chrome.refresh_headline(&self.frame_input(), self.size);
        self.chrome = chrome;
        let areas = self.areas();
        let mut chrome = std::mem::take(&mut self.chrome);
        let entries = Entries {
            quotes: &self.view.quotes,
            quote_offset: self.view.quote_list.offset,
            link_offset: self.view.link_list.offset,
        };
        chrome.refresh(&self.frame_input(), &areas, &entries);
        self.chrome = chrome;
    }

    /// Shows article `i` from its top.
    pub fn open(&mut self, i: usize) {
        if i >= self.library.articles.len() {
            return;
        }
        if let Some(shelf) = self.shelf.as_mut() {
            self.store_ops.extend(shelf.open_item(i));
        }
        self.current = i;
        // Its "read also" links, resolved when first opened (`Library::open_lazy`).
        self.library.resolve_links_of(i);
        self.view = ArticleView::new(&self.library.articles[i], self.render).revealing(self.reveal);
        self.overlay = None;
        self.finder.clear();
        self.finder.forget_article();
        self.finder.prompt = None;
        self.relayout();
    }

    /// Fits the pager and the lists to the current areas.
    fn relayout(&mut self) {
        self.refresh_chrome();
        let areas = self.areas();
        if areas.too_small {
            return;
        }
        let body = &self.library.articles[self.current].body;
        self.view.pager.resize(
            body,
            usize::from(areas.body.width),
            usize::from(areas.body.height),
        );
        self.view.quote_list.keep_visible(areas.quote_capacity());
        self.view.link_list.keep_visible(areas.link_capacity());
        self.library_view.keep_visible(library_lines(&areas));
        if !areas.is_visible(self.focus) {
            self.focus = Pane::Body;
        }
        self.fit_links_list(0);
    }

    /// Applies one action; returns what the event loop must do.
    pub fn update(&mut self, action: Action) -> Option<Effect> {
        let effect = self.apply(action).or_else(|| self.store_work());
        self.refresh_library(action);
        self.mark_visible();
        self.refresh_chrome();
        effect
    }

    /// Global actions first (they work under every overlay), then the scope's own handling.
    fn apply(&mut self, action: Action) -> Option<Effect> {
        let scope = self.scope();
        if matches!(scope, Scope::Reader | Scope::Library) && !matches!(action, Action::Resize(..))
        {
            // A key in the reader drops the last note.
            self.finder.note = None;
            self.message = None;
            self.clear_feed_note();
        }
        match action {
            Action::Quit => return Some(Effect::Quit),
            Action::Suspend => return Some(Effect::Suspend),
            Action::Redraw => return Some(Effect::Redraw),
            Action::Resize(w, h) => {
                self.size = (w, h);
                self.relayout();
                return None;
            }
            _ => {}
        }
        match scope {
            Scope::Help => self.update_help(action),
            Scope::Links => self.update_links_list(action),
            Scope::Search if self.help_typing() => self.update_help_prompt(action),
            Scope::Search if self.address_prompt().is_some() => self.update_address(action),
            Scope::Search => self.update_prompt(action),
            Scope::Reader => self.update_reader(action),
            Scope::Library => self.update_library(action),
            Scope::Filter => self.update_library_prompt(action),
            Scope::Confirm => self.update_question(action),
        }
    }

    /// A key in the reader, no overlay or prompt open.
    fn update_reader(&mut self, action: Action) -> Option<Effect> {
        match action {
            Action::Down => self.step(1),
            Action::Up => self.step(-1),
            Action::PageDown => self.step(self.page(1, 1)),
            Action::PageUp => self.step(self.page(-1, 1)),
            Action::HalfDown => self.step(self.page(1, 2)),
            Action::HalfUp => self.step(self.page(-1, 2)),
            Action::Top => self.step(isize::MIN),
            Action::Bottom => self.step(isize::MAX),
            Action::NextArticle => self.navigate((self.current + 1) % self.library.articles.len()),
            Action::PrevArticle => {
                let n = self.library.articles.len();
                self.navigate((self.current + n - 1) % n);
            }
            Action::ToggleLibrary => self.toggle_library(),
            Action::ToggleSide => {
                let shown = self.areas().quotes.is_some();
                self.side = Some(!shown);
                self.relayout();
            }
            Action::ToggleBidi => {
                self.render.bidi = !self.render.bidi;
                self.reveal = !self.render.bidi;
                let body = &self.library.articles[self.current].body;
                self.view.pager.set_render(body, self.render);
                self.view.pager.set_reveal(body, self.reveal);
                self.relayout();
            }
            Action::Save if self.keepable(self.current) => return self.keep_article(),
            Action::ToggleRead | Action::Save | Action::Refresh => {
                return self.feeds_action(action, self.current);
            }
            Action::AddFeed => self.open_address_prompt(),
            Action::FocusNext => self.cycle_focus(1),
            Action::FocusPrev => self.cycle_focus(-1),
            Action::Activate => return self.activate(),
            Action::Help => self.overlay = Some(Overlay::Help(HelpState::default())),
            Action::Close => self.close(),
            Action::Search => self.open_prompt(),
            Action::SearchNext => self.next_match(true),
            Action::SearchPrev => self.next_match(false),
            Action::NextLink => self.step_link(true),
            Action::PrevLink => self.step_link(false),
            Action::FollowNumber(n) => return self.follow_number(n),
            Action::Back => self.go_back(),
            Action::Forward => self.go_forward(),
            // Mirrored in a right-to-left UI: the arrow that points into the text follows.
            Action::Right | Action::Left => {
                let follows = (action == Action::Right) != self.msg.direction().is_rtl();
                if follows {
                    return self.activate();
                }
                self.go_back();
            }
            Action::OpenExternal => return self.open_external(),
            Action::Copy => return self.copy(),
            Action::LinksList => self.open_links_list(),
            Action::Wheel { column, row, down } => self.wheel(column, row, down),
            _ => {}
        }
        None
    }
}
