//! Arabic shaping (`layout::shape`) against independent references: presentation forms written
//! out by hand from the Unicode code charts (Arabic Presentation Forms-A FB50–FDFF and -B
//! FE70–FEFF), the NFKD decompositions in `unicode-normalization`, and the Joining_Type column
//! of `tests/fixtures/unicode/ArabicShaping.txt`.

use khabar::layout::shape::{Glyph, JoiningType, joining_type, shape, shape_into};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

/// What a non-shaping terminal is sent: forms and ligatures replace their `char`, absorbed
/// alefs vanish, everything else is copied.
fn render(text: &str) -> String {
    let glyphs = shape(text);
    assert_eq!(
        glyphs.len(),
        text.chars().count(),
        "one glyph per char of {text:?}"
    );
    text.chars()
        .zip(glyphs)
        .filter_map(|(c, g)| match g {
            Glyph::Same => Some(c),
            Glyph::Form(f) | Glyph::Ligature(f) => Some(f),
            Glyph::Absorbed => None,
        })
        .collect()
}

fn check(cases: &[(&str, &str)]) {
    for &(input, expected) in cases {
        let got = render(input);
        assert_eq!(
            got.escape_unicode().to_string(),
            expected.escape_unicode().to_string(),
            "shaping {input:?}: got {got:?}, expected {expected:?}"
        );
    }
}

#[test]
fn arabic_words_take_positional_forms_b() {
    check(&[
        // محمد: meem initial, hah medial, meem medial, dal final.
        ("محمد", "\u{FEE3}\u{FEA4}\u{FEE4}\u{FEAA}"),
        // بيت: beh initial, yeh medial, teh final.
        ("بيت", "\u{FE91}\u{FEF4}\u{FE96}"),
        // شيء: sheen initial, yeh final, hamza (U) isolated.
        ("شيء", "\u{FEB7}\u{FEF2}\u{FE80}"),
        // Single letters stand isolated.
        ("ب", "\u{FE8F}"),
        ("ع", "\u{FEC9}"),
        // كتب: kaf initial, teh medial, beh final.
        ("كتب", "\u{FEDB}\u{FE98}\u{FE90}"),
        // غرفة: ghain initial, reh final, feh initial, teh marbuta final.
        ("غرفة", "\u{FECF}\u{FEAE}\u{FED3}\u{FE94}"),
    ]);
}

#[test]
fn non_joining_letters_end_the_join() {
    check(&[
        // درس: dal and reh join neither way to the left; seen is isolated.
        ("درس", "\u{FEA9}\u{FEAD}\u{FEB1}"),
        // وزير: waw isolated, zain isolated, yeh initial, reh final.
        ("وزير", "\u{FEED}\u{FEAF}\u{FEF3}\u{FEAE}"),
        // ذبح: thal isolated, beh initial, hah final.
        ("ذبح", "\u{FEAB}\u{FE91}\u{FEA2}"),
        // سد then بد: the dal is final, and the next beh starts fresh (initial).
        ("سدبد", "\u{FEB3}\u{FEAA}\u{FE91}\u{FEAA}"),
    ]);
}

#[test]
fn harakat_stay_and_do_not_break_joining() {
    // مُحَمَّد: the marks are transparent (R1), kept as themselves between the forms.
    let text = "مُحَمَّد";
    check(&[(
        text,
        "\u{FEE3}\u{064F}\u{FEA4}\u{064E}\u{FEE4}\u{064E}\u{0651}\u{FEAA}",
    )]);
    let glyphs = shape(text);
    assert_eq!(glyphs[1], Glyph::Same, "damma is Same");
    assert_eq!(glyphs[5], Glyph::Same, "fatha is Same");
    assert_eq!(glyphs[6], Glyph::Same, "shadda is Same");
    // A bidi mark (Cf, so T) inside a word does not break it either.
    check(&[
        ("ب\u{200F}ت", "\u{FE91}\u{200F}\u{FE96}"),
        // SOFT HYPHEN (Cf) is transparent too, even though it is Latin-1.
        ("ب\u{00AD}ت", "\u{FE91}\u{00AD}\u{FE96}"),
    ]);
}

#[test]
fn tatweel_is_join_causing() {
    check(&[
        ("بـ", "\u{FE91}\u{0640}"),
        ("ـب", "\u{0640}\u{FE90}"),
        ("ـبـ", "\u{0640}\u{FE92}\u{0640}"),
        ("بـد", "\u{FE91}\u{0640}\u{FEAA}"),
        // A right-joining letter still cannot join to the tatweel after it.
        ("دـ", "\u{FEA9}\u{0640}"),
    ]);
}

#[test]
fn zwj_forces_and_zwnj_breaks_joining() {
    check(&[
        // ZWJ after an otherwise isolated letter: initial; before: final.
        ("ب\u{200D}", "\u{FE91}\u{200D}"),
        ("\u{200D}ب", "\u{200D}\u{FE90}"),
        ("ه\u{200D}", "\u{FEEB}\u{200D}"),
        // ZWNJ between two dual-joining letters: both stand alone.
        ("ب\u{200C}ب", "\u{FE8F}\u{200C}\u{FE8F}"),
        // ZWNJ between lam and alef prevents the ligature.
        ("ل\u{200C}ا", "\u{FEDD}\u{200C}\u{FE8D}"),
    ]);
}

#[test]
fn persian_zwnj_word() {
    // می‌خواهم: meem initial, farsi yeh final (ZWNJ), khah initial, waw final, alef isolated,
    // heh initial, meem final.
    check(&[(
        "می\u{200C}خواهم",
        "\u{FEE3}\u{FBFD}\u{200C}\u{FEA7}\u{FEEE}\u{FE8D}\u{FEEB}\u{FEE2}",
    )]);
}

#[test]
fn persian_letters_take_forms_a() {
    check(&[
        // پدر: peh initial, dal final, reh isolated.
        ("پدر", "\u{FB58}\u{FEAA}\u{FEAD}"),
        // چای: tcheh initial, alef final, farsi yeh isolated.
        ("چای", "\u{FB7C}\u{FE8E}\u{FBFC}"),
        // گرگ: gaf initial, reh final, gaf isolated.
        ("گرگ", "\u{FB94}\u{FEAE}\u{FB92}"),
        // ژاله: jeh isolated, alef isolated, lam initial, heh final.
        ("ژاله", "\u{FB8A}\u{FE8D}\u{FEDF}\u{FEEA}"),
        // کتاب: keheh initial, teh medial, alef final, beh isolated.
        ("کتاب", "\u{FB90}\u{FE98}\u{FE8E}\u{FE8F}"),
        // پیچ: peh initial, farsi yeh medial, tcheh final.
        ("پیچ", "\u{FB58}\u{FBFF}\u{FB7B}"),
        // بگیر: gaf medial.
        ("بگیر", "\u{FE91}\u{FB95}\u{FBFF}\u{FEAE}"),
        // ـپـ ـچـ: medial peh and tcheh; بژ: jeh final.
        ("ـپـ", "\u{0640}\u{FB59}\u{0640}"),
        ("ـچـ", "\u{0640}\u{FB7D}\u{0640}"),
        ("بژ", "\u{FE91}\u{FB8B}"),
        // Lone Persian letters are isolated forms.
        ("پ", "\u{FB56}"),
        ("چ", "\u{FB7A}"),
        ("ی", "\u{FBFC}"),
        ("ک", "\u{FB8E}"),
    ]);
}

#[test]
fn urdu_letters_take_forms_a() {
    check(&[
        // بڑے: beh initial, rreh final, yeh barree isolated.
        ("بڑے", "\u{FE91}\u{FB8D}\u{FBAE}"),
        // ہے: heh goal initial, yeh barree final.
        ("ہے", "\u{FBA8}\u{FBAF}"),
        // کھانا: keheh initial, heh doachashmee medial, alef final, noon initial, alef final.
        ("کھانا", "\u{FB90}\u{FBAD}\u{FE8E}\u{FEE7}\u{FE8E}"),
        // ڈاک: ddal isolated, alef isolated, keheh isolated.
        ("ڈاک", "\u{FB88}\u{FE8D}\u{FB8E}"),
        // میں: meem initial, farsi yeh medial, noon ghunna final.
        ("میں", "\u{FEE3}\u{FBFF}\u{FB9F}"),
        // ۀ (heh with yeh above): isolated and final.
        ("ۀ", "\u{FBA4}"),
        ("بۀ", "\u{FE91}\u{FBA5}"),
        // ہ medial (heh goal).
        ("ـہـ", "\u{0640}\u{FBA9}\u{0640}"),
        // ۃ TEH MARBUTA GOAL has no presentation form: stays itself; the beh still joins.
        ("بۃ", "\u{FE91}\u{06C3}"),
        // ں NOON GHUNNA has only isolated and final forms: medial falls back to final,
        // initial to isolated (the join to the next letter is what cannot be drawn).
        ("ـںـ", "\u{0640}\u{FB9F}\u{0640}"),
        ("ںـ", "\u{FB9E}\u{0640}"),
    ]);
}

#[test]
fn lam_alef_ligatures() {
    check(&[
        // سلام: seen initial, lam-alef final, meem isolated.
        ("سلام", "\u{FEB3}\u{FEFC}\u{FEE1}"),
        // لا alone: isolated ligature.
        ("لا", "\u{FEFB}"),
        // لأن: lam-alef-hamza-above isolated, noon isolated (alef does not join left).
        ("لأن", "\u{FEF7}\u{FEE5}"),
        // ملأ: meem initial, lam-alef-hamza-above final.
        ("ملأ", "\u{FEE3}\u{FEF8}"),
        // الآن: alef isolated, lam-alef-madda isolated, noon isolated.
        ("الآن", "\u{FE8D}\u{FEF5}\u{FEE5}"),
        // الإسلام: lam-alef-hamza-below isolated, then seen initial, lam-alef final, meem.
        ("الإسلام", "\u{FE8D}\u{FEF9}\u{FEB3}\u{FEFC}\u{FEE1}"),
        // فلإ: lam-alef-hamza-below final.
        ("فلإ", "\u{FED3}\u{FEFA}"),
        // بلآ: lam-alef-madda final.
        ("بلآ", "\u{FE91}\u{FEF6}"),
    ]);
    let glyphs = shape("لأن");
    assert_eq!(
        glyphs,
        [
            Glyph::Ligature('\u{FEF7}'),
            Glyph::Absorbed,
            Glyph::Form('\u{FEE5}')
        ]
    );
}

#[test]
fn lam_alef_ligature_through_harakat() {
    // لَا: lam, fatha, alef → ligature, the fatha kept as Same, alef absorbed (L1).
    assert_eq!(
        shape("لَا"),
        [Glyph::Ligature('\u{FEFB}'), Glyph::Same, Glyph::Absorbed]
    );
    // سلّامٌ: shadda between lam and alef, tanween after the meem.
    let glyphs = shape("سلّامٌ");
    assert_eq!(
        glyphs,
        [
            Glyph::Form('\u{FEB3}'),
            Glyph::Ligature('\u{FEFC}'),
            Glyph::Same,
            Glyph::Absorbed,
            Glyph::Form('\u{FEE1}'),
            Glyph::Same,
        ]
    );
}

#[test]
fn allah_uses_letters_not_the_fdf2_ligature() {
    // الله: alef isolated, lam initial, lam medial, heh final (lam+lam is not lam-alef).
    check(&[("الله", "\u{FE8D}\u{FEDF}\u{FEE0}\u{FEEA}")]);
}

#[test]
fn seed_headline_checked_by_eye() {
    // assets/000_*.txt line 1, first clause. Each form read against the FE70–FEFF chart.
    let expected = concat!(
        "\u{FE8D}\u{FEDF}\u{FE98}\u{FECC}\u{FE8E}\u{FEED}\u{FEE5}", // التعاون
        " ",
        "\u{FE91}\u{FEF4}\u{FEE6}", // بين
        " ",
        "\u{FEAD}\u{FEED}\u{FEB3}\u{FEF4}\u{FE8E}", // روسيا
        " ",
        "\u{FEED}\u{FE8D}\u{FEDF}\u{FEBC}\u{FEF4}\u{FEE6}", // والصين
    );
    check(&[("التعاون بين روسيا والصين", expected)]);
}

#[test]
fn latin_hebrew_and_digits_untouched() {
    for text in [
        "hello, world",
        "\u{05E9}\u{05C1}\u{05B8}\u{05DC}\u{05D5}\u{05B9}\u{05DD} \u{05E2}\u{05D5}\u{05DC}\u{05DD}",
        "2024-05-10",
        "café ﬁ",
        "",
    ] {
        assert!(
            shape(text).iter().all(|&g| g == Glyph::Same),
            "{text:?} must be untouched"
        );
    }
    // Arabic next to Latin: the Latin letter (U) breaks the join.
    check(&[("بA", "\u{FE8F}A")]);
}

#[test]
fn shape_into_matches_shape() {
    let mut buf = Vec::new();
    for text in ["سلام", "abc", "مُحَمَّد"] {
        shape_into(text, &mut buf);
        assert_eq!(buf, shape(text));
    }
}

/// Every Presentation Forms-A/B code point whose NFKD is that of one Arabic letter is produced
/// by shaping that letter in one of the four contexts, and every form produced has the letter's
/// NFKD. (U+FBDD is a form of U+0677, whose own NFKD is U+06C7 U+0674, hence NFKD on both
/// sides.) The decompositions come from `unicode-normalization`, not from our generator.
#[test]
fn forms_round_trip_through_compatibility_decomposition() {
    let nfkd = |c: char| c.to_string().nfkd().collect::<String>();
    let contexts = |b: char| {
        [
            format!("{b}"),
            format!("ـ{b}"),
            format!("{b}ـ"),
            format!("ـ{b}ـ"),
        ]
    };
    let letters: Vec<char> = ('\u{0620}'..='\u{06FF}')
        .filter(|&b| joining_type(b) != JoiningType::T)
        .collect();
    let mut produced = std::collections::BTreeSet::new();
    for &b in &letters {
        for ctx in contexts(b) {
            for (c, g) in ctx.chars().zip(shape(&ctx)) {
                if let Glyph::Form(f) = g {
                    assert_eq!(c, b);
                    assert_eq!(
                        nfkd(f),
                        nfkd(b),
                        "U+{:04X} for U+{:04X}",
                        f as u32,
                        b as u32
                    );
                    assert!(matches!(f, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'));
                    produced.insert(f);
                }
            }
        }
    }
    let by_nfkd: std::collections::BTreeMap<String, char> =
        letters.iter().map(|&b| (nfkd(b), b)).collect();
    let mut expected = 0;
    for f in ('\u{FB50}'..='\u{FDFF}').chain('\u{FE70}'..='\u{FEFF}') {
        if let Some(&b) = by_nfkd.get(&nfkd(f)) {
            expected += 1;
            let (fu, bu) = (f as u32, b as u32);
            assert!(
                produced.contains(&f),
                "U+{fu:04X} (of U+{bu:04X}) never produced"
            );
        }
    }
    assert_eq!(produced.len(), expected);
    assert!(
        expected >= 240,
        "only {expected} single-letter forms: decomposition data missing?"
    );
}

/// The generated table agrees with every line of the fixture `ArabicShaping.txt`.
#[test]
fn joining_types_match_arabic_shaping_txt() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/unicode/ArabicShaping.txt"
    );
    let data = std::fs::read_to_string(path).expect("fixture ArabicShaping.txt");
    let mut lines = 0;
    for line in data
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let fields: Vec<&str> = line.split(';').map(str::trim).collect();
        let cp = u32::from_str_radix(fields[0], 16).expect("hex code point");
        let c = char::from_u32(cp).expect("scalar value");
        let want = match fields[2] {
            "U" => JoiningType::U,
            "T" => JoiningType::T,
            "R" => JoiningType::R,
            "L" => JoiningType::L,
            "D" => JoiningType::D,
            "C" => JoiningType::C,
            other => panic!("unknown joining type {other}"),
        };
        assert_eq!(joining_type(c), want, "{line}");
        lines += 1;
    }
    assert!(lines > 600, "fixture has {lines} entries");
    // Unlisted: T for Mn/Me/Cf (soft hyphen, harakat, superscript alef, LRM, Hebrew points),
    // else U.
    for c in [
        '\u{00AD}', '\u{064B}', '\u{0652}', '\u{0670}', '\u{200E}', '\u{05B8}', '\u{0301}',
        '\u{FEFF}',
    ] {
        assert_eq!(joining_type(c), JoiningType::T, "U+{:04X}", c as u32);
    }
    for c in ['a', ' ', '\u{0660}', '\u{05D0}', '\u{FEFB}', '\u{1F600}'] {
        assert_eq!(joining_type(c), JoiningType::U, "U+{:04X}", c as u32);
    }
}

fn arabic_mix() -> impl Strategy<Value = String> {
    let alphabet: Vec<char> = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةىپچژگکیےۀہھڈڑںۃ\u{064E}\u{064F}\u{0650}\u{0651}\u{0652}\u{0640}\u{200C}\u{200D} a"
        .chars()
        .collect();
    proptest::collection::vec(proptest::sample::select(alphabet), 0..24)
        .prop_map(|v| v.into_iter().collect())
}

proptest! {
    /// Shaping only changes how letters look: with marks set aside, the NFKC of what is drawn
    /// is the NFKC of the input, and every Ligature is followed (past marks) by its Absorbed.
    #[test]
    fn shaping_preserves_text_and_pairs_ligatures(text in arabic_mix()) {
        let glyphs = shape(&text);
        prop_assert_eq!(glyphs.len(), text.chars().count());
        let base = |s: &str| -> String {
            s.nfkc().filter(|&c| joining_type(c) != JoiningType::T).collect()
        };
        prop_assert_eq!(base(&render(&text)), base(&text));
        let chars: Vec<char> = text.chars().collect();
        for (i, g) in glyphs.iter().enumerate() {
            if let Glyph::Ligature(_) = g {
                prop_assert_eq!(chars[i], '\u{0644}');
                let next = (i + 1..chars.len()).find(|&j| joining_type(chars[j]) != JoiningType::T);
                prop_assert_eq!(next.map(|j| glyphs[j]), Some(Glyph::Absorbed));
            }
            if let Glyph::Absorbed = g {
                prop_assert!(glyphs[..i].iter().rev().any(|g| matches!(g, Glyph::Ligature(_))));
            }
        }
    }
}
