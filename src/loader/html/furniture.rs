//! Page furniture: what a page puts around its article and a reader mode never shows. Two
//! passes: [`strip`] removes elements from the page before the article is looked for, and
//! [`drop_meta_lines`] removes body lines that only repeat the article's metadata.
//!
//! Furniture rules:
//! - scripts, menus, side bars, footers and the elements of [`SKIPPED`]; a `<header>`
//!   without paragraphs; share bars and social links (`share`, `social` in a class or id);
//!   ARIA navigation, banner, content-info and complementary regions;
//! - forms, except a form that holds the article ([`is_furniture_form`]: ASP.NET pages wrap
//!   the whole page in one `<form>`);
//! - breadcrumbs (`breadcrumb` in a class, id or ARIA label, schema.org `BreadcrumbList`);
//! - tag lists: elements whose class or id names tags, `a[rel~=tag]`, and a short label of
//!   [`TAG_LABELS`] ("more on this subject", "עוד בנושא", "مواضيع ذات صلة", "مطالب مرتبط")
//!   with the links after it;
//! - links to the previous and next article (`prev_next`, `prev-next` in a class);
//! - comment sections, their forms and headings ([`COMMENT_HEADINGS`]), and the short notes
//!   just before a comment section;
//! - body lines that only repeat the author (with or without parentheses or "By", "מאת",
//!   "بقلم", "نویسنده") or that are a short date/time line naming the article's year.

use dom_query::{Document, NodeRef, Selection};

use crate::article::{Block, Meta};

/// Elements whose content never belongs in an article body.
pub const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "nav", "footer", "aside", "iframe", "svg", "button", "select",
    "textarea", "template", "head", "title", "object", "embed", "canvas", "menu",
];

/// Labels that open a list of the article's tags, lower-cased, without a trailing colon.
pub const TAG_LABELS: &[&str] = &[
    "tags",
    "more on this subject",
    "more on this topic",
    "עוד בנושא",
    "עוד באותו נושא",
    "תגיות",
    "مواضيع ذات صلة",
    "مواضيع متعلقة",
    "الكلمات المفتاحية",
    "كلمات مفتاحية",
    "الوسوم",
    "وسوم",
    "مطالب مرتبط",
    "برچسب ها",
    "برچسب‌ها",
    "کلیدواژه‌ها",
    "ٹیگز",
    "متعلقہ موضوعات",
];

/// Headings of comment sections and forms, lower-cased, without a trailing colon.
pub const COMMENT_HEADINGS: &[&str] = &[
    "comments",
    "leave a comment",
    "leave a reply",
    "add a comment",
    "תגובות",
    "הוסיפו תגובה",
    "הוסף תגובה",
    "התגובות",
    "التعليقات",
    "تعليقات",
    "أضف تعليقا",
    "أضف تعليقاً",
    "اضف تعليق",
    "أضف تعليق",
    "نظرات",
    "ارسال نظر",
    "دیدگاه",
    "دیدگاه‌ها",
    "تبصرے",
    "اپنی رائے دیں",
];

/// Removes the furniture elements of the module doc from the page.
pub fn strip(doc: &Document) {
    doc.select(&SKIPPED.join(", ")).remove();
    for f in doc.select("form").nodes() {
        if is_furniture_form(f) {
            f.remove_from_parent();
        }
    }
    for h in doc.select("header").nodes() {
        if Selection::from(*h).select("p").is_empty() {
            h.remove_from_parent();
        }
    }
    labelled_lists(
        doc,
        COMMENT_HEADINGS,
        "h2, h3, h4, h5, h6, strong, b, p, span, div, label",
    );
    labelled_lists(
        doc,
        TAG_LABELS,
        "h2, h3, h4, h5, h6, strong, b, p, span, div, dt, li",
    );
    comment_sections(doc);
    doc.select(
        r#"[class*="share"], [id*="share"], [class*="social"], [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [class*="breadcrumb"], [id*="breadcrumb"], [aria-label*="breadcrumb"], [itemtype*="BreadcrumbList"], [class~="tags"], [class*="tags-"], [class*="-tags"], [id*="tags"], [class*="tag-list"], [class*="taglist"], a[rel~="tag"], [class*="comment-form"], [id*="comment-form"], #respond, [class*="prev_next"], [class*="prev-next"]"#,
    )
    .remove();
}

/// A form is furniture (a search box, a comment form, a newsletter sign-up) unless it holds
/// the article: an `article`, `main` or `articleBody`, or over 2,000 characters of text.
pub fn is_furniture_form(form: &NodeRef) -> bool {
    let sel = Selection::from(*form);
    sel.select(r#"article, main, [itemprop="articleBody"]"#)
        .is_empty()
        && form.text().chars().count() <= 2000
}

/// A comment section, and the short notes in `div`s just before it ("comments are
/// moderated", "views are the commenters' own").
fn comment_sections(doc: &Document) {
    for c in doc
        .select(r#"[class*="comments"], [id*="comments"], #disqus_thread"#)
        .nodes()
    {
        let mut prev = c.prev_element_sibling();
        while let Some(p) = prev {
            let is_div = p.node_name().is_some_and(|n| n.eq_ignore_ascii_case("div"));
            if !is_div || p.text().chars().count() > 400 {
                break;
            }
            prev = p.prev_element_sibling();
            p.remove_from_parent();
        }
        c.remove_from_parent();
    }
}

fn label_text(node: &NodeRef) -> String {
    let text = super::collapse(&node.text()).to_lowercase();
    text.trim_end_matches([':', '：', ' ', '،', ','])
        .to_string()
}

/// An element that is only links (and separators): its text outside links has no letter.
fn only_links(node: &NodeRef) -> bool {
    let all = node.text().chars().filter(|c| c.is_alphanumeric()).count();
    let linked: usize = Selection::from(*node)
        .select("a")
        .nodes()
        .iter()
        .map(|a| a.text().chars().filter(|c| c.is_alphanumeric()).count())
        .sum();
    linked > 0 && linked >= all
}

/// Removes each short element of `sel` whose text is one of `labels`, with the siblings after
/// it that are links only, forms, or lists.
fn labelled_lists(doc: &Document, labels: &[&str], sel: &str) {
    for node in doc.select(sel).nodes() {
        let text = label_text(node);
        if text.chars().count() > 40 || !labels.contains(&text.as_str()) {
            continue;
        }
        let mut next = node.next_element_sibling();
        while let Some(sib) = next {
            let name = sib.node_name().map(|n| n.to_ascii_lowercase());
            let list = matches!(name.as_deref(), Some("ul" | "ol" | "form" | "a"));
            if !(list || only_links(&sib) || !Selection::from(sib).select("form").is_empty()) {
                break;
            }
            next = sib.next_element_sibling();
            sib.remove_from_parent();
        }
        node.remove_from_parent();
    }
}

/// Words that introduce a byline.
const BY: &[&str] = &[
    "by",
    "מאת",
    "بقلم",
    "كتب",
    "كتبت",
    "نویسنده",
    "نوشته",
    "تحریر",
];

/// Removes the body paragraphs that only repeat the metadata (rules in the module doc). A
/// paragraph among the last three that is only a name in parentheses, "(איתמר אייכנר)", is the byline when
/// the page names no author: it becomes the author.
pub fn drop_meta_lines(body: &mut Vec<Block>, meta: &mut Meta) {
    if meta.author.is_none() {
        let from = body.len().saturating_sub(3);
        let found = body
            .iter()
            .enumerate()
            .skip(from)
            .find_map(|(i, b)| match b {
                Block::Paragraph(p) => credit(&p.text).map(|name| (i, name)),
                Block::Heading(_) | Block::Item { .. } => None,
            });
        if let Some((i, name)) = found {
            meta.author = Some(name);
            body.remove(i);
        }
    }
    let year = meta.date.as_deref().and_then(year_of);
    body.retain(|b| {
        let Block::Paragraph(p) = b else { return true };
        let text = super::collapse(&p.text);
        !(meta
            .author
            .as_deref()
            .is_some_and(|a| repeats_author(&text, a))
            || year.as_deref().is_some_and(|y| is_date_line(&text, y)))
    });
}

/// The name of a credit line "(Name Surname)" of one to four words.
fn credit(text: &str) -> Option<String> {
    let inner = text.trim().strip_prefix('(')?.strip_suffix(')')?.trim();
    let words = inner.split_whitespace().count();
    let letters = inner
        .chars()
        .all(|c| c.is_alphabetic() || " '\"-.׳״".contains(c));
    ((1..=4).contains(&words) && letters && super::meta::is_author(inner)).then(|| inner.into())
}

fn repeats_author(text: &str, author: &str) -> bool {
    let strip = |s: &str| {
        s.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let mut t = strip(text);
    for by in BY {
        if let Some(rest) = t.strip_prefix(by) {
            t = strip(rest);
        }
    }
    !t.is_empty() && t == strip(author)
}

/// The four-digit year of an ISO-like date, in Latin digits.
fn year_of(date: &str) -> Option<String> {
    let y: String = date.chars().take(4).collect();
    (y.len() == 4 && y.chars().all(|c| c.is_ascii_digit())).then_some(y)
}

/// A line of at most eight words, holding `year` (in any decimal digits), with more digits
/// and separators than letters: "2026-01-08 | 12:42", "٢٢ مايو ٢٠٢٠ - ١٦:١٤".
fn is_date_line(text: &str, year: &str) -> bool {
    let latin: String = text
        .chars()
        .map(|c| match c {
            '\u{660}'..='\u{669}' => char::from(b'0' + (c as u32 - 0x660) as u8),
            '\u{6F0}'..='\u{6F9}' => char::from(b'0' + (c as u32 - 0x6F0) as u8),
            _ => c,
        })
        .collect();
    let digits = latin.chars().filter(char::is_ascii_digit).count();
    let letters = latin.chars().filter(|c| c.is_alphabetic()).count();
    text.split_whitespace().count() <= 8 && latin.contains(year) && digits * 2 >= letters
}
