//! The note article shown when the store holds subscriptions but no items yet: written in
//! the reader's language (`note-empty-*` in `i18n/*/khabar.ftl`), naming the key that
//! updates as the keymap says it (rule: a message that names a key asks the keymap).

use crate::article::{Article, Block, Inline, Meta};
use crate::i18n::{Arg, Messages};

/// What the note needs: the update key as the reader's keymap names it, and the language.
#[derive(Debug, Clone, Default)]
pub struct EmptyNote {
    pub refresh_key: String,
    pub msgs: Messages,
}

impl EmptyNote {
    /// The note for a store of `feeds` subscriptions. Fluent's isolates around the
    /// placeables are dropped: the note is an article, whose text has no bidi controls of
    /// its own (a count and a key name read correctly in the sentence without them).
    pub fn article(&self, feeds: usize) -> Article {
        let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        let text = self.msgs.get(
            "note-empty-body",
            &[
                ("feeds", Arg::Num(feeds)),
                ("key", Arg::Text(&self.refresh_key)),
            ],
        );
        Article {
            headline: plain(self.msgs.text("note-empty-headline")),
            meta: Meta {
                source: Some("khabar".into()),
                language: Some(self.msgs.lang().tag().into()),
                direction: self.msgs.direction(),
                ..Meta::default()
            },
            body: vec![Block::Paragraph(Inline::plain(plain(text)))],
            ..Article::default()
        }
    }
}
