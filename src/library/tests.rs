//! Unit tests of [`super`].

use super::*;
use crate::article::Link;

fn article(headline: &str, date: Option<&str>, links: &[&str]) -> Article {
    let mut a = Article {
        headline: headline.into(),
        ..Article::default()
    };
    a.meta.date = date.map(Into::into);
    a.path = Some(PathBuf::from(format!("/lib/{headline}.txt")));
    a.read_also = links
        .iter()
        .map(|l| Link {
            text: (*l).into(),
            target: None,
        })
        .collect();
    a
}

#[test]
fn sorted_newest_first_then_undated_by_title() {
    let lib = Library::from_articles(vec![
        article("b", None, &[]),
        article("old", Some("2023-01-05"), &[]),
        article("a", None, &[]),
        article("new", Some("16/05/2024"), &[]),
    ]);
    let titles: Vec<&str> = lib.articles.iter().map(|a| a.headline.as_str()).collect();
    assert_eq!(titles, ["new", "old", "a", "b"]);
}

#[test]
fn links_resolve_after_folding() {
    let lib = Library::from_articles(vec![
        article(
            "التعاون بين روسيا والصين",
            None,
            &["روسيا والصين قوّة اقتصادية أمام الدولار.."],
        ),
        article(
            "روسيا والصين قوة اقتصادية امام الدولار",
            None,
            &["التعاون بين روسيا"],
        ),
        article(
            "Hello World Again Today",
            None,
            &["hello world again…", "nothing like this"],
        ),
    ]);
    let find = |h: &str| lib.articles.iter().find(|a| a.headline == h).unwrap();
    assert_eq!(
        find("التعاون بين روسيا والصين").read_also[0]
            .target
            .as_deref(),
        Some("/lib/روسيا والصين قوة اقتصادية امام الدولار.txt")
    );
    // A cut-off title of three words resolves to the headline it begins.
    assert_eq!(
        find("روسيا والصين قوة اقتصادية امام الدولار").read_also[0]
            .target
            .as_deref(),
        Some("/lib/التعاون بين روسيا والصين.txt")
    );
    let hello = find("Hello World Again Today");
    assert_eq!(
        hello.read_also[0].target, None,
        "an article does not link to itself"
    );
    assert_eq!(hello.read_also[1].target, None);
}

#[test]
fn added_articles_resolve_links_both_ways() {
    let mut lib = Library::from_articles(vec![article(
        "التعاون بين روسيا والصين",
        None,
        &["روسيا والصين قوّة اقتصادية أمام الدولار.."],
    )]);
    assert_eq!(lib.articles[0].read_also[0].target, None);
    let mut new = article(
        "روسيا والصين قوة اقتصادية امام الدولار",
        None,
        &["التعاون بين روسيا والصين", "nothing like this"],
    );
    new.path = None;
    new.meta.url = Some("https://example.org/dollar".into());
    assert_eq!(lib.add(vec![new.clone()]), Some(1));
    // The old link now names the new article (by its address), and the new one the old.
    assert_eq!(
        lib.articles[0].read_also[0].target.as_deref(),
        Some("https://example.org/dollar")
    );
    assert_eq!(
        lib.articles[1].read_also[0].target.as_deref(),
        Some("/lib/التعاون بين روسيا والصين.txt")
    );
    assert_eq!(lib.articles[1].read_also[1].target, None);
    // The same address again is not added twice.
    assert_eq!(lib.add(vec![new]), Some(1));
    assert_eq!(lib.articles.len(), 2);
    assert_eq!(lib.add(Vec::new()), None);
}

#[test]
fn dates() {
    assert_eq!(date_key("2024-05-16T10:00:00Z"), Some((2024, 5, 16)));
    assert_eq!(date_key("16.05.2024"), Some((2024, 5, 16)));
    assert_eq!(date_key("الجمعة"), None);
    assert_eq!(date_key("2024-13-01"), None);
}

/// Read-also links resolve through a map of title keys: the keys looked at stay a small
/// multiple of the links, not links × headlines (a folder of 10,000 articles was quadratic).
#[test]
fn links_resolve_by_lookup_not_scan() {
    let n = 2_000;
    let titles: Vec<String> = (0..n)
        .map(|i| format!("خبر رقم {i} عن الزلزال في المدينة"))
        .collect();
    let mut lib = Library::default();
    for i in 0..n {
        let next = &titles[(i + 1) % n];
        let cut: String = next.split(' ').take(4).collect::<Vec<_>>().join(" ") + "…";
        let a = article(&titles[i], None, &[next, &cut, "عنوان لا يوجد"]);
        lib.articles.push(std::sync::Arc::new(a));
    }
    keys::KEYS_VISITED.set(0);
    lib.resolve_links();
    let visited = keys::KEYS_VISITED.get();
    assert!(
        visited < 10 * 3 * n,
        "{visited} keys visited for {} links",
        3 * n
    );
    for i in 0..n {
        let want = format!("/lib/{}.txt", titles[(i + 1) % n]);
        assert_eq!(
            lib.articles[i].read_also[0].target.as_deref(),
            Some(want.as_str())
        );
        assert_eq!(
            lib.articles[i].read_also[1].target.as_deref(),
            Some(want.as_str())
        );
        assert_eq!(lib.articles[i].read_also[2].target, None);
    }
}

/// Opening a folder asks the file system for no `stat` per file to learn whether it is a
/// symlink (the scan's file types say so): only a file named alone is asked. A file named
/// beside its folder, and a symlink to one of its files, still load once.
#[cfg(unix)]
#[test]
fn a_folder_opens_without_a_stat_per_file() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..5 {
        std::fs::write(
            dir.path().join(format!("{i}.txt")),
            format!("عنوان {i}\n\nنص."),
        )
        .unwrap();
    }
    std::os::unix::fs::symlink(dir.path().join("0.txt"), dir.path().join("link.txt")).unwrap();
    seen::STATS.set(0);
    let named = [dir.path().to_path_buf(), dir.path().join("3.txt")];
    let lib = Library::open(&named).unwrap();
    assert_eq!(
        seen::STATS.get(),
        1,
        "stats of files: only the one named alone"
    );
    let mut titles: Vec<&str> = lib.articles.iter().map(|a| a.headline.as_str()).collect();
    titles.sort();
    assert_eq!(
        titles,
        ["عنوان 0", "عنوان 1", "عنوان 2", "عنوان 3", "عنوان 4"]
    );
    assert_eq!(lib.opened.len(), 5);
}

/// A folder of `n` articles, each with a "read also" link to the next (its whole title) and
/// a cut-off one to the one after; article `i` is dated so that the library lists it `i`th.
fn linked_folder(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let title = |i: usize| format!("خبر رقم {i} عن الزلزال في المدينة");
    for i in 0..n {
        let cut: String = title((i + 2) % n)
            .split(' ')
            .take(4)
            .collect::<Vec<_>>()
            .join(" ");
        let body = format!(
            "{}\n\nالتاريخ: 2024-01-{:02}\n\nنص الخبر.\n\nإقرأ أيضاً: {}\n\nإقرأ أيضاً: {cut}…\n",
            title(i),
            28 - i,
            title((i + 1) % n)
        );
        std::fs::write(dir.path().join(format!("{i:02}.txt")), body).unwrap();
    }
    dir
}

/// The reader's library resolves no article's links before one is opened, and then only
/// that one's, correctly (a folder of 10,000 articles resolved all of them before the first
/// frame); each headline is folded once, for the sort and the links alike.
#[test]
fn the_readers_library_resolves_an_article_when_it_is_opened() {
    let n = 6;
    let dir = linked_folder(n);
    Library::open_lazy(&[dir.path().to_path_buf()]).unwrap(); // the labels' keys, made once
    resolve::ARTICLES_RESOLVED.set(0);
    crate::fold::TITLE_KEYS.set(0);
    let lib = Library::open_lazy(&[dir.path().to_path_buf()]).unwrap();
    assert_eq!(resolve::ARTICLES_RESOLVED.get(), 0);
    let app = crate::app::App::new(lib, 2, crate::pager::Render::default());
    assert_eq!(
        resolve::ARTICLES_RESOLVED.get(),
        1,
        "only the article opened"
    );
    let file = |i: usize| dir.path().join(format!("{i:02}.txt")).display().to_string();
    let links = |a: &Article| -> Vec<Option<String>> {
        a.read_also.iter().map(|l| l.target.clone()).collect()
    };
    assert_eq!(links(app.article()), [Some(file(3)), Some(file(4))]);
    let lib = app.library();
    assert_eq!(
        links(&lib.articles[3]),
        [None, None],
        "not opened, not resolved"
    );
    // Folded: each article's headline once (by the parser, for the sort and the links
    // alike), its date label, its one body line and its two read-also labels; then the two
    // links of the article opened.
    assert_eq!(
        crate::fold::TITLE_KEYS.get(),
        5 * n + 2,
        "each headline folded once"
    );
}

/// Resolved late or at once, the links are the same; opening an article twice resolves it
/// once.
#[test]
fn lazy_and_eager_resolution_agree() {
    let dir = linked_folder(8);
    let eager = Library::open(&[dir.path().to_path_buf()]).unwrap();
    let mut lazy = Library::open_lazy(&[dir.path().to_path_buf()]).unwrap();
    resolve::ARTICLES_RESOLVED.set(0);
    for i in (0..8).rev() {
        lazy.resolve_links_of(i);
        lazy.resolve_links_of(i);
    }
    assert_eq!(resolve::ARTICLES_RESOLVED.get(), 8);
    for (a, b) in eager.articles.iter().zip(&lazy.articles) {
        assert_eq!(a.read_also, b.read_also, "{}", a.headline);
        assert!(a.read_also.iter().all(|l| l.target.is_some()));
    }
}

/// Articles changed from outside (the field is public; the store's listing moves them) with
/// their number kept: the keys are made again, and links resolve to the right files.
#[test]
fn links_resolve_after_the_articles_were_moved() {
    let dir = linked_folder(4);
    let mut lib = Library::open_lazy(&[dir.path().to_path_buf()]).unwrap();
    lib.resolve_links_of(0);
    lib.articles.swap(1, 2);
    lib.resolve_links_of(2);
    let file = |i: usize| dir.path().join(format!("{i:02}.txt")).display().to_string();
    let targets: Vec<_> = lib.articles[2]
        .read_also
        .iter()
        .map(|l| l.target.clone())
        .collect();
    assert_eq!(targets, [Some(file(2)), Some(file(3))]);
}

/// A folder big enough to be loaded on two threads gives what one thread gave: every
/// article, and the problems of its bad files in the files' order, each naming its file.
#[test]
fn a_big_folder_loads_in_order_with_its_problems_named() {
    let n = 2 * load::PARALLEL_FROM + 1;
    let dir = tempfile::tempdir().unwrap();
    let bad = [3, n - 2];
    for i in 0..n {
        let text = if bad.contains(&i) {
            String::new()
        } else {
            format!("خبر {i}\n\nنص.")
        };
        std::fs::write(dir.path().join(format!("{i:03}.txt")), text).unwrap();
    }
    let lib = Library::open_lazy(&[dir.path().to_path_buf()]).unwrap();
    assert_eq!(lib.articles.len(), n - 2);
    assert_eq!(lib.opened.len(), n - 2);
    let named: Vec<_> = lib.problems.iter().map(|p| p.path.clone()).collect();
    let want: Vec<_> = bad
        .iter()
        .map(|i| dir.path().join(format!("{i:03}.txt")))
        .collect();
    assert_eq!(named, want);
    assert!(
        lib.problems
            .iter()
            .all(|p| matches!(p.problem, Problem::Empty))
    );
}

/// Opening an article of a library that resolved its links when made (or never does: the
/// store's) folds no headline: a store of 100,000 items folded them all on its first open.
#[test]
fn opening_in_a_library_with_nothing_pending_folds_nothing() {
    let mut lib = Library::default();
    for i in 0..50 {
        lib.articles.push(std::sync::Arc::new(article(
            &format!("خبر {i}"),
            None,
            &["خبر 3"],
        )));
    }
    crate::fold::TITLE_KEYS.set(0);
    lib.resolve_links_of(7);
    assert_eq!(crate::fold::TITLE_KEYS.get(), 0);
    assert_eq!(lib.articles[7].read_also[0].target, None, "left as it is");
}
