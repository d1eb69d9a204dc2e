//! The man page and shell completions packaged by `cargo deb` (docs/man, docs/completions;
//! see `[package.metadata.deb]`) are what `khabar man` and `khabar completions SHELL` print
//! now: a changed command line without regenerated files fails here.
//! `KHABAR_REGENERATE=1 cargo test --test it generated_docs::` rewrites them.

use std::path::Path;
use std::process::Command;

#[test]
fn packaged_man_page_and_completions_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files: [(&[&str], &str); 4] = [
        (&["man"], "docs/man/khabar.1"),
        (&["completions", "bash"], "docs/completions/khabar.bash"),
        (&["completions", "zsh"], "docs/completions/_khabar"),
        (&["completions", "fish"], "docs/completions/khabar.fish"),
    ];
    let regenerate = std::env::var_os("KHABAR_REGENERATE").is_some();
    for (args, file) in files {
        let o = Command::new(env!("CARGO_BIN_EXE_khabar"))
            .args(args)
            .output()
            .expect("runs khabar");
        assert!(o.status.success(), "{args:?}");
        let path = root.join(file);
        if regenerate {
            std::fs::write(&path, &o.stdout).expect("writes");
        }
        let committed = std::fs::read(&path).unwrap_or_default();
        assert!(
            committed == o.stdout,
            "{file} is out of date: KHABAR_REGENERATE=1 cargo test --test it generated_docs::"
        );
    }
}
