//! The library pane's title row (its name and counts, or the prompt, the question, the
//! search) and the messages of its rows: catalogue text as plain runs, the person's text
//! (a feed's name, the text typed) as isolated units.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::Pane;
use crate::app::library_view::{PromptKind, Row};
use crate::i18n::Arg;
use crate::text::{Base, Line};
use crate::ui::draw_line;

/// The title row: the pane's name and counts, else the prompt, the question or the search.
pub(super) fn draw_title(p: &Pane<'_>, area: Rect, buf: &mut Buffer) {
    let (text, units) = title_text(p);
    let units: Vec<&str> = units.iter().map(String::as_str).collect();
    let style = if p.focused {
        p.theme.title_focused
    } else {
        p.theme.title
    };
    let line = message(Line::new(Base::Ui(p.msg.direction())), &text, &units);
    let width = usize::from(area.width.saturating_sub(1)).max(1);
    let cut = line.shaped(p.render.shape).cut_to(width, p.order());
    if let Some(l) = cut.lay_out(width, p.order(), p.render.shape).lines.first() {
        let row = Rect::new(area.x, area.y, area.width.saturating_sub(1), 1);
        draw_line(buf, row, area.y, l, |_| style);
    }
}

/// The title's message, its [`slot`]s standing for the units that follow.
fn title_text(p: &Pane<'_>) -> (String, Vec<String>) {
    let v = p.view;
    if let Some(q) = v.question() {
        let n = ("count", Arg::Num(q.items.len()));
        let (yes, no) = (
            ("yes", Arg::Text(&p.yes_no.0)),
            ("no", Arg::Text(&p.yes_no.1)),
        );
        return match &q.feed {
            Some(f) => {
                let feed = ("feed", Arg::Text(&slot(0)));
                let text = p.msg.get("ask-mark-feed-read", &[n, yes, no, feed]);
                // Saved items of removed feeds are listed under "saved".
                let name = match f.as_str() {
                    "" => p.msg.text("feeds-saved"),
                    f => f.to_string(),
                };
                (text, vec![name])
            }
            None => (p.msg.get("ask-mark-all-read", &[n, yes, no]), Vec::new()),
        };
    }
    if let Some((kind, text)) = v.prompt() {
        let id = match kind {
            PromptKind::Filter => "library-filter",
            PromptKind::Search => "library-search",
        };
        let t = format!("{}: {}▏{}", p.msg.text(id), slot(0), waits(p));
        return (t, vec![text.into()]);
    }
    if let Some(r) = v.results() {
        let id = if r.indexing.is_some() && r.running {
            "library-indexing"
        } else if r.running {
            "library-searching"
        } else {
            "library-found"
        };
        let args = [
            ("query", Arg::Text(&slot(0))),
            ("count", Arg::Num(r.indexing.unwrap_or(r.hits.len()))),
        ];
        return (p.msg.get(id, &args), vec![r.query.clone()]);
    }
    title(p)
}

/// `Feeds (12) · 3 unread · unread only · by title · filter: text`.
fn title(p: &Pane<'_>) -> (String, Vec<String>) {
    let v = p.view;
    let shown = v
        .rows()
        .iter()
        .filter(|r| matches!(r, Row::Item(_)))
        .count();
    let mut t = match p.marks {
        Some(marks) => {
            let unread = marks.iter().filter(|m| m.is_some_and(|m| !m.read)).count();
            let unread = p.msg.get("feeds-unread", &[("count", Arg::Num(unread))]);
            format!("{} ({shown}) · {unread}", p.msg.text("pane-feeds"))
        }
        None => p.msg.get("pane-library", &[("count", Arg::Num(shown))]),
    };
    let prefs = v.prefs();
    if prefs.unread_only {
        t.push_str(&format!(" · {}", p.msg.text("library-unread-only")));
    }
    if prefs.sort != crate::library::prefs::Sort::Date {
        t.push_str(&format!(" · {}", p.msg.text(prefs.sort.message_id())));
    }
    if v.filter().is_empty() {
        return (t, Vec::new());
    }
    let label = p.msg.text("library-filter");
    t.push_str(&format!(" · {label}: {}{}", slot(0), waits(p)));
    (t, vec![v.filter().to_string()])
}

/// ` · indexing…` while the filter waits for a big library's texts (short: the pane may
/// be 40 columns wide); else nothing.
fn waits(p: &Pane<'_>) -> String {
    p.view.filter_waits().map_or_else(String::new, |_| {
        format!(" · {}", p.msg.text("library-filter-waits"))
    })
}

/// Stands for the `k`-th of a message's units (a feed's name, the text typed) while the
/// message is made: a private-use character, so no catalogue text holds it.
fn slot(k: usize) -> String {
    char::from_u32(0xE000 + k as u32).map_or_else(String::new, String::from)
}

/// `line` with a message of the chrome appended: its own text (the catalogue's words and
/// numbers, Fluent's isolates dropped) as plain runs, and each [`slot`] replaced by the
/// person's text it stands for as an isolated unit (its controls shown as symbols).
fn message(mut line: Line, text: &str, units: &[&str]) -> Line {
    let mut run = String::new();
    for c in text.chars() {
        let k = (c as usize).wrapping_sub(0xE000);
        if let Some(u) = units.get(k) {
            line = line.text(&run).unit(u);
            run.clear();
        } else if c != '\u{2068}' && c != '\u{2069}' {
            run.push(c);
        }
    }
    line.text(&run)
}
