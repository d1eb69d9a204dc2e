//! Quotes are speech: a short quoted name or title with no speech verb or colon near it is
//! not listed as a quote (the rule of `khabar::loader::speech`), in Arabic, Hebrew, Persian
//! and Urdu, on paragraphs of the shared corpus (origins in tests/fixtures/articles/README.md).

use std::path::Path;

use khabar::article::Article;
use khabar::loader;

fn load(name: &str) -> Article {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/articles")
        .join(name);
    let mut loaded = loader::load_file(&path).expect("loads");
    loaded.articles.remove(0)
}

fn quotes(name: &str) -> Vec<String> {
    load(name).quotes().map(str::to_string).collect()
}

#[test]
fn arabic_quoted_names_are_not_speech() {
    assert_eq!(
        quotes("quoted_names_ar.txt"),
        [
            "ترامب ظهر بشعر وردي يشبه حلوى القطن",
            "لا ينسجم إطلاقًا مع صورته المعتادة",
        ]
    );
}

#[test]
fn hebrew_quoted_names_are_not_speech() {
    assert_eq!(
        quotes("quoted_names_he.txt"),
        ["עם חברים צריך לדבר גלוי, וזה מה שנעשה", "אמא תהרוג אותך"]
    );
}

#[test]
fn persian_quoted_names_are_not_speech() {
    assert_eq!(
        quotes("quoted_names_fa.txt"),
        [
            "حرکت شفاف، صادقانه و حرفه اى در اطلاع رساني",
            "هنوز تصمیمی نگرفتیم"
        ]
    );
}

#[test]
fn urdu_quoted_names_are_not_speech() {
    assert_eq!(
        quotes("quoted_names_ur.txt"),
        ["ہم یہ مسئلہ جلد حل کریں گے", "سب ٹھیک ہے"]
    );
}

#[test]
fn a_name_stays_in_its_paragraph() {
    let a = load("quoted_names_ur.txt");
    assert!(a.paragraphs().any(|p| p.text.contains("\"گلبرگ\"")));
}
