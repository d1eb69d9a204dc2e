//! Layouts of the short texts around the body — the headline and the visible quote and link
//! entries — for the current geometry. `App::update` refreshes them after every change
//! ([`Chrome::refresh`]), so a frame only copies cells; a pane that finds no cached layout lays
//! its entry out itself with the same functions ([`headline`], [`quote`], [`link`]).

use crate::article::Article;
use crate::finder::{Finder, MatchPlace};
use crate::labels;
use crate::layout::{ParagraphLayout, StyleFlags, StyleSpan};
use crate::pager::Render;

use super::text::{Mode, all, fit, lay, shift_spans};
use super::{Areas, Input, LINK_ROWS, QUOTE_ROWS, QuoteRef};
use crate::text::{Base, Line, Order};

/// What the cached entries were made for: a change of any part lays them out again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    article: usize,
    /// The search's generation: matches and the current match.
    search: u64,
    /// The order, shaping and reveal (`B` shows the logical order in every pane at once).
    mode: Mode,
    quotes: Option<(u16, usize, u16)>,
    links: Option<(u16, usize, u16)>,
}

/// What the cached headline was laid out for: a change of any part lays it out again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeadlineKey {
    pub article: usize,
    /// The frame's width.
    pub width: u16,
    /// Rows it may take ([`headline_max_lines`]).
    pub rows: usize,
    pub mode: Mode,
}

#[derive(Debug, Clone, Default)]
pub struct Chrome {
    key: Option<Key>,
    /// The headline, what it was laid out for and the search generation it shows.
    headline: Option<(HeadlineKey, u64, ParagraphLayout)>,
    quotes_width: u16,
    quotes_first: usize,
    quotes: Vec<ParagraphLayout>,
    links_width: u16,
    links_first: usize,
    links: Vec<(ParagraphLayout, ParagraphLayout)>,
}

/// What the side entries are laid out from, beside the frame's [`Input`].
#[derive(Debug, Clone, Copy)]
pub struct Entries<'a> {
    pub quotes: &'a [QuoteRef],
    pub quote_offset: usize,
    pub link_offset: usize,
}

impl Chrome {
    /// The headline laid out for `key`, if cached (for the search of the last refresh).
    pub fn headline(&self, key: HeadlineKey) -> Option<&ParagraphLayout> {
        self.headline
            .as_ref()
            .filter(|(k, _, _)| *k == key)
            .map(|(_, _, l)| l)
    }

    /// Quote entry `i` for a pane `width` columns wide in `mode`, if cached.
    pub fn quote(&self, i: usize, width: u16, mode: Mode) -> Option<&ParagraphLayout> {
        if width != self.quotes_width || self.key.is_none_or(|k| k.mode != mode) {
            return None;
        }
        self.quotes.get(i.checked_sub(self.quotes_first)?)
    }

    /// Link entry `i` (title, note) for a pane `width` columns wide in `mode`, if cached.
    pub fn link(
        &self,
        i: usize,
        width: u16,
        mode: Mode,
    ) -> Option<(&ParagraphLayout, &ParagraphLayout)> {
        if width != self.links_width || self.key.is_none_or(|k| k.mode != mode) {
            return None;
        }
        self.links
            .get(i.checked_sub(self.links_first)?)
            .map(|(a, b)| (a, b))
    }

    /// Lays out the headline for a frame of `size`, unless already cached.
    pub fn refresh_headline(&mut self, input: &Input<'_>, size: (u16, u16)) {
        let key = headline_key(input, size);
        let search = input.finder.generation;
        let fresh = self
            .headline
            .as_ref()
            .is_some_and(|(k, g, _)| (*k, *g) == (key, search));
        if !fresh {
            let l = headline(input.article, input.finder, key.mode, key.width, key.rows);
            self.headline = Some((key, search, l));
        }
    }

    /// Lays out the side entries the next frame shows in `areas`, unless already cached.
    pub fn refresh(&mut self, input: &Input<'_>, areas: &Areas, entries: &Entries<'_>) {
        let a = input.article;
        let key = Key {
            article: input.current,
            search: input.finder.generation,
            mode: input.mode(),
            quotes: areas
                .quotes
                .map(|r| (r.width, entries.quote_offset, r.height)),
            links: areas
                .links
                .map(|r| (r.width, entries.link_offset, r.height)),
        };
        if self.key == Some(key) {
            return;
        }
        let (mut qs, mut ls) = (Vec::new(), Vec::new());
        if let Some((w, first, h)) = key.quotes {
            let end = entries.quotes.len().min(first + usize::from(h));
            qs = (first..end)
                .map(|i| quote(a, entries.quotes, input.finder, key.mode, i, w))
                .collect();
        }
        if let Some((w, first, h)) = key.links {
            let end = a.read_also.len().min(first + usize::from(h));
            ls = (first..end)
                .map(|i| link(a, input.finder, key.mode, i, w))
                .collect();
        }
        self.key = Some(key);
        (self.quotes_width, self.quotes_first, self.quotes) = key
            .quotes
            .map_or((0, 0, Vec::new()), |(w, f, _)| (w, f, qs));
        (self.links_width, self.links_first, self.links) =
            key.links.map_or((0, 0, Vec::new()), |(w, f, _)| (w, f, ls));
    }
}

/// Lines of the headline shown at most: 2 on a tall screen, else 1.
pub fn headline_max_lines(height: u16) -> usize {
    if height >= 15 { 2 } else { 1 }
}

/// The headline laid out for a frame `width` columns wide (one column of padding each side)
/// on at most `rows` rows, cut with `…` when it needs more.
pub fn headline(
    a: &Article,
    finder: &Finder,
    mode: Mode,
    width: u16,
    rows: usize,
) -> ParagraphLayout {
    let text = &a.headline;
    let dir = crate::text::direction_in(a, text);
    let mut spans = vec![all(text, StyleFlags::BOLD | StyleFlags::HEADING)];
    spans.extend(shift_spans(
        finder.spans(MatchPlace::Headline),
        0,
        text.len(),
    ));
    fit(text, &spans, width.saturating_sub(2), dir, mode, rows)
}

/// The byline of the text policy ([`crate::text::byline`]), its units isolated; `None` when
/// the article has none.
pub fn byline(a: &Article) -> Option<String> {
    let by = crate::text::byline(a);
    (!by.is_empty()).then(|| by.marked().to_string())
}

/// What the headline of a frame of `size` is laid out for.
pub fn headline_key(input: &Input<'_>, (width, height): (u16, u16)) -> HeadlineKey {
    HeadlineKey {
        article: input.current,
        width,
        rows: headline_max_lines(height),
        mode: input.mode(),
    }
}

/// Rows the headline pane takes at a screen size: headline lines, byline (on screens of 12
/// rows or more) and the rule.
pub fn headline_rows(input: &Input<'_>, width: u16, height: u16) -> u16 {
    let key = headline_key(input, (width, height));
    let lines = match input.chrome.headline(key) {
        Some(l) => l.lines.len(),
        None => headline(input.article, input.finder, key.mode, width, key.rows)
            .lines
            .len(),
    }
    .min(key.rows);
    let by = u16::from(height >= 12 && byline(input.article).is_some());
    lines as u16 + by + 1
}

/// Quote entry `i` laid out for a pane `width` columns wide: its number and the quote, cut to
/// a few lines' worth of text.
pub fn quote(
    a: &Article,
    quotes: &[QuoteRef],
    finder: &Finder,
    mode: Mode,
    i: usize,
    width: u16,
) -> ParagraphLayout {
    let Some(q) = quotes.get(i) else {
        return lay("", &[], width, a.direction(), mode);
    };
    let text = a.body[q.block]
        .inline()
        .text
        .get(q.content.clone())
        .unwrap_or("");
    let prefix = format!("{}. ", i + 1);
    let entry = format!("{prefix}{text}");
    let mut spans = vec![StyleSpan {
        range: prefix.len()..entry.len(),
        style: StyleFlags::QUOTE,
    }];
    // The entry is a place of its own for highlighting (never counted: the body has it).
    if let Some(q) = finder.query() {
        let found = q.find_all(text).into_iter().map(|range| StyleSpan {
            range,
            style: StyleFlags::MATCH,
        });
        spans.extend(shift_spans(found, prefix.len(), entry.len()));
    }
    let dir = crate::text::direction_in(a, text);
    fit(
        &entry,
        &spans,
        width.saturating_sub(1),
        dir,
        mode,
        QUOTE_ROWS,
    )
}

/// The file name of a path target, or the target itself (a URL).
fn target_name(target: &str) -> &str {
    if target.contains("://") {
        return target;
    }
    std::path::Path::new(target)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(target)
}

/// Link `i` laid out for a pane `width` columns wide: its numbered title (at most two lines'
/// worth) and the line saying where it leads or that it is not in the library.
pub fn link(
    a: &Article,
    finder: &Finder,
    mode: Mode,
    i: usize,
    width: u16,
) -> (ParagraphLayout, ParagraphLayout) {
    let width = width.saturating_sub(1);
    let Some(link) = a.read_also.get(i) else {
        let empty = lay("", &[], width, a.direction(), mode);
        return (empty.clone(), empty);
    };
    let prefix = format!("{}. ", i + 1);
    let text = format!("{prefix}{}", link.text);
    let flags = if link.target.is_some() {
        StyleFlags::LINK
    } else {
        StyleFlags::MARK
    };
    let dir = crate::text::direction_in(a, &link.text);
    let mut spans = vec![all(&text, flags)];
    let found = finder.spans(MatchPlace::Link(i));
    spans.extend(shift_spans(found, prefix.len(), text.len()));
    let title = fit(&text, &spans, width, dir, mode, LINK_ROWS - 1);
    (
        title,
        link_note(a, link.target.as_deref(), mode.render, width),
    )
}

/// `→ file.txt` (the target a unit of its own) or `✗ not in the library`, on one row cut
/// with `…` (rules 2 and 4 of [`crate::text`]).
pub fn link_note(a: &Article, target: Option<&str>, render: Render, width: u16) -> ParagraphLayout {
    let line = match target {
        Some(t) => {
            let name = target_name(t);
            let dir = crate::text::direction_in(a, &format!("→ {name}"));
            Line::new(Base::Article(dir)).text("→ ").unit(name)
        }
        None => {
            let l = labels::for_language(a.meta.language.as_deref());
            let note = format!("✗ {}", l.unresolved);
            Line::new(Base::Article(crate::text::direction_in(a, &note))).text(&note)
        }
    };
    let order = if render.bidi {
        Order::Visual
    } else {
        Order::Logical
    };
    line.shaped(render.shape)
        .fit_layout(usize::from(width.max(1)), order)
}
