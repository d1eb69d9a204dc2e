//! Rule (issue 15 item 1): `App` holds its owned parts in private fields; tests, `main`
//! and the panes read them through accessors and change them only through `App::update`,
//! a job's news or a named method, so no file can break an invariant by assignment.
//! Checked on the source with `syn`, like `module_graph`.

use std::path::Path;

/// The public fields of struct `name` in `file`.
fn public_fields(file: &Path, name: &str) -> Vec<String> {
    let text = std::fs::read_to_string(file).expect("source readable");
    let parsed = syn::parse_file(&text).expect("source parses");
    let fields = parsed.items.iter().find_map(|item| match item {
        syn::Item::Struct(s) if s.ident == name => Some(&s.fields),
        _ => None,
    });
    let fields = fields.unwrap_or_else(|| panic!("no struct {name} in {}", file.display()));
    fields
        .iter()
        .filter(|f| !matches!(f.vis, syn::Visibility::Inherited))
        .map(|f| {
            f.ident
                .as_ref()
                .map_or("(unnamed)".into(), |i| i.to_string())
        })
        .collect()
}

#[test]
fn app_fields_are_private() {
    let app = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app.rs");
    assert_eq!(public_fields(&app, "App"), Vec::<String>::new());
}
