//! The JSON article format: the whole model, so other tools can hand khabar articles, and the
//! format `khabar dump --json` prints. Documented in the README.
//!
//! A raw serde struct ([`JsonArticle`]) mirrors the file; [`JsonArticle::into_article`]
//! validates it into an [`Article`]. Inline text is a list of segments (plain strings, quotes,
//! links, styles) rather than byte offsets, so that writers in any language get it right.

use serde::{Deserialize, Serialize};

use crate::article::{Article, Block, Direction, Inline, Link, Meta};
use crate::i18n::errors::Reason;

use super::text::{guess_language, inline_with_spans};

mod segments;
pub use segments::{LinkText, Segment};
use segments::{push_segments, segments};

/// `"rtl"`, `"ltr"` or `"auto"` (from the text, UAX #9 P2/P3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum JsonDirection {
    #[default]
    Auto,
    Ltr,
    Rtl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum JsonBlockKind {
    #[default]
    Paragraph,
    Heading,
    /// A list item's paragraph; `level` says how many lists deep (1 and up).
    Item,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsonBlock {
    #[serde(rename = "type", default)]
    pub kind: JsonBlockKind,
    /// Plain text; quotes and URLs in it are found as in the text format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Text with its spans given explicitly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<Vec<Segment>>,
    /// A list item's nesting level (1 for a top-level list); only for `"type": "item"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsonLink {
    pub text: String,
    #[serde(default)]
    pub target: Option<String>,
}

/// The file as written. `paragraphs`, `subheadings` and `quotes` are derived views that
/// `dump --json` adds for scripts; on input `body` wins over `paragraphs`, and `subheadings`
/// and `quotes` are ignored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsonArticle {
    pub headline: String,
    #[serde(default)]
    pub direction: JsonDirection,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// A feed item that carried only its summary (see [`crate::article::Meta`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub summary_only: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Vec<JsonBlock>>,
    #[serde(default)]
    pub paragraphs: Vec<String>,
    #[serde(default)]
    pub subheadings: Vec<String>,
    #[serde(default)]
    pub quotes: Vec<String>,
    #[serde(default, alias = "read_also")]
    pub links: Vec<JsonLink>,
    #[serde(default)]
    pub footer: Vec<String>,
}

/// One article or several.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(Box<JsonArticle>),
    Many(Vec<JsonArticle>),
}

/// Parses a JSON file holding one article object or an array of them. Why not is a
/// [`Reason`] (`reason-json-*`), serde's words only as the detail of a type error.
pub fn parse(text: &str) -> Result<Vec<Article>, Reason> {
    // Parse as a value first so that a type error names its line and column.
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| serde_reason(&e))?;
    let parsed = match &value {
        serde_json::Value::Array(_) => {
            serde_json::from_str::<Vec<JsonArticle>>(text).map(OneOrMany::Many)
        }
        _ => serde_json::from_str::<JsonArticle>(text).map(|a| OneOrMany::One(Box::new(a))),
    }
    .map_err(|e| serde_reason(&e))?;
    let raws = match parsed {
        OneOrMany::One(a) => vec![*a],
        OneOrMany::Many(v) => v,
    };
    if raws.is_empty() {
        return Err(Reason::new("reason-json-no-article"));
    }
    raws.into_iter()
        .enumerate()
        .map(|(i, raw)| {
            raw.into_article().map_err(|e| {
                (Reason::new("reason-json-article"))
                    .num("number", i + 1)
                    .inner("reason", e)
            })
        })
        .collect()
}

/// serde's error as a reason: broken JSON by where it breaks; JSON that does not fit the
/// article format by where, with serde's words (its position dropped) as the detail.
fn serde_reason(e: &serde_json::Error) -> Reason {
    let at = |r: Reason| r.num("line", e.line()).num("column", e.column());
    match e.classify() {
        serde_json::error::Category::Data => {
            let words = e.to_string();
            let words = words
                .split(" at line ")
                .next()
                .unwrap_or(&words)
                .to_string();
            at(Reason::new("reason-json-data")).text("error", words)
        }
        _ => at(Reason::new("reason-json-broken")),
    }
}

impl JsonArticle {
    /// Validates the raw file into the model.
    pub fn into_article(self) -> Result<Article, Reason> {
        let headline = self.headline.trim().to_string();
        if headline.is_empty() {
            return Err(Reason::new("reason-json-no-headline").text("field", "\"headline\""));
        }
        let body = match self.body {
            Some(blocks) => blocks
                .into_iter()
                .enumerate()
                .map(|(i, b)| {
                    (b.into_block()).map_err(|e| {
                        (Reason::new("reason-json-block"))
                            .text("field", format!("body[{i}]"))
                            .inner("reason", e)
                    })
                })
                .collect::<Result<Vec<_>, _>>()?,
            None => self
                .paragraphs
                .iter()
                .map(|p| Block::Paragraph(inline_with_spans(p)))
                .collect(),
        };
        let direction = match self.direction {
            JsonDirection::Ltr => Direction::Ltr,
            JsonDirection::Rtl => Direction::Rtl,
            JsonDirection::Auto => crate::text::article_direction(
                false,
                std::iter::once(headline.as_str())
                    .chain(body.iter().map(|b| b.inline().text.as_str())),
            ),
        };
        let language = self.language.or_else(|| guess_language(&headline));
        Ok(Article {
            headline,
            meta: Meta {
                source: self.source,
                date: self.date,
                author: self.author,
                url: self.url,
                summary_only: self.summary_only,
                language,
                direction,
            },
            body,
            read_also: self
                .links
                .into_iter()
                .map(|l| Link {
                    text: l.text,
                    target: l.target,
                })
                .collect(),
            footer: self.footer,
            path: None,
        })
    }

    /// The file form of an article, with the derived views filled in.
    pub fn from_article(a: &Article) -> JsonArticle {
        JsonArticle {
            headline: a.headline.clone(),
            direction: match a.meta.direction {
                Direction::Ltr => JsonDirection::Ltr,
                Direction::Rtl => JsonDirection::Rtl,
            },
            source: a.meta.source.clone(),
            date: a.meta.date.clone(),
            author: a.meta.author.clone(),
            url: a.meta.url.clone(),
            summary_only: a.meta.summary_only,
            language: a.meta.language.clone(),
            path: a.path.as_ref().map(|p| p.display().to_string()),
            body: Some(a.body.iter().map(JsonBlock::from_block).collect()),
            paragraphs: a.paragraphs().map(|p| p.text.clone()).collect(),
            subheadings: a.subheadings().map(|p| p.text.clone()).collect(),
            quotes: a.quotes().map(str::to_string).collect(),
            links: a
                .read_also
                .iter()
                .map(|l| JsonLink {
                    text: l.text.clone(),
                    target: l.target.clone(),
                })
                .collect(),
            footer: a.footer.clone(),
        }
    }
}

impl JsonBlock {
    fn into_block(self) -> Result<Block, Reason> {
        let fields = |id: &str| {
            (Reason::new(id))
                .text("text", "\"text\"")
                .text("content", "\"content\"")
        };
        let inline = match (self.text, self.content) {
            (Some(_), Some(_)) => return Err(fields("reason-json-text-and-content")),
            (Some(text), None) => inline_with_spans(&text),
            (None, Some(segments)) => {
                let mut inline = Inline::default();
                push_segments(&mut inline, segments)?;
                inline.sanitize_spans();
                inline
            }
            (None, None) => return Err(fields("reason-json-no-text")),
        };
        Ok(match (self.kind, self.level) {
            (JsonBlockKind::Item, level) => Block::Item {
                level: level.unwrap_or(1).max(1),
                inline,
            },
            (_, Some(_)) => {
                return Err((Reason::new("reason-json-level"))
                    .text("level", "\"level\"")
                    .text("item", "\"type\": \"item\""));
            }
            (JsonBlockKind::Paragraph, None) => Block::Paragraph(inline),
            (JsonBlockKind::Heading, None) => Block::Heading(inline),
        })
    }

    fn from_block(b: &Block) -> JsonBlock {
        let inline = b.inline();
        JsonBlock {
            kind: match b {
                Block::Paragraph(_) => JsonBlockKind::Paragraph,
                Block::Heading(_) => JsonBlockKind::Heading,
                Block::Item { .. } => JsonBlockKind::Item,
            },
            text: None,
            content: Some(segments(inline, &inline.spans, 0..inline.text.len())),
            level: match b {
                Block::Item { level, .. } => Some(*level),
                Block::Paragraph(_) | Block::Heading(_) => None,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_round_trip_nested_spans() {
        let json = r#"{"headline":"ع","body":[{"content":[
            "قال ", {"quote":["زوروا ", {"link":"الموقع","target":"https://e.org"}], "open":"«", "close":"»"},
            " أمس"]}]}"#;
        let a = &parse(json).unwrap()[0];
        let p = a.paragraphs().next().unwrap();
        assert_eq!(p.text, "قال «زوروا الموقع» أمس");
        assert_eq!(p.quotes().collect::<Vec<_>>(), ["زوروا الموقع"]);
        assert_eq!(p.spans.len(), 2);
        let back = serde_json::to_string(&JsonArticle::from_article(a)).unwrap();
        assert_eq!(&parse(&back).unwrap()[0], a);
    }

    #[test]
    fn wrong_types_are_named() {
        let err = parse(r#"{"headline": 5}"#).unwrap_err().to_string();
        assert!(
            err.contains("invalid type: integer `5`, expected a string"),
            "{err}"
        );
        assert!(err.contains("line 1"), "{err}");
        let err = parse(r#"{"headline": "x", "direction": "up"}"#).unwrap_err();
        assert!(err.to_string().contains("unknown variant `up`"), "{err}");
        let err = parse(r#"{"headline": "  "}"#).unwrap_err();
        assert!(err.to_string().contains("headline"), "{err}");
    }

    /// Broken JSON is placed by line and column, without serde's English words.
    #[test]
    fn broken_json_is_placed_not_described() {
        let err = parse("{\"headline\": \"x\",\n  \"paragraphs\": [\"a\" \"b\"]}").unwrap_err();
        assert_eq!(err.id, "reason-json-broken");
        assert_eq!(err.to_string(), "the JSON is broken at line 2, column 22");
    }

    #[test]
    fn direction_override_wins() {
        let a = &parse(r#"{"headline":"Hello","direction":"rtl","paragraphs":["x"]}"#).unwrap()[0];
        assert_eq!(a.meta.direction, Direction::Rtl);
        let a = &parse(r#"{"headline":"שלום","paragraphs":[]}"#).unwrap()[0];
        assert_eq!(a.meta.direction, Direction::Rtl);
    }
}
