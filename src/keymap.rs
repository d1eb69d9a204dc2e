//! The one key table: (scope, key) → [`Action`], each binding with the description the help
//! overlay shows and the short hint the status line shows, so keys, help and hints never
//! disagree. Config overrides replace an action's keys here; nothing else knows key codes.
//!
//! The search prompt and the links list are scopes of their own: their table keys first, any
//! other character is typed ([`Action::Input`]). Every reader action, the link keys (Tab,
//! Backspace, `o`, `y`, `u`, `1`–`9`) included, can be rebound in the config.

use std::fmt;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

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
}

/// A key with its modifiers. Shift is folded into the character (`J`, not `shift-j`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    pub const fn plain(code: KeyCode) -> Key {
        Key {
            code,
            mods: KeyModifiers::NONE,
        }
    }

    pub const fn ch(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }

    pub const fn alt(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            mods: KeyModifiers::ALT,
        }
    }

    pub const fn alt_code(code: KeyCode) -> Key {
        Key {
            code,
            mods: KeyModifiers::ALT,
        }
    }

    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            mods: KeyModifiers::CONTROL,
        }
    }

    /// The key of a terminal event, with Shift dropped from characters (the terminal already
    /// sent `J`) and from Shift-Tab (BackTab says it), and only Ctrl and Alt kept.
    pub fn from_event(ev: &KeyEvent) -> Key {
        let mods = ev.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        let code = match ev.code {
            KeyCode::Char(c) if mods.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            c => c,
        };
        Key { code, mods }
    }

    /// Parses `j`, `J`, `ctrl-d`, `alt-x`, `space`, `enter`, `esc`, `pagedown`, `f5`, `?`.
    pub fn parse(s: &str) -> Option<Key> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = s;
        loop {
            let lower = rest.to_ascii_lowercase();
            if let Some(r) = lower.strip_prefix("ctrl-").map(str::len) {
                mods |= KeyModifiers::CONTROL;
                rest = &rest[rest.len() - r..];
            } else if let Some(r) = lower.strip_prefix("alt-").map(str::len) {
                mods |= KeyModifiers::ALT;
                rest = &rest[rest.len() - r..];
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) if !c.is_control() => {
                let c = if mods.contains(KeyModifiers::CONTROL) {
                    c.to_ascii_lowercase()
                } else {
                    c
                };
                KeyCode::Char(c)
            }
            _ => named_key(&rest.to_ascii_lowercase())?,
        };
        Some(Key { code, mods })
    }
}

fn named_key(name: &str) -> Option<KeyCode> {
    Some(match name {
        "space" => KeyCode::Char(' '),
        "enter" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "backtab" => KeyCode::BackTab,
        "backspace" => KeyCode::Backspace,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "pageup" => KeyCode::PageUp,
        "pagedown" => KeyCode::PageDown,
        "insert" => KeyCode::Insert,
        "delete" => KeyCode::Delete,
        f if f.starts_with('f') => {
            KeyCode::F(f[1..].parse().ok().filter(|n| (1..=24).contains(n))?)
        }
        _ => return None,
    })
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.contains(KeyModifiers::CONTROL) {
            f.write_str("ctrl-")?;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            f.write_str("alt-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("enter"),
            KeyCode::Esc => f.write_str("esc"),
            KeyCode::Tab => f.write_str("tab"),
            KeyCode::BackTab => f.write_str("backtab"),
            KeyCode::Backspace => f.write_str("backspace"),
            KeyCode::Up => f.write_str("up"),
            KeyCode::Down => f.write_str("down"),
            KeyCode::Left => f.write_str("left"),
            KeyCode::Right => f.write_str("right"),
            KeyCode::Home => f.write_str("home"),
            KeyCode::End => f.write_str("end"),
            KeyCode::PageUp => f.write_str("pageup"),
            KeyCode::PageDown => f.write_str("pagedown"),
            KeyCode::Insert => f.write_str("insert"),
            KeyCode::Delete => f.write_str("delete"),
            KeyCode::F(n) => write!(f, "f{n}"),
            _ => f.write_str("?"),
        }
    }
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
}

/// The help text of the nine number keys (the overlay shows them as one row, `1–9`).
pub const FOLLOW_NUMBER: &str = "Follow read-also link 1–9";

/// The default table, in the order the help overlay lists it.
fn defaults() -> Vec<Binding> {
    use Action::*;
    use KeyCode as K;
    let r = |keys: &[Key], action, description, hint| Binding {
        scope: Scope::Reader,
        keys: keys.to_vec(),
        action,
        description,
        hint,
    };
    let s = |keys: &[Key], action, description, hint| Binding {
        scope: Scope::Search,
        keys: keys.to_vec(),
        action,
        description,
        hint,
    };
    let l = |keys: &[Key], action, description, hint| Binding {
        scope: Scope::Links,
        keys: keys.to_vec(),
        action,
        description,
        hint,
    };
    let h = |keys: &[Key], action, description| Binding {
        scope: Scope::Help,
        keys: keys.to_vec(),
        action,
        description,
        hint: None,
    };
    vec![
        r(
            &[Key::ch('j'), Key::plain(K::Down)],
            Down,
            "Scroll down a line / next entry",
            Some("scroll"),
        ),
        r(
            &[Key::ch('k'), Key::plain(K::Up)],
            Up,
            "Scroll up a line / previous entry",
            Some("scroll"),
        ),
        r(
            &[Key::ch(' '), Key::plain(K::PageDown)],
            PageDown,
            "Page down",
            Some("page"),
        ),
        r(
            &[Key::ch('b'), Key::plain(K::PageUp)],
            PageUp,
            "Page up",
            None,
        ),
        r(&[Key::ctrl('d')], HalfDown, "Half a page down", None),
        r(&[Key::ctrl('u')], HalfUp, "Half a page up", None),
        r(
            &[Key::ch('g'), Key::plain(K::Home)],
            Top,
            "Go to the top",
            None,
        ),
        r(
            &[Key::ch('G'), Key::plain(K::End)],
            Bottom,
            "Go to the end",
            None,
        ),
        r(
            &[Key::ch('J')],
            NextArticle,
            "Next article of the library (wraps around)",
            Some("article"),
        ),
        r(
            &[Key::ch('K')],
            PrevArticle,
            "Previous article of the library",
            Some("article"),
        ),
        r(
            &[Key::ch('L')],
            ToggleLibrary,
            "Show or hide the library pane",
            Some("library"),
        ),
        r(
            &[Key::ch('S')],
            ToggleSide,
            "Show or hide the quotes and read-also column",
            None,
        ),
        r(
            &[Key::ch('B')],
            ToggleBidi,
            "Visual or logical order (reveals bidi-control tricks)",
            None,
        ),
        r(
            &[Key::ch('m')],
            ToggleRead,
            "Subscriptions: mark the item read or unread",
            None,
        ),
        r(
            &[Key::ch('s')],
            Save,
            "Subscriptions: save the item for later (again: unsave)",
            None,
        ),
        r(
            &[Key::ch('r')],
            Refresh,
            "Subscriptions: update every feed in the background",
            None,
        ),
        r(
            &[Key::ch('w')],
            FocusNext,
            "Focus the next pane (body, quotes, read also, library)",
            Some("pane"),
        ),
        r(&[Key::ch('W')], FocusPrev, "Focus the previous pane", None),
        r(
            &[Key::plain(K::Tab)],
            NextLink,
            "Focus the next link (body, then read also; wraps)",
            Some("link"),
        ),
        r(
            &[Key::plain(K::BackTab)],
            PrevLink,
            "Focus the previous link",
            None,
        ),
        r(
            &[Key::plain(K::Enter)],
            Activate,
            "Follow the link / jump to the quote / open the article",
            None,
        ),
        r(&[Key::ch('1')], FollowNumber(1), FOLLOW_NUMBER, None),
        r(&[Key::ch('2')], FollowNumber(2), FOLLOW_NUMBER, None),
        r(&[Key::ch('3')], FollowNumber(3), FOLLOW_NUMBER, None),
        r(&[Key::ch('4')], FollowNumber(4), FOLLOW_NUMBER, None),
        r(&[Key::ch('5')], FollowNumber(5), FOLLOW_NUMBER, None),
        r(&[Key::ch('6')], FollowNumber(6), FOLLOW_NUMBER, None),
        r(&[Key::ch('7')], FollowNumber(7), FOLLOW_NUMBER, None),
        r(&[Key::ch('8')], FollowNumber(8), FOLLOW_NUMBER, None),
        r(&[Key::ch('9')], FollowNumber(9), FOLLOW_NUMBER, None),
        r(
            &[Key::plain(K::Backspace), Key::alt_code(K::Left)],
            Back,
            "Back to the previous article, where you left it",
            Some("back"),
        ),
        r(&[Key::alt_code(K::Right)], Forward, "Forward again", None),
        r(
            &[Key::ch('u')],
            LinksList,
            "List every link (type to filter, Enter follows)",
            Some("links"),
        ),
        r(
            &[Key::ch('o')],
            OpenExternal,
            "Open the focused link (or the article) in the browser",
            None,
        ),
        r(
            &[Key::ch('y')],
            Copy,
            "Copy the focused link's address or quote (OSC 52)",
            None,
        ),
        r(
            &[Key::ch('/')],
            Search,
            "Search as you type (re: for a regular expression)",
            Some("search"),
        ),
        r(
            &[Key::ch('n')],
            SearchNext,
            "Next match (wraps around)",
            None,
        ),
        r(&[Key::ch('N')], SearchPrev, "Previous match", None),
        r(&[Key::ch('?')], Help, "Show this help", Some("help")),
        r(
            &[Key::plain(K::Esc)],
            Close,
            "Close the library pane / clear the search",
            None,
        ),
        r(&[Key::ch('q'), Key::ctrl('c')], Quit, "Quit", Some("quit")),
        r(
            &[Key::ctrl('z')],
            Suspend,
            "Suspend to the shell (fg resumes)",
            None,
        ),
        r(&[Key::ctrl('l')], Redraw, "Redraw the screen", None),
        s(
            &[Key::plain(K::Enter)],
            SearchConfirm,
            "Search: keep the query",
            Some("keep"),
        ),
        s(
            &[Key::plain(K::Esc)],
            SearchCancel,
            "Search: cancel, back to where you were",
            Some("cancel"),
        ),
        s(
            &[Key::ctrl('t'), Key::alt('e')],
            SearchMode,
            "Search: folding mode (folded, loose, exact)",
            Some("mode"),
        ),
        s(
            &[Key::plain(K::Up)],
            HistoryPrev,
            "Search: previous query of the session",
            Some("history"),
        ),
        s(
            &[Key::plain(K::Down)],
            HistoryNext,
            "Search: next query of the session",
            Some("history"),
        ),
        s(
            &[Key::plain(K::Backspace)],
            DeleteBack,
            "Search: delete a character",
            None,
        ),
        s(
            &[Key::ctrl('u')],
            ClearQuery,
            "Search: clear the query",
            None,
        ),
        l(
            &[Key::plain(K::Down), Key::ctrl('n')],
            Down,
            "Links: next entry",
            Some("move"),
        ),
        l(
            &[Key::plain(K::Up), Key::ctrl('p')],
            Up,
            "Links: previous entry",
            Some("move"),
        ),
        l(
            &[Key::plain(K::PageDown)],
            PageDown,
            "Links: page down",
            None,
        ),
        l(&[Key::plain(K::PageUp)], PageUp, "Links: page up", None),
        l(
            &[Key::plain(K::Enter)],
            Activate,
            "Links: follow the selected link",
            Some("follow"),
        ),
        l(
            &[Key::plain(K::Esc)],
            Close,
            "Links: close the list",
            Some("close"),
        ),
        l(
            &[Key::plain(K::Backspace)],
            DeleteBack,
            "Links: delete a character of the filter",
            None,
        ),
        l(
            &[Key::ctrl('u')],
            ClearQuery,
            "Links: clear the filter",
            None,
        ),
        h(
            &[Key::ch('j'), Key::plain(K::Down)],
            Down,
            "Scroll the help down",
        ),
        h(&[Key::ch('k'), Key::plain(K::Up)], Up, "Scroll the help up"),
        h(
            &[Key::plain(K::Esc), Key::ch('?'), Key::ch('q')],
            Close,
            "Close the help",
        ),
    ]
}

/// Actions the config file may rebind, by name.
pub const ACTION_NAMES: &[(&str, Action)] = &[
    ("down", Action::Down),
    ("up", Action::Up),
    ("page-down", Action::PageDown),
    ("page-up", Action::PageUp),
    ("half-down", Action::HalfDown),
    ("half-up", Action::HalfUp),
    ("top", Action::Top),
    ("bottom", Action::Bottom),
    ("next-article", Action::NextArticle),
    ("prev-article", Action::PrevArticle),
    ("library", Action::ToggleLibrary),
    ("side", Action::ToggleSide),
    ("bidi", Action::ToggleBidi),
    ("toggle-read", Action::ToggleRead),
    ("save", Action::Save),
    ("refresh", Action::Refresh),
    ("focus-next", Action::FocusNext),
    ("focus-prev", Action::FocusPrev),
    ("activate", Action::Activate),
    ("help", Action::Help),
    ("close", Action::Close),
    ("quit", Action::Quit),
    ("suspend", Action::Suspend),
    ("redraw", Action::Redraw),
    ("search", Action::Search),
    ("search-next", Action::SearchNext),
    ("search-prev", Action::SearchPrev),
    ("next-link", Action::NextLink),
    ("prev-link", Action::PrevLink),
    ("follow-1", Action::FollowNumber(1)),
    ("follow-2", Action::FollowNumber(2)),
    ("follow-3", Action::FollowNumber(3)),
    ("follow-4", Action::FollowNumber(4)),
    ("follow-5", Action::FollowNumber(5)),
    ("follow-6", Action::FollowNumber(6)),
    ("follow-7", Action::FollowNumber(7)),
    ("follow-8", Action::FollowNumber(8)),
    ("follow-9", Action::FollowNumber(9)),
    ("back", Action::Back),
    ("forward", Action::Forward),
    ("links", Action::LinksList),
    ("open", Action::OpenExternal),
    ("copy", Action::Copy),
];

impl Action {
    /// The config name of a bindable action.
    pub fn name(self) -> Option<&'static str> {
        ACTION_NAMES
            .iter()
            .find(|(_, a)| *a == self)
            .map(|(n, _)| *n)
    }

    pub fn from_name(name: &str) -> Option<Action> {
        ACTION_NAMES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, a)| *a)
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
        Keymap {
            bindings: defaults(),
        }
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

    /// `keymap::action_for(mode, key)`: the action a key means in a scope.
    /// In the search prompt and the links list a character no binding takes is typed.
    pub fn action_for(&self, scope: Scope, key: &Key) -> Option<Action> {
        let bound = self
            .bindings
            .iter()
            .find(|b| b.scope == scope && b.keys.contains(key))
            .map(|b| b.action);
        match (bound, scope, key.code) {
            (None, Scope::Search | Scope::Links, KeyCode::Char(c))
                if !key
                    .mods
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                Some(Action::Input(c))
            }
            _ => bound,
        }
    }

    /// The reader keys bound to an action.
    pub fn keys_of(&self, action: Action) -> &[Key] {
        self.bindings
            .iter()
            .find(|b| b.scope == Scope::Reader && b.action == action)
            .map_or(&[], |b| b.keys.as_slice())
    }

    /// The status line hints: `j/k scroll`, `space page`, …, in table order.
    pub fn hints(&self) -> Vec<String> {
        self.hints_for(Scope::Reader)
    }

    /// The hints of one scope's bindings.
    pub fn hints_for(&self, scope: Scope) -> Vec<String> {
        let mut out: Vec<(&str, Vec<String>)> = Vec::new();
        for b in self.bindings.iter().filter(|b| b.scope == scope) {
            let (Some(hint), Some(key)) = (b.hint, b.keys.first()) else {
                continue;
            };
            match out.iter_mut().find(|(h, _)| *h == hint) {
                Some((_, keys)) => keys.push(key.to_string()),
                None => out.push((hint, vec![key.to_string()])),
            }
        }
        out.into_iter()
            .map(|(h, keys)| format!("{} {h}", keys.join("/")))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_keys() {
        for s in [
            "j", "J", "ctrl-d", "space", "pagedown", "enter", "esc", "?", "f5", "alt-x",
        ] {
            let k = Key::parse(s).unwrap();
            assert_eq!(k.to_string(), s);
        }
        assert_eq!(Key::parse("Ctrl-D"), Some(Key::ctrl('d')));
        assert_eq!(Key::parse("nonsense"), None);
        assert_eq!(Key::parse(""), None);
    }

    #[test]
    fn table_lookup_and_hints() {
        let map = Keymap::default();
        assert_eq!(
            map.action_for(Scope::Reader, &Key::ch('j')),
            Some(Action::Down)
        );
        assert_eq!(
            map.action_for(Scope::Help, &Key::ch('q')),
            Some(Action::Close)
        );
        assert_eq!(
            map.action_for(Scope::Reader, &Key::ch('/')),
            Some(Action::Search)
        );
        assert_eq!(
            map.action_for(Scope::Search, &Key::ch('n')),
            Some(Action::Input('n'))
        );
        assert_eq!(
            map.action_for(Scope::Search, &Key::ctrl('t')),
            Some(Action::SearchMode)
        );
        assert_eq!(map.action_for(Scope::Search, &Key::ctrl('x')), None);
        let hints = map.hints();
        assert_eq!(hints[0], "j/k scroll");
        assert!(hints.contains(&"J/K article".to_string()));
        assert_eq!(
            map.action_for(Scope::Reader, &Key::plain(KeyCode::Tab)),
            Some(Action::NextLink)
        );
        assert_eq!(
            map.action_for(Scope::Reader, &Key::ch('3')),
            Some(Action::FollowNumber(3))
        );
        assert_eq!(
            map.action_for(Scope::Reader, &Key::alt_code(KeyCode::Left)),
            Some(Action::Back)
        );
        assert_eq!(
            map.action_for(Scope::Links, &Key::ch('j')),
            Some(Action::Input('j'))
        );
        assert_eq!(
            map.action_for(Scope::Links, &Key::plain(KeyCode::Backspace)),
            Some(Action::DeleteBack)
        );
        // No key means two things in one scope.
        for scope in [Scope::Reader, Scope::Search, Scope::Links, Scope::Help] {
            let mut seen = std::collections::HashSet::new();
            for b in map.bindings.iter().filter(|b| b.scope == scope) {
                for k in &b.keys {
                    assert!(seen.insert(*k), "{k} bound twice in {scope:?}");
                }
            }
        }
        // Every bindable action of the reader has a name for the config.
        for b in map.bindings.iter().filter(|b| b.scope == Scope::Reader) {
            assert!(b.action.name().is_some(), "{:?}", b.action);
        }
    }

    #[test]
    fn terminal_events_find_their_bindings() {
        let map = Keymap::default();
        let ev = |code, mods| Key::from_event(&KeyEvent::new(code, mods));
        // Terminals send Shift-Tab as BackTab with Shift set.
        let back_tab = ev(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(
            map.action_for(Scope::Reader, &back_tab),
            Some(Action::PrevLink)
        );
        assert_eq!(Key::parse("backtab"), Some(back_tab));
        let alt_left = ev(KeyCode::Left, KeyModifiers::ALT);
        assert_eq!(map.action_for(Scope::Reader, &alt_left), Some(Action::Back));
        let shift_j = ev(KeyCode::Char('J'), KeyModifiers::SHIFT);
        assert_eq!(
            map.action_for(Scope::Reader, &shift_j),
            Some(Action::NextArticle)
        );
        let ctrl_c = ev(
            KeyCode::Char('C'),
            KeyModifiers::CONTROL | KeyModifiers::SHIFT,
        );
        assert_eq!(map.action_for(Scope::Reader, &ctrl_c), Some(Action::Quit));
    }

    #[test]
    fn overrides_move_keys() {
        let map = Keymap::with_overrides(&[("half-down".into(), vec!["d".into()])]).unwrap();
        assert_eq!(
            map.action_for(Scope::Reader, &Key::ch('d')),
            Some(Action::HalfDown)
        );
        assert_eq!(map.action_for(Scope::Reader, &Key::ctrl('d')), None);
        let map = Keymap::with_overrides(&[("quit".into(), vec!["x".into()])]).unwrap();
        assert_eq!(map.action_for(Scope::Reader, &Key::ch('q')), None);
        assert!(matches!(
            Keymap::with_overrides(&[("fly".into(), vec![])]),
            Err(KeyError::UnknownAction(_))
        ));
        // The link keys are ordinary bindings: `y` can quit, and copying moves to `c`.
        let map = Keymap::with_overrides(&[
            ("quit".into(), vec!["y".into()]),
            ("copy".into(), vec!["c".into()]),
        ])
        .unwrap();
        assert_eq!(
            map.action_for(Scope::Reader, &Key::ch('y')),
            Some(Action::Quit)
        );
        assert_eq!(
            map.action_for(Scope::Reader, &Key::ch('c')),
            Some(Action::Copy)
        );
        let map = Keymap::with_overrides(&[("back".into(), vec!["alt-left".into()])]).unwrap();
        assert_eq!(
            map.action_for(Scope::Reader, &Key::plain(KeyCode::Backspace)),
            None
        );
    }
}
