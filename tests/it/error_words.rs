//! Issue 16: the words of third-party errors (SQLite, the feed parser, HTTP, the system)
//! said in the reader's language by their kind, not in English. Each case is made for real
//! (a store another connection holds locked, a port nothing listens on, a feed cut off, a
//! missing page) and run with `LANG` Hebrew, Arabic, Persian or Urdu; the expected lines are
//! written by hand, in logical order (stderr is a pipe here), the isolates dropped.

use crate::error_language::{no_english, run};

/// A store another program is writing to (a write transaction held open from a second
/// connection): `add` gives up after the store's busy timeout and says so in Hebrew, not
/// SQLite's "database is locked". Slow by nature: khabar waits `BUSY_TIMEOUT` (30 s) first.
#[test]
fn a_locked_store_is_said_in_hebrew() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let he = "he_IL.UTF-8";
    assert!(
        run(he, &db, &["add", "http://127.0.0.1:9/a.xml"])
            .0
            .status
            .success()
    );
    let holder = rusqlite::Connection::open(&db).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let (out, _, err) = run(he, &db, &["add", "http://127.0.0.1:9/b.xml"]);
    holder.execute_batch("ROLLBACK").unwrap();
    assert!(!out.status.success());
    let line = "khabar: תוכנה אחרת כותבת כעת למאגר; נסו שוב בעוד רגע";
    assert_eq!(err.trim_end(), line);
    no_english(line, &["khabar"]);
}

/// A page address nothing listens at, given to `dump`: the refusal in Arabic. Before, the
/// fetch's English ("the connection was refused") was the whole reason.
#[test]
fn a_refused_connection_is_said_in_arabic() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}/page.html");
    let dir = tempfile::tempdir().unwrap();
    let (out, _, err) = run("ar_EG.UTF-8", &dir.path().join("k.db"), &["dump", &url]);
    assert!(!out.status.success());
    let line = format!("khabar: {url}: \u{200F}رفض الخادم الاتصال");
    assert_eq!(err.trim_end(), line);
    no_english(&line, &["khabar", &url]);
}

/// A feed cut off mid-tag: where its XML breaks, in Persian, not quick-xml's English.
#[test]
fn a_truncated_feed_is_said_in_persian() {
    let url = format!("{}/truncated.xml", crate::common::http::serve());
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let fa = "fa_IR.UTF-8";
    assert!(run(fa, &db, &["add", &url]).0.status.success());
    let (out, _, err) = run(fa, &db, &["update"]);
    assert!(!out.status.success());
    let line =
        format!("khabar: {url}: ناموفق: \u{200F}ساختار XML خوراک در سطر 2، ستون 20 خراب است");
    assert!(err.lines().any(|l| l == line), "{err}");
    no_english(&line, &["khabar", &url, "XML"]);
}

/// A feed address the server has no page at: what 404 means, in Urdu, the number kept.
#[test]
fn a_missing_page_is_said_in_urdu() {
    let url = format!("{}/gone.xml", crate::common::http::serve());
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let ur = "ur_PK.UTF-8";
    assert!(run(ur, &db, &["add", &url]).0.status.success());
    let (out, _, err) = run(ur, &db, &["update"]);
    assert!(!out.status.success());
    let line = format!("khabar: {url}: ناکام: \u{200F}سرور پر اس پتے کا کوئی صفحہ نہیں (HTTP 404)");
    assert!(err.lines().any(|l| l == line), "{err}");
    no_english(&line, &["khabar", &url, "HTTP"]);
}

/// `r` in the reader on a store another program has put in its place (a text file): the
/// update's failure on the status line in Hebrew, the store's reason included. Before, the
/// reason was the store error's English.
#[test]
fn a_failed_update_in_the_reader_is_said_in_hebrew() {
    use khabar::app::{App, Effect};
    use khabar::i18n::{Lang, Messages};
    use khabar::jobs::{Job, Jobs, News};
    use khabar::keymap::Action;
    use khabar::store::Store;
    use khabar::store::shelf::Shelf;
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("k.db")).unwrap();
    store
        .add_feed("https://example.org/feed.xml", None)
        .unwrap();
    let (lib, shelf) = Shelf::open(store).unwrap();
    let mut app = App::on_shelf(lib, Some(shelf), 0, khabar::pager::Render::default());
    app.set_messages(Messages::new(Lang::He));
    crate::common::press(&mut app, Action::Resize(120, 10));
    let Some(Effect::Job { id, .. }) = app.update(Action::Refresh) else {
        panic!("r asks for an update job");
    };
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "my notes, not a database\n").unwrap();
    let jobs = Jobs::new(khabar::fetch::LIMITS);
    jobs.run(id, Job::Refresh(notes.clone()));
    // The update ends at once (the file is refused before any fetch); the bound only guards
    // against a hang.
    let news = (0..2000)
        .find_map(|_| {
            let updated = (jobs.finished().into_iter()).find(|n| matches!(n, News::Updated { .. }));
            updated.or_else(|| {
                std::thread::sleep(std::time::Duration::from_millis(10));
                None
            })
        })
        .expect("the update ends");
    assert!(app.job_news(news));
    let status = crate::common::status_line(&app);
    // The status line is drawn in visual order: the words reversed.
    let words: String = "העדכון נכשל: זה אינו מאגר של".chars().rev().collect();
    assert!(status.contains(&words), "{status}");
    assert!(!status.contains("not a"), "{status}");
    assert_eq!(
        std::fs::read(&notes).unwrap(),
        b"my notes, not a database\n"
    );
}

/// Files `layout` cannot read and `export` cannot write: the system's failure by its kind,
/// in Arabic and Hebrew, the file's name before it. Before, both were the English words.
#[test]
fn a_file_layout_and_export_cannot_use_is_said_in_arabic_and_hebrew() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let missing = dir.path().join("missing.txt");
    let name = missing.to_str().unwrap();
    let (out, _, err) = run("ar_EG.UTF-8", &db, &["layout", name]);
    assert!(!out.status.success());
    let line = format!("khabar: {name}: \u{200F}لا ملف ولا مجلد بهذا الاسم");
    assert_eq!(err.trim_end(), line);
    no_english(&line, &["khabar", name]);
    let nowhere = dir.path().join("no-such-folder/list.opml");
    let name = nowhere.to_str().unwrap();
    let (out, _, err) = run("he_IL.UTF-8", &db, &["export", name]);
    assert!(!out.status.success());
    let line = format!("khabar: {name}: \u{200F}אין קובץ או תיקייה כאלה");
    assert_eq!(err.trim_end(), line);
    no_english(&line, &["khabar", name]);
}

/// A copy (`y`) the terminal would not take: the system's reason in Hebrew on the status
/// line (before, `News::Copied` carried the English words).
#[test]
fn a_failed_copy_is_said_in_hebrew() {
    use khabar::i18n::errors::Reason;
    use khabar::i18n::{Lang, Messages};
    use khabar::jobs::News;
    let mut app = crate::common::links_app();
    app.set_messages(Messages::new(Lang::He));
    let id = app.start_errand();
    let result = Err(Reason::new("reason-storage-full"));
    assert!(app.job_news(News::Copied { id, result }));
    let status = crate::common::status_line(&app);
    let words: String = "לא נשאר מקום בדיסק".chars().rev().collect();
    assert!(status.contains(&words), "{status}");
}

/// An OPML file whose XML breaks: where, in Urdu, not quick-xml's English.
#[test]
fn a_broken_opml_is_said_in_urdu() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("list.opml");
    let opml =
        "<opml version=\"2.0\"><body>\n<outline xmlUrl=\"http://a.example/\">\n</body></opml>";
    std::fs::write(&file, opml).unwrap();
    let name = file.to_str().unwrap();
    let (out, _, err) = run("ur_PK.UTF-8", &dir.path().join("k.db"), &["import", name]);
    assert!(!out.status.success());
    let line = format!("khabar: {name}: \u{200F}اس فائل کا XML سطر 3، کالم 1 پر ٹوٹا ہوا ہے");
    assert_eq!(err.trim_end(), line);
    no_english(&line, &["khabar", name, "XML"]);
}

/// A JSON article with a missing comma: where it breaks, in Persian, not serde's English
/// ("expected `,` or `]`").
#[test]
fn a_broken_json_article_is_said_in_persian() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("news.json");
    std::fs::write(
        &file,
        "{\"headline\": \"خبر\",\n  \"paragraphs\": [\"a\" \"b\"]}",
    )
    .unwrap();
    let name = file.to_str().unwrap();
    let (out, _, err) = run("fa_IR.UTF-8", &dir.path().join("k.db"), &["dump", name]);
    assert!(!out.status.success());
    let line = format!(
        "khabar: {name}: \u{200F}مطلب JSON نامعتبر: \u{200F}ساختار JSON در سطر 2، ستون 22 خراب است"
    );
    assert_eq!(err.trim_end(), line);
    no_english(&line, &["khabar", name, "JSON"]);
}

/// A folder given to `import`: opened, then the read fails with the system's error, which
/// reaches the command's end as it is. Said by its kind in Hebrew, not "Is a directory
/// (os error 21)".
#[test]
fn a_folder_given_to_import_is_said_in_hebrew() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("feeds");
    std::fs::create_dir(&folder).unwrap();
    let name = folder.to_str().unwrap();
    let (out, _, err) = run("he_IL.UTF-8", &dir.path().join("k.db"), &["import", name]);
    assert!(!out.status.success());
    let line = format!("khabar: {name}: \u{200F}זו תיקייה");
    assert_eq!(err.trim_end(), line);
    no_english(&line, &["khabar", name]);
}

/// A bundled article that does not exist: said in Arabic, the bundled names as given.
/// Before, khabar's own English sat inside "the system reported an error (…)".
#[test]
fn a_missing_bundled_article_is_said_in_arabic() {
    let dir = tempfile::tempdir().unwrap();
    let (out, _, err) = run(
        "ar_EG.UTF-8",
        &dir.path().join("k.db"),
        &["dump", "bundled:nope.txt"],
    );
    assert!(!out.status.success());
    let prefix = "khabar: bundled:nope.txt: \u{200F}لا مقال مرفق بهذا الاسم (المرفقة: 000_";
    assert!(err.starts_with(prefix), "{err}");
    let names: Vec<&str> = err
        .split(['(', ')', ',', ' '])
        .filter(|w| w.contains('.'))
        .collect();
    no_english(
        err.trim_end(),
        &[&["khabar", "bundled:nope.txt"][..], &names].concat(),
    );
}

/// A damaged view file of the library, in Hebrew: the status line says it in Hebrew (drawn
/// in visual order, so the words reversed), the TOML parser's words only in parentheses.
/// Before, the line was the file's name and the parser's English.
#[test]
fn a_damaged_view_file_is_said_in_hebrew() {
    use crate::common::pty::{Session, shows, status_row};
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    crate::feed_server::stored_feeds(&db, &[("חדשות", 2)]);
    let state = dir.path().join("state");
    let file = state.join("khabar/library.toml");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, "sort = \"sideways\"\n").unwrap();
    let env = [
        ("XDG_STATE_HOME", state.to_str().unwrap()),
        ("LANG", "he_IL.UTF-8"),
    ];
    let db = db.to_str().unwrap();
    let mut s = Session::spawn_with(&["--db", db, "--shape", "off"], 24, 160, &env);
    let words: String = "אי אפשר לקרוא את התצוגה השמורה של הספרייה"
        .chars()
        .rev()
        .collect();
    s.wait_for("the complaint in Hebrew", shows(&words));
    assert!(s.screen(status_row).contains("library.toml"));
    s.send(b"q");
    assert!(s.wait_exit().success());
}

/// `o` on a link: a browser that cannot be started and an address refused, said in Hebrew on
/// the status line (before: the system's and the address check's English words).
#[test]
fn a_link_that_could_not_be_opened_is_said_in_hebrew() {
    use khabar::browser::OpenError;
    use khabar::i18n::{Lang, Messages};
    use khabar::jobs::News;
    let mut app = crate::common::links_app();
    app.set_messages(Messages::new(Lang::He));
    let rev = |s: &str| s.chars().rev().collect::<String>();
    let missing = std::io::Error::from(std::io::ErrorKind::NotFound);
    let failures = [
        (
            OpenError::CannotRun {
                program: "firefox".into(),
                error: khabar::loader::io_message(&missing),
            },
            "אין קובץ או תיקייה כאלה",
        ),
        (
            OpenError::Unsafe(khabar::fetch::safe_url("ftp://example.org/").unwrap_err()),
            "פותח רק כתובות",
        ),
    ];
    for (why, words) in failures {
        let id = app.start_errand();
        let url = "https://example.org/x".to_string();
        assert!(app.job_news(News::Opened {
            id,
            url,
            result: Err(why)
        }));
        let status = crate::common::status_line(&app);
        assert!(status.contains(&rev(words)), "{status}");
    }
}

/// Quitting with marks the store could not take (another program holds its write lock) and
/// that cannot be kept beside it either (a folder stands where their file goes): said in
/// Hebrew on stderr once the terminal is restored. Before, in English.
#[test]
fn marks_that_could_not_be_kept_are_said_in_hebrew() {
    use crate::common::pty::{Session, shows};
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    drop(crate::feed_server::stored_feeds(&db, &[("חדשות", 2)]));
    let holder = rusqlite::Connection::open(&db).unwrap();
    let env = [("LANG", "he_IL.UTF-8")];
    let mut s = Session::spawn_with(&["--db", db.to_str().unwrap()], 24, 160, &env);
    s.wait_for("the reader", shows("תושדח"));
    // Made once the reader has taken the marks an earlier one left (it renames that file).
    std::fs::create_dir(dir.path().join("k.db-marks")).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    s.send(b"m");
    s.send(b"q");
    assert!(s.wait_exit().success());
    holder.execute_batch("ROLLBACK").unwrap();
    // stderr is the terminal: visual order, the Hebrew words reversed.
    let words: String = "לא ניתן היה לשמור סימון אחד: זו תיקייה"
        .chars()
        .rev()
        .collect();
    let screen = s.screen(|sc| sc.contents());
    assert!(screen.contains(&words), "{screen}");
    assert!(screen.contains("k.db-marks"), "{screen}");
}
