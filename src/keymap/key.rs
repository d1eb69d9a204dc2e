//! Key names: [`Key`] (a key code with Ctrl/Alt), parsed from the config's names (`j`,
//! `ctrl-d`, `pagedown`) and printed two ways — the config's name ([`fmt::Display`]: the help
//! overlay, the status hints, `config --print`) and the prose name ([`Key::prose`]: messages
//! and the README, `Esc`, `Tab`, `↓`).

use std::fmt;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

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
        Key::alt_code(KeyCode::Char(c))
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

    /// The key as a sentence names it: `Esc`, `Enter`, `Tab`, `shift-Tab`, `↓`, `PageDown`,
    /// `alt-←`, `ctrl-d`, `r` (rule: a message names the key bound now, the way people write it).
    pub fn prose(&self) -> String {
        let name = match self.code {
            KeyCode::Char(' ') => "space",
            KeyCode::Enter => "Enter",
            KeyCode::Esc => "Esc",
            KeyCode::Tab => "Tab",
            KeyCode::BackTab => "shift-Tab",
            KeyCode::Backspace => "Backspace",
            KeyCode::Up => "↑",
            KeyCode::Down => "↓",
            KeyCode::Left => "←",
            KeyCode::Right => "→",
            KeyCode::Home => "Home",
            KeyCode::End => "End",
            KeyCode::PageUp => "PageUp",
            KeyCode::PageDown => "PageDown",
            KeyCode::Insert => "Insert",
            KeyCode::Delete => "Delete",
            KeyCode::F(n) => return format!("{}F{n}", self.prefix()),
            _ => return self.to_string(),
        };
        format!("{}{name}", self.prefix())
    }

    /// `ctrl-`, `alt-`, both or nothing.
    fn prefix(&self) -> &'static str {
        let ctrl = self.mods.contains(KeyModifiers::CONTROL);
        match (ctrl, self.mods.contains(KeyModifiers::ALT)) {
            (true, true) => "ctrl-alt-",
            (true, false) => "ctrl-",
            (false, true) => "alt-",
            (false, false) => "",
        }
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
        f.write_str(self.prefix())?;
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
    fn prose_names() {
        let names: Vec<String> = ["esc", "enter", "backtab", "down", "alt-left", "ctrl-d", "r"]
            .iter()
            .map(|s| Key::parse(s).unwrap().prose())
            .collect();
        assert_eq!(
            names,
            ["Esc", "Enter", "shift-Tab", "↓", "alt-←", "ctrl-d", "r"]
        );
    }
}
