//! The key table as people read it: the help overlay's rows ([`Keymap::entries`]) and the
//! README's Markdown table ([`Keymap::markdown`], which `tests/readme_keys.rs` compares with the
//! README and writes into it with `UPDATE_README=1`). Both group consecutive bindings that
//! share a description (the nine number keys: `1–9`).

use super::{Action, Key, Keymap, Scope};

/// One row of the help (and of the README): bindings that share a description.
#[derive(Debug, Clone)]
pub struct Entry {
    pub scope: Scope,
    pub keys: Vec<Key>,
    pub actions: Vec<Action>,
    pub description: &'static str,
    pub more: Option<&'static str>,
}

/// The scopes in the order the help lists them.
const SCOPES: [Scope; 7] = [
    Scope::Reader,
    Scope::Library,
    Scope::Filter,
    Scope::Confirm,
    Scope::Search,
    Scope::Links,
    Scope::Help,
];

impl Entry {
    /// The row's message id in the catalogues ([`crate::i18n`]): `help-` and the reader
    /// action's config name (`help-down`, `help-follow-1` for the nine number keys), else the
    /// scope and the action in kebab case (`help-search-search-confirm`).
    pub fn message_id(&self) -> String {
        let first = self.actions.first().copied();
        if let Some(name) = first
            .and_then(|a| a.name())
            .filter(|_| self.scope == Scope::Reader)
        {
            return format!("help-{name}");
        }
        let scope = format!("{:?}", self.scope).to_lowercase();
        let action = first.map(|a| format!("{a:?}")).unwrap_or_default();
        let mut kebab = String::new();
        for c in action.chars().take_while(|c| c.is_alphanumeric()) {
            if c.is_uppercase() && !kebab.is_empty() {
                kebab.push('-');
            }
            kebab.push(c.to_ascii_lowercase());
        }
        format!("help-{scope}-{kebab}")
    }
}

impl Keymap {
    /// The help's rows, reader keys first (rule: the help is made from the key table in use).
    pub fn entries(&self) -> Vec<Entry> {
        let mut out: Vec<Entry> = Vec::new();
        for scope in SCOPES {
            for b in self.bindings.iter().filter(|b| b.scope == scope) {
                match out.last_mut() {
                    Some(e) if e.scope == scope && e.description == b.description => {
                        e.keys.extend(&b.keys);
                        e.actions.push(b.action);
                    }
                    _ => out.push(Entry {
                        scope,
                        keys: b.keys.clone(),
                        actions: vec![b.action],
                        description: b.description,
                        more: b.more,
                    }),
                }
            }
        }
        out
    }

    /// The README's key table (between its `keys:begin` and `keys:end` markers), made from the
    /// table in use (rule: the README's table is generated, `tests/readme_keys.rs` holds it).
    pub fn markdown(&self) -> String {
        let mut out =
            String::from("| keys | where | config name | what it does |\n|---|---|---|---|\n");
        for e in self.entries() {
            let keys = label(
                &e.keys,
                |k| format!("`{}`", k.prose().replace('|', "\\|")),
                " ",
            );
            let names: Vec<String> = e
                .actions
                .iter()
                .filter_map(|a| (e.scope == Scope::Reader).then(|| a.name()).flatten())
                .map(|n| format!("`{n}`"))
                .collect();
            let names = match names.as_slice() {
                [] => "—".to_string(),
                [one] => one.clone(),
                [first, .., last] => format!("{first}–{last}"),
            };
            let more = e.more.map(|m| format!("; {m}")).unwrap_or_default();
            let row = format!(
                "| {keys} | {} | {names} | {}{more} |\n",
                where_(e.scope),
                e.description
            );
            out.push_str(&row);
        }
        out
    }
}

impl Entry {
    /// The help overlay's keys column: `j, down`, `1–9`, `(unbound)`.
    pub fn help_keys(&self) -> String {
        label(&self.keys, |k| k.to_string(), ", ")
    }
}

fn where_(scope: Scope) -> &'static str {
    match scope {
        Scope::Reader => "reader",
        Scope::Search => "search prompt",
        Scope::Links => "links list",
        Scope::Help => "help",
        Scope::Library => "library pane",
        Scope::Filter => "library prompt",
        Scope::Confirm => "question",
    }
}

/// The keys joined with `sep`; a run of three or more consecutive digits as `1–9`;
/// `(unbound)` for none.
fn label(keys: &[Key], name: impl Fn(&Key) -> String, sep: &str) -> String {
    let digits: Option<Vec<u32>> = keys
        .iter()
        .map(|k| k.to_string().parse::<u32>().ok().filter(|d| *d < 10))
        .collect();
    match digits.as_deref() {
        _ if keys.is_empty() => "(unbound)".to_string(),
        Some([first, .., last]) if keys.len() >= 3 && (last - first) as usize + 1 == keys.len() => {
            format!("{}–{}", name(&keys[0]), name(&keys[keys.len() - 1]))
        }
        _ => keys.iter().map(name).collect::<Vec<_>>().join(sep),
    }
}
