//! Unit tests of [`super`].

use super::*;

#[test]
fn links_past_the_limits_are_dropped_with_a_warning() {
    let link = r#"{"text": "t", "target": "https://example.com/"}"#;
    let links = vec![link; MAX_READ_ALSO + 5].join(",");
    let segment = r#"{"link": "x", "target": "https://example.com/"}, " ", "#;
    let content = format!("{}\"end\"", segment.repeat(MAX_INLINE_LINKS + 7));
    let json =
        format!(r#"{{"headline": "h", "links": [{links}], "body": [{{"content": [{content}]}}]}}"#);
    let loaded = load_bytes(json.as_bytes(), Path::new("a.json")).unwrap();
    let a = &loaded.articles[0];
    assert_eq!(a.read_also.len(), MAX_READ_ALSO);
    let inline = a.body[0].inline();
    let kept = inline
        .spans
        .iter()
        .filter(|s| matches!(s.kind, SpanKind::Link { .. }))
        .count();
    assert_eq!(kept, MAX_INLINE_LINKS);
    assert!(inline.text.ends_with("x end"), "the text stays");
    assert_eq!(loaded.warnings.len(), 2, "{:?}", loaded.warnings);
    let said: Vec<String> = loaded.warnings.iter().map(|w| w.to_string()).collect();
    assert!(said[0].starts_with("1005 \"read also\" links"), "{said:?}");
    assert!(said[1].starts_with("10007 links in the text"), "{said:?}");
}

#[test]
fn content_decides_the_format() {
    let p = Path::new("a.txt");
    assert_eq!(detect("{\"headline\":1}", p), Format::Json);
    assert_eq!(detect("  <?xml version=\"1.0\"?><rss>", p), Format::Feed);
    assert_eq!(detect("<!DOCTYPE html><html>", p), Format::Html);
    let commented = format!("<!-- {} -->\n<rss version=\"2.0\">", "x".repeat(600));
    assert_eq!(detect(&commented, p), Format::Feed);
    assert_eq!(
        detect("<!DOCTYPE b [<!ENTITY a \"<rss>\">]><feed>", p),
        Format::Feed
    );
    assert_eq!(detect("[تحديث] عنوان", p), Format::Text);
    assert_eq!(detect("[ {\"headline\":\"a\"}]", p), Format::Json);
    assert_eq!(detect("عنوان", Path::new("a")), Format::Text);
    assert_eq!(detect("عنوان", Path::new("a.JSON")), Format::Json);
}

#[test]
fn decoding() {
    let mut w = Vec::new();
    {
        let mut d = |b: &[u8]| decode(b, None, &mut w).map(|(t, _)| t);
        assert_eq!(d(b"\xEF\xBB\xBFab").unwrap(), "ab");
        assert_eq!(d(b"a\xFFb").unwrap(), "a\u{FFFD}b");
        assert_eq!(d(b"\xFF\xFEa\0b\0").unwrap(), "ab");
        assert!(matches!(d(b"ab\0c"), Err(Problem::Binary(_))));
        assert!(matches!(d(&[1u8; 100]), Err(Problem::Binary(_))));
    }
    assert_eq!(w.len(), 1);
    // windows-1256 declared by a page that is not UTF-8.
    let page = b"<html><meta charset=windows-1256><p>\xCE\xC8\xD1</p>";
    assert_eq!(
        decode(page, None, &mut w).unwrap(),
        (
            "<html><meta charset=windows-1256><p>خبر</p>".to_string(),
            true
        )
    );
}
