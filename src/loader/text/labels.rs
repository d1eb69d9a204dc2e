//! The labelled lines of the plain-text format (`Source:`, `إقرأ أيضاً:` … and their
//! values) and the social boilerplate that goes to the footer.

use std::sync::OnceLock;

use crate::article::Link;
use crate::fold::title_key;

use super::is_url;

/// What a labelled line (`label: value`) is for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(in crate::loader) enum Label {
    ReadAlso,
    Source,
    Date,
    Author,
    Url,
}

const LABELS: &[(Label, &[&str])] = &[
    (
        Label::ReadAlso,
        &[
            "إقرأ أيضاً",
            "اقرأ أيضا",
            "اقرأ أيضًا",
            "طالع أيضا",
            "شاهد أيضا",
            "اقرأ المزيد",
            "Read also",
            "Also read",
            "Read more",
            "See also",
            "Related",
            "קראו גם",
            "קרא גם",
            "בנוסף",
            "بیشتر بخوانید",
            "همچنین بخوانید",
            "بخوانید",
        ],
    ),
    (Label::Source, &["المصدر", "Source", "מקור", "منبع"]),
    (
        Label::Date,
        &["التاريخ", "Date", "תאריך", "تاریخ", "Published"],
    ),
    (
        Label::Author,
        &["الكاتب", "بقلم", "Author", "By", "מאת", "نویسنده"],
    ),
    (Label::Url, &["الرابط", "URL", "Link", "קישור", "پیوند"]),
];

/// Splits `label: value` and names the label, comparing folded text so that `اقرأ ايضاً`,
/// `إقرأ أيضا` and `اقرأ أيضًا` are one label.
pub(in crate::loader) fn labelled(line: &str) -> Option<(Label, &str)> {
    // A label is at most 24 characters: look for its colon among the first 25 only.
    let (colon, _) = line
        .char_indices()
        .take(25)
        .find(|&(_, c)| c == ':' || c == '：')?;
    let head = &line[..colon];
    let key = title_key(head);
    let label = label_keys().iter().find(|(_, k)| *k == key)?.0;
    Some((label, line[colon..].trim_start_matches([':', '：']).trim()))
}

const SOCIAL: &[&str] = &[
    "facebook",
    "فيس بوك",
    "فيسبوك",
    "twitter",
    "تويتر",
    "telegram",
    "تيليغرام",
    "تلغرام",
    "تلگرام",
    "instagram",
    "انستغرام",
    "انستجرام",
    "اينستاگرام",
    "youtube",
    "يوتيوب",
    "whatsapp",
    "واتساب",
    "tiktok",
    "تيك توك",
    "פייסבוק",
    "טוויטר",
    "טלגרם",
    "אינסטגרם",
];
const FOLLOW: &[&str] = &[
    "تابع",
    "تابعونا",
    "تابعوا",
    "follow",
    "subscribe",
    "اشترك",
    "join us",
    "עקבו",
    "הצטרפו",
    "دنبال كنيد",
    "عضو شويد",
];

/// The folded keys of [`LABELS`], computed once.
fn label_keys() -> &'static [(Label, String)] {
    static KEYS: OnceLock<Vec<(Label, String)>> = OnceLock::new();
    KEYS.get_or_init(|| {
        LABELS
            .iter()
            .flat_map(|(label, names)| names.iter().map(|n| (*label, title_key(n))))
            .collect()
    })
}

/// The folded keys of [`SOCIAL`] and [`FOLLOW`], computed once.
fn social_keys() -> &'static (Vec<String>, Vec<String>) {
    static KEYS: OnceLock<(Vec<String>, Vec<String>)> = OnceLock::new();
    KEYS.get_or_init(|| {
        let keys = |words: &[&str]| words.iter().map(|w| title_key(w)).collect();
        (keys(SOCIAL), keys(FOLLOW))
    })
}

/// Social boilerplate: a short line (400 bytes at most) that names two social networks, or
/// one and a "follow us".
pub(in crate::loader) fn is_boilerplate(line: &str) -> bool {
    line.len() <= MAX_BOILERPLATE_BYTES && is_boilerplate_key(&title_key(line))
}

/// The longest line [`is_boilerplate`] looks at.
pub(in crate::loader) const MAX_BOILERPLATE_BYTES: usize = 400;

/// [`is_boilerplate`] of a line's [`title_key`], folded already.
pub(in crate::loader) fn is_boilerplate_key(key: &str) -> bool {
    let (social, follow) = social_keys();
    let networks = social.iter().filter(|s| key.contains(s.as_str())).count();
    let follows = follow.iter().any(|f| key.contains(f.as_str()));
    networks >= 2 || (networks == 1 && follows)
}

/// A read-also title: the trailing `..`/`…` trimmed, and a URL at its end taken as the target.
pub(in crate::loader) fn read_also_link(value: &str) -> Option<Link> {
    let value = value.trim_start_matches(['-', '•', '*', '–', '—', ' ']);
    let (text, target) = match value.rfind(|c: char| c.is_whitespace()) {
        Some(i) if is_url(value[i..].trim()) => (&value[..i], Some(value[i..].trim().to_string())),
        _ if is_url(value) => (value, Some(value.to_string())),
        _ => (value, None),
    };
    let text = text
        .trim()
        .trim_end_matches(['.', '…', '-', '–', '—', ':', '|'])
        .trim_end();
    (!text.is_empty()).then(|| Link {
        text: text.to_string(),
        target,
    })
}
