//! What the panes show of subscriptions: an item's marks in the library pane (• unread,
//! ★ saved), the library pane's title (the selected item's feed and its unread count), and
//! the note of `m`, `s` or `r` in the status line. Nothing here for a library of files.

use crate::app::App;
use crate::subscribe::printable;

/// The marks before entry `i`'s headline: `●` for the article on screen, else `•` when
/// unread, then `★` when saved; `""` for an entry of a library of files not on screen.
pub fn mark(app: &App, i: usize) -> String {
    let current = i == app.current();
    let Some(shelf) = app.shelf() else {
        return if current {
            "● ".into()
        } else {
            String::new()
        };
    };
    let Some(Some(m)) = shelf.marks.get(i) else {
        return if current {
            "● ".into()
        } else {
            String::new()
        };
    };
    let first = match (current, m.read) {
        (true, _) => '●',
        (false, false) => '•',
        (false, true) => ' ',
    };
    let saved = if m.saved { "★" } else { "" };
    format!("{first}{saved} ")
}

/// `Feeds · الجزيرة 3/40 · 12 unread`: the selected item's feed with its unread and stored
/// items, and the unread items of every feed, for a library on the store.
pub fn title(app: &App, selected: usize) -> Option<String> {
    let shelf = app.shelf()?;
    let unread_in_all = shelf
        .marks
        .iter()
        .filter(|m| m.is_some_and(|m| !m.read))
        .count();
    let feed = shelf
        .marks
        .get(selected)
        .copied()
        .flatten()
        .map(|m| m.feed_id);
    let mut title = app.msg().text("pane-feeds");
    if let Some(feed) = feed {
        let (mut unread, mut total) = (0, 0);
        for m in shelf.marks.iter().flatten().filter(|m| m.feed_id == feed) {
            total += 1;
            unread += usize::from(!m.read);
        }
        let name = app.library().articles[selected]
            .meta
            .source
            .as_deref()
            .map_or_else(|| app.msg().text("feeds-saved"), str::to_string);
        let name = printable(&name);
        // The name isolated (FSI…PDI): its counts must not join an Arabic name's run.
        title.push_str(&format!(" · \u{2068}{name}\u{2069} {unread}/{total}"));
    }
    let unread = ("count", crate::i18n::Arg::Num(unread_in_all));
    title.push_str(&format!(" · {}", app.msg().get("feeds-unread", &[unread])));
    Some(title)
}

/// The note of the last `m`, `s` or `r`, or the progress of an update.
pub fn note(app: &App) -> Option<String> {
    app.feed_note()
}
