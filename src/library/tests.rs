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
        lib.articles.push(a);
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
