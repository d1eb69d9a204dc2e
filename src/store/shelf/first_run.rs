//! The article the reader shows when the store lists no item: for a store with no
//! subscription (new, or emptied) the first-run note — how to add a feed (`a`, `khabar add
//! URL`, `khabar import FILE.opml`: code spans, never split across lines) and that the
//! bundled articles follow to try; for subscriptions not fetched yet, which key fetches
//! them. In the UI's language (the catalogues of [`crate::i18n`]), naming the keys bound now
//! (rule: messages ask the keymap).

use std::path::Path;

use crate::article::{Article, Block, Inline, Meta, Span, SpanKind};
use crate::i18n::{Arg, Messages};
use crate::keymap::{Action, Keymap};

/// What the note says it with: the messages and the keys it names.
#[derive(Debug, Clone, Default)]
pub struct Notes {
    pub msg: Messages,
    pub refresh: String,
    pub add: String,
    pub next: String,
}

impl PartialEq for Notes {
    fn eq(&self, other: &Notes) -> bool {
        self.msg.lang() == other.msg.lang()
            && (&self.refresh, &self.add, &self.next) == (&other.refresh, &other.add, &other.next)
    }
}

impl Eq for Notes {}

impl Notes {
    /// The notes for a reader with `keys`, in `msg`'s language.
    pub fn of(keys: &Keymap, msg: &Messages) -> Notes {
        Notes {
            msg: msg.clone(),
            refresh: keys.say(Action::Refresh),
            add: keys.say(Action::AddFeed),
            next: keys.say(Action::NextArticle),
        }
    }

    /// The note of a store at `path` that lists no item, with `feeds` subscriptions.
    pub fn empty(&self, feeds: usize, path: &Path) -> Article {
        let file = path.display().to_string();
        let (headline, paragraphs) = if feeds == 0 {
            let add = [("add", Arg::Text(&self.add)), ("file", Arg::Text(&file))];
            let next = [("next", Arg::Text(&self.next))];
            (
                self.msg.text("first-run-headline"),
                vec![
                    self.msg.get("first-run-body", &add),
                    self.msg.text("first-run-commands"),
                    self.msg.get("first-run-try", &next),
                ],
            )
        } else {
            let args = [
                ("count", Arg::Num(feeds)),
                ("key", Arg::Text(&self.refresh)),
            ];
            (
                self.msg.text("no-items-headline"),
                vec![self.msg.get("no-items-body", &args)],
            )
        };
        Article {
            headline,
            meta: Meta {
                source: Some("khabar".into()),
                // The note is in the UI's language: laid out in its direction, its labels
                // (the byline's "Source") in that language.
                direction: self.msg.direction(),
                language: Some(self.msg.lang().tag().into()),
                ..Meta::default()
            },
            // Fluent's isolates would count as bidi controls of the article: see `marked`.
            body: paragraphs
                .into_iter()
                .map(|p| Block::Paragraph(with_commands(marked(&p))))
                .collect(),
            ..Article::default()
        }
    }
    /// The bundled articles as plain `khabar` opens them with no store yet (or an empty one
    /// at `path`, the store `khabar add` would make): the first-run note first and opened,
    /// as on a new `--db` store, so a new user reads how to subscribe before anything else.
    pub fn before_bundled(
        &self,
        bundled: crate::library::Library,
        path: &Path,
    ) -> crate::library::Library {
        let mut lib = bundled;
        lib.articles
            .insert(0, std::sync::Arc::new(self.empty(0, path)));
        lib.opened = vec![0];
        lib.first_run_note = true;
        lib
    }
}

/// The commands the note names, as the catalogues write them (in every language): each
/// is typed as a unit, so it is inline code ([`SpanKind::Code`]), which the layout wraps
/// whole where it fits a line (never `khabar add` / `URL`) and the reader shows as code.
const COMMANDS: [&str; 2] = ["khabar add URL", "khabar import FILE.opml"];

/// A paragraph of the note, each of its [`COMMANDS`] a code span.
fn with_commands(text: String) -> Inline {
    let mut spans: Vec<Span> = COMMANDS
        .iter()
        .flat_map(|c| text.match_indices(c).map(|(at, c)| at..at + c.len()))
        .map(|range| Span {
            range,
            kind: SpanKind::Code,
        })
        .collect();
    spans.sort_by_key(|s| s.range.start);
    let mut inline = Inline { text, spans };
    inline.sanitize_spans();
    inline
}

/// `text` (a catalogue message) with each of Fluent's isolates (FSI … PDI) replaced by a
/// mark of the direction of its first strong character (LRM or RLM, as FSI would resolve
/// it: UAX #9 P2–P3), around the placeable: marks are no controls (UAX #9 treats them as
/// strong characters, [`crate::spoof`] does not count them), yet a path such as
/// `/tmp/…/khabar.db` still reads whole inside a right-to-left sentence, its first `/`
/// first. A placeable with no strong character gets no mark.
fn marked(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('\u{2068}') {
        out.push_str(&rest[..start]);
        let inside = &rest[start + '\u{2068}'.len_utf8()..];
        let end = inside.find('\u{2069}').unwrap_or(inside.len());
        let placeable = &inside[..end];
        let mark = match crate::article::Direction::of_text(placeable) {
            Some(crate::article::Direction::Rtl) => "\u{200F}",
            Some(_) => "\u{200E}",
            None => "",
        };
        out.push_str(mark);
        out.push_str(placeable);
        out.push_str(mark);
        rest = inside.get(end + '\u{2069}'.len_utf8()..).unwrap_or("");
    }
    out.push_str(rest);
    out
}
