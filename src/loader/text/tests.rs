//! Unit tests of [`super`].

use super::*;

#[test]
fn labels_fold_their_spellings() {
    for line in [
        "إقرأ أيضاً: عنوان",
        "اقرأ أيضا: عنوان",
        "اقرأ أيضًا : عنوان",
        "طالع أيضا: عنوان",
        "شاهد أيضاً: عنوان",
        "Read also: عنوان",
        "Read more: عنوان",
        "See also: عنوان",
        "קראו גם: עنوان",
        "بیشتر بخوانید: عنوان",
        "همچنین بخوانید: عنوان",
    ] {
        assert_eq!(labelled(line).map(|l| l.0), Some(Label::ReadAlso), "{line}");
    }
    assert_eq!(labelled("المصدر: وكالات").map(|l| l.0), Some(Label::Source));
    assert_eq!(labelled("منبع: ایرنا").map(|l| l.0), Some(Label::Source));
    assert_eq!(labelled("وقال الرئيس: نعم"), None);
}

#[test]
fn read_also_titles_are_trimmed() {
    let l = read_also_link(" روسيا والصين قوّة اقتصادية أمام الدولار..").unwrap();
    assert_eq!(l.text, "روسيا والصين قوّة اقتصادية أمام الدولار");
    assert_eq!(l.target, None);
    let l = read_also_link("Title here… https://example.com/a").unwrap();
    assert_eq!(
        (l.text.as_str(), l.target.as_deref()),
        ("Title here", Some("https://example.com/a"))
    );
    assert!(read_also_link("…").is_none());
}

#[test]
fn urls_become_link_spans() {
    let text = "زوروا (https://example.com/a_(b)) أو www.example.org.";
    let spans = find_urls(text);
    let got: Vec<&str> = spans.iter().map(|s| &text[s.range.clone()]).collect();
    assert_eq!(got, ["https://example.com/a_(b)", "www.example.org"]);
}

#[test]
fn boilerplate_needs_networks() {
    assert!(is_boilerplate("تابعونا على فيسبوك"));
    assert!(is_boilerplate("Follow us on Twitter"));
    assert!(is_boilerplate("فيس بوك – تويتر"));
    assert!(!is_boilerplate(
        "قال متحدث باسم فيسبوك إن الشركة ستغير سياستها"
    ));
}

#[test]
fn hard_wrapped_blocks_join() {
    let a = parse(
        "Title\n\nThis paragraph was wrapped by an editor at a width of about\nsixty columns, so its lines must be joined again.\n\nSecond.\n",
    )
    .unwrap();
    let paras: Vec<&str> = a.paragraphs().map(|p| p.text.as_str()).collect();
    assert_eq!(
        paras,
        [
            "This paragraph was wrapped by an editor at a width of about sixty columns, so its lines must be joined again.",
            "Second."
        ]
    );
}

#[test]
fn languages_by_script() {
    assert_eq!(guess_language("روسيا والصين").as_deref(), Some("ar"));
    assert_eq!(guess_language("کتاب‌های تازه").as_deref(), Some("fa"));
    assert_eq!(guess_language("שלום עולם").as_deref(), Some("he"));
    assert_eq!(guess_language("Hello").as_deref(), Some("en"));
    assert_eq!(guess_language("2024"), None);
}

/// The table of Arabic letters says what `char::is_alphabetic` says, letter and mark alike.
#[test]
fn the_arabic_letter_table_is_the_standard_librarys() {
    for c in ('\u{05F0}'..='\u{0710}').chain(['a', '1', ' ']) {
        assert_eq!(
            super::arabic_letter(c),
            c.is_alphabetic(),
            "{:04X}",
            c as u32
        );
    }
}

/// Each body line is folded once, for the boilerplate test and the sub-heading test alike
/// (they folded it twice, a fifth of opening a folder of 10,000 articles).
#[test]
fn a_body_line_is_folded_once() {
    let lines = [
        "سطر أول قصير",
        "سطر ثان قصير",
        "سطر ثالث قصير",
        "تابعونا على فيسبوك",
    ];
    let text = format!("العنوان هنا\n\n{}\n", lines.join("\n\n"));
    parse(&text).unwrap(); // the labels' own keys, made once
    crate::fold::TITLE_KEYS.set(0);
    let a = parse(&text).unwrap();
    assert_eq!(a.subheadings().count() + a.paragraphs().count(), 3);
    assert_eq!(a.footer, ["تابعونا على فيسبوك"]);
    // The headline once, each line once.
    assert_eq!(crate::fold::TITLE_KEYS.get(), 1 + lines.len());
}
