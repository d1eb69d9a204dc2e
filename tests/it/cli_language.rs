//! The command line's own text in the reader's language (issue 16): `--help`, a
//! subcommand's `--help` and clap's usage errors come from `i18n/*/cli.ftl` in the language
//! of the config or the locale, the user's argument a visible, isolated unit; help lines in
//! visual order on a terminal, logical on a pipe. The expected sentences are written here by
//! hand (the Hebrew visual rows reversed by hand, and checked against FriBidi).

use std::os::unix::ffi::OsStrExt;
use std::process::{Command, Output};

use crate::cli_audit::piped as run;
use crate::common::pty::{Session, row_cells};

pub(crate) fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// clap's English words and the derive's English descriptions, none of which may be left
/// in a translated help (flags, value names and example commands stay Latin, as typed).
const ENGLISH: &[&str] = &[
    "Usage",
    "Options",
    "Arguments",
    "Commands",
    "Print",
    "Examples",
    "default",
    "possible",
    "values",
    "Search",
    "subscriptions",
    "the ",
    "Width",
    "articles",
    "Exit status",
];

fn no_english(lang: &str, text: &str) {
    for word in ENGLISH {
        assert!(!text.contains(word), "{lang}: {word:?} left in\n{text}");
    }
}

/// `--help` and `dump --help` in each language: `(locale, sentences of --help, sentences
/// of dump --help)`.
const HELP: &[(&str, &[&str], &[&str])] = &[
    (
        "he_IL.UTF-8",
        &[
            "שימוש: khabar [OPTIONS] [PATHS]... [COMMAND]",
            "פקודות:",
            "  dump    הדפסת כתבות כטקסט פשוט (פרוס) או בתור JSON",
            "אפשרויות:",
            "          הדפסת העזרה (תקציר עם '-h')",
            "  khabar feeds                            רשימת המינויים",
        ],
        &[
            "הדפסת כתבות כטקסט פשוט (פרוס) או בתור JSON",
            "ארגומנטים:",
            "  -w, --width <WIDTH>   רוחב הטקסט בעמודות [ברירת מחדל: 80]",
        ],
    ),
    (
        "ar_EG.UTF-8",
        &[
            "الاستخدام: khabar [OPTIONS] [PATHS]... [COMMAND]",
            "الأوامر:",
            "  dump    طباعة المقالات نصًّا عاديًّا (منسّقًا) أو بصيغة JSON",
            "الخيارات:",
            "  khabar feeds                            قائمة الاشتراكات",
        ],
        &[
            "الوسائط:",
            "  -w, --width <WIDTH>   عرض النص بالأعمدة [الافتراضي: 80]",
        ],
    ),
    (
        "fa_IR.UTF-8",
        &[
            "استفاده: khabar [OPTIONS] [PATHS]... [COMMAND]",
            "فرمان‌ها:",
            "  dump    چاپ مطلب‌ها به‌صورت متن ساده (چیده‌شده) یا JSON",
            "گزینه‌ها:",
        ],
        &[
            "آرگومان‌ها:",
            "  -w, --width <WIDTH>   پهنای متن بر حسب ستون [پیش‌فرض: 80]",
        ],
    ),
    (
        "ur_PK.UTF-8",
        &[
            "استعمال: khabar [OPTIONS] [PATHS]... [COMMAND]",
            "کمانڈز:",
            "  dump    مضامین سادہ متن (ترتیب دیے ہوئے) یا JSON کی صورت میں چھاپیں",
            "آپشنز:",
        ],
        &[
            "آرگیومنٹس:",
            "  -w, --width <WIDTH>   کالموں میں متن کی چوڑائی [طے شدہ: 80]",
        ],
    ),
];

#[test]
fn help_is_in_the_readers_language() {
    for (lang, help, dump) in HELP {
        let o = run(lang, &["--help"]);
        assert_eq!(o.status.code(), Some(0), "{lang}");
        let text = stdout(&o);
        for sentence in *help {
            assert!(
                text.contains(sentence),
                "{lang}: {sentence:?} not in\n{text}"
            );
        }
        no_english(lang, &text);
        let o = run(lang, &["dump", "--help"]);
        assert_eq!(o.status.code(), Some(0), "{lang}");
        let text = stdout(&o);
        for sentence in *dump {
            assert!(
                text.contains(sentence),
                "{lang}: {sentence:?} not in\n{text}"
            );
        }
        no_english(lang, &text);
    }
}

#[test]
fn an_unknown_option_is_said_in_hebrew_and_arabic() {
    let o = run("he_IL.UTF-8", &["--frobnicate"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "שגיאה: הארגומנט \"--frobnicate\" לא מוכר\n\n  \
         עצה: כדי להעביר את \"--frobnicate\" כערך, כתבו \"-- --frobnicate\"\n\n\
         שימוש: khabar [OPTIONS] [PATHS]... [COMMAND]\n\n\
         למידע נוסף, נסו \"--help\".\n"
    );
    assert!(o.stdout.is_empty());
    let o = run("ar_EG.UTF-8", &["--frobnicate"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("خطأ: الوسيط «--frobnicate» غير معروف\n"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).ends_with("لمزيد من المعلومات، جرّب «--help».\n"));
}

#[test]
fn a_bad_value_names_itself_and_the_valid_ones() {
    let o = run("he_IL.UTF-8", &["--bidi", "sideways"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "שגיאה: הערך \"sideways\" לא תקף עבור \"--bidi <BIDI>\"\n  \
         [ערכים אפשריים: auto, explicit, terminal, runs, on, off]\n\n\
         למידע נוסף, נסו \"--help\".\n"
    );
    let o = run("ar_EG.UTF-8", &["dump", "--width", "0", "x"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o)
            .starts_with("خطأ: القيمة «0» غير صالحة لـ«--width <WIDTH>»: يلزم عدد من 1 إلى 1000\n"),
        "{}",
        stderr(&o)
    );
    let o = run("he_IL.UTF-8", &["update", "--jobs", "many"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o)
            .starts_with("שגיאה: הערך \"many\" לא תקף עבור \"--jobs <JOBS>\": צריך מספר שלם\n"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_missing_argument_and_a_conflict_are_said_in_persian_and_urdu() {
    let o = run("fa_IR.UTF-8", &["dump"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "خطا: این آرگومان‌های لازم داده نشده‌اند:\n  <PATHS>...\n\n\
         استفاده: khabar dump <PATHS>...\n\n\
         برای آگاهی بیشتر، «--help» را بیازمایید.\n"
    );
    let o = run("ur_PK.UTF-8", &["search", "--exact", "--loose", "x"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("غلطی: «--exact» کو «--loose» کے ساتھ استعمال نہیں کیا جا سکتا\n"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn an_unknown_subcommand_and_a_suggestion_are_said() {
    let o = run("fa_IR.UTF-8", &["help", "frob"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("خطا: زیرفرمانی به نام «frob» نیست\n"),
        "{}",
        stderr(&o)
    );
    let o = run("he_IL.UTF-8", &["feeds", "--wher"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "שגיאה: הארגומנט \"--wher\" לא מוכר\n\n  \
         עצה: יש ארגומנט דומה: \"--where\"\n\n\
         שימוש: khabar feeds --where\n\n\
         למידע נוסף, נסו \"--help\".\n"
    );
    // An argument that is not UTF-8 (a `String` argument: the query).
    let o = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .arg("search")
        .arg(std::ffi::OsStr::from_bytes(b"x\xff"))
        .env("LANG", "ar_EG.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("XDG_CONFIG_HOME", "/nonexistent-khabar-config")
        .output()
        .expect("runs khabar");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("خطأ: أحد الوسائط ليس UTF-8 صالحًا\n"),
        "{}",
        stderr(&o)
    );
    let o = run("he_IL.UTF-8", &["--version"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).starts_with("khabar "), "{}", stdout(&o));
}

/// In English the errors read as clap's own did (its words and layout, in the catalogue).
#[test]
fn english_usage_errors_read_as_clap_s() {
    let o = run("C.UTF-8", &["--frobnicate"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "error: unexpected argument '--frobnicate' found\n\n  \
         tip: to pass '--frobnicate' as a value, use '-- --frobnicate'\n\n\
         Usage: khabar [OPTIONS] [PATHS]... [COMMAND]\n\n\
         For more information, try '--help'.\n"
    );
    let o = run("C.UTF-8", &["dump"]);
    assert_eq!(
        stderr(&o),
        "error: the following required arguments were not provided:\n  <PATHS>...\n\n\
         Usage: khabar dump <PATHS>...\n\n\
         For more information, try '--help'.\n"
    );
}

/// The user's argument is shown, never obeyed: an escape sequence in it is made visible.
#[test]
fn the_users_argument_is_escaped() {
    let o = run("he_IL.UTF-8", &["--x\u{1b}]0;pwned\u{7}\u{202e}"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("\"--x␛]0;pwned␇<U+202E>\""), "{err}");
    assert!(
        !err.contains('\u{1b}') && !err.contains('\u{202e}'),
        "{err}"
    );
}

/// The config's `language` comes first; a config that cannot be read leaves the locale's.
#[test]
fn the_configs_language_then_the_locales() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = dir.path().join("ar.toml");
    std::fs::write(&good, "language = \"ar\"\n").expect("writes");
    let good = good.display().to_string();
    let o = run("he_IL.UTF-8", &["--config", &good, "dump", "--help"]);
    assert!(stdout(&o).contains("الخيارات:"), "{}", stdout(&o));
    let o = run(
        "he_IL.UTF-8",
        &[&format!("--config={good}"), "--frobnicate"],
    );
    assert!(stderr(&o).starts_with("خطأ: "), "{}", stderr(&o));
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "language = [\n").expect("writes");
    let o = run(
        "he_IL.UTF-8",
        &["--config", &bad.display().to_string(), "--help"],
    );
    assert!(stdout(&o).contains("אפשרויות:"), "{}", stdout(&o));
}

/// `config --help`'s first line, a Hebrew sentence with `--print` inside: logical on a pipe.
const CONFIG_ABOUT: &str = "הצגת המקום שממנו נקרא קובץ ההגדרות; `--print` מדפיס את ההגדרות בפועל";
/// The same line as a person sees it: reversed by hand, the code a left-to-right unit.
pub(crate) const CONFIG_ABOUT_VISUAL: &str =
    "לעופב תורדגהה תא סיפדמ `--print` ;תורדגהה ץבוק ארקנ ונממש םוקמה תגצה";

#[test]
fn hebrew_help_is_logical_on_a_pipe() {
    let o = run("he_IL.UTF-8", &["config", "--help"]);
    assert_eq!(stdout(&o).lines().next(), Some(CONFIG_ABOUT));
}

#[test]
fn hebrew_help_is_visual_and_right_aligned_on_a_terminal() {
    let env = [("LANG", "he_IL.UTF-8"), ("LC_ALL", ""), ("LC_MESSAGES", "")];
    let mut s = Session::spawn_with(&["config", "--help"], 30, 100, &env);
    assert!(s.wait_exit().success());
    s.screen(|sc| {
        let rows: Vec<String> = (0..30).map(|r| row_cells(sc, r).0).collect();
        let row = (rows.iter())
            .find(|r| r.contains("--print` ;"))
            .unwrap_or_else(|| panic!("no visual row in {rows:#?}"));
        assert_eq!(row.trim(), CONFIG_ABOUT_VISUAL);
        assert!(row.ends_with('ה'), "right-aligned: {row:?}");
        let usage = (rows.iter())
            .find(|r| r.contains(":שומיש"))
            .expect("usage row");
        assert_eq!(usage.trim(), "khabar config [OPTIONS] :שומיש");
    });
}

/// `config --print` with no `language` in the file names the language the locale chose, as
/// the comment of the line that would set it (it said `"en"` whatever the locale).
#[test]
fn config_print_names_the_language_the_locale_chose() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("config.toml");
    std::fs::write(&cfg, "").unwrap();
    let args = ["--config", cfg.to_str().unwrap(), "config", "--print"];
    for (lang, tag) in [
        ("fa_IR.UTF-8", "fa"),
        ("C.UTF-8", "en"),
        ("he_IL.UTF-8", "he"),
    ] {
        let (out, stdout, _) = crate::error_language::run(lang, &dir.path().join("k.db"), &args);
        assert!(out.status.success());
        let line = format!("# language = \"{tag}\"  (unset: chosen by LC_ALL, LC_MESSAGES, LANG)");
        assert!(stdout.lines().any(|l| l == line), "{lang}: {stdout}");
    }
}
