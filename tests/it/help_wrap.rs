//! The help overlay wraps a description wider than its column onto further rows inside the
//! box (issue 16: nothing cut mid-word): no row ends with `…`, every word of the longest
//! description (`s`, 76+ columns in every language) is on screen somewhere while scrolling
//! through, and the search finds and shows a word that only a continuation row holds.

use khabar::app::App;
use khabar::i18n::{Lang, Messages};
use khabar::keymap::Action;
use unicode_segmentation::UnicodeSegmentation;

use crate::common;

fn help_in(lang: Lang, w: u16, h: u16) -> App {
    let mut app = common::seed_app(w, h);
    app.set_messages(Messages::new(lang));
    app.update(Action::Help);
    app
}

/// The text inside the help's box on every row of the frame (between its `│` borders).
fn box_rows(app: &App) -> Vec<String> {
    let buf = common::draw(app);
    (0..buf.area.height)
        .map(|y| common::row_text(&buf, y))
        .filter_map(|r| {
            let first = r.find('│')?;
            let last = r.rfind('│')?;
            (last > first).then(|| r[first + '│'.len_utf8()..last].to_string())
        })
        .collect()
}

/// Every row the help shows, scrolling from the top to where `j` stops moving it.
fn all_rows(app: &mut App) -> Vec<String> {
    app.update(Action::Top);
    let mut rows = box_rows(app);
    loop {
        let at = app.help();
        app.update(Action::Down);
        if app.help() == at {
            return rows;
        }
        rows.extend(box_rows(app));
    }
}

/// The words of `text` as a row shows them: punctuation around them dropped; right to
/// left, their clusters in visual order (shaping is off in the seed app).
fn shown_words(text: &str, rtl: bool) -> Vec<String> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(|w| {
            if rtl {
                w.graphemes(true).rev().collect()
            } else {
                w.to_string()
            }
        })
        .collect()
}

#[test]
fn no_help_row_is_cut_and_every_word_of_s_is_shown() {
    // The `s` row as the catalogues say it (read by hand: en, fa).
    let save = [
        (
            Lang::En,
            "Save the item for later (again: unsave); any other article: keep it in the store",
        ),
        (
            Lang::Fa,
            "ذخیرهٔ مطلب برای بعد (دوباره: لغو ذخیره)؛ هر مقالهٔ دیگر: نگه‌داشتن آن در انبار",
        ),
    ];
    for (lang, desc) in save {
        for (w, h) in [(100, 30), (60, 20)] {
            let mut app = help_in(lang, w, h);
            let rows = all_rows(&mut app);
            let cut: Vec<&String> = rows.iter().filter(|r| r.contains('…')).collect();
            assert!(cut.is_empty(), "{lang:?} {w}×{h}: {cut:#?}");
            for word in shown_words(desc, lang != Lang::En) {
                assert!(
                    rows.iter().any(|r| r.contains(&word)),
                    "{lang:?} {w}×{h}: «{word}» is nowhere:\n{}",
                    rows.join("\n")
                );
            }
        }
    }
}

#[test]
fn the_search_finds_and_shows_a_word_on_a_continuation_row() {
    // At 60 columns the description column is 33 wide: `unsave` is on the `s` entry's
    // second row ("Save the item for later (again:" fills the first).
    let mut app = help_in(Lang::En, 60, 20);
    app.update(Action::Search);
    for c in "unsave".chars() {
        app.update(Action::Input(c));
    }
    app.update(Action::SearchConfirm);
    let h = app.help_state().expect("the help is open").clone();
    assert_eq!(h.hits.len(), 1, "{h:?}");
    let rows = box_rows(&app);
    assert!(
        rows.iter()
            .any(|r| r.trim_start().starts_with("unsave); any other")),
        "the continuation row is shown:\n{}",
        rows.join("\n")
    );
    // From the end of the help, the search scrolls back up to it.
    app.update(Action::Bottom);
    app.update(Action::SearchNext);
    let rows = box_rows(&app);
    assert!(
        rows.iter().any(|r| r.contains("unsave")),
        "{}",
        rows.join("\n")
    );
}
