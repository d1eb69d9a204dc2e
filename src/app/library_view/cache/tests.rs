//! The filter's cache against filtering from scratch: after typing, Backspace, an edit in
//! the middle, a change of order or of unread only, the rows are those of a view that never
//! filtered before, and the items listed are exactly those whose headline or feed holds the
//! folded needle (written out here with `str::contains`, not through the cache).

use std::sync::Arc;

use proptest::prelude::*;

use crate::app::library_view::tests::{art, items, mark};
use crate::app::library_view::{LibraryView, PromptKind, Source};
use crate::article::Article;
use crate::library::listing_keys::fold;
use crate::library::prefs::Prefs;
use crate::store::shelf::Mark;

/// Letters folding joins (hamza seats, Persian and Arabic yeh, teh marbuta, a fatha) and a
/// space: needles made of them often contain one another, and often not.
const LETTERS: &[char] = &['ا', 'أ', 'ب', 'ة', 'ه', 'ي', 'ی', '\u{64e}', ' '];

#[derive(Debug, Clone)]
enum Edit {
    Type(char),
    Back,
    Insert(usize, char),
    Remove(usize),
    Clear,
    NextSort,
    UnreadOnly,
}

fn letter() -> impl Strategy<Value = char> {
    proptest::sample::select(LETTERS)
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => letter().prop_map(Edit::Type),
        2 => Just(Edit::Back),
        2 => (0..6usize, letter()).prop_map(|(i, c)| Edit::Insert(i, c)),
        1 => (0..6usize).prop_map(Edit::Remove),
        1 => Just(Edit::Clear),
        1 => Just(Edit::NextSort),
        1 => Just(Edit::UnreadOnly),
    ]
}

fn library(heads: &[(String, u8, bool)]) -> (Vec<Arc<Article>>, Vec<Option<Mark>>) {
    let articles = heads
        .iter()
        .enumerate()
        .map(|(i, (h, feed, _))| {
            let date = format!("2024-01-{:02}T10:00:00Z", 1 + i % 28);
            art(h, ["بابا", "هيه", "أبة"][usize::from(*feed)], &date)
        })
        .collect();
    // The article's date as the store lists it: 10:00 UTC that day.
    let marks = heads
        .iter()
        .enumerate()
        .map(|(i, (_, _, read))| mark(i as i64, *read, 1 + (i % 28) as i64))
        .collect();
    (articles, marks)
}

fn apply(text: &mut Vec<char>, view: &mut LibraryView, e: &Edit, src: &Source<'_>) {
    match *e {
        Edit::Type(c) => text.push(c),
        Edit::Back => {
            text.pop();
        }
        Edit::Insert(i, c) => text.insert(i.min(text.len()), c),
        Edit::Remove(i) if i < text.len() => {
            text.remove(i);
        }
        Edit::Remove(_) => {}
        Edit::Clear => text.clear(),
        Edit::NextSort => {
            view.next_sort(src);
        }
        Edit::UnreadOnly => view.toggle_unread_only(src),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn the_cached_filter_lists_what_a_fresh_one_lists(
        heads in proptest::collection::vec(
            (proptest::collection::vec(letter(), 0..8).prop_map(String::from_iter), 0..3u8, any::<bool>()),
            1..40,
        ),
        edits in proptest::collection::vec(edit(), 1..40),
    ) {
        let (a, m) = library(&heads);
        let src = Source { articles: &a, marks: Some(&m), current: 0 };
        let mut view = LibraryView::new(Prefs::default());
        view.refresh(&src);
        view.open_prompt(PromptKind::Filter);
        let mut text = Vec::new();
        for e in &edits {
            apply(&mut text, &mut view, e, &src);
            let typed: String = text.iter().collect();
            view.edit_prompt(typed.clone(), &src);
            let mut fresh = LibraryView::new(view.prefs());
            fresh.refresh(&src);
            fresh.open_prompt(PromptKind::Filter);
            fresh.edit_prompt(typed.clone(), &src);
            prop_assert_eq!(view.rows(), fresh.rows(), "{:?} after {:?}", typed, e);
            let needle = fold(typed.trim());
            let mut want: Vec<usize> = (0..a.len())
                .filter(|&i| {
                    let text = format!("{}\n{}", fold(&a[i].headline), fold(a[i].meta.source.as_deref().unwrap_or("")));
                    text.contains(&needle)
                })
                .filter(|&i| !(view.prefs().unread_only && i != 0 && m[i].is_some_and(|m| m.read)))
                .collect();
            let mut got = items(&view);
            got.sort_unstable();
            want.sort_unstable();
            prop_assert_eq!(got, want, "{:?}", typed);
        }
    }
}

/// A letter typed after a needle scans only that needle's matches; Backspace finds the
/// shorter needle kept and scans nothing.
#[test]
fn a_longer_needle_scans_the_shorter_ones_matches() {
    let heads: Vec<(String, u8, bool)> = (0..100)
        .map(|i| {
            (
                if i % 10 == 0 { "باب" } else { "هيه" }.to_string(),
                1,
                false,
            )
        })
        .collect();
    let (a, m) = library(&heads);
    let src = Source {
        articles: &a,
        marks: Some(&m),
        current: 0,
    };
    let mut view = LibraryView::new(Prefs::default());
    view.refresh(&src);
    view.open_prompt(PromptKind::Filter);
    view.edit_prompt("با".into(), &src);
    let first = view.compared();
    assert_eq!(first, 100, "the first letter scans everything");
    assert_eq!(items(&view).len(), 10);
    view.edit_prompt("باب".into(), &src);
    assert_eq!(view.compared() - first, 10, "then only the ten matches");
    view.edit_prompt("با".into(), &src);
    assert_eq!(view.compared() - first, 10, "Backspace: kept, no scan");
    assert_eq!(items(&view).len(), 10);
}
