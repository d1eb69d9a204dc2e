//! The chrome in the reader's language, read back on screen: the real binary in a pty with
//! `LANG=ar_EG.UTF-8` / `LANG=he_IL.UTF-8` (shaping off). vt100 does not reorder, so every
//! expected text is written by hand in visual order (the cells left to right) and was checked
//! by eye: `ףוג` is גוף, `ةبتكملا` is المكتبة.

use crate::common;

use common::pty::{SEED, Session, find, row_cells, status_row};

fn dump(sc: &vt100::Screen) -> String {
    (0..sc.size().0.get())
        .map(|r| row_cells(sc, r).0.trim_end().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The column where `needle` starts, with the screen in the message when it is missing.
fn column_of(sc: &vt100::Screen, needle: &str) -> u16 {
    match find(sc, needle) {
        Some((_, col, _)) => col,
        None => panic!("{needle:?} not on screen:\n{}", dump(sc)),
    }
}

#[test]
fn arabic_chrome_on_the_seed() {
    let env = [("LANG", "ar_EG.UTF-8")];
    let mut s = Session::spawn_with(&["--shape", "off", SEED], 24, 100, &env);
    // النص (the body's pane) at the right end, then the position, then the hints leftwards.
    s.wait_for("the Arabic status line", |sc| {
        status_row(sc).trim_end().ends_with("%    صنلا")
    });
    s.screen(|sc| {
        let status = status_row(sc);
        for hint in ["ريرمت j/k", "ةحفص space", "لاقم J/K", "ةدعاسم ?", "جورخ q"]
        {
            assert!(status.contains(hint), "{hint:?} in {status:?}");
        }
        // اقرأ أيضًا over the read-also pane, on the left (the frame mirrored).
        assert!(column_of(sc, "اضًيأ أرقا") < 30, "{}", dump(sc));
        assert!(column_of(sc, "(9) تاسابتقا") < 30, "{}", dump(sc));
    });
    s.send(b"L");
    s.wait_for("the library pane", |sc| find(sc, "(7) ةبتكملا").is_some());
    s.screen(|sc| assert!(column_of(sc, "(7) ةبتكملا") < 40));
    s.send(b"?");
    s.wait_for("the help overlay and its mode", |sc| {
        find(sc, "حيتافملا :ةدعاسم").is_some() && status_row(sc).trim_end().ends_with("ةدعاسم")
    });
    // The help's rows in Arabic, the keys column on the right (mirrored).
    s.screen(|sc| {
        let desc = column_of(sc, "يلاتلا رصنعلا / لفسألا ىلإ رطس ريرمت");
        assert!(column_of(sc, "j, down") > desc, "{}", dump(sc));
    });
    // The links list: its title at the right of the top border, the filter's label at the
    // right of its row and the hint left of it.
    s.send(b"\x1b");
    s.wait_for("the help closed", |sc| {
        find(sc, "حيتافملا :ةدعاسم").is_none()
    });
    s.send(b"u");
    s.wait_for("the links list", |sc| find(sc, ":ةيفصت").is_some());
    s.screen(|sc| {
        let label = column_of(sc, ":ةيفصت");
        let hint = column_of(sc, "ةيفصتلل بتكا");
        assert!(hint < label, "{}", dump(sc));
        assert!(column_of(sc, "طباورلا ┐") > 50, "{}", dump(sc));
    });
}

#[test]
fn hebrew_chrome_mirrors_the_frame_of_an_english_article() {
    let env = [("LANG", "he_IL.UTF-8")];
    let file = "assets/004_terminals_backwards.txt";
    let mut s = Session::spawn_with(&["--shape", "off", file], 24, 100, &env);
    s.wait_for("the Hebrew status line", |sc| {
        status_row(sc).trim_end().ends_with("ףוג")
    });
    s.screen(|sc| {
        let status = status_row(sc);
        for hint in ["הלילג j/k", "דומע space", "היירפס L", "הרזע ?", "האיצי q"]
        {
            assert!(status.contains(hint), "{hint:?} in {status:?}");
        }
        // The side column on the left although the article is English: the UI is RTL.
        let rule = column_of(sc, "│");
        assert_eq!(rule, 30, "{}", dump(sc));
        assert!(column_of(sc, "םיטוטיצ") < rule, "{}", dump(sc));
        // The body's English text stays left to right, right of the column.
        assert!(
            column_of(sc, "Most terminal programs") > rule,
            "{}",
            dump(sc)
        );
    });
    // A status message: `m` on a library of files says the keys work on subscriptions.
    s.send(b"m");
    s.wait_for("the note in Hebrew", |sc| {
        status_row(sc).contains("םייונימ לע םילעופ")
    });
    s.send(b"/");
    s.wait_for("the search prompt", |sc| {
        status_row(sc).trim_end().ends_with("שופיח")
    });
    s.send(b"the");
    // `match 1/N` is תוצאה 1/N: the fraction stays one left-to-right unit.
    s.wait_for("the match count", |sc| {
        let st = status_row(sc);
        st.contains(" האצות [למרונמ]") && st.contains("1/")
    });
    s.screen(|sc| {
        let st = status_row(sc);
        let at = st.find(" האצות").unwrap();
        let before = st[..at].trim_end();
        let count = before.rsplit(' ').next().unwrap_or("");
        assert!(count.starts_with("1/"), "{count:?} in {st:?}");
    });
}
