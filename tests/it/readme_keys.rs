//! The README's key table is the built-in key table: the text between its `keys:begin` and
//! `keys:end` markers must equal `Keymap::default().markdown()`. `UPDATE_README=1 cargo test
//! --test readme_keys` writes the table into the README instead of comparing.

use std::path::Path;

use khabar::keymap::Keymap;

const BEGIN: &str = "<!-- keys:begin (generated from src/keymap/table.rs: UPDATE_README=1 cargo test --test it readme_keys) -->\n";
const END: &str = "<!-- keys:end -->";

#[test]
fn readme_key_table_is_the_built_in_table() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let start = readme
        .find(BEGIN)
        .expect("README has the keys:begin marker")
        + BEGIN.len();
    let end = start
        + readme[start..]
            .find(END)
            .expect("README has the keys:end marker");
    let table = Keymap::default().markdown();
    if std::env::var_os("UPDATE_README").is_some() {
        let updated = format!("{}{table}{}", &readme[..start], &readme[end..]);
        std::fs::write(&path, updated).unwrap();
        return;
    }
    assert_eq!(
        readme[start..end],
        table,
        "the README's key table differs from src/keymap/table.rs; \
         run `UPDATE_README=1 cargo test --test it readme_keys`"
    );
}
