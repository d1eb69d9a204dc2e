//! The article files of a folder, as a scan lists them: sorted by path, each with what the
//! scan already knows of it (whether it is a symlink), so that loading it asks the file
//! system nothing more than to read it.

use std::path::{Path, PathBuf};

use super::MAX_FOLDER_FILES;
use crate::loader;

/// A file to load: its path, and whether it is itself a symlink when a folder scan said so
/// (`None`: not known, a named file or a bundled article).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub path: PathBuf,
    pub symlink: Option<bool>,
}

/// The article files under `dir`, sorted by path, at most `depth` folders down. Hidden
/// files and folders are skipped; symlinked folders are not followed. The entries' file
/// types come with the listing (no `stat` per file where the file system tells them).
pub fn article_files(dir: &Path, depth: usize) -> Vec<Found> {
    let mut out = Vec::new();
    collect(dir, depth, &mut out);
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

fn collect(dir: &Path, depth: usize, out: &mut Vec<Found>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        if out.len() >= MAX_FOLDER_FILES {
            return;
        }
        let path = e.path();
        let hidden = e.file_name().to_string_lossy().starts_with('.');
        let Ok(kind) = e.file_type() else { continue };
        if kind.is_dir() && depth > 0 && !hidden {
            collect(&path, depth - 1, out);
        } else if !kind.is_dir() && loader::is_article_file(&path) {
            out.push(Found {
                path,
                symlink: Some(kind.is_symlink()),
            });
        }
    }
}
