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

use crate::app::{App, Loading, Message};
use crate::finder::Finder;
use crate::i18n::Arg;
use crate::i18n::Messages;
use crate::keymap::{Action, Scope};

use super::{Look, Reading, draw_line, fill_row};

mod field;
use field::draw_prompt;
pub use field::{draw_field, prompt_layout};

/// What the status line shows besides the look, borrowed from the app for one frame.
pub struct Status<'a> {
    pub reading: Reading<'a>,
    /// The scope that takes the keys (the mode shown, the hints).
    pub scope: Scope,
    /// Articles in the library.
    pub articles: usize,
    /// The place in the history (`2/3`), when there is one.
    pub history: Option<(usize, usize)>,
    pub loading: Option<&'a Loading>,
    pub message: Option<&'a Message>,
    /// An overlay has the keys: the focused link's target is not shown.
    pub overlay: bool,
    /// The feeds' note (an update's progress).
    pub feeds_note: Option<String>,
    /// Jobs running.
    pub jobs: usize,
    /// The library's prompt searches everything (`/`), rather than filtering (`F`).
    pub searching_all: bool,
    /// `a`'s address prompt is open (it takes the search scope's Enter and Esc).
    pub address: bool,
}

impl<'a> Status<'a> {
    pub fn of(app: &'a App) -> Status<'a> {
        Status {
            reading: Reading::of(app),
            scope: app.scope(),
            articles: app.library().articles.len(),
            history: app.history().position(),
            loading: app.loading(),
            message: app.message(),
            overlay: app.overlay().is_some(),
            feeds_note: app.feed_note(),
            jobs: app.jobs_running(),
            searching_all: (app.library_view().prompt())
                .is_some_and(|(k, _)| k == crate::app::library_view::PromptKind::Search),
            address: app.address_prompt().is_some(),
        }
    }
}

pub fn render(look: &Look<'_>, st: &Status<'_>, area: Rect, buf: &mut Buffer) {
    let theme = look.theme;
    fill_row(buf, area, area.y, theme.status);
    let mode = match st.scope {
        Scope::Help => look.msg.text("mode-help"),
        Scope::Links => look.msg.text("mode-links"),
        Scope::Search if st.address => look.msg.text("mode-address"),
        Scope::Search => look.msg.text("mode-search"),
        Scope::Reader | Scope::Library => look.msg.text(st.reading.focus.message_id()),
        Scope::Filter if st.searching_all => look.msg.text("mode-search"),
        Scope::Filter => look.msg.text("mode-filter"),
        Scope::Confirm => look.msg.text("mode-question"),
    };
    let mode = format!(" {mode} ");
    let mut x = put(look, buf, area, area.x, &mode, theme.mode);
    if let Some(p) = &st.reading.finder.prompt {
        x = put(look, buf, area, x, " /", theme.status);
        x = draw_prompt(look, &p.text, buf, area, x);
    } else {
        x = article_parts(look, st, area, x, buf);
    }
    if let Some(info) = search_info(look.msg, st.reading.finder) {
        x = put(look, buf, area, x, &format!("  {info}"), theme.status);
    }
    if let Some((text, style)) = note(look, st) {
        x = x.saturating_add(1).min(area.right());
        x = put_text(look, buf, area, x, &text, style);
        x = x.saturating_add(1).min(area.right());
    }
    if let Some(note) = &st.feeds_note {
        x = put(look, buf, area, x, &format!("  {note} "), theme.status);
    }
    // One job shows its own note (loading …, updating …); more than one are counted.
    if st.jobs > 1 {
        let jobs = look.msg.get("jobs", &[("count", Arg::Num(st.jobs))]);
        x = put(look, buf, area, x, &format!("  {jobs} "), theme.status);
    }
    let scope = match st.scope {
        Scope::Search => Scope::Search,
        Scope::Links => Scope::Links,
        Scope::Library => Scope::Library,
        Scope::Filter => Scope::Filter,
        Scope::Confirm => Scope::Confirm,
        _ => Scope::Reader,
    };
    let room = usize::from(area.right().saturating_sub(x.saturating_add(1)));
    let word = |h: &str| look.msg.text(&format!("hint-{h}"));
    let mut hints = if st.address {
        let prompt = |a| matches!(a, Action::SearchConfirm | Action::SearchCancel);
        look.keymap.hints_of(scope, prompt, word)
    } else {
        look.keymap.hints_in(scope, word)
    };
    if scope == Scope::Library {
        // The pane's own keys first, then the reader's, which work there too.
        for h in look.keymap.hints_in(Scope::Reader, word) {
            if !hints.contains(&h) {
                hints.push(h);
            }
        }
    }
    let hints = fit_hints(&hints, room);
    put(look, buf, area, x.saturating_add(1), &hints, theme.status);
}

/// The article's parts of the status line from logical column `x` (no prompt open): the
/// position, the bidi warning or the logical order, the summary badge, the history; returns
/// the column after them.
fn article_parts(look: &Look<'_>, st: &Status<'_>, area: Rect, x: u16, buf: &mut Buffer) -> u16 {
    let theme = look.theme;
    let r = &st.reading;
    let pos = format!(
        " {:>3}%  {}/{} ",
        r.view.pager.percent(),
        r.current + 1,
        st.articles
    );
    let mut x = put(look, buf, area, x, &pos, theme.status);
    if r.view.bidi_controls > 0 {
        let warn = bidi_warning(look, st);
        x = put(look, buf, area, x, &format!(" {warn} "), theme.mode);
    } else if !look.render.bidi {
        let order = look.msg.text("order-logical");
        x = put(look, buf, area, x, &format!(" {order} "), theme.mode);
    }
    if r.article.meta.summary_only {
        let badge = match look.keymap.key(Scope::Reader, Action::Activate) {
            Some(key) => look
                .msg
                .get("summary-only-key", &[("key", Arg::Text(&key.to_string()))]),
            None => look.msg.text("summary-only"),
        };
        x = put(look, buf, area, x, &format!(" {badge} "), theme.mode);
    }
    if let Some((at, total)) = st.history {
        let pos = format!("{at}/{total}");
        let args = [("pos", Arg::Text(&pos))];
        let text = format!(" {} ", look.msg.get("history", &args));
        x = put(look, buf, area, x, &text, theme.status);
    }
    x
}

/// `⚠ 3 bidi controls, B: logical order — in the headline, quote 2, link 1`: how many, the
/// key that shows the other order, and where (at most [`PLACES`] places, then `…`; cut
/// first when the line is short). Said by [`crate::spoof::warning`], as `dump` says it.
fn bidi_warning(look: &Look<'_>, st: &Status<'_>) -> String {
    let key = look
        .keymap
        .key(Scope::Reader, Action::ToggleBidi)
        .map_or_else(|| "--bidi off".to_string(), |k| k.to_string());
    let view = st.reading.view;
    let warning = crate::spoof::Warning {
        count: view.bidi_controls,
        places: &view.spoof_places,
        key: &key,
        logical: look.render.bidi,
        at_most: Some(PLACES),
    };
    crate::spoof::warning(look.msg, &warning)
}

/// Places the bidi warning names at most.
const PLACES: usize = 3;

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
fn put(look: &Look<'_>, buf: &mut Buffer, area: Rect, x: u16, s: &str, style: Style) -> u16 {
    place(look, buf, area, x, s, |_| style)
}

/// The status line's one drawing rule: a part laid out in the UI's direction, drawn at logical
/// columns `x..x + width`, which are the screen's columns when the UI is left to right and
/// the mirrored ones when it is right to left (the parts then run from the right edge
/// leftwards: the frame mirrored, see `frame::side_on_left`). Spaces at the part's ends are
/// kept as columns. Returns the logical column after the part.
fn place(
    look: &Look<'_>,
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
    let layout = super::fit(core, &[], room, look.msg.direction(), look.render, 1);
    let Some(line) = layout.lines.first() else {
        return x;
    };
    let mut line = line.clone();
    line.indent = 0;
    let w = u16::try_from(line.width()).unwrap_or(room).min(room);
    let at = if look.msg.direction().is_rtl() {
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
fn note(look: &Look<'_>, st: &Status<'_>) -> Option<(String, Style)> {
    let theme = look.theme;
    if let Some(l) = st.loading {
        let secs = l.since.elapsed().as_secs();
        let esc = look.keymap.say(Action::Close);
        let args = [
            ("what", Arg::Text(&l.what)),
            (
                "secs",
                Arg::Num(usize::try_from(secs).unwrap_or(usize::MAX)),
            ),
            ("key", Arg::Text(&esc)),
        ];
        let text = look.msg.get("loading", &args);
        return Some((text, theme.status));
    }
    let link = focused_link(look, st);
    match (st.message, link) {
        (Some(m), _) if m.error => Some((format!("✗ {}", m.text), theme.error)),
        (Some(m), Some(link)) => Some((format!("{} · {link}", m.text), theme.status)),
        (Some(m), None) => Some((m.text.clone(), theme.status)),
        (None, Some(link)) => Some((link, theme.status)),
        (None, None) => None,
    }
}

/// `link 2/5 → target` for the focused link (not while an overlay has the keys).
fn focused_link(look: &Look<'_>, st: &Status<'_>) -> Option<String> {
    if st.overlay {
        return None;
    }
    let i = st.reading.view.link_focus?;
    let stop = st.reading.view.stops.get(i)?;
    let n = st.reading.view.stops.len();
    let pos = format!("{}/{n}", i + 1);
    let pos = ("pos", Arg::Text(&pos));
    Some(match &stop.target {
        Some(t) => {
            let t = crate::links::absolute(st.reading.article, t);
            let t = crate::links::display_target(&t);
            look.msg
                .get("link-target", &[pos, ("target", Arg::Text(&t))])
        }
        None => look
            .msg
            .get("link-unresolved", &[pos, ("text", Arg::Text(&stop.text))]),
    })
}

/// Draws a text that may hold an article's words from logical column `x`, cut with `…` to
/// the room left ([`place`]: the UI's direction, mirrored for an RTL UI); returns the logical
/// column after it.
fn put_text(
    look: &Look<'_>,
    buf: &mut Buffer,
    area: Rect,
    x: u16,
    text: &str,
    style: Style,
) -> u16 {
    let room = area.right().saturating_sub(x);
    if room == 0 {
        return x;
    }
    place(look, buf, area, x, text, |c| {
        look.theme.cell(c.style).patch(style)
    })
}

/// `[folded] match 2/17`, an error, or a note, from the messages and the search session;
/// `None` when there is no search.
pub fn search_info(msg: &Messages, f: &Finder) -> Option<String> {
    let mut parts = Vec::new();
    if f.prompt.is_some() || f.query().is_some() || f.error.is_some() {
        let mode = msg.text(&format!("search-mode-{}", f.mode.name()));
        parts.push(format!("[{mode}]"));
    }
    if let Some(e) = &f.error {
        parts.push(format!("✗ {}", msg.describe(e)));
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
            (_, 0) if !f.busy() => msg.text("search-none"),
            _ => msg.get("search-match", &[("pos", Arg::Text(&pos))]),
        });
    }
    if let Some(n) = f.note {
        parts.push(msg.text(n));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// The only thing drawn on a screen below the minimum size.
pub fn too_small(look: &Look<'_>, area: Rect, buf: &mut Buffer) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let msg = look.msg.text("too-small");
    let row = Rect::new(area.x, area.y, area.width, 1);
    put(look, buf, row, area.x, &msg, look.theme.text);
}
