//! The library pane's chosen view (sort, unread only, headings), kept across runs in a small
//! TOML file under the XDG state folder (`$XDG_STATE_HOME/khabar/library.toml`, usually
//! `~/.local/state/khabar/`). Why a state file and not the store: the view is the reader's
//! habit, the same for a library of files as for the store, and writing it never waits on
//! the store's write lock or fails on a read-only store; read marks stay in the store.
//!
//! Reading is forgiving (a missing or damaged file gives the default view, and the damage is
//! reported once, naming the file); writing goes through a temporary file and a rename, so a
//! crash leaves the old file or the new one, never half of one.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::errors::Reason;

/// The order of the library's items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sort {
    /// Newest first (undated items last, in the library's order).
    #[default]
    Date,
    /// By feed name, each feed newest first.
    Feed,
    /// By headline, folded as the search folds.
    Title,
    /// Unread items first, each part newest first.
    UnreadFirst,
}

impl Sort {
    /// The next order, for the sort key.
    pub fn next(self) -> Sort {
        match self {
            Sort::Date => Sort::Feed,
            Sort::Feed => Sort::Title,
            Sort::Title => Sort::UnreadFirst,
            Sort::UnreadFirst => Sort::Date,
        }
    }

    /// Its message id in the catalogues.
    pub fn message_id(self) -> &'static str {
        match self {
            Sort::Date => "sort-date",
            Sort::Feed => "sort-feed",
            Sort::Title => "sort-title",
            Sort::UnreadFirst => "sort-unread-first",
        }
    }
}

/// The view a person chose, as the file keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct Prefs {
    pub sort: Sort,
    pub unread_only: bool,
    /// Items under their feed's heading.
    pub grouped: bool,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            sort: Sort::Date,
            unread_only: false,
            grouped: true,
        }
    }
}

/// Where the view is kept: `library.toml` in the state folder (`None`: no home known).
pub fn default_path() -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "khabar")?;
    let dir = dirs.state_dir().unwrap_or_else(|| dirs.data_local_dir());
    Some(dir.join("library.toml"))
}

/// The view kept at `path`: the default when there is none; `Err` is the reason a file
/// cannot be read, the file named (the caller says it and goes on with the default).
pub fn load(path: &Path) -> Result<Prefs, Reason> {
    let why = match std::fs::read_to_string(path) {
        Ok(text) => match toml::from_str(&text) {
            Ok(prefs) => return Ok(prefs),
            Err(e) => Reason::new("reason-view-damaged").text("error", e.message()),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Prefs::default()),
        Err(e) => crate::loader::io_reason(&crate::loader::io_message(&e)),
    };
    Err(in_file(path, why))
}

/// `why` said after the name of `path`.
pub fn in_file(path: &Path, why: Reason) -> Reason {
    (Reason::new("reason-in-file"))
        .text("file", path.display().to_string())
        .inner("reason", why)
}

/// Keeps `prefs` at `path` (a temporary file renamed over the old one).
pub fn save(path: &Path, prefs: &Prefs) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let text = toml::to_string(prefs).map_err(std::io::Error::other)?;
    let tmp = path.with_extension("toml.new");
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state/library.toml");
        assert_eq!(load(&path), Ok(Prefs::default()));
        let p = Prefs {
            sort: Sort::UnreadFirst,
            unread_only: true,
            grouped: false,
        };
        save(&path, &p).unwrap();
        assert_eq!(load(&path), Ok(p));
        std::fs::write(&path, "sort = 3").unwrap();
        assert!(load(&path).is_err());
    }
}
