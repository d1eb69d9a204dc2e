//! `khabar config --print`: the configuration as the config file that would produce it,
//! every setting written out (the unset ones as comments).

use std::fmt::Write as _;

use super::Config;
use crate::i18n::Lang;
use crate::keymap::{Scope, action_names};
use crate::theme::{COLOR_NAMES, color_name};

impl Config {
    /// The configuration as a config file that would produce it; with no `language` set,
    /// the line that would set it is a comment naming `chosen`, the locale's language.
    pub fn to_toml(&self, chosen: Lang) -> String {
        let q = |s: &str| toml::Value::String(s.to_string()).to_string();
        let on = |b: bool| q(if b { "on" } else { "off" });
        let mut out = String::new();
        let _ = writeln!(out, "bidi = {}", q(self.bidi.name()));
        let _ = writeln!(out, "shape = {}", on(self.shape));
        match self.language {
            Some(l) => _ = writeln!(out, "language = {}", q(l.tag())),
            None => {
                let tag = q(chosen.tag());
                let why = "(unset: chosen by LC_ALL, LC_MESSAGES, LANG)";
                let _ = writeln!(out, "# language = {tag}  {why}");
            }
        }
        out.push_str("\n[theme]\n");
        for name in COLOR_NAMES {
            let c = self.palette.get(name).unwrap_or_default();
            let _ = writeln!(out, "{name} = {}", q(&color_name(c)));
        }
        let style = self.palette.quote_style.name();
        let _ = writeln!(out, "quote_style = {}", q(style));
        out.push_str("\n[keys]\n");
        for (name, action) in action_names() {
            let keys: Vec<String> = self
                .keymap
                .bindings
                .iter()
                .filter(|b| b.scope == Scope::Reader && b.action == action)
                .flat_map(|b| b.keys.iter().map(|k| q(&k.to_string())))
                .collect();
            let _ = writeln!(out, "{name} = [{}]", keys.join(", "));
        }
        out.push_str("\n[store]\n");
        let keep = |key: &str, v: Option<u32>| match v {
            Some(n) => format!("{key} = {n}\n"),
            None => format!("# {key} = (everything kept)\n"),
        };
        out.push_str(&keep("keep_items", self.keep_items));
        out.push_str(&keep("keep_days", self.keep_days));
        out
    }
}
