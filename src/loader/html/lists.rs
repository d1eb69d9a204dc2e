//! List items as the reader shows them: an ordered list's items keep their numbers, in the
//! article's digits, and every item its nesting level (the indent).
//!
//! Numbering rules (as a browser numbers `<ol>`): the first item is `start` (default 1), each
//! next one the number after; `<li value=N>` restarts the count at N. `type` picks the marker:
//! `1` numbers, `a`/`A` letters (a…z, aa…), `i`/`I` Roman numerals (up to 3999, numbers past
//! it). Numbers are written in the digits the page's own text uses most ([`Digits::of_text`]):
//! Arabic-Indic ٠–٩, Extended Arabic-Indic ۰–۹ (Persian, Urdu), Latin otherwise. The marker is
//! the number and a full stop, then a space: "2. ", "٢. ", "۲. ", "b. ".

/// The decimal digits a page writes its numbers in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Digits {
    #[default]
    Latin,
    /// U+0660–U+0669, Arabic.
    ArabicIndic,
    /// U+06F0–U+06F9, Persian and Urdu.
    Extended,
}

impl Digits {
    /// The digits `text` uses most; Latin when it holds none, or on a tie with Latin.
    pub fn of_text(text: &str) -> Digits {
        let (mut latin, mut arabic, mut extended) = (0usize, 0usize, 0usize);
        for c in text.chars() {
            match c {
                '0'..='9' => latin += 1,
                '\u{660}'..='\u{669}' => arabic += 1,
                '\u{6F0}'..='\u{6F9}' => extended += 1,
                _ => {}
            }
        }
        if arabic > latin && arabic >= extended {
            Digits::ArabicIndic
        } else if extended > latin && extended > arabic {
            Digits::Extended
        } else {
            Digits::Latin
        }
    }

    /// `n` in these digits (a minus sign before a negative number).
    pub fn write(self, n: i64) -> String {
        let zero = match self {
            Digits::Latin => '0',
            Digits::ArabicIndic => '\u{660}',
            Digits::Extended => '\u{6F0}',
        };
        n.to_string()
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(u32::from(zero) + d).unwrap_or(c),
                None => c,
            })
            .collect()
    }
}

/// An open list: ordered or not, the marker type, the next item's number.
#[derive(Debug, Clone)]
pub struct List {
    pub ordered: bool,
    kind: char,
    next: i64,
}

impl List {
    /// A list from its element's name (`ol` or `ul`) and its `start` and `type` attributes.
    pub fn new(ordered: bool, start: Option<&str>, kind: Option<&str>) -> List {
        let kind = kind
            .and_then(|k| k.trim().chars().next())
            .filter(|k| "1aAiI".contains(*k))
            .unwrap_or('1');
        let next = start.and_then(|s| s.trim().parse().ok()).unwrap_or(1);
        List {
            ordered,
            kind,
            next,
        }
    }

    /// The marker of the next item (`value` is its `<li value>`), and the count moves on; an
    /// unordered list's items have none.
    pub fn marker(&mut self, value: Option<&str>, digits: Digits) -> Option<String> {
        if !self.ordered {
            return None;
        }
        if let Some(v) = value.and_then(|v| v.trim().parse().ok()) {
            self.next = v;
        }
        let n = self.next;
        self.next = n.saturating_add(1);
        let label = match self.kind {
            'a' => letters(n).unwrap_or_else(|| digits.write(n)),
            'A' => letters(n).map_or_else(|| digits.write(n), |s| s.to_uppercase()),
            'i' => roman(n).unwrap_or_else(|| digits.write(n)),
            'I' => roman(n).map_or_else(|| digits.write(n), |s| s.to_uppercase()),
            _ => digits.write(n),
        };
        Some(format!("{label}. "))
    }
}

/// 1 → a, 26 → z, 27 → aa; `None` under 1.
fn letters(mut n: i64) -> Option<String> {
    if n < 1 {
        return None;
    }
    let mut out = Vec::new();
    while n > 0 {
        n -= 1;
        out.push(char::from(b'a' + u8::try_from(n % 26).unwrap_or(0)));
        n /= 26;
    }
    Some(out.into_iter().rev().collect())
}

/// Lower-case Roman numerals for 1–3999; `None` outside.
fn roman(mut n: i64) -> Option<String> {
    if !(1..=3999).contains(&n) {
        return None;
    }
    const TABLE: &[(i64, &str)] = &[
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut out = String::new();
    for &(v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_follow_start_type_and_value() {
        let mut l = List::new(true, Some("3"), None);
        assert_eq!(l.marker(None, Digits::ArabicIndic).as_deref(), Some("٣. "));
        assert_eq!(
            l.marker(Some("10"), Digits::Extended).as_deref(),
            Some("۱۰. ")
        );
        assert_eq!(l.marker(None, Digits::Latin).as_deref(), Some("11. "));
        let mut a = List::new(true, Some("26"), Some("a"));
        assert_eq!(a.marker(None, Digits::Latin).as_deref(), Some("z. "));
        assert_eq!(a.marker(None, Digits::Latin).as_deref(), Some("aa. "));
        let mut r = List::new(true, Some("4"), Some("I"));
        assert_eq!(r.marker(None, Digits::Latin).as_deref(), Some("IV. "));
        assert_eq!(
            List::new(false, None, None).marker(None, Digits::Latin),
            None
        );
    }

    #[test]
    fn the_page_digits_win_by_count() {
        assert_eq!(Digits::of_text("المادة ١ و٢ و 3"), Digits::ArabicIndic);
        assert_eq!(Digits::of_text("ماده ۱ و ۲"), Digits::Extended);
        assert_eq!(Digits::of_text("סעיף 1"), Digits::Latin);
        assert_eq!(Digits::of_text("بدون أرقام"), Digits::Latin);
    }
}
