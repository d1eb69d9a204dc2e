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
use crate::i18n::Arg;
use crate::keymap::{Action, Scope};
use crate::layout::ParagraphLayout;

use super::{draw_line, fill_row, lay};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    fill_row(buf, area, area.y, theme.status);
    let mode = match app.scope() {
        Scope::Help => app.msg().text("mode-help"),
        Scope::Links => app.msg().text("mode-links"),
        Scope::Search => app.msg().text("mode-search"),
        Scope::Reader | Scope::Library => app.msg().text(app.focus().message_id()),
        Scope::Filter => app.msg().text("mode-filter"),
        Scope::Confirm => app.msg().text("mode-question"),
    };
    let mode = format!(" {mode} ");
    let mut x = put(app, buf, area, area.x, &mode, theme.mode);
    if app.finder().prompt.is_none() {
        let pos = format!(
            " {:>3}%  {}/{} ",
            app.view().pager.percent(),
            app.current() + 1,
            app.library().articles.len()
        );
        x = put(app, buf, area, x, &pos, theme.status);
        if app.view().bidi_controls > 0 {
            let key = app
                .keymap()
                .key(Scope::Reader, Action::ToggleBidi)
                .map_or_else(|| "--bidi off".to_string(), |k| k.to_string());
            let order = if app.render().bidi {
                "logical"
            } else {
                "visual"
            };
            let warn = app.msg().get(
                "bidi-warning",
                &[
                    ("count", Arg::Num(app.view().bidi_controls)),
                    ("key", Arg::Text(&key)),
                    ("order", Arg::Text(order)),
                ],
            );
            x = put(app, buf, area, x, &format!(" {warn} "), theme.mode);
        } else if !app.render().bidi {
            let order = app.msg().text("order-logical");
            x = put(app, buf, area, x, &format!(" {order} "), theme.mode);
        }
        if app.article().meta.summary_only {
            let badge = match app.keymap().key(Scope::Reader, Action::Activate) {
                Some(key) => app
                    .msg()
                    .get("summary-only-key", &[("key", Arg::Text(&key.to_string()))]),
                None => app.msg().text("summary-only"),
            };
            x = put(app, buf, area, x, &format!(" {badge} "), theme.mode);
        }
        if let Some((at, total)) = app.history().position() {
            let pos = format!("{at}/{total}");
            let args = [("pos", Arg::Text(&pos))];
            let text = format!(" {} ", app.msg().get("history", &args));
            x = put(app, buf, area, x, &text, theme.status);
        }
    }
    if let Some(p) = &app.finder().prompt {
        x = put(app, buf, area, x, " /", theme.status);
        x = draw_prompt(app, &p.text, buf, area, x);
    }
    if let Some(info) = search_info(app) {
        x = put(app, buf, area, x, &format!("  {info}"), theme.status);
    }
    if let Some((text, style)) = note(app) {
        x = x.saturating_add(1).min(area.right());
        x = put_text(app, buf, area, x, &text, style);
        x = x.saturating_add(1).min(area.right());
    }
    if let Some(note) = super::feeds::note(app) {
        x = put(app, buf, area, x, &format!("  {note} "), theme.status);
    }
    // One job shows its own note (loading …, updating …); more than one are counted.
    let jobs = app.jobs_running();
    if jobs > 1 {
        let jobs = app.msg().get("jobs", &[("count", Arg::Num(jobs))]);
        x = put(app, buf, area, x, &format!("  {jobs} "), theme.status);
    }
    let scope = match app.scope() {
        Scope::Search => Scope::Search,
        Scope::Links => Scope::Links,
        Scope::Library => Scope::Library,
        Scope::Filter => Scope::Filter,
        Scope::Confirm => Scope::Confirm,
        _ => Scope::Reader,
    };
    let room = usize::from(area.right().saturating_sub(x.saturating_add(1)));
    let word = |h: &str| app.msg().text(&format!("hint-{h}"));
    let mut hints = app.keymap().hints_in(scope, word);
    if scope == Scope::Library {
        // The pane's own keys first, then the reader's, which work there too.
        for h in app.keymap().hints_in(Scope::Reader, word) {
            if !hints.contains(&h) {
                hints.push(h);
            }
        }
    }
    let hints = fit_hints(&hints, room);
    put(app, buf, area, x.saturating_add(1), &hints, theme.status);
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

/// Writes `s` from logical column `x` within `area`, through the layout in the UI's
/// direction (cut at the edge); returns the logical column after it.
fn put(app: &App, buf: &mut Buffer, area: Rect, x: u16, s: &str, style: Style) -> u16 {
    place(app, buf, area, x, s, |_| style)
}

/// The status line's one drawing rule: a part laid out in the UI's direction, drawn at logical
/// columns `x..x + width`, which are the screen's columns when the UI is left to right and
/// the mirrored ones when it is right to left (the parts then run from the right edge
/// leftwards: the frame mirrored, see `frame::side_on_left`). Spaces at the part's ends are
/// kept as columns. Returns the logical column after the part.
fn place(
    app: &App,
    buf: &mut Buffer,
    area: Rect,
    x: u16,
    s: &str,
    style: impl Fn(&crate::layout::Cell) -> Style,
) -> u16 {
    let room = area.right().saturating_sub(x);
    let core = s.trim_matches(' ');
    let lead = u16::try_from(s.len() - s.trim_start_matches(' ').len()).unwrap_or(0);
    let x = x.saturating_add(lead).min(area.right());
    let room = room.saturating_sub(lead);
    if room == 0 || core.is_empty() {
        let trail = u16::try_from(s.len() - core.len()).unwrap_or(0);
        return x
            .saturating_add(trail.saturating_sub(lead))
            .min(area.right());
    }
    let layout = lay(core, &[], room, app.msg().direction(), app.render());
    let Some(line) = layout.lines.first() else {
        return x;
    };
    let mut line = line.clone();
    line.indent = 0;
    let w = u16::try_from(line.width()).unwrap_or(room).min(room);
    let at = if app.msg().direction().is_rtl() {
        area.x + area.right() - x - w
    } else {
        x
    };
    draw_line(buf, Rect::new(at, area.y, w, 1), area.y, &line, style);
    let trail = u16::try_from(s.len() - s.trim_end_matches(' ').len()).unwrap_or(0);
    (x + w).saturating_add(trail).min(area.right())
}

/// What the status line says besides the search: a load in progress, else the last message,
/// else the focused link and where it leads.
fn note(app: &App) -> Option<(String, Style)> {
    let theme = app.theme();
    if let Some(l) = app.loading() {
        let secs = l.since.elapsed().as_secs();
        let esc = app.keymap().say(Action::Close);
        let args = [
            ("what", Arg::Text(&l.what)),
            (
                "secs",
                Arg::Num(usize::try_from(secs).unwrap_or(usize::MAX)),
            ),
            ("key", Arg::Text(&esc)),
        ];
        let text = app.msg().get("loading", &args);
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
    let pos = format!("{}/{n}", i + 1);
    let pos = ("pos", Arg::Text(&pos));
    Some(match &stop.target {
        Some(t) => {
            let t = app.absolute(t);
            let t = crate::links::display_target(&t);
            app.msg()
                .get("link-target", &[pos, ("target", Arg::Text(&t))])
        }
        None => app
            .msg()
            .get("link-unresolved", &[pos, ("text", Arg::Text(&stop.text))]),
    })
}

/// Draws a text that may hold an article's words from logical column `x`, cut with `…` to
/// the room left ([`place`]: the UI's direction, mirrored for an RTL UI); returns the logical
/// column after it.
fn put_text(app: &App, buf: &mut Buffer, area: Rect, x: u16, text: &str, style: Style) -> u16 {
    let room = area.right().saturating_sub(x);
    if room == 0 {
        return x;
    }
    let shown = super::clip(text, room, 1);
    place(app, buf, area, x, &shown, |c| {
        app.theme().cell(c.style).patch(style)
    })
}

/// The prompt's text laid out (an Arabic query reads right to left) with a cursor at its
/// logical end; returns the column after the field.
fn draw_prompt(app: &App, text: &str, buf: &mut Buffer, area: Rect, x: u16) -> u16 {
    let room = area.right().saturating_sub(x).min(area.width / 2);
    if !app.msg().direction().is_rtl() {
        return draw_field(app, text, Rect::new(x, area.y, room, 1), buf);
    }
    // Mirrored (see `place`): the field takes the columns its width mirrors to.
    let want = u16::try_from(text.width() + 1)
        .unwrap_or(u16::MAX)
        .min(room);
    let at = area.x + area.right() - x - want;
    draw_field(app, text, Rect::new(at, area.y, want, 1), buf);
    x + want
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
        let mode = app.msg().text(&format!("search-mode-{}", f.mode.name()));
        parts.push(format!("[{mode}]"));
    }
    if let Some(e) = &f.error {
        parts.push(format!("✗ {e}"));
    } else if f.query().is_some() {
        let total = if f.busy() {
            format!("{}…", f.counted())
        } else {
            f.counted().to_string()
        };
        // `i/N` is one placeable: isolated apart, its parts would swap in an RTL UI.
        let pos = |i: &str| format!("{i}/{total}");
        let pos = match f.ordinal() {
            Some(i) => pos(&i.to_string()),
            None => pos("?"),
        };
        parts.push(match (f.ordinal(), f.counted()) {
            (_, 0) if !f.busy() => app.msg().text("search-none"),
            _ => app.msg().get("search-match", &[("pos", Arg::Text(&pos))]),
        });
    }
    if let Some(n) = f.note {
        parts.push(app.msg().text(n));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// The only thing drawn on a screen below the minimum size.
pub fn too_small(app: &App, area: Rect, buf: &mut Buffer) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let msg = app.msg().text("too-small");
    let row = Rect::new(area.x, area.y, area.width, 1);
    put(app, buf, row, area.x, &msg, app.theme().text);
}
