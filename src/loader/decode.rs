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
    if let Some(text) = charset::decode_legacy(bytes, hint) {
        return Ok((text, true));
    }
    match std::str::from_utf8(bytes) {
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
