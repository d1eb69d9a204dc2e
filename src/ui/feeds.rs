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
    let mut title = String::from("Feeds");
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
            .unwrap_or("saved");
        let name = printable(name);
        title.push_str(&format!(" · {name} {unread}/{total}"));
    }
    title.push_str(&format!(" · {unread_in_all} unread"));
    Some(title)
}

/// The note of the last `m`, `s` or `r`, or the progress of an update.
pub fn note(app: &App) -> Option<&str> {
    app.shelf()?.note.as_deref()
}
