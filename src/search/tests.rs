//! Unit tests of [`super`].

use super::*;

fn found<'a>(query: &str, text: &'a str, mode: Folding) -> Vec<&'a str> {
    Query::new(query, mode)
        .unwrap()
        .find_all(text)
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

#[test]
fn stacked_repetitions_are_refused_not_recursed() {
    // Found by the search fuzz target: `re:e` and 180 stars overflowed a test thread's
    // stack inside the regex parser. A small stack shows the nesting limit holds.
    let run = std::thread::Builder::new()
        .stack_size(512 * 1024)
        .spawn(|| {
            let q = Query::new(&format!("re:e{}", "*".repeat(180)), Folding::Normal);
            assert!(matches!(q, Err(SearchError::Regex(_))));
            let q = Query::new(
                &format!("re:{}a{}", "(".repeat(100), ")".repeat(100)),
                Folding::Normal,
            );
            assert!(q.is_err());
            assert!(Query::new("re:(a|b)*c{2,3}", Folding::Normal).is_ok());
        });
    run.unwrap().join().unwrap();
}

#[test]
fn folding_both_directions() {
    // (query, text, what the match covers in the text)
    let table: &[(&str, &str, &str)] = &[
        // Diacritics: plain query in vocalised text, and vocalised query in plain text.
        ("محمد", "قال مُحَمَّدٌ أمس", "مُحَمَّدٌ"),
        ("مُحَمَّد", "قال محمد أمس", "محمد"),
        // Quranic marks and superscript alef.
        ("الرحمن", "الرَّحْمَٰنِ", "الرَّحْمَٰنِ"),
        // Tatweel both ways.
        ("الصين", "الصـــين", "الصـــين"),
        ("الصـين", "الصين", "الصين"),
        // Alef forms.
        ("اقرا", "إقرأ", "إقرأ"),
        ("أمام", "امام", "امام"),
        ("القران", "القرآن", "القرآن"),
        ("ٱلله", "الله", "الله"),
        // Alef maqsura and teh marbuta.
        ("علي", "على", "على"),
        ("قوه", "قوّة", "قوّة"),
        ("قوة", "قوه", "قوه"),
        // Persian letters against Arabic ones, both ways.
        ("كتاب", "کتاب", "کتاب"),
        ("ایران", "ايران", "ايران"),
        ("خانه", "خانۀ", "خانۀ"),
        // ZWNJ as a space.
        ("می خواهم", "می‌خواهم", "می‌خواهم"),
        // Presentation forms (a pasted shaped word) and the lam-alef ligature.
        (
            "سلام",
            "\u{FEB3}\u{FEFC}\u{FEE1}",
            "\u{FEB3}\u{FEFC}\u{FEE1}",
        ),
        ("\u{FEB3}\u{FEFC}\u{FEE1}", "سلام", "سلام"),
        // Digits.
        ("2024", "عام ٢٠٢٤", "٢٠٢٤"),
        ("٢٠٢٤", "عام 2024", "2024"),
        ("1200", "۱۲۰۰ عنوان", "۱۲۰۰"),
        // Hebrew points.
        ("שלום", "שָׁלוֹם", "שָׁלוֹם"),
        // Latin case.
        ("twitter", "Twitter", "Twitter"),
        ("NEWSDESK", "NewsDesk 3.5", "NewsDesk"),
    ];
    for (query, text, want) in table {
        assert_eq!(
            found(query, text, Folding::Normal),
            [*want],
            "{query} in {text}"
        );
    }
}

#[test]
fn hamza_seats_only_in_loose_mode() {
    // Loose folds every hamza seat to one form (the bare alef), so the commonest seat
    // variation of news text meets; Normal keeps them apart.
    assert!(found("مسئول", "مسؤول", Folding::Normal).is_empty());
    assert_eq!(found("مسئول", "مسؤول", Folding::Loose), ["مسؤول"]);
    assert_eq!(found("مسؤول", "المسئول", Folding::Loose), ["مسئول"]);
    assert_eq!(found("رءيس", "رئيس", Folding::Loose), ["رئيس"]);
    assert_eq!(found("مسالة", "مسألة", Folding::Loose), ["مسألة"]);
}

#[test]
fn persian_zwnj_matches_a_space_and_nothing() {
    let forms = ["می شود", "میشود", "می\u{200C}شود"];
    for query in forms {
        for text in forms {
            let text = format!("این کار {text}.");
            assert_eq!(
                found(query, &text, Folding::Normal).len(),
                1,
                "{query} in {text}"
            );
        }
    }
    // Between letters that do not join, a space is a word break still.
    assert!(found("دارد", "دا رد", Folding::Normal).is_empty());
}

#[test]
fn urdu_typed_on_an_arabic_keyboard_finds_heh_goal_and_do_chashmi() {
    assert_eq!(found("کها", "اس نے کہا کہ", Folding::Normal), ["کہا"]);
    assert_eq!(found("بهی", "یہ بھی ہے", Folding::Normal), ["بھی"]);
    assert_eq!(found("زكاه", "زکاۃ", Folding::Normal), ["زکاۃ"]);
}

#[test]
fn hebrew_punctuation_marks_match_their_ascii_forms() {
    assert_eq!(found("צה\"ל", "דובר צה״ל אמר", Folding::Normal), ["צה״ל"]);
    assert_eq!(found("צה״ל", "דובר צה\"ל אמר", Folding::Normal), ["צה\"ל"]);
    assert_eq!(found("ג'", "סעיף ג׳", Folding::Normal), ["ג׳"]);
    assert_eq!(found("בית-ספר", "בית־ספר", Folding::Normal), ["בית־ספר"]);
}

#[test]
fn hebrew_final_letters_are_plain_only_in_loose_mode() {
    // A word cut before its last letter, or typed without the final form.
    assert!(found("שלומ", "שלום", Folding::Normal).is_empty());
    for (query, text) in [
        ("שלומ", "שלום"),
        ("דרכ", "דרך"),
        ("כנ", "כן"),
        ("כספ", "כסף"),
        ("ארצ", "ארץ"),
    ] {
        assert_eq!(found(query, text, Folding::Loose), [text]);
    }
}

#[test]
fn exact_mode_folds_nothing() {
    assert!(found("محمد", "مُحَمَّد", Folding::Exact).is_empty());
    assert!(found("twitter", "Twitter", Folding::Exact).is_empty());
    assert_eq!(found("Twitter", "on Twitter", Folding::Exact), ["Twitter"]);
}

#[test]
fn matches_cover_whole_graphemes() {
    // The match of "محمد" ends on دٌ: the tanween belongs to the dal's grapheme.
    let text = "مُحَمَّدٌ";
    let r = Query::new("محمد", Folding::Normal).unwrap().find_all(text);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0], 0..text.len());
    // A query ending on a base letter still takes its marks.
    assert_eq!(found("قو", "قوّة", Folding::Normal), ["قوّ"]);
    // Emoji ZWJ sequences are never cut.
    let family = "a 👨\u{200D}👩\u{200D}👧 b";
    let r = to_graphemes(family, 2..6);
    assert_eq!(&family[r], "👨\u{200D}👩\u{200D}👧");
}

#[test]
fn empty_whitespace_and_long_queries() {
    assert!(found("", "text", Folding::Normal).is_empty());
    assert!(found("   \t", "a   b", Folding::Normal).is_empty());
    assert!(
        found(
            "a much longer query than the text",
            "short",
            Folding::Normal
        )
        .is_empty()
    );
    assert!(Query::new(" ", Folding::Normal).unwrap().is_empty());
}

#[test]
fn spaces_collapse() {
    assert_eq!(
        found("روسيا  والصين", "روسيا والصين", Folding::Normal),
        ["روسيا والصين"]
    );
    assert_eq!(
        found("a b", "a \u{00A0} b", Folding::Normal),
        ["a \u{00A0} b"]
    );
}

#[test]
fn regex_mode() {
    assert_eq!(
        found("re:20\\d\\d", "في عام 2024 و٢٠٢٣", Folding::Normal),
        ["2024", "٢٠٢٣"]
    );
    // Arabic in the pattern is folded like the text.
    assert_eq!(
        found("re:ال(صين|روس)", "الصّين وروسيا", Folding::Normal),
        ["الصّين"]
    );
    assert_eq!(found("re:TWITTER", "twitter", Folding::Normal), ["twitter"]);
    assert!(matches!(
        Query::new("re:(", Folding::Normal),
        Err(SearchError::Regex(_))
    ));
    assert!(Query::new("re:", Folding::Normal).unwrap().is_empty());
}

#[test]
fn every_match_in_order() {
    let text = "الصين والصين، الصّين";
    let r = Query::new("الصين", Folding::Normal).unwrap().find_all(text);
    assert_eq!(r.len(), 3);
    assert!(r.windows(2).all(|w| w[0].end <= w[1].start));
}

/// A match in every flag of a run: widening each by a look-back from its own offset
/// counted all the flags before it (16 times the work for 4 times the flags).
#[test]
fn matches_in_a_flag_run_take_linear_work() {
    let q = Query::new("🇸🇦", Folding::Normal).unwrap();
    let work = |n: usize| {
        let text = "🇸🇦🇮🇱".repeat(n / 2);
        let before = crate::layout::segmentation_inspected();
        assert_eq!(q.find_all(&text).len(), n / 2);
        crate::layout::segmentation_inspected() - before
    };
    let (small, large) = (work(500), work(2000));
    assert!(small > 0);
    assert!(
        large <= 5 * small,
        "500 flags: {small}, 2000 flags: {large}"
    );
}

/// A fatha (folded away) after 17 plain chars ends a stretch of the fold map and starts a new
/// mark at the same folded offset: a match across it must still map to the original text
/// with the mark (found by the proptest `a_match_in_the_folded_text_maps_back_exactly`).
#[test]
fn a_match_across_a_dropped_mark_maps_back_whole() {
    let text = "aااaaااaاaااaاااا\u{64e}1ااa";
    let q = Query::new("aااaaااaاaااaاااا1", Folding::Normal).unwrap();
    let end = text.find('1').unwrap() + 1;
    assert_eq!(q.find_all(text), vec![0..end]);
}

/// Long texts map matches back without folding again where the text folded char for char,
/// and without walking the clusters from the start: the ranges are those of a text folded
/// in one piece (a plain paragraph), in a text of many paragraphs.
#[test]
fn matches_far_into_a_long_text_map_back_exactly() {
    let para = "قال الرئيس الصينيّ إن التعاون مع الصين، وفي الصين، مستمر.\n\n";
    let text = para.repeat(500);
    let found = Query::new("الصين", Folding::Normal)
        .unwrap()
        .find_all(&text);
    let one = Query::new("الصين", Folding::Normal).unwrap().find_all(para);
    assert_eq!(one.len(), 3, "{one:?}");
    assert_eq!(found.len(), 1500);
    for (k, r) in found.iter().enumerate() {
        let base = (k / 3) * para.len();
        let want = &one[k % 3];
        assert_eq!(*r, want.start + base..want.end + base);
    }
}
