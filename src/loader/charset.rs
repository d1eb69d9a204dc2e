//! Legacy character encodings (`encoding_rs`, the WHATWG Encoding Standard): windows-1256,
//! ISO-8859-6, windows-1255, ISO-8859-8, KOI8-R and the rest, as a page or a feed declares
//! them — in the HTTP `Content-Type` header, the XML declaration or an HTML `<meta charset>`.
//!
//! The rule: the HTTP header wins (RFC 7303 §3.2 for XML, and browsers for HTML); else a
//! declaration in the first 1024 bytes, used only when the bytes are not valid UTF-8 (a page
//! that says windows-1256 but is UTF-8 is common; the reverse cannot be).

use encoding_rs::Encoding;

/// How far into the bytes a declaration is looked for (the HTML prescan reads 1024 bytes).
const PRESCAN: usize = 1024;

/// The encoding a `Content-Type` header value names (`text/xml; charset=windows-1256`).
pub fn from_content_type(value: &str) -> Option<&'static Encoding> {
    value.split(';').skip(1).find_map(|param| {
        let (name, label) = param.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| Encoding::for_label(label.trim().trim_matches(['"', '\'']).as_bytes()))
            .flatten()
    })
}

#[cfg(test)]
thread_local! {
    /// Calls of [`declared`], each a scan of up to [`PRESCAN`] bytes (the tests count them).
    pub static DECLARED_SCANS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The encoding the start of the bytes declares: the XML declaration's `encoding`, an HTML
/// `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`.
pub fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    #[cfg(test)]
    DECLARED_SCANS.set(DECLARED_SCANS.get() + 1);
    let head = &bytes[..bytes.len().min(PRESCAN)];
    let head: String = head
        .iter()
        .map(|&b| char::from(b.to_ascii_lowercase()))
        .collect();
    if head.trim_start().starts_with("<?xml") {
        let prolog = &head[..head.find("?>").unwrap_or(head.len())];
        if let Some(enc) = attribute(prolog, "encoding") {
            return Encoding::for_label(enc.as_bytes());
        }
    }
    let mut rest = head.as_str();
    while let Some(at) = rest.find("<meta") {
        rest = &rest[at + 5..];
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        if let Some(label) = attribute(tag, "charset")
            && let Some(enc) = Encoding::for_label(label.as_bytes())
        {
            return Some(enc);
        }
        if let Some(content) = attribute(tag, "content")
            && let Some(enc) = from_content_type(&content)
        {
            return Some(enc);
        }
    }
    None
}

/// The value of `name="…"` (or `'…'`, or unquoted) in a tag's text.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(at) = rest.find(name) {
        let before_ok = at == 0 || !rest.as_bytes()[at - 1].is_ascii_alphanumeric();
        rest = &rest[at + name.len()..];
        let Some(value) = rest.trim_start().strip_prefix('=') else {
            continue;
        };
        if !before_ok {
            continue;
        }
        let value = value.trim_start();
        let (quote, body) = match value.chars().next() {
            Some(q @ ('"' | '\'')) => (Some(q), &value[1..]),
            _ => (None, value),
        };
        let end = match quote {
            Some(q) => body.find(q),
            None => {
                body.find(|c: char| c.is_whitespace() || matches!(c, '>' | '/' | '"' | '\'' | ';'))
            }
        }
        .unwrap_or(body.len());
        return Some(body[..end].trim().to_string());
    }
    None
}

/// Decodes `bytes` by a legacy encoding if one applies: `hint` (the HTTP header) when it
/// is not UTF-8, else a declared one when the bytes are not valid UTF-8. `None` means the
/// bytes are UTF-8 (or should be read as such).
pub fn decode_legacy(bytes: &[u8], hint: Option<&'static Encoding>) -> Option<String> {
    decode_legacy_of(
        bytes,
        hint,
        hint.is_none() && std::str::from_utf8(bytes).is_ok(),
    )
}

/// [`decode_legacy`] told whether `bytes` are valid UTF-8 (the caller checked them once): with
/// no header, valid UTF-8 is not scanned for a declaration at all (most files of a folder
/// are plain UTF-8 text, which declares nothing).
pub(super) fn decode_legacy_of(
    bytes: &[u8],
    hint: Option<&'static Encoding>,
    valid_utf8: bool,
) -> Option<String> {
    let is_utf8 = |e: &'static Encoding| e == encoding_rs::UTF_8;
    let encoding = match hint {
        Some(e) if !is_utf8(e) => e,
        Some(_) => return None,
        None if valid_utf8 => return None,
        None => {
            let e = declared(bytes)?;
            if is_utf8(e) {
                return None;
            }
            e
        }
    };
    // UTF-16 labels in a header or declaration are decoded by their byte-order mark
    // elsewhere; a declaration cannot be trusted to pick UTF-16 over the bytes.
    if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
        return None;
    }
    let (text, _, _) = encoding.decode(bytes);
    Some(text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_values() {
        let e = from_content_type("text/xml; charset=\"Windows-1256\"").unwrap();
        assert_eq!(e.name(), "windows-1256");
        assert_eq!(from_content_type("text/html"), None);
        assert_eq!(
            from_content_type("text/html;CHARSET=iso-8859-6")
                .unwrap()
                .name(),
            "ISO-8859-6"
        );
    }

    #[test]
    fn declarations() {
        let xml = b"<?xml version='1.0' encoding='windows-1256'?><rss>";
        assert_eq!(declared(xml).unwrap().name(), "windows-1256");
        let html = b"<html><head><meta charset=windows-1255><title>";
        assert_eq!(declared(html).unwrap().name(), "windows-1255");
        let old = b"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1256\">";
        assert_eq!(declared(old).unwrap().name(), "windows-1256");
        assert_eq!(declared(b"<html><meta name=x content=y>"), None);
    }

    #[test]
    fn arabic_in_windows_1256() {
        // "خبر" in windows-1256.
        let mut page = b"<html><meta charset=\"windows-1256\"><p>".to_vec();
        page.extend([0xCE, 0xC8, 0xD1]);
        let text = decode_legacy(&page, None).unwrap();
        assert!(text.ends_with("<p>خبر"), "{text}");
        // Valid UTF-8 stays UTF-8 whatever it declares.
        assert_eq!(
            decode_legacy("<meta charset=windows-1256>خبر".as_bytes(), None),
            None
        );
        // The header wins over the bytes.
        let e = from_content_type("text/html; charset=windows-1256");
        assert!(decode_legacy(b"abc", e).is_some());
    }
}
