//! Unit tests of [`super`].

use super::*;

#[test]
fn facts_of_a_small_page() {
    let page = r#"<html lang="ar"><head><title>T</title>
            <meta property="og:title" content="عنوان الخبر">
            <meta property="og:site_name" content="الموقع">
            <meta property="article:published_time" content="2024-01-02">
            <meta name="author" content="كاتب"></head>
            <body><nav>القائمة</nav><h1>عنوان الخبر</h1><p>نص الخبر هنا.</p>
            <h3>اقرأ أيضا:</h3><ul><li><a href="http://a.com/1">خبر آخر</a></li></ul>
            <footer>حقوق النشر</footer></body></html>"#;
    let a = parse_page(page, None).unwrap();
    assert_eq!(a.headline, "عنوان الخبر");
    assert_eq!(a.meta.source.as_deref(), Some("الموقع"));
    assert_eq!(a.meta.date.as_deref(), Some("2024-01-02"));
    assert_eq!(a.meta.author.as_deref(), Some("كاتب"));
    assert_eq!(a.meta.direction, Direction::Rtl);
    assert_eq!(a.read_also.len(), 1);
    assert_eq!(a.read_also[0].target.as_deref(), Some("http://a.com/1"));
    let texts: Vec<_> = a.body.iter().map(|b| b.inline().text.clone()).collect();
    assert_eq!(texts, vec!["نص الخبر هنا."]);
}

#[test]
fn deep_nesting_is_refused() {
    let deep = "<div>".repeat(MAX_DEPTH + 10);
    assert!(matches!(
        parse_page(&deep, None),
        Err(Problem::TooDeep { .. })
    ));
    assert!(!is_rtl_language("ckb-Latn"));
    assert!(is_rtl_language("he"));
}

fn page(head: &str, body: &str) -> Article {
    let html = format!("<html><head>{head}</head><body>{body}</body></html>");
    parse_page(&html, None).unwrap()
}

fn texts(a: &Article) -> Vec<String> {
    a.body.iter().map(|b| b.inline().text.clone()).collect()
}

const STORY_HE: &str =
    "<article><p>ראש הממשלה הודיע היום על ביטול הדיון שהיה אמור להתקיים מחר בוועדה.</p></article>";

#[test]
fn json_ld_graph_gives_headline_author_and_date() {
    let ld = r#"<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},
        {"@type":["NewsArticle"],"headline":"عنوان &quot;الخبر&quot;","datePublished":"2024-03-03",
         "author":[{"@type":"Person","name":"کاتب یک"},"کاتب دو"],"publisher":{"name":"خبرگزاری"}}]}</script>
        <meta property="og:title" content="عنوان آخر - خبرگزاری">"#;
    let a = page(ld, STORY_HE);
    assert_eq!(a.headline, "عنوان \"الخبر\"");
    assert_eq!(a.meta.author.as_deref(), Some("کاتب یک, کاتب دو"));
    assert_eq!(a.meta.date.as_deref(), Some("2024-03-03"));
}

#[test]
fn site_name_is_stripped_from_the_headline() {
    let og = |t: &str| {
        format!(
            r#"<meta property="og:title" content="{t}"><meta property="og:site_name" content="וואלה!News">"#
        )
    };
    assert_eq!(
        page(&og("ראש הממשלה ביטל - וואלה! חדשות"), STORY_HE).headline,
        "ראש הממשלה ביטל"
    );
    assert_eq!(
        page(&og("ראש הממשלה ביטל | וואלה!"), STORY_HE).headline,
        "ראש הממשלה ביטל"
    );
    assert_eq!(
        page(&og("וואלה!News: ראש הממשלה ביטל"), STORY_HE).headline,
        "ראש הממשלה ביטל"
    );
    // A dash inside the headline that names no site stays.
    assert_eq!(
        page(&og("קפריסין - ישראלים יוכלו להיכנס"), STORY_HE).headline,
        "קפריסין - ישראלים יוכלו להיכנס"
    );
}

#[test]
fn a_section_name_is_not_an_author() {
    for section in ["News", "חדשות", "أخبار", "خبریں"] {
        let ld = format!(
            r#"<script type="application/ld+json">{{"@type":"Article","author":{{"name":"{section}"}}}}</script>"#
        );
        assert_eq!(page(&ld, STORY_HE).meta.author, None, "{section}");
        let meta = format!(r#"<meta name="author" content="{section}">"#);
        assert_eq!(page(&meta, STORY_HE).meta.author, None, "{section}");
    }
}

#[test]
fn author_and_date_lines_leave_the_body() {
    let head = r#"<meta name="author" content="سعيد أحمد"><meta property="article:published_time" content="2020-05-22T16:14:00Z">"#;
    let body = "<article><p>بقلم: سعيد أحمد</p><p>٢٢ مايو ٢٠٢٠ - ١٦:١٤</p>\
        <p>قال المتحدث إن الاجتماع سيعقد غدا في العاصمة بحضور الوزراء.</p></article>";
    let a = page(head, body);
    assert_eq!(
        texts(&a),
        vec!["قال المتحدث إن الاجتماع سيعقد غدا في العاصمة بحضور الوزراء."]
    );
}

#[test]
fn a_credit_line_in_parentheses_is_the_author() {
    let body = "<article><p>שר התחבורה של קפריסין הודיע על תוכנית לפתיחת שדות התעופה.</p>\
        <p>(איתמר אייכנר)</p><p><a href='/report'>מצאתם טעות בכתבה? כתבו לנו</a></p></article>";
    let a = page("", body);
    assert_eq!(a.meta.author.as_deref(), Some("איתמר אייכנר"));
    assert!(!texts(&a).iter().any(|t| t.contains("אייכנר")));
}

#[test]
fn breadcrumbs_tags_comments_and_share_bars_leave_the_body() {
    let story = "<p>وزیر امور خارجه امروز در نشست خبری درباره مذاکرات هسته‌ای سخن گفت و به پرسش‌ها پاسخ داد.</p>";
    let body = format!(
        "<article><ol class='breadcrumb'><li><a href='/'>خانه</a></li><li><a href='/s'>سیاست</a></li></ol>\
         {story}<div><span>مطالب مرتبط:</span> <a href='/t/1'>مذاکرات</a>، <a href='/t/2'>وزیر</a></div>\
         <div class='share-bar'><a href='x'>تلگرام</a></div>\
         <h3>ارسال نظر</h3><form><textarea></textarea><button>ارسال</button></form></article>"
    );
    let a = page("", &body);
    assert_eq!(texts(&a).len(), 1, "{:?}", texts(&a));
    let urdu = "<article><p>وزیر اعظم نے آج قومی اسمبلی سے خطاب کیا اور نئے منصوبوں کا اعلان کیا۔</p>\
        <p>متعلقہ موضوعات</p><ul><li><a href='/t'>سیاست</a></li></ul><h4>تبصرے</h4></article>";
    assert_eq!(texts(&page("", urdu)).len(), 1);
    let arabic = "<article><p>أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية.</p>\
        <h4>مواضيع ذات صلة</h4><ul><li><a href='/t'>الزراعة</a></li></ul></article>";
    assert_eq!(texts(&page("", arabic)).len(), 1);
}

#[test]
fn a_form_around_the_whole_page_is_not_furniture() {
    let body = "<form action='./ar'><div itemprop='articleBody'><p>أثار ظهور الرئيس بشعر مائل إلى اللون الوردي موجة واسعة من الجدل.</p></div></form>";
    assert_eq!(texts(&page("", body)).len(), 1);
}

/// The body as (text, level) pairs; level 0 for a block outside lists.
fn items(a: &Article) -> Vec<(String, u8)> {
    a.body
        .iter()
        .map(|b| match b {
            Block::Item { level, inline } => (inline.text.clone(), *level),
            other => (other.inline().text.clone(), 0),
        })
        .collect()
}

#[test]
fn ordered_lists_keep_their_numbers_in_the_article_digits() {
    let ar = "<article><p>أقر المجلس في عام ٢٠٢٤ القانون التالي:</p>\
        <ol><li>البند الأول</li><li>البند الثاني</li></ol></article>";
    assert_eq!(
        items(&page("", ar))[1..],
        [("١. البند الأول".into(), 1), ("٢. البند الثاني".into(), 1)]
    );
    let fa = "<article><p>مجلس در سال ۱۴۰۳ این قانون را تصویب کرد:</p>\
        <ol start=\"3\"><li>بند سوم</li><li value=\"7\">بند هفتم</li></ol></article>";
    assert_eq!(
        items(&page("", fa))[1..],
        [("۳. بند سوم".into(), 1), ("۷. بند هفتم".into(), 1)]
    );
    let ur = "<article><p>اسمبلی نے ۲۰۲۴ میں یہ قانون منظور کیا:</p>\
        <ol><li>پہلی شق</li></ol></article>";
    assert_eq!(items(&page("", ur))[1], ("۱. پہلی شق".into(), 1));
    let he = "<article><p>הכנסת אישרה ב-2024 את החוק הבא:</p>\
        <ol type=\"i\" start=\"2\"><li>סעיף שני</li></ol></article>";
    assert_eq!(items(&page("", he))[1], ("ii. סעיף שני".into(), 1));
}

#[test]
fn nested_lists_keep_their_level() {
    let he = "<article><p>הכנסת אישרה את החוק הבא בקריאה שלישית:</p><ol><li>סעיף ראשון\
        <ul><li><p>פסקה א</p><p>המשך</p></li></ul></li><li>סעיף שני</li></ol></article>";
    assert_eq!(
        items(&page("", he))[1..],
        [
            ("1. סעיף ראשון".into(), 1),
            ("פסקה א".into(), 2),
            ("המשך".into(), 2),
            ("2. סעיף שני".into(), 1)
        ]
    );
}
