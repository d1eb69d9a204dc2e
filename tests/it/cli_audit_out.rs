//! The demanding reader's audit of the command line, continued (see `cli_audit`): `search`,
//! `vacuum` and `dump --search` in the reader's language, and lines wider than the terminal
//! wrapped by khabar in reading order. Expected strings written by hand (terminal rows
//! reversed by eye, shaping off).

use std::path::Path;
use std::process::Command;

use crate::cli_audit::{one_feed, piped, stdout};
use crate::common::pty::{Session, row_cells, shows};
use crate::feed_server::Server;

/// A store holding one Arabic item with a long paragraph, for `khabar search`.
fn searchable(dir: &Path) -> String {
    let path = dir.join("s.db");
    let mut store = khabar::store::Store::open(&path).unwrap();
    let id = store
        .add_feed("https://example.org/ar.xml", Some("الجزيرة"))
        .unwrap();
    let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>\
        <title>الجزيرة</title><link>https://example.org/</link><language>ar</language>\
        <item><title>الخبر رقم 3 من الجزيرة</title><guid>g3</guid>\
        <link>https://example.org/3</link><pubDate>03 Jan 2024 10:00:00 GMT</pubDate>\
        <description>&lt;p&gt;قال المتحدث باسم الوزارة في مؤتمر صحفي عقده صباح اليوم في \
        العاصمة إن الاقتصاد الوطني سجل نموا ملحوظا خلال الربع الأول من العام رغم التحديات \
        الكبيرة.&lt;/p&gt;</description></item></channel></rss>";
    let parsed = khabar::loader::feed::parse_feed(xml.as_bytes(), xml).unwrap();
    store.save_fetch(id, &parsed, None, None).unwrap();
    path.display().to_string()
}

/// `khabar search`: the feed, the date and the number are units of a line in the reader's
/// language, `unread` said in it; the excerpt is cut between words, never inside one.
#[test]
fn the_store_search_speaks_the_readers_language_and_cuts_between_words() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = searchable(dir.path());
    let search = ["--db", &db, "search", "الاقتصاد"];
    let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(search)
        .env("LANG", "he_IL.UTF-8")
        .env("TZ", "UTC")
        .output()
        .expect("runs khabar");
    assert_eq!(
        stdout(&out),
        "الخبر رقم 3 من الجزيرة\n  الجزيرة · 2024-01-03 10:00 UTC · #1 · לא נקרא\n  \
         …صحفي عقده صباح اليوم في العاصمة إن «الاقتصاد» الوطني سجل نموا ملحوظا خلال الربع الأول…\n\n"
    );
    // On a terminal: visual order, the Hebrew UI line right to left (reversed by hand).
    let args = [&["--shape", "off"][..], &search].concat();
    let mut s = Session::spawn_with(&args, 8, 120, &[("LANG", "he_IL.UTF-8"), ("TZ", "UTC")]);
    s.wait_for("the hit", shows("#1"));
    s.wait_exit();
    let rows: Vec<String> = s.screen(|sc| {
        (0..2)
            .map(|r| row_cells(sc, r).0.trim_end().to_string())
            .collect()
    });
    assert_eq!(
        rows,
        [
            "ةريزجلا نم 3 مقر ربخلا",
            "ארקנ אל · #1 · 2024-01-03 10:00 UTC · ةريزجلا",
        ]
    );
    // Nothing found: one sentence on stderr, in the reader's language.
    let none = piped("he_IL.UTF-8", &["--db", &db, "search", "nothinghere"]);
    assert_eq!(
        String::from_utf8_lossy(&none.stderr),
        "אף פריט שמור אינו תואם\n"
    );
    let vacuum = piped("fa_IR.UTF-8", &["--db", &db, "vacuum"]);
    assert_eq!(
        stdout(&vacuum),
        format!("0 مطلب حذف شد؛ انبار {db} فشرده شد\n")
    );
}

/// `dump --search`: the count in the reader's language, and a Hebrew file name one unit of
/// the label, laid out like the lines under it (visual, right-aligned to the width when
/// right to left); before, the label was English and the name in logical order above
/// visual lines.
#[test]
fn the_dump_search_label_speaks_the_readers_language_in_the_bodys_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("חדשות.txt"),
        "שלום עולם\n\nזהו גוף הכתבה.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("עוד.txt"), "כותרת\n\nעוד כתבה.\n").unwrap();
    let dump = |lang: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_khabar"))
            .args([
                "--shape", "off", "dump", "--width", "30", "--search", "כתבה",
            ])
            .args(["חדשות.txt", "עוד.txt"])
            .current_dir(dir.path())
            .env("LANG", lang)
            .output()
            .expect("runs khabar");
        stdout(&out)
    };
    let he = dump("he_IL.UTF-8");
    let labels: Vec<&str> = he.lines().step_by(3).collect();
    assert_eq!(
        labels,
        [
            // A unit takes its own direction (FSI, P2/P3): these names are right to left.
            "          תחא המאתה :txt.תושדח",
            "          תחא המאתה :txt.דוע/.",
        ]
    );
    let en = dump("C.UTF-8");
    assert_eq!(en.lines().next(), Some("txt.תושדח: 1 match"));
}

/// An error line wider than the terminal, in visual order: wrapped by the layout (rows in
/// reading order, right-aligned in an Arabic UI, the address whole, continuation rows under
/// the prefix), never by the terminal, which cut `not k|nown` and put the logical end of the
/// right-to-left line on its first row. Rows reversed by hand.
#[test]
fn a_long_visual_error_line_is_wrapped_in_reading_order() {
    use khabar::report::wrapped;
    use khabar::text::{Base, Direction, Line, Order};
    let line = Line::new(Base::Ui(Direction::Rtl))
        .shaped(false)
        .unit("חדשות היום")
        .text(": فشلت: the server answered 500 <")
        .unit("https://example.org/he.xml")
        .text(">");
    assert_eq!(
        wrapped("khabar: ", &line, Order::Visual, Some(40)),
        "khabar:     the server :تلشف :םויה תושדח\n\
         \x20                           answered 500\n\
         \x20           <https://example.org/he.xml>\n"
    );
    // Logical order (a pipe) and a line that fits are never wrapped.
    assert_eq!(
        wrapped("khabar: ", &line, Order::Logical, Some(40)),
        "khabar: חדשות היום: فشلت: the server answered 500 <https://example.org/he.xml>\n"
    );
    let short = Line::new(Base::Ui(Direction::Rtl))
        .shaped(false)
        .text("فشلت");
    assert_eq!(
        wrapped("khabar: ", &short, Order::Visual, Some(40)),
        "khabar: تلشف\n"
    );
}

/// The same on a real terminal of 40 columns: `update`'s failure naming a Hebrew feed.
#[test]
fn an_update_failure_wider_than_the_terminal_is_wrapped_by_khabar() {
    let server = Server::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let url = server.url("/500");
    let db = one_feed(dir.path(), &url);
    let args = ["--shape", "off", "--db", &db, "update", "--timeout", "2"];
    let mut s = Session::spawn(&args, 12, 40);
    s.wait_for("the failure", shows("(HTTP 500)"));
    s.wait_exit();
    let rows: Vec<String> = s.screen(|sc| {
        (0..12)
            .map(|r| row_cells(sc, r).0.trim_end().to_string())
            .skip_while(|row| !row.starts_with("khabar: "))
            .take(3)
            .collect()
    });
    assert_eq!(
        rows,
        [
            "khabar: םויה תושדח: failed: the server".to_string(),
            "        failed to answer (HTTP 500)".to_string(),
            format!("        <{url}>"),
        ]
    );
}

/// The reader's status line says how many more named files could not be opened in the
/// reader's language (the phrase reversed by hand: Hebrew reads right to left on screen).
#[test]
fn the_readers_problem_count_speaks_the_readers_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "Title\n\nBody.\n").unwrap();
    let good = good.display().to_string();
    let args = ["--shape", "off", "missing1.txt", "missing2.txt", &good];
    let mut s = Session::spawn_with(&args, 20, 100, &[("LANG", "he_IL.UTF-8")]);
    s.wait_for("the problem count", shows("חתפנ אלש דחא דועו"));
    s.send(b"q");
    s.wait_exit();
}

/// The reader with stdout redirected: one sentence in the reader's language, exit 1.
#[test]
fn the_reader_without_a_terminal_says_so_in_the_readers_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("a.txt");
    std::fs::write(&file, "Title\n\nBody.\n").unwrap();
    let out = piped("ar_EG.UTF-8", &[&file.display().to_string()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "khabar: القارئ يرسم على طرفية، والمخرج القياسي ليس طرفية (مغلق أو محوَّل)؛ \
         الأمر khabar dump FILE يطبع المقال نصًّا\n"
    );
}
