//! Whether a quoted span is quoted speech or a quoted name: the rule that keeps a
//! kindergarten's name, a TV show or a party in quotation marks out of the list of quotes.
//!
//! **The rule.** A quote is speech unless all of these hold:
//! - it is short: at most [`MAX_NAME_WORDS`] words;
//! - it holds no sentence: no `. ! ? ؟ , ، ; ؛ : …` inside it (one at its very end, as in
//!   `"restraint."`, does not count);
//! - no colon ends the text before it, none follows it, and no speech verb ([`SPEECH_VERBS`],
//!   compared folded, with a leading `و`/`ف`/`ו`/`ש` also tried away) stands in the
//!   [`WORDS_BEFORE`] words before it or the [`WORDS_AFTER`] words after it, within its
//!   sentence.

use std::ops::Range;

use crate::fold::{Folding, fold_char};

/// A quote of more words than this is speech whatever surrounds it.
pub const MAX_NAME_WORDS: usize = 3;
/// Words looked at before a quote for a speech verb.
pub const WORDS_BEFORE: usize = 5;
/// Words looked at after a quote for a speech verb.
pub const WORDS_AFTER: usize = 3;

/// Verbs (and fixed verb phrases) that introduce speech, by language; compared folded.
pub const SPEECH_VERBS: &[&str] = &[
    // Arabic
    "قال",
    "قالت",
    "يقول",
    "تقول",
    "قائلا",
    "قائلة",
    "بقوله",
    "بالقول",
    "أكد",
    "أكدت",
    "يؤكد",
    "مؤكدا",
    "أضاف",
    "أضافت",
    "يضيف",
    "مضيفا",
    "صرح",
    "صرحت",
    "تابع",
    "تابعت",
    "أوضح",
    "أوضحت",
    "كتب",
    "كتبت",
    "ذكر",
    "ذكرت",
    "أعلن",
    "أعلنت",
    "اعتبر",
    "اعتبرت",
    "أعرب",
    "أعربت",
    "أشار",
    "أشارت",
    "ختم",
    "رد",
    "ردت",
    "تساءل",
    "تساءلت",
    // Persian
    "گفت",
    "گفته",
    "گوید",
    "افزود",
    "اظهار کرد",
    "اظهار داشت",
    "اعلام کرد",
    "تاکید کرد",
    "تأکید کرد",
    "نوشت",
    "بیان کرد",
    "خاطرنشان کرد",
    // Urdu
    "کہا",
    "کہتے",
    "کہتی",
    "کہنا",
    "بتایا",
    "بتاتے",
    "بتاتی",
    "لکھا",
    "مزید کہا",
    // Hebrew
    "אמר",
    "אמרה",
    "אומר",
    "אומרת",
    "הוסיף",
    "הוסיפה",
    "מסר",
    "מסרה",
    "כתב",
    "כתבה",
    "הודיע",
    "הודיעה",
    "ציין",
    "ציינה",
    "טען",
    "טענה",
    "סיפר",
    "סיפרה",
    "הבהיר",
    "הבהירה",
    // English
    "said",
    "says",
    "say",
    "told",
    "added",
    "asked",
    "wrote",
    "writes",
    "stated",
    "replied",
    "declared",
];

const SENTENCE_MARKS: &[char] = &['.', '۔', '!', '?', '؟', ',', '،', ';', '؛', ':', '…'];
const SENTENCE_ENDS: &[char] = &['.', '۔', '!', '?', '؟', '\n'];

/// Whether the quote whose marks cover `range` and whose text is `content` (byte ranges of
/// `text`) is speech, by the rule of this module.
pub fn is_speech(text: &str, range: Range<usize>, content: Range<usize>) -> bool {
    let inner = text.get(content).unwrap_or("");
    let inner = inner.trim().trim_end_matches(SENTENCE_MARKS);
    if inner.split_whitespace().count() > MAX_NAME_WORDS || inner.contains(SENTENCE_MARKS) {
        return true;
    }
    let before = text.get(..range.start).unwrap_or("");
    let after = text.get(range.end..).unwrap_or("");
    if before.trim_end().ends_with(':') || after.trim_start().starts_with(':') {
        return true;
    }
    let before = before.rsplit(SENTENCE_ENDS).next().unwrap_or("");
    let after = after.split(SENTENCE_ENDS).next().unwrap_or("");
    let mut near: Vec<&str> = before.split_whitespace().rev().take(WORDS_BEFORE).collect();
    near.reverse();
    let mut window = words_key(&near);
    window.push_str(&words_key(
        &after
            .split_whitespace()
            .take(WORDS_AFTER)
            .collect::<Vec<_>>(),
    ));
    SPEECH_VERBS
        .iter()
        .any(|v| window.contains(&format!(" {} ", fold(v))))
}

/// `words` folded and joined as ` w1 w2 … `, each word that starts with a conjunction or
/// relative prefix also given without it (`وقال` as `قال`).
fn words_key(words: &[&str]) -> String {
    let mut out = String::from(" ");
    for w in words {
        let w = fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
        out.push_str(&w);
        out.push(' ');
        let mut chars = w.chars();
        if let Some('و' | 'ف' | 'ו' | 'ש') = chars.next()
            && chars.clone().count() >= 2
        {
            out.push_str(chars.as_str());
            out.push(' ');
        }
    }
    out
}

fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, Folding::Normal, &mut out);
    }
    out
}
