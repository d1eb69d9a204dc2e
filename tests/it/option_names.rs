//! A command-line option named in a right-to-left sentence keeps its dashes before its name
//! (issue 16): `--since` and `--db FILE` are placeables of the catalogue, isolated units,
//! not words of the sentence, where UAX #9 would put the dashes after the name
//! (`since--`, W4–W6 and N1: the leading dashes take the sentence's direction).

use khabar::i18n::{Lang, Messages};
use khabar::keymap::Action;

use crate::common;
use crate::common::pty::Session;

/// `khabar search --since bogus` on a terminal, in Hebrew: the complaint in visual order,
/// its option rightmost as the sentence's first word.
#[test]
fn since_keeps_its_dashes_in_hebrew_on_a_terminal() {
    let env = [("LANG", "he_IL.UTF-8")];
    let mut s = Session::spawn_with(&["search", "--since", "bogus", "x"], 10, 120, &env);
    s.wait_exit();
    let row = s
        .screen(|sc| sc.contents())
        .lines()
        .next()
        .unwrap_or("")
        .trim_end()
        .to_string();
    // Written by hand: «--since „bogus”: יש לתת תאריך בצורה YYYY-MM-DD או מספר ימים אחורה
    // בצורה Nd (7d)» right to left, after the `khabar: ` prefix.
    assert_eq!(
        row,
        "khabar: Nd (7d) הרוצב הרוחא םימי רפסמ וא YYYY-MM-DD הרוצב ךיראת תתל שי :”bogus„ --since"
    );
}

/// `a` and an address with no store to subscribe in, in Arabic and Hebrew: the status line names
/// `--db FILE` as typed.
#[test]
fn db_file_keeps_its_order_on_the_status_line() {
    for lang in [Lang::Ar, Lang::He, Lang::Fa, Lang::Ur] {
        let mut app = common::seed_app(100, 30);
        app.set_messages(Messages::new(lang));
        app.update(Action::AddFeed);
        for c in "http://example.org/feed.xml".chars() {
            app.update(Action::Input(c));
        }
        assert_eq!(app.update(Action::SearchConfirm), None, "no store: no job");
        let status = common::status_line(&app);
        assert!(status.contains("--db FILE"), "{lang:?}: {status}");
        assert!(!status.contains("db--"), "{lang:?}: {status}");
    }
}

/// `a`'s address prompt is named for what it asks (ADDRESS, «عنوان») and hints only the keys
/// that work there (Enter, Esc): not the search's mode and history, which do nothing in it.
#[test]
fn the_address_prompt_names_itself() {
    for (lang, mode, history) in [
        (Lang::En, " ADDRESS ", "history"),
        (Lang::Ar, " ناونع ", "لجسلا"),
    ] {
        let mut app = common::seed_app(100, 30);
        app.set_messages(Messages::new(lang));
        app.update(Action::AddFeed);
        let status = common::status_line(&app);
        assert!(status.contains(mode), "{lang:?}: {status}");
        assert!(!status.contains(history), "{lang:?}: {status}");
        assert!(!status.contains("ctrl-t"), "{lang:?}: {status}");
        assert!(
            status.contains("enter") && status.contains("esc"),
            "{status}"
        );
    }
}
