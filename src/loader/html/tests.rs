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
