//! Unit tests of [`super`].

use super::*;

#[test]
fn titles_fold_marks_alef_tatweel_and_dots() {
    let table = [
        (
            "روسيا والصين قوّة اقتصادية أمام الدولار..",
            "روسيا والصين قوه اقتصاديه امام الدولار",
        ),
        ("إقرأ أيضاً", "اقرا ايضا"),
        ("اقرأ أيضًا", "اقرا ايضا"),
        ("الـــصين", "الصين"),
        ("Read  More…", "read more"),
        ("بیشتر\u{200C}بخوانید", "بيشتر بخوانيد"),
        ("שָׁלוֹם", "שלומ"),
        // Spaces at the start and in runs, a ZWNJ among them, and a ligature's own spaces.
        ("  \u{200C} Hello\t\tWorld — ", "hello world"),
        ("قال  ﷺ", "قال صلي الله عليه وسلم"),
    ];
    for (input, want) in table {
        assert_eq!(title_key(input), want, "{input}");
    }
}

#[test]
fn title_keys_and_the_search_share_the_hamza_rule() {
    // Before one folding, titles folded ئ → ي and ؤ → و, the search ؤ → و: `مسؤول` and
    // `مسئول` never met in either.
    assert_eq!(title_key("مسؤول"), title_key("مسئول"));
}

/// The fast path of `title_key` is what the table gives: each of those characters folds to
/// itself in every mode.
#[test]
fn letters_that_fold_to_themselves() {
    let all = (0..=0x10FFFF_u32).filter_map(char::from_u32);
    for c in all.filter(|&c| folds_to_itself(c)) {
        for mode in [Folding::Normal, Folding::Loose] {
            let mut out = String::new();
            fold_char(c, mode, &mut out);
            assert_eq!(out, c.to_string(), "U+{:04X} {mode:?}", c as u32);
        }
    }
    // Neighbours the table folds are not in it.
    for c in ['أ', 'إ', 'آ', 'ء', 'ؤ', 'ئ', 'ى', 'ة', 'ـ', 'A', ' '] {
        assert!(!folds_to_itself(c), "{c}");
    }
}
