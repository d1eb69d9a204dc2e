//! Repairs of broken feeds, each tried in turn when a feed does not parse (see
//! [`super::feed`]): the encoding declaration made UTF-8, stray `&` escaped, an unterminated
//! CDATA section closed, XML declarations inside the document dropped.

/// Drops XML declarations after the first (two feeds glued together, a template's
/// fragment): the XML parser stops at them.
pub(super) fn drop_inner_declarations(text: &str) -> String {
    let head = text.len()
        - text
            .trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
            .len();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut at = 0;
    while let Some(i) = rest.find("<?xml") {
        let start = at + i;
        let end = rest[i..].find("?>").map_or(rest.len(), |e| i + e + 2);
        if start == head {
            out.push_str(&rest[..end]);
        } else {
            out.push_str(&rest[..i]);
        }
        rest = &rest[end..];
        at += end;
    }
    out.push_str(rest);
    out
}

/// The text with its XML declaration's `encoding` changed to UTF-8 (the loader has already
/// decoded it).
pub fn declare_utf8(text: &str) -> String {
    let text = text.trim_start_matches('\u{feff}');
    match text.find("?>") {
        Some(end) if text.trim_start().starts_with("<?xml") => {
            format!("<?xml version=\"1.0\" encoding=\"UTF-8\"{}", &text[end..])
        }
        _ => text.to_string(),
    }
}

/// Escapes every `&` that does not start an entity or character reference.
pub fn escape_ampersands(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if c == '&' && !starts_entity(&text[i + 1..]) {
            out.push_str("&amp;");
        } else {
            out.push(c);
        }
    }
    out
}

fn starts_entity(rest: &str) -> bool {
    let name: String = rest.chars().take_while(|&c| c != ';').take(33).collect();
    let ok = if let Some(num) = name.strip_prefix('#') {
        match num.strip_prefix(['x', 'X']) {
            Some(hex) => !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit()),
            None => !num.is_empty() && num.chars().all(|c| c.is_ascii_digit()),
        }
    } else {
        !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric())
    };
    ok && name.len() <= 32 && rest[name.len()..].starts_with(';')
}

/// Cuts an unterminated CDATA section (or tag) off the end and closes the elements left
/// open, innermost first.
pub(super) fn close_cdata(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(open) = out.rfind("<![CDATA[").or_else(|| out.rfind("<![CD"))
        && !out[open..].contains("]]>")
    {
        out.truncate(open);
    }
    if let Some(lt) = out.rfind('<')
        && !out[lt..].contains('>')
    {
        out.truncate(lt);
    }
    for name in open_elements(&out).iter().rev() {
        out.push_str(&format!("</{name}>"));
    }
    out
}

/// The elements open at the end of `xml`, outermost first (comments, CDATA and declarations
/// skipped).
fn open_elements(xml: &str) -> Vec<String> {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = xml;
    while let Some(lt) = rest.find('<') {
        rest = &rest[lt..];
        let end_of = |pat: &str| rest.find(pat).map(|i| i + pat.len());
        let end = if rest.starts_with("<!--") {
            end_of("-->")
        } else if rest.starts_with("<![CDATA[") {
            end_of("]]>")
        } else {
            end_of(">")
        };
        let Some(end) = end else { break };
        let tag = &rest[1..end - 1];
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim();
            if let Some(at) = stack.iter().rposition(|n| n == name) {
                stack.truncate(at);
            }
        } else if !tag.starts_with(['!', '?']) && !tag.ends_with('/') {
            let name = tag.split(|c: char| c.is_whitespace()).next().unwrap_or("");
            stack.push(name.to_string());
        }
        rest = &rest[end..];
    }
    stack
}
