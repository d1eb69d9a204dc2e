//! House rules checked by a test rather than by eye: no source file under `src/` is over
//! 400 lines (split it into submodules along a real seam), except the generated tables.

use std::path::{Path, PathBuf};

/// The longest a source file may be.
const MAX_LINES: usize = 400;

/// Files made by a generator, exempt from the limit (paths under `src/`).
const GENERATED: &[&str] = &["layout/mirror_table.rs", "layout/joining_table.rs"];

/// Every `.rs` file under `dir`, depth first.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// The files of `src` over the limit, with their lengths, the generated ones left out.
fn too_long(src: &Path) -> Vec<(String, usize)> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let mut long: Vec<(String, usize)> = files
        .iter()
        .filter_map(|p| {
            let name = p
                .strip_prefix(src)
                .ok()?
                .to_string_lossy()
                .replace('\\', "/");
            let text = std::fs::read_to_string(p).ok()?;
            let lines = text.lines().count();
            (lines > MAX_LINES && !GENERATED.contains(&name.as_str())).then_some((name, lines))
        })
        .collect();
    long.sort();
    long
}

#[test]
fn no_source_file_is_over_400_lines() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let long = too_long(&src);
    assert!(long.is_empty(), "over {MAX_LINES} lines: {long:?}");
}

#[test]
fn the_check_sees_a_long_file_and_exempts_only_the_generated_tables() {
    let dir = std::env::temp_dir().join(format!("khabar-house-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("layout")).expect("a scratch folder");
    let long = "// a line\n".repeat(MAX_LINES + 1);
    std::fs::write(dir.join("layout/mirror_table.rs"), &long).expect("write");
    std::fs::write(dir.join("layout/big.rs"), &long).expect("write");
    std::fs::write(dir.join("ok.rs"), "// a line\n".repeat(MAX_LINES)).expect("write");
    let found = too_long(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(found, vec![("layout/big.rs".to_string(), MAX_LINES + 1)]);
}
