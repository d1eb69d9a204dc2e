//! The first-run note's commands (`khabar add URL`, `khabar import FILE.opml`) are typed as
//! units: wrapped, the note never splits one across rows (issue 16: seen in Urdu at 100
//! columns as `khabar add` / `URL`). Drawn by the reader, in Urdu and Hebrew, at 60 and 100
//! columns and every width between.

use khabar::i18n::{Lang, Messages};
use khabar::keymap::Keymap;
use khabar::library::Library;
use khabar::store::shelf::Notes;

use crate::common;

const COMMANDS: [&str; 2] = ["khabar add URL", "khabar import FILE.opml"];

/// The rows of the reader on the first-run note in `lang`, `w` columns wide.
fn note_rows(lang: Lang, w: u16) -> Vec<String> {
    let msg = Messages::new(lang);
    let note = Notes::of(&Keymap::default(), &msg).empty(0, std::path::Path::new("/tmp/k.db"));
    let mut app = common::app_with(Library::from_articles(vec![note]), 0, false, w, 40);
    app.set_messages(msg);
    let buf = common::draw(&app);
    (0..buf.area.height)
        .map(|y| common::row_text(&buf, y))
        .collect()
}

#[test]
fn each_command_of_the_note_is_whole_on_one_row() {
    for lang in [Lang::Ur, Lang::He] {
        for w in (60..=100).rev() {
            let rows = note_rows(lang, w);
            for command in COMMANDS {
                assert!(
                    rows.iter().any(|r| r.contains(command)),
                    "{lang:?} at {w} columns: «{command}» split:\n{}",
                    rows.join("\n")
                );
            }
        }
    }
}

/// Every catalogue writes both commands as typed, so the note marks them as code in every
/// language (a translation that changed one would lose its span silently).
#[test]
fn every_language_marks_both_commands_as_code() {
    use khabar::article::SpanKind;
    for lang in [Lang::En, Lang::Ar, Lang::Fa, Lang::Ur, Lang::He] {
        let msg = Messages::new(lang);
        let note = Notes::of(&Keymap::default(), &msg).empty(0, std::path::Path::new("/k.db"));
        let code: Vec<&str> = (note.body.iter().map(|b| b.inline()))
            .flat_map(|i| i.spans.iter().map(move |s| (i, s)))
            .filter(|(_, s)| s.kind == SpanKind::Code)
            .map(|(i, s)| &i.text[s.range.clone()])
            .collect();
        assert_eq!(code, COMMANDS, "{lang:?}");
    }
}
