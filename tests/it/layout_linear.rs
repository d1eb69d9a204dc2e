//! A paragraph's layout work grows linearly with its length, however hostile its clusters:
//! random runs of flags (regional indicators, odd counts too), combining marks, emoji ZWJ
//! sequences, Arabic with harakat, Indic conjuncts, prepended marks and long no-break runs,
//! laid out at n and at 4n repetitions. The measure is counted, not timed: the bytes the
//! grapheme segmentation is given to look at (`khabar::layout::segmentation_inspected`), which
//! a look-back from each cluster boundary made grow with the square of a run of flags.

use khabar::layout::{Options, layout_paragraph, segmentation_inspected};
use proptest::prelude::*;

/// One run the grapheme rules must look across (or, for the plain letters, need not).
fn hostile_run() -> impl Strategy<Value = String> {
    prop_oneof![
        (1..9usize).prop_map(|n| "🇸🇦🇮🇱🇮".repeat(n)),
        (1..20usize).prop_map(|n| format!("e{}", "\u{301}".repeat(n))),
        (1..6usize).prop_map(|n| vec!["👨"; n + 1].join("\u{200D}")),
        (1..30usize).prop_map(|n| "بَّ".repeat(n)),
        Just("مُحَمَّدٌ لا".to_string()),
        (1..8usize).prop_map(|n| "क्ष".repeat(n)),
        Just("\u{600}12".to_string()),
        (1..60usize).prop_map(|n| "x".repeat(n)),
        (1..20usize).prop_map(|n| "a\u{A0}".repeat(n)),
    ]
}

/// Segmentation work of laying `text` out at width 40.
fn work(text: &str) -> usize {
    let before = segmentation_inspected();
    let opts = Options {
        width: 40,
        ..Options::default()
    };
    let _ = layout_paragraph(text, &[], &opts);
    segmentation_inspected() - before
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn layout_work_is_linear(runs in prop::collection::vec(hostile_run(), 1..6), n in 10usize..40) {
        let unit = runs.concat();
        let (small, large) = (work(&unit.repeat(n)), work(&unit.repeat(4 * n)));
        // 4 times the text: 4 times the work, and a little for where the cursor starts.
        prop_assert!(
            large <= 4 * small + 64,
            "{} bytes × {n}: {small}, × {}: {large}",
            unit.len(),
            4 * n
        );
    }
}
