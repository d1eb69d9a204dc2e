//! Right and Left follow and go back as in lynx (issue 18 item 11), mirrored when the UI is
//! right to left: there the arrow pointing into the text, ←, follows, and → goes back.

use khabar::app::App;
use khabar::i18n::{Lang, Messages};
use khabar::keymap::{Action, Key};

use crate::common::{self, seed_app};

use crossterm::event::KeyCode;

fn file_name(app: &App) -> String {
    let path = app.article().path.as_deref().unwrap();
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// The seed with its read-also link focused; `keys` are Right then Left (the arrows' actions).
fn follow_and_back(app: &mut App, follow: KeyCode, back: KeyCode) {
    let [follow, back] = [follow, back].map(|code| app.action_for(&Key::plain(code)).unwrap());
    assert_eq!(file_name(app), "000_2a3d9ced42edd8a0.txt");
    app.update(Action::NextLink);
    common::press(app, follow);
    assert_eq!(file_name(app), "001_russia_china_dollar.txt", "followed");
    common::press(app, back);
    assert_eq!(file_name(app), "000_2a3d9ced42edd8a0.txt", "back");
    assert_eq!(
        app.history().position(),
        Some((1, 2)),
        "back, with a way forward"
    );
}

#[test]
fn right_follows_and_left_goes_back_in_a_left_to_right_ui() {
    let mut app = seed_app(100, 30);
    follow_and_back(&mut app, KeyCode::Right, KeyCode::Left);
}

#[test]
fn mirrored_in_a_right_to_left_ui() {
    for lang in [Lang::Ar, Lang::He] {
        let mut app = seed_app(100, 30);
        app.set_messages(Messages::new(lang));
        follow_and_back(&mut app, KeyCode::Left, KeyCode::Right);
    }
}
