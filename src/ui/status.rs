//! The status line: position in the article, the focused pane (the mode), the article's place
//! in the library and in the history (`history 2/3`), a load in progress, a message or the
//! focused link's target, the search (its prompt, mode and `match i/N`), and key hints from the
//! key table for the scope that takes the keys. Texts that may come from an article (messages
//! naming a title, link targets) are drawn through the layout: controls become symbols and an
//! Arabic title reads right to left.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use unicode_width::UnicodeWidthStr;

use crate::app::App;
use crate::article::Direction;
use crate::keymap::{Action, Scope};
use crate::layout::ParagraphLayout;

use super::{draw_line, fill_row, lay};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    fill_row(buf, area, area.y, theme.status);
    let mode = match app.scope() {
        Scope::Help => "HELP",
        Scope::Links => "LINKS",
        Scope::Search => "SEARCH",
        Scope::Reader => app.focus().name(),
    };
    let mode = format!(" {mode} ");
    let w = usize::from(area.width);
    let (mut x, _) = buf.set_stringn(area.x, area.y, &mode, w, theme.mode);
    if app.finder().prompt.is_none() {
        let pos = format!(
            " {:>3}%  {}/{} ",
            app.view().pager.percent(),
            app.current() + 1,
            app.library().articles.len()
        );
        x = put(buf, area, x, &pos, theme.status);
        if app.view().bidi_controls > 0 {
            let s = if app.view().bidi_controls == 1 {
                ""
            } else {
                "s"
            };
            let key = app
                .keymap()
                .key(Scope::Reader, Action::ToggleBidi)
                .map_or_else(|| "--bidi off".to_string(), |k| k.to_string());
            let order = if app.render().bidi {
                "logical"
            } else {
                "visual"
            };
            let warn = format!(
                " ⚠ {} bidi control{s}, {key}: {order} order ",
                app.view().bidi_controls
            );
            x = put(buf, area, x, &warn, theme.mode);
        } else if !app.render().bidi {
            x = put(buf, area, x, " logical order ", theme.mode);
        }
        if app.article().meta.summary_only {
            let badge = match app.keymap().key(Scope::Reader, Action::Activate) {
                Some(key) => format!(" summary only, {key}: full article "),
                None => " summary only ".to_string(),
            };
            x = put(buf, area, x, &badge, theme.mode);
        }
        if let Some((at, total)) = app.history().position() {
            x = put(
                buf,
                area,
                x,
                &format!(" history {at}/{total} "),
                theme.status,
            );
        }
    }
    if let Some(p) = &app.finder().prompt {
        x = put(buf, area, x, " /", theme.status);
        x = draw_prompt(app, &p.text, buf, area, x);
    }
    if let Some(info) = search_info(app) {
        x = put(buf, area, x, &format!("  {info}"), theme.status);
    }
    if let Some((text, style)) = note(app) {
        x = put(buf, area, x, " ", theme.status);
        x = put_text(app, buf, area, x, &text, style);
        x = put(buf, area, x, " ", theme.status);
    }
    if let Some(note) = super::feeds::note(app) {
        x = put(buf, area, x, &format!("  {note} "), theme.status);
    }
    // One job shows its own note (loading …, updating …); more than one are counted.
    let jobs = app.jobs_running();
    if jobs > 1 {
        x = put(buf, area, x, &format!("  {jobs} jobs "), theme.status);
    }
    let scope = match app.scope() {
        Scope::Search => Scope::Search,
        Scope::Links => Scope::Links,
        _ => Scope::Reader,
    };
    let room = usize::from(area.right().saturating_sub(x.saturating_add(1)));
    let hints = fit_hints(&app.keymap().hints_for(scope), room);
    put(buf, area, x.saturating_add(1), &hints, theme.status);
}

/// The hints that fit in `room` columns: the last two (help and quit) always, the others in
/// table order as long as they fit.
pub fn fit_hints(hints: &[String], room: usize) -> String {
    let keep = hints.len().saturating_sub(2);
    let (rest, tail) = hints.split_at(keep);
    let tail = tail.join("  ");
    let mut used = tail.width();
    let mut shown = Vec::new();
    for h in rest {
        if used + h.width() + 2 > room {
            break;
        }
        used += h.width() + 2;
        shown.push(h.as_str());
    }
    shown.push(&tail);
    shown.join("  ")
}

/// Writes `s` from column `x` within `area`; returns the column after it.
fn put(buf: &mut Buffer, area: Rect, x: u16, s: &str, style: ratatui::style::Style) -> u16 {
    let left = usize::from(area.right().saturating_sub(x));
    if left == 0 {
        return x;
    }
    buf.set_stringn(x, area.y, s, left, style).0
}

/// What the status line says besides the search: a load in progress, else the last message,
/// else the focused link and where it leads.
fn note(app: &App) -> Option<(String, Style)> {
    let theme = app.theme();
    if let Some(l) = app.loading() {
        let secs = l.since.elapsed().as_secs();
        let esc = app.keymap().say(Action::Close);
        let text = format!("loading {} … {secs} s ({esc} cancels)", l.what);
        return Some((text, theme.status));
    }
    let link = focused_link(app);
    match (app.message(), link) {
        (Some(m), _) if m.error => Some((format!("✗ {}", m.text), theme.error)),
        (Some(m), Some(link)) => Some((format!("{} · {link}", m.text), theme.status)),
        (Some(m), None) => Some((m.text.clone(), theme.status)),
        (None, Some(link)) => Some((link, theme.status)),
        (None, None) => None,
    }
}

/// `link 2/5 → target` for the focused link (not while an overlay has the keys).
fn focused_link(app: &App) -> Option<String> {
    if app.overlay().is_some() {
        return None;
    }
    let i = app.view().link_focus?;
    let stop = app.view().stops.get(i)?;
    let n = app.view().stops.len();
    Some(match &stop.target {
        Some(t) => {
            let t = app.absolute(t);
            format!("link {}/{n} → {}", i + 1, crate::links::display_target(&t))
        }
        None => format!("link {}/{n}: {} (not in the library)", i + 1, stop.text),
    })
}

/// Draws a text that may hold an article's words from column `x`, through the layout (one
/// line, left to right base direction, cut at the edge); returns the column after it.
fn put_text(app: &App, buf: &mut Buffer, area: Rect, x: u16, text: &str, style: Style) -> u16 {
    let room = area.right().saturating_sub(x);
    if room == 0 {
        return x;
    }
    let shown = super::clip(text, room, 1);
    let layout = lay(&shown, &[], room, Direction::Ltr, app.render());
    let Some(line) = layout.lines.first() else {
        return x;
    };
    let field = Rect::new(x, area.y, room, 1);
    draw_line(buf, field, area.y, line, |c| {
        app.theme().cell(c.style).patch(style)
    });
    x + u16::try_from(line.width()).unwrap_or(room).min(room)
}

/// The prompt's text laid out (an Arabic query reads right to left) with a cursor at its
/// logical end; returns the column after the field.
fn draw_prompt(app: &App, text: &str, buf: &mut Buffer, area: Rect, x: u16) -> u16 {
    let room = area.right().saturating_sub(x).min(area.width / 2);
    draw_field(app, text, Rect::new(x, area.y, room, 1), buf)
}

/// An input field of at most `room` (one row): the text in its own direction and a cursor at
/// its logical end; returns the column after the field.
pub fn draw_field(app: &App, text: &str, room: Rect, buf: &mut Buffer) -> u16 {
    let (area, x) = (room, room.x);
    if room.width < 2 {
        return x;
    }
    let want = u16::try_from(text.width() + 1).unwrap_or(u16::MAX);
    let field = Rect::new(x, area.y, want.min(room.width), 1);
    let layout = prompt_layout(text, field.width, app);
    let line_no = layout
        .locate(text.len())
        .map_or(0, |(l, _)| l)
        .min(layout.lines.len().saturating_sub(1));
    if let Some(line) = layout.lines.get(line_no) {
        draw_line(buf, field, area.y, line, |c| {
            app.theme().cell(c.style).patch(app.theme().status)
        });
        let col = layout.locate(text.len()).map_or(0, |(_, c)| c);
        let cx = field.x + u16::try_from(col).unwrap_or(0).min(field.width - 1);
        buf[(cx, area.y)].set_style(
            app.theme()
                .status
                .add_modifier(ratatui::style::Modifier::REVERSED),
        );
    }
    field.right()
}

/// The prompt's text in its own direction in a field one column wider than the text, so the
/// cursor has a free column at the logical end (right of LTR text, left of RTL text).
pub fn prompt_layout(text: &str, width: u16, app: &App) -> ParagraphLayout {
    let dir = Direction::of_text(text).unwrap_or(Direction::Ltr);
    lay(text, &[], width.max(1), dir, app.render())
}

/// `[folded] match 2/17`, an error, or a note; `None` when there is no search.
pub fn search_info(app: &App) -> Option<String> {
    let f = app.finder();
    let mut parts = Vec::new();
    if f.prompt.is_some() || f.query().is_some() || f.error.is_some() {
        parts.push(format!("[{}]", f.mode.name()));
    }
    if let Some(e) = &f.error {
        parts.push(format!("✗ {e}"));
    } else if f.query().is_some() {
        let total = if f.busy() {
            format!("{}…", f.counted())
        } else {
            f.counted().to_string()
        };
        parts.push(match (f.ordinal(), f.counted()) {
            (_, 0) if !f.busy() => "no matches".to_string(),
            (Some(i), _) => format!("match {i}/{total}"),
            (None, _) => format!("match ?/{total}"),
        });
    }
    if let Some(n) = f.note {
        parts.push(n.to_string());
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// The only thing drawn on a screen below the minimum size.
pub fn too_small(app: &App, area: Rect, buf: &mut Buffer) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let msg = "terminal too small";
    buf.set_stringn(
        area.x,
        area.y,
        msg,
        usize::from(area.width),
        app.theme().text,
    );
}
