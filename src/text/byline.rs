//! The byline of an article (`Source: X · author · date`) as the header and `dump` show it:
//! every item an isolated unit (rule 2 of [`crate::text`]), the date in the local zone.

use super::{Base, Line, display_date};
use crate::article::Article;
use crate::labels;

/// `Source: X · author · date`, each an isolated unit joined by ` · `, in the article's
/// direction; empty when the article names none of them.
pub fn byline(article: &Article) -> Line {
    let l = labels::for_language(article.meta.language.as_deref());
    let meta = &article.meta;
    let source = meta.source.as_ref().map(|s| format!("{}: {s}", l.source));
    let date = meta.date.as_deref().map(display_date);
    let items = [source.as_deref(), meta.author.as_deref(), date.as_deref()];
    Line::new(Base::Article(article.direction())).units(items.into_iter().flatten(), " · ")
}
