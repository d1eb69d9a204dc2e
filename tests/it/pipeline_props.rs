//! Properties of the whole pipeline (file bytes → loader → article → reader state → frame):
//! any bytes as an article file give either articles or a clean error, and a reader on any
//! article survives any sequence of actions, sizes included, drawing frames that hold no
//! control character.

use std::path::Path;

use khabar::app::App;
use khabar::keymap::Action;
use khabar::library::Library;
use khabar::loader;
use khabar::pager::Render;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Pieces that make articles interesting: the news format's lines, quotes, both directions,
/// controls, escapes, marks, markup.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("قال الرئيس “نحن هنا” اليوم".to_string()),
        Just("إقرأ أيضاً: روسيا والصين".to_string()),
        Just("المصدر: وكالات".to_string()),
        Just("שלום עולם (Hello) 3.14".to_string()),
        Just("The \"quick\" brown fox".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\x1b[31m\x1b]0;x\x07\u{9b}2J\r\x08\t\x00".to_string()),
        Just("\u{202E}abc\u{202C}\u{2067}d\u{2069}\u{200B}\u{200D}\u{FEFF}".to_string()),
        Just("ـــ ًٌٍَُِّ لا ﻻ ي‌ک".to_string()),
        Just("<html><body><h1>t</h1><p>p</p></body></html>".to_string()),
        Just("{\"headline\": \"x\", \"body\": [".to_string()),
        Just("<rss><channel><item><title>t</title></item></channel></rss>".to_string()),
        Just("# heading\n- [link](http://x)".to_string()),
        "[ -~]{0,30}",
        "[\u{0600}-\u{06FF}\u{05D0}-\u{05EA} ]{0,30}",
        any::<char>().prop_map(String::from),
    ]
}

fn article_text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..24).prop_map(|v| v.concat())
}

/// Every action a key can ask for: those of the key table, in every scope (so a new one is
/// covered without touching this test), typed characters, sizes and the mouse wheel.
/// In-process, Quit and the rest only return their effect.
fn action() -> impl Strategy<Value = Action> {
    use Action::*;
    // Every action bound in any scope (reader, help, search prompt, links list).
    let mut named: Vec<Action> = khabar::keymap::Keymap::default()
        .bindings
        .iter()
        .map(|b| b.action)
        .collect();
    named.dedup();
    prop_oneof![
        prop::sample::select(named),
        prop::sample::select(vec!['ق', 'ا', 'ل', 'e', ' ', 'ـ', '\u{64E}', '(', '\u{1b}'])
            .prop_map(Input),
        (0u16..160, 0u16..60).prop_map(|(w, h)| Resize(w, h)),
        (0u16..160, 0u16..60, any::<bool>()).prop_map(|(column, row, down)| Wheel {
            column,
            row,
            down
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_load_or_fail_cleanly(
        bytes in prop::collection::vec(any::<u8>(), 0..2000),
        name in prop::sample::select(vec!["a.txt", "a.json", "a.html", "a.xml", "a.md", "a"]),
    ) {
        match loader::load_bytes(&bytes, Path::new(name)) {
            Ok(loaded) => prop_assert!(!loaded.articles.is_empty() || name == "a.xml" || name == "a"),
            Err(problem) => {
                let msg = problem.to_string();
                prop_assert!(!msg.is_empty());
                prop_assert!(!msg.chars().any(|c| c.is_control() && c != '\n'), "{:?}", msg);
            }
        }
    }

    #[test]
    fn the_reader_survives_any_article_and_any_keys(
        text in article_text(),
        actions in prop::collection::vec(action(), 1..60),
        shape in any::<bool>(),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        std::fs::write(&file, &text).unwrap();
        std::fs::write(dir.path().join("b.txt"), "عنوان\n\nنص قصير").unwrap();
        let Ok(lib) = Library::open(&[dir.path().to_path_buf()]) else {
            // An empty or blank article file alone: the library says why.
            prop_assert!(text.trim().is_empty());
            return Ok(());
        };
        let first = lib.opened[0];
        let mut app = App::new(lib, first, Render { shape, bidi: true });
        app.update(Action::Resize(100, 30));
        for a in actions {
            let _ = app.update(a);
            let (w, h) = app.size();
            if w == 0 || h == 0 {
                continue;
            }
            let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
            term.draw(|f| f.render_widget(&app, f.area())).unwrap();
            let buf = term.backend().buffer();
            for cell in &buf.content {
                let s = cell.symbol();
                prop_assert!(
                    !s.chars().any(|c| c.is_control()),
                    "control in a cell: {:?} after {:?}", s, a
                );
            }
        }
    }
}
