//! Bytes to text: UTF-16 by its byte-order mark, a legacy encoding named by the HTTP header
//! or declared by the content ([`super::charset`]), else UTF-8; plainly binary data refused.

use super::{Problem, charset};
use crate::i18n::errors::Reason;

/// Decodes UTF-16 with a byte-order mark, a legacy encoding that `hint` (an HTTP header)
/// names or the content declares (see [`charset`]), else UTF-8 (lossily, with a warning);
/// refuses data that is plainly binary (NUL bytes, or mostly control bytes). The flag says
/// whether a legacy encoding was decoded.
pub(super) fn decode(
    bytes: &[u8],
    hint: Option<&'static encoding_rs::Encoding>,
    warnings: &mut Vec<Reason>,
) -> Result<(String, bool), Problem> {
    if let Some(text) = decode_utf16(bytes) {
        return Ok((text, false));
    }
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    if sample.contains(&0) {
        return Err(Problem::Binary("it holds NUL bytes"));
    }
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
        .count();
    if !sample.is_empty() && controls * 10 > sample.len() {
        return Err(Problem::Binary("it is mostly control bytes"));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let utf8 = std::str::from_utf8(bytes);
    if let Some(text) = charset::decode_legacy_of(bytes, hint, utf8.is_ok()) {
        return Ok((text, true));
    }
    match utf8 {
        Ok(s) => Ok((s.to_string(), false)),
        Err(e) => {
            warnings.push(Reason::new("reason-warn-invalid-utf8").num("at", e.valid_up_to()));
            Ok((String::from_utf8_lossy(bytes).into_owned(), false))
        }
    }
}

fn decode_utf16(bytes: &[u8]) -> Option<String> {
    let (rest, le) = if let Some(r) = bytes.strip_prefix(b"\xFF\xFE") {
        (r, true)
    } else {
        (bytes.strip_prefix(b"\xFE\xFF")?, false)
    };
    let units = rest.chunks_exact(2).map(|c| {
        let pair = [c[0], c[1]];
        if le {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    });
    Some(
        char::decode_utf16(units)
            .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Valid UTF-8 is validated once and never scanned for a declared charset (it would be
    /// read as UTF-8 whatever it declares); bytes that are not UTF-8 still are, and decode by
    /// their declaration.
    #[test]
    fn valid_utf8_is_not_scanned_for_a_charset() {
        let scans = || charset::DECLARED_SCANS.get();
        let before = scans();
        let page = "<meta charset=windows-1256><p>خبر</p>";
        let (text, legacy) = decode(page.as_bytes(), None, &mut Vec::new()).unwrap();
        assert_eq!((text.as_str(), legacy), (page, false));
        let plain = "خبر عاجل\n\nنص الخبر.";
        assert_eq!(
            decode(plain.as_bytes(), None, &mut Vec::new()).unwrap().0,
            plain
        );
        assert_eq!(scans(), before, "valid UTF-8 scanned for a declaration");
        // "خبر" in windows-1256, declared.
        let mut legacy_page = b"<meta charset=\"windows-1256\"><p>".to_vec();
        legacy_page.extend([0xCE, 0xC8, 0xD1]);
        let (text, legacy) = decode(&legacy_page, None, &mut Vec::new()).unwrap();
        assert!(legacy && text.ends_with("<p>خبر"), "{text}");
        assert_eq!(scans(), before + 1);
    }
}
