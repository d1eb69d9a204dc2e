//! The keymap's tests: the table's lookups and hints, terminal events to bindings, overrides.

use super::*;
use crossterm::event::KeyEvent;

#[test]
fn table_lookup_and_hints() {
    let map = Keymap::default();
    assert_eq!(
        map.action_for(Scope::Reader, &Key::ch('j')),
        Some(Action::Down)
    );
    assert_eq!(
        map.action_for(Scope::Help, &Key::ch('q')),
        Some(Action::Close)
    );
    assert_eq!(
        map.action_for(Scope::Reader, &Key::ch('/')),
        Some(Action::Search)
    );
    assert_eq!(
        map.action_for(Scope::Search, &Key::ch('n')),
        Some(Action::Input('n'))
    );
    assert_eq!(
        map.action_for(Scope::Search, &Key::ctrl('t')),
        Some(Action::SearchMode)
    );
    assert_eq!(map.action_for(Scope::Search, &Key::ctrl('x')), None);
    let hints = map.hints();
    assert_eq!(hints[0], "j/k scroll");
    assert!(hints.contains(&"J/K article".to_string()));
    assert_eq!(
        map.action_for(Scope::Reader, &Key::plain(KeyCode::Tab)),
        Some(Action::NextLink)
    );
    assert_eq!(
        map.action_for(Scope::Reader, &Key::ch('3')),
        Some(Action::FollowNumber(3))
    );
    assert_eq!(
        map.action_for(Scope::Reader, &Key::alt_code(KeyCode::Left)),
        Some(Action::Back)
    );
    assert_eq!(
        map.action_for(Scope::Links, &Key::ch('j')),
        Some(Action::Input('j'))
    );
    assert_eq!(
        map.action_for(Scope::Links, &Key::plain(KeyCode::Backspace)),
        Some(Action::DeleteBack)
    );
    // No key means two things in one scope.
    for scope in [
        Scope::Reader,
        Scope::Search,
        Scope::Links,
        Scope::Help,
        Scope::Library,
        Scope::Filter,
        Scope::Confirm,
    ] {
        let mut seen = std::collections::HashSet::new();
        for b in map.bindings.iter().filter(|b| b.scope == scope) {
            for k in &b.keys {
                assert!(seen.insert(*k), "{k} bound twice in {scope:?}");
            }
        }
    }
    // Every bindable action of the reader has a name for the config.
    for b in map.bindings.iter().filter(|b| b.scope == Scope::Reader) {
        assert!(b.action.name().is_some(), "{:?}", b.action);
    }
}

#[test]
fn terminal_events_find_their_bindings() {
    let map = Keymap::default();
    let ev = |code, mods| Key::from_event(&KeyEvent::new(code, mods));
    // Terminals send Shift-Tab as BackTab with Shift set.
    let back_tab = ev(KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(
        map.action_for(Scope::Reader, &back_tab),
        Some(Action::PrevLink)
    );
    assert_eq!(Key::parse("backtab"), Some(back_tab));
    let alt_left = ev(KeyCode::Left, KeyModifiers::ALT);
    assert_eq!(map.action_for(Scope::Reader, &alt_left), Some(Action::Back));
    let shift_j = ev(KeyCode::Char('J'), KeyModifiers::SHIFT);
    assert_eq!(
        map.action_for(Scope::Reader, &shift_j),
        Some(Action::NextArticle)
    );
    let ctrl_c = ev(
        KeyCode::Char('C'),
        KeyModifiers::CONTROL | KeyModifiers::SHIFT,
    );
    assert_eq!(map.action_for(Scope::Reader, &ctrl_c), Some(Action::Quit));
}

#[test]
fn overrides_move_keys() {
    let map = Keymap::with_overrides(&[("half-down".into(), vec!["d".into()])]).unwrap();
    assert_eq!(
        map.action_for(Scope::Reader, &Key::ch('d')),
        Some(Action::HalfDown)
    );
    assert_eq!(map.action_for(Scope::Reader, &Key::ctrl('d')), None);
    let map = Keymap::with_overrides(&[("quit".into(), vec!["x".into()])]).unwrap();
    assert_eq!(map.action_for(Scope::Reader, &Key::ch('q')), None);
    assert!(matches!(
        Keymap::with_overrides(&[("fly".into(), vec![])]),
        Err(KeyError::UnknownAction(_))
    ));
    // The link keys are ordinary bindings: `y` can quit, and copying moves to `c`.
    let map = Keymap::with_overrides(&[
        ("quit".into(), vec!["y".into()]),
        ("copy".into(), vec!["c".into()]),
    ])
    .unwrap();
    assert_eq!(
        map.action_for(Scope::Reader, &Key::ch('y')),
        Some(Action::Quit)
    );
    assert_eq!(
        map.action_for(Scope::Reader, &Key::ch('c')),
        Some(Action::Copy)
    );
    let map = Keymap::with_overrides(&[("back".into(), vec!["alt-left".into()])]).unwrap();
    assert_eq!(
        map.action_for(Scope::Reader, &Key::plain(KeyCode::Backspace)),
        None
    );
}
