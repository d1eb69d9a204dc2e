//! Properties of search over random mixed-script text: every match range lies inside the
//! text on grapheme boundaries, matches are ordered and disjoint, and any slice of the text
//! (cut at grapheme boundaries) searched for is found where it was cut; folding is idempotent
//! and a slice of the folded text maps back to the exact original text that folds to it.

use khabar::search::{Folded, Folding, Query};
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

fn alphabet() -> impl Strategy<Value = char> {
    prop_oneof![
        prop::sample::select(vec![
            'ا', 'أ', 'إ', 'آ', 'ب', 'ة', 'ه', 'ى', 'ي', 'ی', 'ک', 'ك', 'ل', 'ؤ', 'ئ', 'ـ'
        ]),
        prop::sample::select(vec![
            'ء', 'ہ', 'ۃ', 'ھ', 'ے', 'م', 'ش', '״', '"', '׳', '\'', '־', '-', 'ם', 'מ', 'ץ'
        ]),
        prop::sample::select(vec![
            '\u{064E}', '\u{0651}', '\u{0670}', '\u{05B8}', '\u{200C}', '\u{200D}'
        ]),
        prop::sample::select(vec![
            'a', 'B', 'z', ' ', '\u{00A0}', '1', '٢', '۳', '.', 'ש', 'ל'
        ]),
        prop::sample::select(vec!['\u{FEFB}', '\u{FEB3}', '👨', 'é', 'ﬁ']),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(alphabet(), 0..60).prop_map(|v| v.into_iter().collect())
}

fn boundaries(s: &str) -> Vec<usize> {
    let mut b: Vec<usize> = s.grapheme_indices(true).map(|(i, _)| i).collect();
    b.push(s.len());
    b
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn ranges_on_grapheme_boundaries(text in text(), query in text(), loose in any::<bool>()) {
        let mode = if loose { Folding::Loose } else { Folding::Normal };
        let q = Query::new(&query, mode).unwrap();
        let bounds = boundaries(&text);
        let found = q.find_all(&text);
        for r in &found {
            prop_assert!(r.start < r.end && r.end <= text.len());
            prop_assert!(bounds.contains(&r.start) && bounds.contains(&r.end), "{r:?} in {text:?}");
        }
        for w in found.windows(2) {
            prop_assert!(w[0].end <= w[1].start);
        }
    }

    #[test]
    fn a_slice_of_the_text_is_found_where_it_was_cut(text in text(), a in any::<prop::sample::Index>(), b in any::<prop::sample::Index>()) {
        let bounds = boundaries(&text);
        let (mut i, mut j) = (a.index(bounds.len()), b.index(bounds.len()));
        if i > j { std::mem::swap(&mut i, &mut j); }
        let slice = &text[bounds[i]..bounds[j]];
        // Queries are trimmed: the slice is looked for from its first non-space.
        let at = bounds[i] + (slice.len() - slice.trim_start().len());
        let q = Query::new(slice, Folding::Exact).unwrap();
        if !q.is_empty() {
            let found = q.find_all(&text);
            prop_assert!(found.iter().any(|r| r.start <= at && at < r.end),
                "{slice:?} not found at {at} in {text:?}: {found:?}");
        }
    }
}

fn any_mode() -> impl Strategy<Value = Folding> {
    prop::sample::select(vec![Folding::Normal, Folding::Loose])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn folding_is_idempotent(text in text(), mode in any_mode()) {
        let once = Folded::new(&text, mode).text;
        prop_assert_eq!(Folded::new(&once, mode).text, once);
    }

    /// A query cut from the folded text is found, and each match maps back to an original
    /// range on grapheme boundaries that folds to text holding the query.
    #[test]
    fn a_match_in_the_folded_text_maps_back_exactly(text in text(), a in any::<prop::sample::Index>(), b in any::<prop::sample::Index>(), mode in any_mode()) {
        let folded = Folded::new(&text, mode).text;
        let chars: Vec<usize> = folded.char_indices().map(|(i, _)| i).chain([folded.len()]).collect();
        let (mut i, mut j) = (a.index(chars.len()), b.index(chars.len()));
        if i > j { std::mem::swap(&mut i, &mut j); }
        let needle = folded[chars[i]..chars[j]].trim();
        let q = Query::new(needle, mode).unwrap();
        if q.is_empty() { return Ok(()); }
        let found = q.find_all(&text);
        prop_assert!(!found.is_empty(), "{needle:?} not found in {text:?}");
        let bounds = boundaries(&text);
        for r in found {
            prop_assert!(bounds.contains(&r.start) && bounds.contains(&r.end));
            let back = Folded::new(&text[r.clone()], mode).text;
            prop_assert!(!Query::new(needle, mode).unwrap().find_all(&text[r.clone()]).is_empty(),
                "{r:?} of {text:?} folds to {back:?}, not holding {needle:?}");
        }
    }
}
