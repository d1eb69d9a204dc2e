//! Issue 16: the reasons of errors in the reader's language. A handful of real mistakes,
//! made with `LANG` Hebrew or Arabic: the sentence and its reason are in that language, only
//! names and addresses (and khabar's own name, and a format's) as given. The expected lines
//! are written by hand (logical order: stderr and stdout are not terminals here).

use std::path::Path;
use std::process::{Command, Output};

use crate::feed_server::{Doc, Server};

const KHABAR: &str = env!("CARGO_BIN_EXE_khabar");

/// `khabar ARGS` with `--db db` in language `lang`, its stdout and stderr without the
/// isolates around placeables.
pub(crate) fn run(lang: &str, db: &Path, args: &[&str]) -> (Output, String, String) {
    let out = Command::new(KHABAR)
        .arg("--db")
        .arg(db)
        .args(args)
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("runs");
    let plain = |b: &[u8]| String::from_utf8_lossy(b).replace(['\u{2068}', '\u{2069}'], "");
    let (stdout, stderr) = (plain(&out.stdout), plain(&out.stderr));
    (out, stdout, stderr)
}

/// No Latin letter in `line` but those of the names given.
pub(crate) fn no_english(line: &str, names: &[&str]) {
    let rest = names.iter().fold(line.to_string(), |l, n| l.replace(n, ""));
    assert!(
        !rest.chars().any(|c| c.is_ascii_alphabetic()),
        "English left in {line:?}: {rest:?}"
    );
}

#[test]
fn an_html_page_given_to_add_is_said_in_hebrew() {
    let server = Server::start();
    let mut doc = Doc::rss("<!doctype html><html><body><p>hi</p></body></html>", "p1");
    doc.content_type = "text/html; charset=utf-8".into();
    server.put("/page.html", doc);
    let url = server.url("/page.html");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let he = "he_IL.UTF-8";
    assert!(run(he, &db, &["add", &url]).0.status.success());
    let (_, _, err) = run(he, &db, &["update"]);
    let line = format!("khabar: {url}: נכשל: \u{200F}זה אינו פיד: זה HTML");
    assert!(err.lines().any(|l| l == line), "{err}");
    no_english(&line, &["khabar", &url, "HTML"]);
    // Kept in the store as a reason, said again by `feeds` in the language of its reader.
    let (_, out, _) = run(he, &db, &["feeds"]);
    assert!(
        out.contains("העדכון האחרון נכשל: \u{200F}זה אינו פיד: זה HTML"),
        "{out}"
    );
    let (_, out, _) = run("ar_EG.UTF-8", &db, &["feeds"]);
    assert!(
        out.contains("فشل آخر تحديث: \u{200F}ليست هذه خلاصة: هذا HTML"),
        "{out}"
    );
}

#[test]
fn a_missing_file_is_said_in_arabic() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.txt");
    let name = missing.to_str().unwrap();
    let (out, _, err) = run("ar_EG.UTF-8", &dir.path().join("k.db"), &["dump", name]);
    assert!(!out.status.success());
    let line = format!("khabar: {name}: \u{200F}لا ملف ولا مجلد بهذا الاسم");
    assert_eq!(err.trim_end(), line);
    no_english(&line, &["khabar", name]);
}

#[test]
fn a_refused_connection_is_said_in_hebrew() {
    // A port nothing listens on: bound, then let go.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}/feed.xml");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let he = "he_IL.UTF-8";
    assert!(run(he, &db, &["add", &url]).0.status.success());
    let (out, _, err) = run(he, &db, &["update"]);
    assert!(!out.status.success());
    let line = format!("khabar: {url}: נכשל: \u{200F}השרת סירב לחיבור");
    assert!(err.lines().any(|l| l == line), "{err}");
    no_english(&line, &["khabar", &url]);
}

#[test]
fn a_file_not_khabars_is_said_in_arabic_and_hebrew() {
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "my notes, not a database\n").unwrap();
    let name = notes.to_str().unwrap();
    let (out, _, err) = run("ar_EG.UTF-8", &notes, &["feeds"]);
    assert!(!out.status.success());
    let line = format!(
        "khabar: {name}: \u{200F}ليس هذا مخزن khabar (ولا هو قاعدة بيانات SQLite)؛ تُرك كما هو"
    );
    assert_eq!(err.trim_end(), line);
    no_english(&line, &["khabar", name, "SQLite"]);
    let (_, _, err) = run("he_IL.UTF-8", &notes, &["feeds"]);
    let line = format!(
        "khabar: {name}: \u{200F}זה אינו מאגר של khabar (וגם אינו מסד נתונים של SQLite); הוא נשאר כפי שהיה"
    );
    assert_eq!(err.trim_end(), line);
    assert_eq!(
        std::fs::read(&notes).unwrap(),
        b"my notes, not a database\n"
    );
}

/// In the reader: a page or file that could not be loaded is said in the reader's language
/// on the status line, its address as given.
#[test]
fn a_failed_load_in_the_reader_is_said_in_hebrew() {
    use khabar::i18n::{Lang, Messages};
    use khabar::jobs::{Done, News};
    use khabar::keymap::Action;
    use khabar::loader::{LoadError, Problem};
    let mut app = crate::common::links_app();
    app.set_messages(Messages::new(Lang::He));
    let url = crate::app_state::focus_web_link(&mut app);
    let Some(khabar::app::Effect::Load { id, .. }) = app.update(Action::Activate) else {
        panic!("Enter on a web link loads it in the background");
    };
    let failed = LoadError {
        path: url.clone().into(),
        problem: Problem::Empty,
    };
    assert!(app.job_news(News::Loaded(Done {
        id,
        result: Err(failed)
    })));
    let status = crate::common::status_line(&app);
    // The status line is drawn in visual order: the reason reversed, the address as it is.
    let reason: String = "הקובץ ריק".chars().rev().collect();
    assert!(status.contains(&reason), "{status}");
    assert!(!status.contains("the file is empty"), "{status}");
}

/// Following a web address in the reader: a refused connection is said in the reader's
/// language, the address as given (the English of the error stays for programmers).
#[test]
fn a_refused_page_in_the_reader_is_said_in_arabic() {
    use khabar::i18n::{Lang, Messages};
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}/page.html");
    let Err(e) = khabar::fetch::load_url(&url, &khabar::fetch::LIMITS) else {
        panic!("nothing listens on {url}");
    };
    let said = Messages::new(Lang::Ar).describe(&e);
    assert_eq!(
        said.replace(['\u{2068}', '\u{2069}'], ""),
        format!("{url}: \u{200F}رفض الخادم الاتصال")
    );
    assert_eq!(
        e.to_string(),
        format!("{url}: the server refused the connection")
    );
}

/// `import`: the outlines skipped, and why, in the reader's language; `export` titles the
/// OPML in it.
#[test]
fn import_skips_and_export_title_in_hebrew_and_arabic() {
    let fixture = crate::common::pty::manifest()
        .join("tests/fixtures/opml/newsboat_with_unsupported_schemas.opml");
    let file = fixture.to_str().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let (out, _, err) = run("he_IL.UTF-8", &db, &["import", file]);
    assert!(out.status.success(), "{err}");
    let line = format!(
        "khabar: {file}: דולג על ftp://example.com/~user/news.rss: \u{200F}khabar פותח רק כתובות http ו־https, לא ftp:"
    );
    assert!(err.lines().any(|l| l == line), "{err}");
    let (_, opml, _) = run("ar_EG.UTF-8", &db, &["export"]);
    assert!(opml.contains("<title>اشتراكات khabar</title>"), "{opml}");
}

/// A config file khabar cannot use is said in the language of the environment (the config's
/// own `language` is not known yet), its name and line placed in the sentence; before, the
/// whole line was English.
#[test]
fn a_bad_config_is_said_in_hebrew_and_arabic() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("config.toml");
    std::fs::write(&cfg, "bidi = \"sideways\"\n").unwrap();
    let name = cfg.to_str().unwrap();
    let db = dir.path().join("k.db");
    let (out, _, err) = run("he_IL.UTF-8", &db, &["--config", name, "feeds"]);
    assert_eq!(out.status.code(), Some(2));
    let line = format!(
        "khabar: {name}, שורה 1: \u{200F}bidi: „sideways“ אינו מצב (auto, explicit, terminal או runs; גם on ו־off עובדים)"
    );
    assert_eq!(err.trim_end(), line);
    let (out, _, err) = run("ar_EG.UTF-8", &db, &["--config", name, "feeds"]);
    assert_eq!(out.status.code(), Some(2));
    let line = format!(
        "khabar: {name}، السطر 1: \u{200F}bidi: «sideways» ليس وضعًا (auto أو explicit أو terminal أو runs؛ ويصلح on وoff أيضًا)"
    );
    assert_eq!(err.trim_end(), line);
}

#[test]
fn a_loaders_warning_is_said_in_hebrew() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("news.txt");
    std::fs::write(&file, b"abc\xffdef\n").unwrap();
    let name = file.to_str().unwrap();
    let (out, _, err) = run("he_IL.UTF-8", &dir.path().join("k.db"), &["dump", name]);
    assert!(out.status.success(), "{err}");
    let line =
        format!("khabar: אזהרה: {name}: \u{200F}קידוד UTF-8 לא תקין בבית 3: פוענח עם תווי החלפה");
    assert_eq!(err.trim_end(), line);
    no_english(&line, &["khabar", name, "UTF"]);
}

#[test]
fn too_many_read_also_links_are_said_in_arabic() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("links.json");
    let links: Vec<String> = (0..1001)
        .map(|i| format!(r#"{{"text":"رابط {i}","target":"https://example.com/{i}"}}"#))
        .collect();
    let json = format!(
        r#"{{"headline":"خبر","paragraphs":["نص"],"links":[{}]}}"#,
        links.join(",")
    );
    std::fs::write(&file, json).unwrap();
    let name = file.to_str().unwrap();
    let (out, _, err) = run("ar_EG.UTF-8", &dir.path().join("k.db"), &["dump", name]);
    assert!(out.status.success(), "{err}");
    let line = format!("khabar: تحذير: {name}: \u{200F}1001 رابط «اقرأ أيضًا»؛ أُبقي أول 1000 منها");
    assert_eq!(err.trim_end(), line);
    no_english(&line, &["khabar", name]);
}

#[test]
fn an_updates_warning_is_said_in_hebrew() {
    let rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>חדשות</title>\
               <item><guid>1</guid><description>מילים ראשונות</description></item>\
               <item><guid>2</guid><description>עוד מילים</description></item>\
               </channel></rss>";
    let server = Server::start();
    server.put("/feed.xml", Doc::rss(rss, "e1"));
    let url = server.url("/feed.xml");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let he = "he_IL.UTF-8";
    assert!(run(he, &db, &["add", &url]).0.status.success());
    let (_, _, err) = run(he, &db, &["update"]);
    let line = "khabar: אזהרה: חדשות: ל־2 פריטים אין כותרת (הראשון הוא פריט 1); \
                מילותיהם הראשונות באות במקומה";
    assert!(err.lines().any(|l| l == line), "{err}");
    no_english(line, &["khabar"]);
}

#[test]
fn a_bad_since_and_a_bad_opml_are_said_in_hebrew_and_arabic() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let he = "he_IL.UTF-8";
    assert!(run(he, &db, &["feeds"]).0.status.success());
    let (out, _, err) = run(he, &db, &["search", "x", "--since", "אתמול"]);
    assert!(!out.status.success());
    let line = "khabar: --since „אתמול”: יש לתת תאריך בצורה YYYY-MM-DD או מספר ימים אחורה \
                בצורה Nd (7d)";
    assert_eq!(err.trim_end(), line);
    no_english(line, &["khabar", "--since", "YYYY-MM-DD", "Nd (7d)"]);
    let file = dir.path().join("list.opml");
    std::fs::write(&file, "<rss version=\"2.0\"></rss>").unwrap();
    let name = file.to_str().unwrap();
    let (out, _, err) = run("ar_EG.UTF-8", &db, &["import", name]);
    assert!(!out.status.success());
    let line = format!("khabar: {name}: \u{200F}ليس هذا OPML: المستند <rss> لا <opml>");
    assert_eq!(err.trim_end(), line);
    no_english(&line, &["khabar", name, "OPML", "<rss>", "<opml>"]);
    std::fs::write(&file, vec![b' '; 8 * 1024 * 1024 + 1]).unwrap();
    let (_, _, err) = run(he, &db, &["import", name]);
    assert!(
        err.starts_with(&format!("khabar: {name}: \u{200F}גדול מ־")),
        "{err}"
    );
    no_english(&err, &["khabar", name, "OPML"]);
}

/// `s` in the reader: why the article was not kept is said in the reader's language.
#[test]
fn a_failed_keep_in_the_reader_is_said_in_hebrew() {
    use khabar::i18n::errors::Localize;
    use khabar::i18n::{Lang, Messages};
    use khabar::jobs::{Job, News};
    use khabar::keymap::Action;
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "my notes, not a database\n").unwrap();
    let mut app = crate::common::links_app();
    app.set_messages(Messages::new(Lang::He));
    app.set_store_path(notes.clone());
    let Some(khabar::app::Effect::Job {
        id,
        job: Job::Keep { .. },
    }) = app.update(Action::Save)
    else {
        panic!("s keeps the article in the background");
    };
    let Err(e) = khabar::store::Store::open(&notes) else {
        panic!("a text file is no store");
    };
    assert!(app.job_news(News::Kept {
        id,
        result: Err(e.reason()),
        opened: None
    }));
    let status = crate::common::status_line(&app);
    // The status line is drawn in visual order: the words reversed.
    let words: String = "לא נשמר: זה אינו מאגר של".chars().rev().collect();
    assert!(status.contains(&words), "{status}");
    assert!(!status.contains("not a"), "{status}");
}
