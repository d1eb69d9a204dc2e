//! Replays the committed fuzz corpora (`fuzz/corpus/<target>`, minimised with `cargo fuzz
//! cmin`) and every crash kept in `fuzz/regressions/<target>` through the same checks the
//! libFuzzer targets run (`fuzz/checks.rs`), on the stable toolchain: quick, no fuzzing.

use std::path::{Path, PathBuf};

#[path = "../fuzz/checks.rs"]
mod checks;

fn files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
    out.sort();
    out
}

fn replay(target: &str, check: fn(&[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let corpus = files(&root.join("corpus").join(target));
    assert!(
        corpus.len() >= 20,
        "the {target} corpus is committed: {} files",
        corpus.len()
    );
    for file in corpus
        .iter()
        .chain(&files(&root.join("regressions").join(target)))
    {
        let data = std::fs::read(file).unwrap();
        let outcome = std::panic::catch_unwind(|| check(&data));
        assert!(outcome.is_ok(), "{target}: {} fails", file.display());
    }
}

#[test]
fn loader_text() {
    replay("loader_text", checks::loader_text);
}

#[test]
fn loader_json() {
    replay("loader_json", checks::loader_json);
}

#[test]
fn loader_html() {
    replay("loader_html", checks::loader_html);
}

#[test]
fn loader_feed() {
    replay("loader_feed", checks::loader_feed);
}

#[test]
fn update() {
    replay("update", checks::update);
}

#[test]
fn layout() {
    replay("layout", checks::layout);
}

#[test]
fn search() {
    replay("search", checks::search);
}

#[test]
fn stderr() {
    replay("stderr", checks::stderr);
}

#[test]
fn dump() {
    replay("dump", checks::dump);
}

#[test]
fn opml() {
    replay("opml", checks::opml);
}
