//! The optional config file (TOML): colours (`[theme]`), key overrides (`[keys]`), the
//! `bidi` / `shape` modes, the chrome's `language` and retention (`[store] keep_items`,
//! `keep_days`). A raw serde struct mirrors the file; [`Config::from_toml`] checks every value
//! and turns it into the reader's types, or fails naming the file, the line and the key: a
//! config is used whole or not at all.
//!
//! Location: `--config PATH`, else `config.toml` in the platform's config folder for khabar
//! (`$XDG_CONFIG_HOME/khabar/config.toml` on Linux).

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::i18n::errors::{Localize, Reason};
use crate::i18n::{CATALOGUES, Lang};
use crate::keymap::Keymap;
use crate::term_bidi::Setting;
use crate::theme::{COLOR_NAMES, Palette, QuoteStyle, parse_color};

/// The file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    bidi: Option<Spanned<String>>,
    shape: Option<Switch>,
    language: Option<Spanned<String>>,
    #[serde(default)]
    theme: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    keys: BTreeMap<Spanned<String>, Spanned<KeySpec>>,
    #[serde(default)]
    store: RawStore,
}

/// `[store]`: retention (see `store::retention`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStore {
    keep_items: Option<u32>,
    keep_days: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Switch {
    On,
    Off,
}

/// One key or several for an action.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum KeySpec {
    One(String),
    Many(Vec<String>),
}

/// The effective configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// How RTL text is written: detected (`auto`), or forced ([`crate::term_bidi::Setting`]).
    pub bidi: Setting,
    pub shape: bool,
    /// The chrome's language (`language = "fa"`); `None` follows the locale
    /// ([`crate::i18n::Lang::choose`]).
    pub language: Option<Lang>,
    pub palette: Palette,
    pub keymap: Keymap,
    /// `[store] keep_items`: at most this many items per feed (`khabar vacuum`, `update`).
    pub keep_items: Option<u32>,
    /// `[store] keep_days`: items newer than this many days.
    pub keep_days: Option<u32>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            bidi: Setting::Auto,
            shape: true,
            language: None,
            palette: Palette::default(),
            keymap: Keymap::default(),
            keep_items: None,
            keep_days: None,
        }
    }
}

/// A config file that cannot be used: its name, the line, and why (a catalogue message, so
/// that it is said in the reader's language: [`Localize`]; `Display` is the English).
#[derive(Debug, thiserror::Error)]
#[error("{}{}: {reason}", path.display(), line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct ConfigError {
    pub path: PathBuf,
    /// 1-based line of the problem, when known.
    pub line: Option<usize>,
    pub reason: Reason,
}

impl Localize for ConfigError {
    fn reason(&self) -> Reason {
        let file = self.path.display().to_string();
        match self.line {
            Some(line) => (Reason::new("reason-config-at"))
                .text("file", file)
                .num("line", line)
                .inner("reason", self.reason.clone()),
            None => (Reason::new("reason-in-file"))
                .text("file", file)
                .inner("reason", self.reason.clone()),
        }
    }
}

/// A binding of the `[keys]` table the keymap refused (`key`: the table's key; the keymap's
/// own words kept as given).
fn key_reason(key: &str, why: &dyn std::fmt::Display) -> Reason {
    (Reason::new("reason-config-key"))
        .text("key", key)
        .text("error", why.to_string())
}

/// The default config file, if the platform has a config folder.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "khabar").map(|d| d.config_dir().join("config.toml"))
}

impl Config {
    /// Reads `explicit` (which must exist) or the default file (which may be absent).
    pub fn load(explicit: Option<&Path>) -> Result<Config, ConfigError> {
        let path = match explicit {
            Some(p) => p.to_path_buf(),
            None => match default_path() {
                Some(p) if p.exists() => p,
                _ => return Ok(Config::default()),
            },
        };
        let text = std::fs::read_to_string(&path).map_err(|e| ConfigError {
            path: path.clone(),
            line: None,
            reason: crate::loader::io_reason(&crate::loader::io_message(&e)),
        })?;
        Config::from_toml(&text, &path)
    }

    /// Parses and checks a config; `path` names the file in errors.
    pub fn from_toml(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let err = |span: Option<Range<usize>>, reason: Reason| ConfigError {
            path: path.to_path_buf(),
            line: span.map(|s| line_of(text, s.start)),
            reason,
        };
        let raw: RawConfig = toml::from_str(text).map_err(|e| {
            let said = Reason::new("reason-config-toml").text("error", e.message().trim());
            err(e.span(), said)
        })?;
        let mut cfg = Config::default();
        if let Some(m) = &raw.bidi {
            cfg.bidi = Setting::parse(m.get_ref()).ok_or_else(|| {
                err(
                    Some(m.span()),
                    Reason::new("reason-config-bidi").text("value", m.get_ref()),
                )
            })?;
        }
        if let Some(m) = raw.shape {
            cfg.shape = m == Switch::On;
        }
        if let Some(tag) = &raw.language {
            let lang = Lang::from_tag(tag.get_ref()).ok_or_else(|| {
                let known: Vec<&str> = CATALOGUES.iter().map(|(_, t, _)| *t).collect();
                err(
                    Some(tag.span()),
                    (Reason::new("reason-config-language"))
                        .text("value", tag.get_ref())
                        .text("known", known.join(", ")),
                )
            })?;
            cfg.language = Some(lang);
        }
        cfg.keep_items = raw.store.keep_items;
        cfg.keep_days = raw.store.keep_days;
        for (name, value) in &raw.theme {
            if name.get_ref() == "quote_style" {
                cfg.palette.quote_style = QuoteStyle::parse(value.get_ref()).ok_or_else(|| {
                    err(
                        Some(value.span()),
                        (Reason::new("reason-config-quote-style"))
                            .text("value", value.get_ref())
                            .text("known", QuoteStyle::NAMES.join(", ")),
                    )
                })?;
                continue;
            }
            let slot = cfg.palette.get_mut(name.get_ref()).ok_or_else(|| {
                err(
                    Some(name.span()),
                    (Reason::new("reason-config-colour-name"))
                        .text("name", name.get_ref())
                        .text("known", COLOR_NAMES.join(", ")),
                )
            })?;
            *slot = parse_color(value.get_ref()).ok_or_else(|| {
                err(
                    Some(value.span()),
                    (Reason::new("reason-config-colour"))
                        .text("name", name.get_ref())
                        .text("value", value.get_ref()),
                )
            })?;
        }
        let overrides: Vec<(String, Vec<String>)> = raw
            .keys
            .iter()
            .map(|(k, v)| (k.get_ref().clone(), overrides_of(v.get_ref())))
            .collect();
        for (name, value) in &raw.keys {
            let one = [(name.get_ref().clone(), overrides_of(value.get_ref()))];
            Keymap::with_overrides(&one).map_err(|e| {
                err(
                    Some(name.span()),
                    key_reason(&format!("keys.{}", name.get_ref()), &e),
                )
            })?;
        }
        cfg.keymap =
            Keymap::with_overrides(&overrides).map_err(|e| err(None, key_reason("keys", &e)))?;
        Ok(cfg)
    }
}

fn overrides_of(spec: &KeySpec) -> Vec<String> {
    match spec {
        KeySpec::One(s) => vec![s.clone()],
        KeySpec::Many(v) => v.clone(),
    }
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset).unwrap_or(text).matches('\n').count() + 1
}

mod print;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keymap::{Action, Key, Scope};
    use ratatui::style::Color;

    fn parse(s: &str) -> Result<Config, ConfigError> {
        Config::from_toml(s, Path::new("/cfg/config.toml"))
    }

    #[test]
    fn good_file() {
        let c = parse(
            "bidi = \"off\"\n[theme]\nquote = \"#ff8000\"\nlink = \"red\"\n[keys]\nhalf-down = \"d\"\nquit = [\"x\", \"ctrl-q\"]\n",
        )
        .unwrap();
        assert!(c.bidi == Setting::Terminal && c.shape);
        assert_eq!(c.palette.quote, Color::Rgb(0xff, 0x80, 0));
        assert_eq!(c.palette.link, Color::Red);
        assert_eq!(
            c.keymap.action_for(Scope::Reader, &Key::ch('d')),
            Some(Action::HalfDown)
        );
        assert_eq!(
            c.keymap.action_for(Scope::Reader, &Key::ctrl('q')),
            Some(Action::Quit)
        );
        assert_eq!(c.keymap.action_for(Scope::Reader, &Key::ch('q')), None);
    }

    #[test]
    fn errors_name_file_line_and_key() {
        let e = parse("bidi = \"on\"\n\n[theme]\nquote = \"blurple\"\n").unwrap_err();
        let s = e.to_string();
        assert!(s.starts_with("/cfg/config.toml:4: theme.quote:"), "{s}");
        let e = parse("[theme]\nqoute = \"red\"\n").unwrap_err().to_string();
        assert!(
            e.starts_with("/cfg/config.toml:2: theme.qoute: unknown colour"),
            "{e}"
        );
        let e = parse("colour = 1\n").unwrap_err().to_string();
        assert!(
            e.starts_with("/cfg/config.toml:1:") && e.contains("colour"),
            "{e}"
        );
        let e = parse("[keys]\n\nfly = \"x\"\n").unwrap_err().to_string();
        assert!(
            e.starts_with("/cfg/config.toml:3: keys.fly: unknown action"),
            "{e}"
        );
        let e = parse("[keys]\nquit = \"ctrl-\"\n").unwrap_err().to_string();
        assert!(e.contains(":2: keys.quit"), "{e}");
        let e = parse("bidi = \"sideways\"\n").unwrap_err().to_string();
        assert!(e.starts_with("/cfg/config.toml:1: bidi:"), "{e}");
        let e = parse("[theme\n").unwrap_err().to_string();
        assert!(e.starts_with("/cfg/config.toml:1:"), "{e}");
    }

    #[test]
    fn store_keys_set_retention() {
        let c = parse("[store]\nkeep_items = 1000\nkeep_days = 90\n").unwrap();
        assert_eq!((c.keep_items, c.keep_days), (Some(1000), Some(90)));
        assert_eq!(parse(&c.to_toml(Lang::En)).unwrap().keep_items, Some(1000));
        let e = parse("[store]\nkeep = 3\n").unwrap_err().to_string();
        assert!(e.starts_with("/cfg/config.toml:2:"), "{e}");
        assert!(parse("[store]\nkeep_days = -1\n").is_err());
    }

    #[test]
    fn printed_config_reads_back_the_same() {
        let c =
            parse("shape = \"off\"\n[theme]\ntext = \"#102030\"\n[keys]\ntop = \"t\"\n").unwrap();
        let printed = c.to_toml(Lang::En);
        let again = parse(&printed).unwrap();
        assert_eq!(again.to_toml(Lang::En), printed);
        assert!(!again.shape);
        assert_eq!(again.bidi, Setting::Auto);
        let italic = parse("[theme]\nquote_style = \"italic\"\n").unwrap();
        assert_eq!(italic.palette.quote_style, QuoteStyle::Italic);
        assert_eq!(
            parse(&italic.to_toml(Lang::En))
                .unwrap()
                .palette
                .quote_style,
            QuoteStyle::Italic
        );
        let e = parse("[theme]\nquote_style = \"slanted\"\n")
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("/cfg/config.toml:2: theme.quote_style:"),
            "{e}"
        );
        let forced = parse("bidi = \"explicit\"\n").unwrap();
        assert_eq!(forced.bidi, Setting::Explicit);
        assert_eq!(
            parse(&forced.to_toml(Lang::En)).unwrap().bidi,
            Setting::Explicit
        );
        assert_eq!(again.palette.text, Color::Rgb(0x10, 0x20, 0x30));
    }

    #[test]
    fn language_is_read_checked_and_printed() {
        let c = parse("language = \"fa\"\n").unwrap();
        assert_eq!(c.language, Some(Lang::Fa));
        assert_eq!(
            parse(&c.to_toml(Lang::En)).unwrap().language,
            Some(Lang::Fa)
        );
        assert_eq!(parse("").unwrap().language, None);
        let e = parse("bidi = \"on\"\nlanguage = \"xx\"\n")
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("/cfg/config.toml:2: language: no catalogue for \"xx\" (known: en, ar"),
            "{e}"
        );
    }
}
