//! Reading and parsing many files at once: a folder of 10,000 articles is read and parsed
//! on two threads, each a half of the files in order, their results put back in order (so
//! that the library, its problems and its warnings are as one thread would make them).

use std::path::Path;

use super::sources;
use crate::loader::{LoadError, Loaded};

/// Below this many files, one thread loads them (a thread costs more than it saves).
pub const PARALLEL_FROM: usize = 64;

/// What [`sources::load`] gives for each of `files`, in order.
pub fn all(files: &[&Path]) -> Vec<Result<Loaded, LoadError>> {
    let load = |part: &[&Path]| part.iter().map(|p| sources::load(p)).collect::<Vec<_>>();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if files.len() < PARALLEL_FROM || cores < 2 {
        return load(files);
    }
    let (first, second) = files.split_at(files.len() / 2);
    std::thread::scope(|s| {
        let other = s.spawn(|| load(second));
        let mut out = load(first);
        // A panic in the other thread is this one's, as if one thread had loaded them all.
        match other.join() {
            Ok(rest) => out.extend(rest),
            Err(panic) => std::panic::resume_unwind(panic),
        }
        out
    })
}
