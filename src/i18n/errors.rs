//! Error reasons in the reader's language (issue 16): the error enums (`thiserror`) keep
//! their English `Display` for programmers and logs; each implements [`Localize`], which
//! names the catalogue message (`reason-*` in `i18n/*/khabar.ftl`) that says the same and
//! its arguments. [`crate::i18n::Messages::describe`] makes the sentence.
//!
//! Rules:
//! - Every place an error reaches the status line, stderr or stdout says it through
//!   `describe`, never through `to_string()`.
//! - File names, addresses and numbers are placeables (isolated units, see the module doc of
//!   [`crate::i18n`]); third-party text (an OS or SQLite message, a parser's words) stays as
//!   given, shown through the symbol mapping ([`crate::text::symbols`]) so that it cannot
//!   reorder the sentence around it.
//! - This module imports none of the modules whose errors it says (they implement
//!   [`Localize`] themselves), so no import circle forms.

use super::{Arg, Messages};

/// A message id and its arguments: what an error says, before it is put into words. Kept
/// as it is where a failure is kept for later (a feed's last update, in the store: see
/// [`Reason::encode`]), so that it is said in the language of the one who reads it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Reason {
    pub id: String,
    pub args: Vec<(String, Value)>,
}

/// One argument of a [`Reason`].
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Value {
    /// A number: the plural rules apply.
    Num(u64),
    /// A name, an address or third-party text: shown as given, through the symbol mapping.
    Text(String),
    /// Another reason, said in the same language (an error inside a file's).
    Reason(Box<Reason>),
}

impl Reason {
    /// A reason with no arguments.
    pub fn new(id: &str) -> Reason {
        Reason {
            id: id.to_string(),
            args: Vec::new(),
        }
    }

    /// The reason as one line of JSON, for the store.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| self.id.clone())
    }

    /// A reason [`Reason::encode`] wrote; `None` for any other text (a failure kept in
    /// words by an older khabar).
    pub fn decode(text: &str) -> Option<Reason> {
        let r: Reason = serde_json::from_str(text).ok()?;
        r.id.starts_with("reason-").then_some(r)
    }

    /// With a number argument.
    pub fn num(mut self, name: &'static str, n: impl TryInto<u64>) -> Reason {
        (self.args).push((name.into(), Value::Num(n.try_into().unwrap_or(u64::MAX))));
        self
    }

    /// With a text argument.
    pub fn text(mut self, name: &'static str, t: impl Into<String>) -> Reason {
        self.args.push((name.into(), Value::Text(t.into())));
        self
    }

    /// With another reason as argument.
    pub fn inner(mut self, name: &'static str, r: Reason) -> Reason {
        self.args.push((name.into(), Value::Reason(Box::new(r))));
        self
    }
}

impl std::fmt::Display for Reason {
    /// In English, for programmers and logs; the user reads [`Messages::say`].
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let said = Messages::new(super::Lang::En).say(self);
        f.write_str(&said.replace(['\u{2068}', '\u{2069}'], ""))
    }
}

/// A reason carried as an error (in an `anyhow` chain, found by the binary's `complaint.rs`).
impl std::error::Error for Reason {}

/// An error that can say itself in the reader's language.
pub trait Localize {
    fn reason(&self) -> Reason;
}

impl Localize for Reason {
    fn reason(&self) -> Reason {
        self.clone()
    }
}

impl Messages {
    /// What `error` says, in this catalogue's language (module doc).
    pub fn describe(&self, error: &dyn Localize) -> String {
        self.say(&error.reason())
    }

    /// The words of a [`Reason`].
    pub fn say(&self, reason: &Reason) -> String {
        use crate::text::symbols::{escape, reveal_invisible};
        let shown: Vec<String> = (reason.args.iter())
            .map(|(_, v)| match v {
                Value::Num(_) => String::new(),
                Value::Text(t) => escape(&reveal_invisible(t)).into_owned(),
                Value::Reason(r) => self.say(r),
            })
            .collect();
        let args: Vec<(&str, Arg<'_>)> = (reason.args.iter().zip(&shown))
            .map(|((name, v), s)| match v {
                Value::Num(n) => (
                    name.as_str(),
                    Arg::Num(usize::try_from(*n).unwrap_or(usize::MAX)),
                ),
                Value::Text(_) => (name.as_str(), Arg::Text(s.as_str())),
                Value::Reason(_) => (name.as_str(), Arg::Said(s.as_str())),
            })
            .collect();
        self.get(&reason.id, &args)
    }
}
