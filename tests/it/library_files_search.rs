//! Search everything in a library of files (issue 19 item 1): the index is built once, in
//! the background, from the library's own articles (shared by `Arc`, not copied), and every
//! later search reuses it; a search asked for before it is built waits for it (the pane
//! says so) while the keys answer; the results agree with in-article search on the shared
//! corpus written out as a folder of files.

use std::sync::Arc;
use std::time::Instant;

use khabar::app::{App, Effect};
use khabar::jobs::{FilesIndex, Job, Jobs, MAX_RESULTS, News};
use khabar::keymap::Action;
use khabar::library::Library;
use khabar::search::everything::places;
use khabar::search::{Folding, Query};

use crate::common::{self, pty::TIMEOUT};

/// Runs `job` and returns its one news.
pub(crate) fn run(id: u64, job: Job) -> News {
    let jobs = Jobs::default();
    jobs.run(id, job);
    let deadline = Instant::now() + TIMEOUT;
    loop {
        if let Some(news) = jobs.finished().into_iter().next() {
            return news;
        }
        assert!(Instant::now() < deadline, "the job ended");
        std::thread::yield_now();
    }
}

/// Types `query` in the library's search prompt (open) and presses Enter: the job asked for.
fn search(app: &mut App, query: &str) -> (u64, Arc<FilesIndex>, Job) {
    for c in query.chars() {
        assert_eq!(app.update(Action::Input(c)), None, "no job while typing");
    }
    match app.update(Action::SearchConfirm) {
        Some(Effect::Job {
            id,
            job: job @ Job::SearchFiles { .. },
        }) => {
            let Job::SearchFiles { index, .. } = &job else {
                unreachable!()
            };
            (id, Arc::clone(index), job)
        }
        other => panic!("Enter asks for a search of the files, not {other:?}"),
    }
}

#[test]
fn two_searches_of_a_folder_build_one_index_of_the_articles_themselves() {
    let mut app = common::seed_app(100, 30);
    app.update(Action::ToggleLibrary);
    let Some(Effect::Job {
        id,
        job: Job::IndexFiles(index),
    }) = app.update(Action::SearchAll)
    else {
        panic!("`/` asks for the index to be built in the background");
    };
    let articles = &app.library().articles;
    assert_eq!(index.articles().len(), articles.len());
    assert!(
        index
            .articles()
            .iter()
            .zip(articles)
            .all(|(a, b)| Arc::ptr_eq(a, b)),
        "the job shares the library's articles, it does not copy them"
    );
    assert_eq!(app.jobs_running(), 1, "the status line counts the index");
    assert!(app.job_news(run(id, Job::IndexFiles(Arc::clone(&index)))));
    assert_eq!(app.jobs_running(), 0);
    assert!(index.is_built());

    let (id, first, job) = search(&mut app, "الصين");
    assert!(
        Arc::ptr_eq(&first, &index),
        "the search uses the index built"
    );
    app.job_news(run(id, job));
    assert!(!app.library_view().results().unwrap().hits.is_empty());

    app.update(Action::Close);
    assert_eq!(app.update(Action::SearchAll), None, "no second build");
    let (_, second, _) = search(&mut app, "مصر");
    assert!(Arc::ptr_eq(&second, &index), "the second search reuses it");
    assert_eq!(app.index_builds(), 1);
}

#[test]
fn a_search_before_the_index_is_built_waits_for_it_and_says_so() {
    let mut app = common::seed_app(100, 30);
    app.update(Action::ToggleLibrary);
    let Some(Effect::Job { id: build, .. }) = app.update(Action::SearchAll) else {
        panic!("`/` asks for the index");
    };
    // The build job has not run: the search waits for the index on its own worker.
    let (id, index, job) = search(&mut app, "الصين");
    assert!(!index.is_built());
    let n = app.library().articles.len();
    assert_eq!(app.library_view().results().unwrap().indexing, Some(n));
    let buf = common::draw(&app);
    let said = format!("indexing {n} articles, then searching");
    assert!(
        (0..buf.area.height).any(|y| common::row_text(&buf, y).contains(&said)),
        "the pane says it waits for the index"
    );
    // The keys answer meanwhile.
    assert_eq!(app.update(Action::Down), None);
    app.job_news(News::Indexed { id: build });
    assert_eq!(app.library_view().results().unwrap().indexing, None);
    app.job_news(run(id, job));
    let r = app.library_view().results().unwrap();
    assert!(!r.running && !r.hits.is_empty());
    assert_eq!(app.index_builds(), 1);
}

/// The shared corpus (the store's) written out as a folder of JSON articles, one a file.
fn corpus_folder(dir: &std::path::Path) -> (Library, usize) {
    let store = crate::library_search::corpus_store(&dir.join("s.db"));
    let folder = dir.join("articles");
    std::fs::create_dir(&folder).unwrap();
    for h in store.headlines().unwrap() {
        let a = store.article(h.id).unwrap();
        let json = khabar::dump::to_json(&[&a]);
        std::fs::write(folder.join(format!("{:05}.json", h.id)), json).unwrap();
    }
    let lib = Library::open(&[folder]).unwrap();
    assert!(lib.problems.is_empty(), "{:?}", lib.problems);
    (lib, store.headlines().unwrap().len())
}

#[test]
fn a_folder_search_agrees_with_in_article_search() {
    let dir = tempfile::tempdir().unwrap();
    let (lib, items) = corpus_folder(dir.path());
    assert_eq!(lib.articles.len(), items, "every item a file of the folder");
    let index = FilesIndex::new(&lib.articles);
    let mut nonempty = 0;
    for q in crate::library_search::QUERIES {
        let query = Query::new(q, Folding::Normal).unwrap();
        let want: Vec<usize> = (0..lib.articles.len())
            .filter(|&i| places(&lib.articles[i]).any(|p| !query.find_all(p).is_empty()))
            .take(MAX_RESULTS)
            .collect();
        nonempty += usize::from(!want.is_empty());
        let found: Vec<usize> = index
            .search(q)
            .unwrap()
            .iter()
            .map(|f| f.index.unwrap())
            .collect();
        assert_eq!(found, want, "{q:?}");
    }
    assert!(nonempty >= 15, "only {nonempty} queries found anything");
}

/// Opening articles resolves their read-also links (`Library::open_lazy`), which gives the
/// opened article a new `Arc`; its words are the same, so the index stays the library's and
/// the next search does not build it again.
#[test]
fn opening_articles_between_searches_keeps_the_index() {
    let assets = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    let lib = Library::open_lazy(&[assets]).expect("the bundled articles load");
    let mut app = crate::common::app_with(lib, 0, false, 100, 30);
    app.update(Action::ToggleLibrary);
    let Some(Effect::Job {
        id,
        job: Job::IndexFiles(index),
    }) = app.update(Action::SearchAll)
    else {
        panic!("`/` asks for the index to be built in the background");
    };
    assert!(app.job_news(run(id, Job::IndexFiles(Arc::clone(&index)))));
    app.update(Action::Close);
    for i in 0..app.library().articles.len() {
        app.open(i);
    }
    let replaced = (index.articles().iter())
        .zip(&app.library().articles)
        .filter(|(a, b)| !Arc::ptr_eq(a, b))
        .count();
    assert!(replaced > 0, "opening resolved some article's links");
    assert_eq!(app.update(Action::SearchAll), None, "no second build");
    let (_, second, _) = search(&mut app, "الصين");
    assert!(Arc::ptr_eq(&second, &index), "the search reuses the index");
    assert_eq!(app.index_builds(), 1);
}
