//! The files a library has loaded, by canonical path, so that a file named and also found as
//! a sibling (or named twice, by two spellings) loads once.
//!
//! A file's canonical path is its folder's, canonicalized once per folder, joined with its
//! name; only a file that is itself a symlink is canonicalized alone. (`canonicalize` of
//! every file, a few system calls per path component, was an eighth of opening a folder of
//! 10,000 articles.)

use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};

#[derive(Debug, Default)]
pub struct Seen {
    keys: HashSet<PathBuf>,
    /// Canonical folders by the spelling they were met with (`None`: not canonicalizable).
    folders: HashMap<PathBuf, Option<PathBuf>>,
}

/// `path` canonicalized, or as it is when that fails.
pub fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
thread_local! {
    /// `stat` calls [`Seen::key`] made (the tests count them).
    pub static STATS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

impl Seen {
    /// The key of `path`: what [`canonical`] gives, with one `canonicalize` per folder.
    /// `symlink` says whether the file is itself a symlink when the caller knows (a folder
    /// scan's file type does, with no `stat` of its own); `None` asks the file system.
    pub fn key(&mut self, path: &Path, symlink: Option<bool>) -> PathBuf {
        let (Some(Component::Normal(name)), Some(parent)) =
            (path.components().next_back(), path.parent())
        else {
            return canonical(path);
        };
        let symlink = symlink.unwrap_or_else(|| {
            #[cfg(test)]
            STATS.set(STATS.get() + 1);
            path.symlink_metadata()
                .map_or(true, |m| m.file_type().is_symlink())
        });
        if symlink {
            return canonical(path);
        }
        let parent = if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        };
        let folder = self
            .folders
            .entry(parent.to_path_buf())
            .or_insert_with(|| std::fs::canonicalize(parent).ok());
        match folder {
            Some(dir) => dir.join(name),
            None => canonical(path),
        }
    }

    /// Adds `key`; false if it was there.
    pub fn insert(&mut self, key: PathBuf) -> bool {
        self.keys.insert(key)
    }

    pub fn remove(&mut self, key: &Path) {
        self.keys.remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keys are those of `canonicalize` for a plain file, a symlink to a file, a path
    /// through a symlinked folder, a relative spelling and a file that does not exist.
    #[cfg(unix)]
    #[test]
    fn keys_are_the_canonical_paths() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real");
        std::fs::create_dir(&real).unwrap();
        std::fs::write(real.join("a.txt"), "x").unwrap();
        std::os::unix::fs::symlink(real.join("a.txt"), real.join("b.txt")).unwrap();
        std::os::unix::fs::symlink(&real, dir.path().join("link")).unwrap();
        let mut seen = Seen::default();
        for p in [
            real.join("a.txt"),
            real.join("b.txt"),
            dir.path().join("link/a.txt"),
            real.join("../real/./a.txt"),
        ] {
            assert_eq!(
                seen.key(&p, None),
                std::fs::canonicalize(&p).unwrap(),
                "{p:?}"
            );
        }
        let missing = real.join("none.txt");
        assert_eq!(seen.key(&missing, None), missing);
        let (b, a) = (
            seen.key(&real.join("b.txt"), Some(true)),
            seen.key(&dir.path().join("link/a.txt"), Some(false)),
        );
        assert!(seen.insert(b));
        assert!(!seen.insert(a), "the same file by two spellings");
    }
}
