//! Markdown through a CommonMark parser (issue 20 item 5): styles without their markers,
//! inline and reference links as the article's links (followable stops), `>` blocks as
//! quotes, numbered lists, headings as sub-headings, front matter as metadata, and hostile
//! input (deep nesting, a large file) loaded without recursion and with bounded output.

use std::path::Path;

use khabar::article::{Article, Inline, SpanKind};
use khabar::links;
use khabar::loader;

fn md(source: &str) -> Article {
    let mut l = loader::load_bytes(source.as_bytes(), Path::new("a.md")).expect("loads");
    l.articles.remove(0)
}

fn kinds(p: &Inline) -> Vec<(&str, &'static str)> {
    p.spans
        .iter()
        .map(|s| {
            let k = match s.kind {
                SpanKind::Quote { .. } => "quote",
                SpanKind::Link { .. } => "link",
                SpanKind::Strong => "strong",
                SpanKind::Emphasis => "emphasis",
                SpanKind::Code => "code",
            };
            (&p.text[s.range.clone()], k)
        })
        .collect()
}

#[test]
fn emphasis_and_code_are_styles_without_markers() {
    let a = md("# عنوان\n\nقال **الوزير** إن *الاتفاق* في `المادة 3` نهائي.\n");
    let p = a.paragraphs().next().unwrap();
    assert_eq!(p.text, "قال الوزير إن الاتفاق في المادة 3 نهائي.");
    assert_eq!(
        kinds(p),
        [
            ("الوزير", "strong"),
            ("الاتفاق", "emphasis"),
            ("المادة 3", "code")
        ]
    );
}

#[test]
fn inline_and_reference_links_are_followable_links() {
    let a = md(
        "# T\n\nRead [the report](https://e.org/r) and [the law][law], or <https://e.org/x>.\n\n[law]: https://e.org/law \"Law\"\n",
    );
    let p = a.paragraphs().next().unwrap();
    assert_eq!(p.text, "Read the report and the law, or https://e.org/x.");
    let stops: Vec<(String, Option<String>)> = links::stops(&a)
        .into_iter()
        .map(|s| (s.text, s.target))
        .collect();
    assert_eq!(
        stops,
        [
            (
                "the report".to_string(),
                Some("https://e.org/r".to_string())
            ),
            ("the law".to_string(), Some("https://e.org/law".to_string())),
            (
                "https://e.org/x".to_string(),
                Some("https://e.org/x".to_string())
            ),
        ]
    );
}

#[test]
fn a_quote_block_is_a_quote_without_a_mirrored_mark() {
    let a = md("# כותרת\n\n> לא נוותר על אף סעיף\n> בחוק הזה\n\nאחרי הציטוט.\n");
    let p = a.paragraphs().next().unwrap();
    assert_eq!(p.text, "לא נוותר על אף סעיף בחוק הזה");
    assert_eq!(
        a.quotes().collect::<Vec<_>>(),
        ["לא נוותר על אף סעיף בחוק הזה"]
    );
}

#[test]
fn lists_keep_their_numbers_and_nesting() {
    let a = md("# قانون\n\n3. البند الأول\n4. البند الثاني\n   - فرع\n\n- نقطة\n");
    let paras: Vec<&str> = a.paragraphs().map(|p| p.text.as_str()).collect();
    assert_eq!(
        paras,
        ["3. البند الأول", "4. البند الثاني", "  • فرع", "• نقطة"]
    );
}

#[test]
fn headings_are_subheadings_and_front_matter_is_metadata() {
    let a = md(
        "---\ntitle: \"باران در تهران\"\ndate: 2024-10-03\nauthor: مریم\n---\n\n# باران در تهران\n\nمتن خبر.\n\n## ادامه\n\nپاراگراف دوم.\n",
    );
    assert_eq!(a.headline, "باران در تهران");
    assert_eq!(a.meta.date.as_deref(), Some("2024-10-03"));
    assert_eq!(a.meta.author.as_deref(), Some("مریم"));
    assert_eq!(
        a.subheadings().map(|h| h.text.as_str()).collect::<Vec<_>>(),
        ["ادامه"]
    );
    assert_eq!(
        a.paragraphs().map(|p| p.text.as_str()).collect::<Vec<_>>(),
        ["متن خبر.", "پاراگراف دوم."]
    );
}

#[test]
fn the_plain_text_format_keeps_its_own_rules() {
    // The same bytes as `.txt` stay news text: the markers are the writer's text.
    let src = "# T\n\nA **bold** word.\n";
    let l = loader::load_bytes(src.as_bytes(), Path::new("a.txt")).unwrap();
    assert_eq!(
        l.articles[0].paragraphs().next().unwrap().text,
        "A **bold** word."
    );
}

/// Runs `f` on a thread with a 256 KiB stack: recursion over the nesting depth would
/// overflow it long before 50,000 levels.
fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(f)
        .unwrap()
        .join()
        .expect("no stack overflow");
}

#[test]
fn hostile_nesting_is_bounded() {
    on_small_stack(|| {
        let n = 50_000;
        let quotes = format!("# T\n\n{}deep\n", "> ".repeat(n));
        assert_eq!(md(&quotes).paragraphs().next().unwrap().text, "deep");
        let lists: String = (0..2_000)
            .map(|i| format!("{}- x\n", "  ".repeat(i)))
            .collect();
        let a = md(&format!("# T\n\n{lists}"));
        // The indent stops growing at 8 levels: the output stays linear in the input.
        let widest = a.paragraphs().map(|p| p.text.len()).max().unwrap();
        assert!(widest <= 2 * 8 + "• x".len(), "{widest}");
        let stars = format!("# T\n\n{}x{}\n", "*".repeat(n), "*".repeat(n));
        assert!(md(&stars).paragraphs().count() <= 1);
        let brackets = format!("# T\n\n{}x{}\n", "[".repeat(n), "](u)".repeat(n));
        assert!(md(&brackets).paragraphs().count() <= 1);
    });
}

#[test]
fn a_large_file_loads_whole() {
    let para = "كلمة **مهمة** و[رابط](https://e.org) في فقرة.\n\n";
    let src = format!("# T\n\n{}", para.repeat(50_000));
    let a = md(&src);
    assert_eq!(a.paragraphs().count(), 50_000);
    assert_eq!(
        a.paragraphs().next().unwrap().text,
        "كلمة مهمة ورابط في فقرة."
    );
    assert_eq!(links::stops(&a).len(), 10_000); // the inline link cap of the loader
}
