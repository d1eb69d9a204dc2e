//! No import circles between modules, checked by a tool rather than by eye: parses every
//! module of the library (from `src/lib.rs`, following `mod` declarations and `#[path]`,
//! leaving out `#[cfg(test)]` items), collects `use crate::…`, `use super::…`, `self::…` and
//! `crate::…` / `super::…` paths, and builds one graph between the top-level modules of
//! `src/` and one between the sibling submodules of each folder (`layout/*`, `loader/*` …).
//! Any strongly connected set of two or more modules is a circle.
//!
//! The circles known today are listed in [`KNOWN_CIRCLES`], a shrinking allow-list: a new
//! circle (or a known one that grows) fails `no_new_import_circles`; a known one that is
//! gone or smaller fails `known_circles_are_current`, so its entry is removed when fixed.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::{Path, PathBuf};

use syn::visit::Visit;

/// Circles allowed for now: (the folder, `crate` for the top level; its modules in the
/// circle, sorted). Remove an entry when its circle is broken.
const KNOWN_CIRCLES: &[(&str, &[&str])] = &[];

type ModPath = Vec<String>;

/// Every module of the crate and every reference from a module to a path in the crate.
#[derive(Default)]
struct Crate {
    modules: BTreeSet<ModPath>,
    refs: Vec<(ModPath, ModPath)>,
}

fn is_cfg_test(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("cfg")
            && matches!(&a.meta, syn::Meta::List(l) if l.tokens.to_string() == "test")
    })
}

/// `path` (its segments as written) made absolute from module `at`, when it starts with
/// `crate`, `super` or `self`.
fn resolve(at: &[String], path: &[String]) -> Option<ModPath> {
    let mut segs = path.iter().peekable();
    let mut base: ModPath = match segs.peek().map(|s| s.as_str()) {
        Some("crate") => {
            segs.next();
            Vec::new()
        }
        Some("self") => {
            segs.next();
            at.to_vec()
        }
        Some("super") => at.to_vec(),
        _ => return None,
    };
    while segs.peek().is_some_and(|s| *s == "super") {
        segs.next();
        base.pop()?;
    }
    base.extend(segs.cloned());
    Some(base)
}

/// The paths a `use` tree names, `self` in a group standing for its prefix.
fn use_paths(tree: &syn::UseTree, prefix: &mut Vec<String>, out: &mut Vec<ModPath>) {
    match tree {
        syn::UseTree::Path(p) => {
            prefix.push(p.ident.to_string());
            use_paths(&p.tree, prefix, out);
            prefix.pop();
        }
        syn::UseTree::Name(n) if n.ident == "self" => out.push(prefix.clone()),
        syn::UseTree::Name(n) => out.push([prefix.clone(), vec![n.ident.to_string()]].concat()),
        syn::UseTree::Rename(r) => out.push([prefix.clone(), vec![r.ident.to_string()]].concat()),
        syn::UseTree::Glob(_) => out.push(prefix.clone()),
        syn::UseTree::Group(g) => g.items.iter().for_each(|t| use_paths(t, prefix, out)),
    }
}

/// Collects the references of the code of one module (not of its submodules).
struct Refs<'a> {
    at: &'a [String],
    out: &'a mut Vec<(ModPath, ModPath)>,
}

impl Refs<'_> {
    fn add(&mut self, segs: &[String]) {
        if let Some(target) = resolve(self.at, segs) {
            self.out.push((self.at.to_vec(), target));
        }
    }
}

impl<'ast> Visit<'ast> for Refs<'_> {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        if !is_cfg_test(item_attrs(item)) && !matches!(item, syn::Item::Mod(_)) {
            syn::visit::visit_item(self, item);
        }
    }
    fn visit_impl_item_fn(&mut self, f: &'ast syn::ImplItemFn) {
        if !is_cfg_test(&f.attrs) {
            syn::visit::visit_impl_item_fn(self, f);
        }
    }
    fn visit_item_use(&mut self, u: &'ast syn::ItemUse) {
        let mut paths = Vec::new();
        use_paths(&u.tree, &mut Vec::new(), &mut paths);
        paths.iter().for_each(|p| self.add(p));
    }
    fn visit_path(&mut self, p: &'ast syn::Path) {
        let segs: Vec<String> = p.segments.iter().map(|s| s.ident.to_string()).collect();
        self.add(&segs);
        syn::visit::visit_path(self, p);
    }
}

fn item_attrs(item: &syn::Item) -> &[syn::Attribute] {
    match item {
        syn::Item::Const(i) => &i.attrs,
        syn::Item::Enum(i) => &i.attrs,
        syn::Item::Fn(i) => &i.attrs,
        syn::Item::Impl(i) => &i.attrs,
        syn::Item::Mod(i) => &i.attrs,
        syn::Item::Static(i) => &i.attrs,
        syn::Item::Struct(i) => &i.attrs,
        syn::Item::Trait(i) => &i.attrs,
        syn::Item::Type(i) => &i.attrs,
        syn::Item::Use(i) => &i.attrs,
        _ => &[],
    }
}

/// Reads the module `at` whose items are `items`; `dir` is where its submodule files are.
fn walk(
    krate: &mut Crate,
    read: &dyn Fn(&Path) -> Option<String>,
    items: &[syn::Item],
    at: &[String],
    dir: &Path,
) {
    for item in items {
        if is_cfg_test(item_attrs(item)) {
            continue;
        }
        let syn::Item::Mod(m) = item else {
            Refs {
                at,
                out: &mut krate.refs,
            }
            .visit_item(item);
            continue;
        };
        let name = m.ident.to_string();
        let child: ModPath = [at.to_vec(), vec![name.clone()]].concat();
        krate.modules.insert(child.clone());
        if let Some((_, inner)) = &m.content {
            walk(krate, read, inner, &child, &dir.join(&name));
            continue;
        }
        let file = module_file(m, dir, &name, read);
        let text = read(&file).unwrap_or_else(|| panic!("{}: not found", file.display()));
        let parsed = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        walk(krate, read, &parsed.items, &child, &dir.join(&name));
    }
}

/// The file of `mod name;` declared in a module whose submodules live in `dir`.
fn module_file(
    m: &syn::ItemMod,
    dir: &Path,
    name: &str,
    read: &dyn Fn(&Path) -> Option<String>,
) -> PathBuf {
    let path_attr = m.attrs.iter().find_map(|a| match &a.meta {
        syn::Meta::NameValue(nv) if nv.path.is_ident("path") => match &nv.value {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) => Some(s.value()),
            _ => None,
        },
        _ => None,
    });
    if let Some(p) = path_attr {
        // `#[path]` in a non-mod.rs file is relative to that file's folder.
        return dir.parent().unwrap_or(dir).join(p);
    }
    let flat = dir.join(format!("{name}.rs"));
    if read(&flat).is_some() {
        flat
    } else {
        dir.join(name).join("mod.rs")
    }
}

/// The crate rooted at `root` (`src/lib.rs`), its files read by `read`.
fn load(root: &Path, read: &dyn Fn(&Path) -> Option<String>) -> Crate {
    let mut krate = Crate::default();
    krate.modules.insert(Vec::new());
    let text = read(root).expect("the crate root exists");
    let parsed = syn::parse_file(&text).expect("the crate root parses");
    let dir = root.parent().unwrap_or(Path::new(""));
    walk(&mut krate, read, &parsed.items, &[], dir);
    krate
}

/// For each folder (its module path), the edges between its child modules.
fn graphs(krate: &Crate) -> BTreeMap<ModPath, BTreeMap<String, BTreeSet<String>>> {
    let mut out: BTreeMap<ModPath, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for (from, to) in &krate.refs {
        let common = from.iter().zip(to).take_while(|(a, b)| a == b).count();
        if common >= from.len() || common >= to.len() {
            continue; // a module and its own submodules or parents
        }
        if !krate.modules.contains(&to[..=common]) {
            continue; // an item of the common parent
        }
        let group = out.entry(from[..common].to_vec()).or_default();
        group
            .entry(from[common].clone())
            .or_default()
            .insert(to[common].clone());
    }
    out
}

fn reachable(graph: &BTreeMap<String, BTreeSet<String>>, from: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![from.to_string()];
    while let Some(n) = todo.pop() {
        for m in graph.get(&n).into_iter().flatten() {
            if seen.insert(m.clone()) {
                todo.push(m.clone());
            }
        }
    }
    seen
}

/// The circles of one graph: its strongly connected sets of two or more modules.
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> BTreeSet<BTreeSet<String>> {
    let reach: BTreeMap<&String, BTreeSet<String>> =
        graph.keys().map(|n| (n, reachable(graph, n))).collect();
    let mut out = BTreeSet::new();
    for (n, r) in &reach {
        let scc: BTreeSet<String> = r
            .iter()
            .filter(|m| reach.get(m).is_some_and(|back| back.contains(*n)))
            .cloned()
            .collect();
        if scc.len() > 1 {
            out.insert(scc);
        }
    }
    out
}

/// One cycle through the first module of `scc`, as `a → b → c → a`.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>, scc: &BTreeSet<String>) -> String {
    let start = scc.iter().next().cloned().unwrap_or_default();
    let mut came_from: BTreeMap<String, String> = BTreeMap::new();
    let mut queue = VecDeque::from([start.clone()]);
    while let Some(n) = queue.pop_front() {
        for m in graph
            .get(&n)
            .into_iter()
            .flatten()
            .filter(|m| scc.contains(*m))
        {
            if *m == start {
                let mut path = vec![n.clone()];
                while let Some(p) = came_from.get(&path[path.len() - 1]) {
                    path.push(p.clone());
                }
                path.reverse();
                path.push(start.clone());
                return path.join(" → ");
            }
            if !came_from.contains_key(m) {
                came_from.insert(m.clone(), n.clone());
                queue.push_back(m.clone());
            }
        }
    }
    start
}

fn folder_name(group: &[String]) -> String {
    if group.is_empty() {
        "crate".to_string()
    } else {
        group.join("::")
    }
}

/// Every circle: (folder, its modules, one cycle through them).
fn all_circles(krate: &Crate) -> Vec<(String, BTreeSet<String>, String)> {
    let mut out = Vec::new();
    for (group, graph) in graphs(krate) {
        for scc in circles(&graph) {
            let path = cycle(&graph, &scc);
            out.push((folder_name(&group), scc, path));
        }
    }
    out
}

fn known(folder: &str, scc: &BTreeSet<String>) -> bool {
    KNOWN_CIRCLES
        .iter()
        .any(|(f, mods)| *f == folder && scc.iter().all(|m| mods.contains(&m.as_str())))
}

fn read_disk(p: &Path) -> Option<String> {
    std::fs::read_to_string(p).ok()
}

fn this_crate() -> Crate {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs");
    load(&root, &read_disk)
}

#[test]
fn no_new_import_circles() {
    let new: Vec<String> = all_circles(&this_crate())
        .into_iter()
        .filter(|(folder, scc, _)| !known(folder, scc))
        .map(|(folder, _, path)| format!("{folder}: {path}"))
        .collect();
    assert!(
        new.is_empty(),
        "import circles between modules:\n{}",
        new.join("\n")
    );
}

#[test]
fn known_circles_are_current() {
    let found = all_circles(&this_crate());
    for (folder, mods) in KNOWN_CIRCLES {
        let want: BTreeSet<String> = mods.iter().map(|m| m.to_string()).collect();
        assert!(
            found.iter().any(|(f, scc, _)| f == folder && *scc == want),
            "{folder}: {mods:?} is no longer a circle as listed (now: {:?}); \
             update or remove it in KNOWN_CIRCLES",
            found
                .iter()
                .filter(|(f, _, _)| f == folder)
                .collect::<Vec<_>>()
        );
    }
}

/// The check itself, on a made-up crate: a circle at the top and one between siblings of
/// a folder are found; references to parents, children and test code are not edges.
#[test]
fn the_check_finds_deliberate_circles() {
    let files: BTreeMap<&str, &str> = BTreeMap::from([
        ("src/lib.rs", "mod a; mod b; mod c; pub mod d;"),
        ("src/a.rs", "use crate::b::{self, X};"),
        ("src/b.rs", "fn f() { crate::a::g() }"),
        ("src/c/mod.rs", "mod x; mod y; mod z; pub struct T;"),
        ("src/c/x.rs", "use super::{y::Y, T};"),
        ("src/c/y.rs", "fn f() -> super::x::X { todo!() }"),
        (
            "src/c/z.rs",
            "use super::T; #[cfg(test)] mod tests { use super::super::x; }",
        ),
        (
            "src/d.rs",
            "use crate::c::z::Z; #[cfg(test)] fn t() { crate::c::x::f() }",
        ),
    ]);
    let read = |p: &Path| -> Option<String> {
        let key = p.to_string_lossy().replace('\\', "/");
        files.get(key.as_str()).map(|t| t.to_string())
    };
    let found: Vec<(String, String)> = all_circles(&load(Path::new("src/lib.rs"), &read))
        .into_iter()
        .map(|(f, _, path)| (f, path))
        .collect();
    assert_eq!(
        found,
        [
            ("crate".to_string(), "a → b → a".to_string()),
            ("c".to_string(), "x → y → x".to_string()),
        ]
    );
}
