//! Read and saved marks the reader could not write yet. Rule: **no mark is lost while
//! another khabar holds the store's write lock**. The reader queues a mark that does not get
//! the lock within [`super::MARK_WAIT`] and tries again on its idle ticks; marks still queued
//! when it quits are appended to `STORE-marks` beside the store, which the next khabar
//! opening the store for writing (any writing command, or the reader) writes and removes.

use std::io::Write;
use std::path::{Path, PathBuf};

use rusqlite::params;

use super::{Store, StoreError, open::side};

/// Which mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    Read,
    Saved,
}

/// One mark to write: item `id`'s `flag` set to `on`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MarkWrite {
    pub id: i64,
    pub flag: Flag,
    pub on: bool,
}

impl MarkWrite {
    fn line(&self) -> String {
        let flag = match self.flag {
            Flag::Read => "read",
            Flag::Saved => "saved",
        };
        format!("{flag} {} {}\n", self.id, u8::from(self.on))
    }

    fn parse(line: &str) -> Option<MarkWrite> {
        let mut words = line.split_whitespace();
        let flag = match words.next()? {
            "read" => Flag::Read,
            "saved" => Flag::Saved,
            _ => return None,
        };
        let id = words.next()?.parse().ok()?;
        let on = words.next()? == "1";
        Some(MarkWrite { id, flag, on })
    }
}

/// The file of marks waiting beside the store at `db`.
pub fn waiting_file(db: &Path) -> PathBuf {
    side(db, "-marks")
}

/// Appends `marks` to the store's waiting file.
pub fn keep(db: &Path, marks: &[MarkWrite]) -> std::io::Result<()> {
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(waiting_file(db))?;
    let text: String = marks.iter().map(MarkWrite::line).collect();
    f.write_all(text.as_bytes())?;
    f.sync_all()
}

/// Takes the waiting marks: the file is first renamed to a name of this process's, so that
/// a reader appending meanwhile starts a new file rather than losing its marks. Returns the
/// marks and the taken file (to remove once they are written).
pub fn take(db: &Path) -> Option<(Vec<MarkWrite>, PathBuf)> {
    let taken = side(db, &format!("-marks.{}", std::process::id()));
    std::fs::rename(waiting_file(db), &taken).ok()?;
    let text = std::fs::read_to_string(&taken).unwrap_or_default();
    Some((text.lines().filter_map(MarkWrite::parse).collect(), taken))
}

/// Whether a write failed only because another khabar holds the write lock.
pub fn busy(e: &StoreError) -> bool {
    matches!(e, StoreError::Db(rusqlite::Error::SqliteFailure(f, _))
        if matches!(f.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked))
}

impl Store {
    /// Writes `marks` in one transaction, in order; marks of items no longer stored are
    /// dropped.
    pub fn write_marks(&mut self, marks: &[MarkWrite]) -> Result<(), StoreError> {
        let tx = self.write()?;
        for m in marks {
            let sql = match m.flag {
                Flag::Read => "UPDATE items SET read = ?2 WHERE id = ?1",
                Flag::Saved => "UPDATE items SET saved = ?2 WHERE id = ?1",
            };
            tx.execute(sql, params![m.id, m.on])?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Writes the marks a reader left waiting (see the module docs); on failure they go
    /// back to the waiting file.
    pub(super) fn apply_waiting_marks(&mut self) -> Result<(), StoreError> {
        let Some((marks, taken)) = take(&self.path) else {
            return Ok(());
        };
        let written = self.write_marks(&marks);
        if written.is_err() {
            keep(&self.path, &marks).map_err(|e| {
                StoreError::IoAt(
                    waiting_file(&self.path).display().to_string(),
                    crate::loader::io_message(&e),
                )
            })?;
        }
        let _ = std::fs::remove_file(&taken);
        written
    }
}
