//! Key lookup: (scope, key) → [`Action`] over the rows of the one key table
//! ([`table::ROWS`]), with the config's overrides applied ([`Keymap::with_overrides`]), and the
//! names of the keys bound now for everything that shows them: the status hints
//! ([`Keymap::hints_for`]), the help overlay and README ([`Keymap::entries`], `doc.rs`) and
//! messages ([`Keymap::say`]), so a rebinding shows everywhere. Nothing else knows key codes.
//!
//! The search prompt and the links list are scopes of their own: their table keys first, any
//! other character is typed ([`Action::Input`]). Every reader action, the link keys (Tab,
//! Backspace, `o`, `y`, `u`, `1`–`9`) included, can be rebound in the config.
mod doc;
mod key;
mod table;

use crossterm::event::{KeyCode, KeyModifiers};

pub use doc::Entry;
pub use key::Key;
pub use table::{FOLLOW_NUMBER, ROWS, Row};

/// What a key asks for. Bindable actions have a [`Action::name`] for the config file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Down,
    Up,
    PageDown,
    PageUp,
    HalfDown,
    HalfUp,
    Top,
    Bottom,
    NextArticle,
    PrevArticle,
    ToggleLibrary,
    ToggleSide,
    /// Visual order (bidi on) or logical order (off), to reveal text that bidi controls hide.
    ToggleBidi,
    /// Subscriptions: mark the open item read or unread.
    ToggleRead,
    /// Subscriptions: save the open item for later, or unsave it.
    Save,
    /// Subscriptions: update every feed in the background.
    Refresh,
    /// Subscribe to an address typed in a prompt (a feed, or a page that names one).
    AddFeed,
    FocusNext,
    FocusPrev,
    Activate,
    Help,
    Close,
    Quit,
    Suspend,
    Redraw,
    /// Open the search prompt.
    Search,
    SearchNext,
    SearchPrev,
    /// Focus the next link in reading order (body links, then read also), wrapping.
    NextLink,
    PrevLink,
    /// Follow read-also link N (1-based).
    FollowNumber(u8),
    /// Back / forward in the history of articles followed.
    Back,
    Forward,
    /// → as in lynx: follow (Enter); back (Backspace) when the UI is right to left.
    Right,
    /// ← as in lynx: back (Backspace); follow (Enter) when the UI is right to left.
    Left,
    /// Open the focused link (or the article's own address) in the browser.
    OpenExternal,
    /// Copy the focused link's address or the focused quote to the clipboard (OSC 52).
    Copy,
    /// The overlay listing every link of the article.
    LinksList,
    /// In the prompt: keep the query and close the prompt.
    SearchConfirm,
    /// In the prompt: drop the query and go back to where the body was.
    SearchCancel,
    /// In the prompt: the next folding mode (folded → loose → exact).
    SearchMode,
    HistoryPrev,
    HistoryNext,
    /// In the prompt: delete the last grapheme.
    DeleteBack,
    /// In the prompt: clear the text.
    ClearQuery,
    /// Library pane: type to filter the items (headline, feed, author).
    LibraryFilter,
    /// Library pane: show only unread items, or every item again.
    UnreadOnly,
    /// Library pane: the next order (date, feed, title, unread first).
    SortNext,
    /// Library pane: items under their feed's heading, or one list.
    ToggleGroups,
    /// Library pane: mark every item of the selected feed read (asks first).
    MarkFeedRead,
    /// Library pane: mark every item read (asks first).
    MarkAllRead,
    /// Library pane: search every stored article.
    SearchAll,
    /// A question's answer: yes.
    Confirm,
    /// A character typed into the prompt (not bindable).
    Input(char),
    /// The terminal's new size in columns and rows (not bindable).
    Resize(u16, u16),
    /// A mouse wheel step at a screen position; `down` scrolls towards the end (not bindable).
    Wheel {
        column: u16,
        row: u16,
        down: bool,
    },
}

/// Where a binding applies: the reader itself, or the help overlay that takes keys first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Reader,
    Help,
    /// The search prompt.
    Search,
    /// The links list overlay (typing filters it).
    Links,
    /// The library pane when it has the focus: its own keys first, then the reader's.
    Library,
    /// The library's prompt: the filter or the search of everything (typing edits it).
    Filter,
    /// A question waits for its answer (mark all read?).
    Confirm,
}

/// One row of the table.
#[derive(Debug, Clone)]
pub struct Binding {
    pub scope: Scope,
    pub keys: Vec<Key>,
    pub action: Action,
    /// What the help overlay says.
    pub description: &'static str,
    /// The status line's word for it; bindings with equal hints share one entry (`j/k scroll`).
    pub hint: Option<&'static str>,
    /// What the README adds after the description.
    pub more: Option<&'static str>,
}

/// The actions the config file may rebind, by name, in table order: the reader rows' names.
pub fn action_names() -> impl Iterator<Item = (&'static str, Action)> {
    ROWS.iter().filter_map(|row| Some((row.name?, row.action)))
}

impl Action {
    /// Actions about the terminal and the process, not the pane or overlay on top: their keys
    /// work in every scope.
    pub fn is_global(self) -> bool {
        matches!(self, Action::Quit | Action::Suspend | Action::Redraw)
    }

    /// The config name of a bindable action.
    pub fn name(self) -> Option<&'static str> {
        action_names().find(|(_, a)| *a == self).map(|(n, _)| n)
    }

    pub fn from_name(name: &str) -> Option<Action> {
        action_names().find(|(n, _)| *n == name).map(|(_, a)| a)
    }
}

/// Why a key override was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error("unknown action {0:?}")]
    UnknownAction(String),
    #[error("cannot read key {0:?} (try \"j\", \"ctrl-d\", \"pagedown\")")]
    BadKey(String),
}

/// The key table in use: defaults with the config's overrides applied.
#[derive(Debug, Clone)]
pub struct Keymap {
    pub bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        let bindings = ROWS
            .iter()
            .map(|row| Binding {
                scope: row.scope,
                keys: row.keys.to_vec(),
                action: row.action,
                description: row.help,
                hint: row.hint,
                more: row.more,
            })
            .collect();
        Keymap { bindings }
    }
}

impl Keymap {
    /// Replaces the reader keys of each named action with the given keys.
    pub fn with_overrides(overrides: &[(String, Vec<String>)]) -> Result<Keymap, KeyError> {
        let mut map = Keymap::default();
        for (name, keys) in overrides {
            let action =
                Action::from_name(name).ok_or_else(|| KeyError::UnknownAction(name.clone()))?;
            let keys = keys
                .iter()
                .map(|k| Key::parse(k).ok_or_else(|| KeyError::BadKey(k.clone())))
                .collect::<Result<Vec<_>, _>>()?;
            // A key moves to its new action: no key may mean two things.
            for b in map.bindings.iter_mut().filter(|b| b.scope == Scope::Reader) {
                b.keys.retain(|k| !keys.contains(k));
            }
            for b in map.bindings.iter_mut() {
                if b.scope == Scope::Reader && b.action == action {
                    b.keys = keys.clone();
                }
            }
        }
        Ok(map)
    }

    /// `keymap::action_for(mode, key)`: the action a key means in a scope. One precedence:
    /// the scope's own binding, then (in the search prompt and the links list) a character no
    /// binding takes is typed, then a global action's reader key ([`Action::is_global`]), so
    /// Ctrl-Z, Ctrl-L and Ctrl-C work under every overlay.
    pub fn action_for(&self, scope: Scope, key: &Key) -> Option<Action> {
        let bound = self.bound(scope, key);
        match (bound, scope, key.code) {
            (None, Scope::Library, _) => self.bound(Scope::Reader, key),
            (None, Scope::Search | Scope::Links | Scope::Filter, KeyCode::Char(c))
                if !key
                    .mods
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                Some(Action::Input(c))
            }
            (None, _, _) => self.bound(Scope::Reader, key).filter(|a| a.is_global()),
            _ => bound,
        }
    }

    fn bound(&self, scope: Scope, key: &Key) -> Option<Action> {
        self.bindings
            .iter()
            .find(|b| b.scope == scope && b.keys.contains(key))
            .map(|b| b.action)
    }

    /// The first key bound to `action` in `scope`: what a message names (rule: every message
    /// that names a key asks the keymap for it, so a rebinding shows there too).
    pub fn key(&self, scope: Scope, action: Action) -> Option<Key> {
        self.bindings
            .iter()
            .find(|b| b.scope == scope && b.action == action)
            .and_then(|b| b.keys.first().copied())
    }

    /// The reader key of `action` as a sentence names it (`Tab`, `Esc`, `r`), `(unbound)` when
    /// the config left it none.
    pub fn say(&self, action: Action) -> String {
        self.say_in(Scope::Reader, action)
    }

    /// [`Keymap::say`] in another scope (the links list's `Enter`, `Esc`).
    pub fn say_in(&self, scope: Scope, action: Action) -> String {
        self.key(scope, action)
            .map_or_else(|| "(unbound)".to_string(), |k| k.prose())
    }

    /// The status line hints: `j/k scroll`, `space page`, …, in table order.
    pub fn hints(&self) -> Vec<String> {
        self.hints_for(Scope::Reader)
    }

    /// The hints of one scope's bindings.
    pub fn hints_for(&self, scope: Scope) -> Vec<String> {
        self.hints_in(scope, str::to_string)
    }

    /// The hints of one scope's bindings, each word put in the UI's language by `word` (the
    /// status line gives it the message `hint-WORD`).
    pub fn hints_in(&self, scope: Scope, word: impl Fn(&str) -> String) -> Vec<String> {
        self.hints_of(scope, |_| true, word)
    }

    /// [`Keymap::hints_in`] for the actions `only` keeps (a prompt that shares a scope's keys
    /// but not all of them: `a`'s address prompt takes the search's Enter and Esc only).
    pub fn hints_of(
        &self,
        scope: Scope,
        only: impl Fn(Action) -> bool,
        word: impl Fn(&str) -> String,
    ) -> Vec<String> {
        let mut out: Vec<(&str, Vec<String>)> = Vec::new();
        for b in (self.bindings.iter()).filter(|b| b.scope == scope && only(b.action)) {
            let (Some(hint), Some(key)) = (b.hint, b.keys.first()) else {
                continue;
            };
            match out.iter_mut().find(|(h, _)| *h == hint) {
                Some((_, keys)) => keys.push(key.to_string()),
                None => out.push((hint, vec![key.to_string()])),
            }
        }
        out.into_iter()
            .map(|(h, keys)| format!("{} {}", keys.join("/"), word(h)))
            .collect()
    }
}

#[cfg(test)]
mod tests;
