//! The search prompt (`/`): the text being typed and the history of confirmed queries that
//! ↑ and ↓ walk, the draft kept aside while they do.

use super::Finder;

/// The prompt's text and where ↑/↓ stand in the history (`None`: the draft being typed).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prompt {
    pub text: String,
    pub history_at: Option<usize>,
    pub draft: String,
}

impl Finder {
    /// Keeps a confirmed query for ↑/↓, once, most recent last.
    pub fn remember(&mut self, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        self.history.retain(|h| h != text);
        self.history.push(text.to_string());
    }

    /// ↑ (`back`) or ↓ in the prompt's history; returns true when the text changed.
    pub fn walk_history(&mut self, back: bool) -> bool {
        let n = self.history.len();
        let Some(p) = self.prompt.as_mut() else {
            return false;
        };
        let at = match (p.history_at, back) {
            (None, true) if n > 0 => Some(n - 1),
            (None, _) => return false,
            (Some(i), true) => Some(i.saturating_sub(1)),
            (Some(i), false) if i + 1 < n => Some(i + 1),
            (Some(_), false) => None,
        };
        if p.history_at.is_none() {
            p.draft = p.text.clone();
        }
        p.history_at = at;
        p.text = match at {
            Some(i) => self.history[i].clone(),
            None => p.draft.clone(),
        };
        true
    }
}
