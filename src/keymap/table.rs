//! The built-in key table, declared once: each row names its scope, its keys, its action (with
//! the action's config name in the reader scope), the help overlay's description, the status
//! line's hint and, for the README, any detail the help has no room for. The help overlay, the
//! hints, the README's key table (`tests/readme_keys.rs`), `config --print` and every message
//! that names a key are made from these rows; to add a key, add a row here (and the action's
//! handling in `App::update`). Nothing but the table is in this file.

use crossterm::event::KeyCode as K;

use super::Action::{self, *};
use super::{Key, Scope};

/// One declared row.
#[derive(Debug, Clone, Copy)]
pub struct Row {
    pub scope: Scope,
    /// The action's name in the config's `[keys]` (reader rows; every reader action has one).
    pub name: Option<&'static str>,
    pub keys: &'static [Key],
    pub action: Action,
    /// What the help overlay (and the README) says.
    pub help: &'static str,
    /// The status line's word for it; rows with equal hints share one entry (`j/k scroll`).
    pub hint: Option<&'static str>,
    /// What the README adds after the description.
    pub more: Option<&'static str>,
}

const fn row(scope: Scope, keys: &'static [Key], action: Action, help: &'static str) -> Row {
    Row {
        scope,
        name: None,
        keys,
        action,
        help,
        hint: None,
        more: None,
    }
}

/// A reader row, bindable in the config under `name`.
const fn r(name: &'static str, keys: &'static [Key], action: Action, help: &'static str) -> Row {
    let mut row = row(Scope::Reader, keys, action, help);
    row.name = Some(name);
    row
}

const fn s(keys: &'static [Key], action: Action, help: &'static str) -> Row {
    row(Scope::Search, keys, action, help)
}

const fn l(keys: &'static [Key], action: Action, help: &'static str) -> Row {
    row(Scope::Links, keys, action, help)
}

/// A row of the library pane (focused); keys it does not bind are the reader's.
const fn lib(keys: &'static [Key], action: Action, help: &'static str) -> Row {
    row(Scope::Library, keys, action, help)
}

/// A row of the library's prompt (the filter, the search of everything).
const fn f(keys: &'static [Key], action: Action, help: &'static str) -> Row {
    row(Scope::Filter, keys, action, help)
}

/// A row of a question (mark all read?).
const fn q(keys: &'static [Key], action: Action, help: &'static str) -> Row {
    row(Scope::Confirm, keys, action, help)
}

const fn h(keys: &'static [Key], action: Action, help: &'static str) -> Row {
    row(Scope::Help, keys, action, help)
}

impl Row {
    const fn hint(mut self, hint: &'static str) -> Row {
        self.hint = Some(hint);
        self
    }

    const fn more(mut self, more: &'static str) -> Row {
        self.more = Some(more);
        self
    }
}

/// The help text of the nine number keys (the overlay shows them as one row, `1–9`).
pub const FOLLOW_NUMBER: &str = "Follow read-also link 1–9";

const fn ch(c: char) -> Key {
    Key::ch(c)
}

const fn k(code: K) -> Key {
    Key::plain(code)
}

/// The default table, in the order the help overlay lists it.
#[rustfmt::skip]
pub const ROWS: &[Row] = &[
    r("down", &[ch('j'), k(K::Down)], Down, "Scroll down a line / next entry").hint("scroll")
        .more("in the focused list: the next entry"),
    r("up", &[ch('k'), k(K::Up)], Up, "Scroll up a line / previous entry").hint("scroll"),
    r("page-down", &[ch(' '), k(K::PageDown)], PageDown, "Page down").hint("page"),
    r("page-up", &[ch('b'), k(K::PageUp)], PageUp, "Page up"),
    r("half-down", &[Key::ctrl('d')], HalfDown, "Half a page down"),
    r("half-up", &[Key::ctrl('u')], HalfUp, "Half a page up"),
    r("top", &[ch('g'), k(K::Home)], Top, "Go to the top"),
    r("bottom", &[ch('G'), k(K::End)], Bottom, "Go to the end"),
    r("next-article", &[ch('J')], NextArticle, "Next article of the library (wraps around)")
        .hint("article"),
    r("prev-article", &[ch('K')], PrevArticle, "Previous article of the library").hint("article"),
    r("library", &[ch('L')], ToggleLibrary, "Show or hide the library pane").hint("library"),
    r("side", &[ch('S')], ToggleSide, "Show or hide the quotes and read-also column")
        .more("below 80 columns the column is shown under the body"),
    r("bidi", &[ch('B')], ToggleBidi, "Visual or logical order (reveals bidi-control tricks)")
        .more("visual order is bidi on, logical order is off"),
    r("toggle-read", &[ch('m')], ToggleRead, "Subscriptions: mark the item read or unread"),
    r("save", &[ch('s')], Save, "Save the item for later (again: unsave); any other article: keep it in the store")
        .more("a file, a followed page or a bundled article is kept as a saved item of no feed, \
               which `khabar search` finds"),
    r("refresh", &[ch('r')], Refresh, "Subscriptions: update every feed in the background")
        .more("the status line shows `updating 3/12…`, then the summary; the reader keeps answering"),
    r("add-feed", &[ch('a')], AddFeed, "Subscribe to an address (a feed, or a page that names one)")
        .more("typed in a prompt (Enter subscribes, Esc cancels); the feed is fetched at once, and \
               the store is made when there is none yet"),
    r("focus-next", &[ch('w')], FocusNext, "Focus the next pane (body, quotes, read also, library)")
        .hint("pane"),
    r("focus-prev", &[ch('W')], FocusPrev, "Focus the previous pane"),
    r("next-link", &[k(K::Tab)], NextLink, "Focus the next link (body, then read also; wraps)")
        .hint("link")
        .more("the first one starts at the top of the screen, not of the article; the focused link \
               is drawn reversed, the body scrolls to it, and the status line shows \
               `link i/N → target`"),
    r("prev-link", &[k(K::BackTab)], PrevLink, "Focus the previous link"),
    r("activate", &[k(K::Enter)], Activate, "Follow the link / jump to the quote / open the article")
        .more("see *Following links*; with no link focused on a feed item that holds only its \
               summary, load the full article; quotes: scroll the body to the quote and mark it"),
    r("follow-1", &[ch('1')], FollowNumber(1), FOLLOW_NUMBER),
    r("follow-2", &[ch('2')], FollowNumber(2), FOLLOW_NUMBER),
    r("follow-3", &[ch('3')], FollowNumber(3), FOLLOW_NUMBER),
    r("follow-4", &[ch('4')], FollowNumber(4), FOLLOW_NUMBER),
    r("follow-5", &[ch('5')], FollowNumber(5), FOLLOW_NUMBER),
    r("follow-6", &[ch('6')], FollowNumber(6), FOLLOW_NUMBER),
    r("follow-7", &[ch('7')], FollowNumber(7), FOLLOW_NUMBER),
    r("follow-8", &[ch('8')], FollowNumber(8), FOLLOW_NUMBER),
    r("follow-9", &[ch('9')], FollowNumber(9), FOLLOW_NUMBER),
    r("back", &[k(K::Backspace), Key::alt_code(K::Left)], Back,
        "Back to the previous article, where you left it").hint("back")
        .more("at the scroll position, focused link and pane; the status line shows `history 2/3`"),
    r("forward", &[Key::alt_code(K::Right)], Forward, "Forward again"),
    r("right", &[k(K::Right)], Right, "Follow the link / open, as Enter")
        .more("as in lynx; mirrored in a right-to-left UI (ar, fa, ur, he), where → goes back"),
    r("left", &[k(K::Left)], Left, "Back, as Backspace")
        .more("mirrored in a right-to-left UI, where ← follows"),
    r("links", &[ch('u')], LinksList, "List every link (type to filter, Enter follows)")
        .hint("links")
        .more("the filter is folded like the search"),
    r("open", &[ch('o')], OpenExternal, "Open the focused link (or the article) in the browser"),
    r("copy", &[ch('y')], Copy, "Copy the focused link's address or quote (OSC 52)")
        .more("the quote selected in the quotes pane, or marked with Enter"),
    r("search", &[ch('/')], Search, "Search as you type (re: for a regular expression)")
        .hint("search")
        .more("folded like `dump --search`; the status line shows `[mode] match i/N`"),
    r("search-next", &[ch('n')], SearchNext, "Next match (wraps around)"),
    r("search-prev", &[ch('N')], SearchPrev, "Previous match"),
    r("help", &[ch('?')], Help, "Show this help").hint("help"),
    r("close", &[k(K::Esc)], Close, "Close the library pane / clear the search")
        .more("first cancels a page being loaded; last drops the link focus"),
    r("quit", &[ch('q'), Key::ctrl('c')], Quit, "Quit").hint("quit"),
    r("suspend", &[Key::ctrl('z')], Suspend, "Suspend to the shell (fg resumes)"),
    r("redraw", &[Key::ctrl('l')], Redraw, "Redraw the screen"),
    s(&[k(K::Enter)], SearchConfirm, "Search: keep the query").hint("keep"),
    s(&[k(K::Esc)], SearchCancel, "Search: cancel, back to where you were").hint("cancel"),
    s(&[Key::ctrl('t'), Key::alt('e')], SearchMode, "Search: folding mode (folded, loose, exact)")
        .hint("mode"),
    s(&[k(K::Up)], HistoryPrev, "Search: previous query of the session").hint("history"),
    s(&[k(K::Down)], HistoryNext, "Search: next query of the session").hint("history"),
    s(&[k(K::Backspace)], DeleteBack, "Search: delete a character"),
    s(&[Key::ctrl('u')], ClearQuery, "Search: clear the query"),
    lib(&[ch('/')], SearchAll, "Library: search every article (Enter opens it at the match)")
        .hint("search")
        .more("results list headline, feed, date and the matching line; `n`/`N` go on in the article"),
    lib(&[ch('F')], LibraryFilter, "Library: filter as you type (headline, feed, author)")
        .hint("filter")
        .more("folded like the search: `الصين` finds `الصّين`"),
    lib(&[ch('l')], UnreadOnly, "Library: only unread items, or all (as newsboat's `l`)")
        .hint("unread"),
    lib(&[ch('O')], SortNext, "Library: sort by date, feed, title, unread first").hint("sort"),
    lib(&[ch('T')], ToggleGroups, "Library: items under their feed's heading, or one list"),
    lib(&[ch('A')], MarkFeedRead, "Library: mark the selected feed read (asks first)"),
    lib(&[ch('C')], MarkAllRead, "Library: mark every item read (asks first)")
        .more("the view (sort, unread only, headings) is kept for the next run"),
    f(&[k(K::Enter)], SearchConfirm, "Library prompt: keep the filter / search").hint("keep"),
    f(&[k(K::Esc)], SearchCancel, "Library prompt: drop it").hint("cancel"),
    f(&[k(K::Backspace)], DeleteBack, "Library prompt: delete a character"),
    f(&[Key::ctrl('u')], ClearQuery, "Library prompt: clear it"),
    q(&[ch('y')], Confirm, "Question: yes").hint("yes"),
    q(&[ch('n'), k(K::Esc)], Close, "Question: no").hint("no"),
    l(&[k(K::Down), Key::ctrl('n')], Down, "Links: next entry").hint("move"),
    l(&[k(K::Up), Key::ctrl('p')], Up, "Links: previous entry").hint("move"),
    l(&[k(K::PageDown)], PageDown, "Links: page down"),
    l(&[k(K::PageUp)], PageUp, "Links: page up"),
    l(&[k(K::Enter)], Activate, "Links: follow the selected link").hint("follow"),
    l(&[k(K::Esc)], Close, "Links: close the list").hint("close"),
    l(&[k(K::Backspace)], DeleteBack, "Links: delete a character of the filter"),
    l(&[Key::ctrl('u')], ClearQuery, "Links: clear the filter"),
    h(&[ch('j'), k(K::Down)], Down, "Scroll the help down"),
    h(&[ch('k'), k(K::Up)], Up, "Scroll the help up"),
    h(&[ch(' '), k(K::PageDown)], PageDown, "Page the help down"),
    h(&[ch('b'), k(K::PageUp)], PageUp, "Page the help up"),
    h(&[ch('g'), k(K::Home)], Top, "Go to the top of the help"),
    h(&[ch('G'), k(K::End)], Bottom, "Go to the end of the help"),
    h(&[ch('/')], Search, "Search the help (folded; Enter keeps, Esc cancels)"),
    h(&[ch('n')], SearchNext, "Next match in the help (wraps around)"),
    h(&[ch('N')], SearchPrev, "Previous match in the help"),
    h(&[k(K::Esc), ch('?'), ch('q')], Close, "Close the help"),
];
