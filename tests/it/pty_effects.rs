//! Honest effects (issue 18 item 8): `o` with a browser command that fails says so in the
//! status line (the command, its exit status, the first line it wrote to stderr), and `y`
//! says how the copy went out (OSC 52 to the terminal).

use std::os::unix::fs::PermissionsExt;

use crate::common;

use common::pty::{Session, status_row};

const ARTICLE: &str = "assets/005_arabic_web_content.txt";

fn status_has(needle: &str) -> impl Fn(&vt100::Screen) -> bool + '_ {
    move |sc| status_row(sc).contains(needle)
}

/// The reader on the article with a link, `BROWSER` and `PATH` as given; Tab focuses the link.
fn reader(browser: &str, path: &str) -> Session {
    let mut s = Session::spawn_with(
        &["--shape", "off", ARTICLE],
        30,
        140,
        &[("BROWSER", browser), ("PATH", path)],
    );
    s.wait_for("the article", status_has("q quit"));
    s.send(b"\t");
    s.wait_for("the link focused", status_has("link 1/3"));
    s
}

#[test]
fn a_failing_browser_is_named_with_its_status() {
    let path = std::env::var("PATH").unwrap_or_default();
    let mut s = reader("false", &path);
    s.send(b"o");
    s.wait_for(
        "the failure",
        status_has("not opened: false exited with status 1"),
    );
    s.send(b"q");
    assert!(s.wait_exit().success());
}

#[test]
fn a_browser_that_prints_an_error_shows_its_first_line() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("failbrowser");
    std::fs::write(
        &script,
        "#!/bin/sh\necho 'no display: cannot open' >&2\necho more >&2\nexit 3\n",
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        dir.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut s = reader("failbrowser", &path);
    s.send(b"o");
    s.wait_for(
        "the failure and its stderr line",
        status_has("not opened: failbrowser exited with status 3: no display: cannot open"),
    );
    // y: the copy is told once the terminal has been sent it, with the method.
    s.send(b"y");
    s.wait_for(
        "the copy and how",
        status_has("copied the link's address (36 characters) by OSC 52"),
    );
    s.send(b"q");
    assert!(s.wait_exit().success());
}

/// The same failure in an Arabic UI: the catalogue's sentence, the program and its stderr
/// line isolated inside it.
#[test]
fn the_failure_is_told_in_the_ui_language() {
    use khabar::browser::OpenError;
    use khabar::i18n::{Lang, Messages};
    use khabar::jobs::News;
    let mut app = common::seed_app(100, 30);
    app.set_messages(Messages::new(Lang::Ar));
    let id = app.start_errand();
    let result = Err(OpenError::Failed {
        program: "xdg-open".into(),
        code: Some(4),
        stderr: Some("no method available".into()),
    });
    let url = "https://example.org/".to_string();
    assert!(app.job_news(News::Opened { id, url, result }));
    let m = app.message().unwrap();
    assert!(m.error);
    let plain: String = m
        .text
        .chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect();
    assert_eq!(
        plain,
        "لم يُفتح: انتهى xdg-open بالحالة 4: no method available"
    );
}

/// Without `$BROWSER`, the platform's openers are tried in turn: a `gio` that fails is told,
/// not hidden by the openers missing after it (the reader once said "opened … with gio").
#[test]
fn a_failing_platform_opener_is_told() {
    let dir = tempfile::tempdir().unwrap();
    let gio = dir.path().join("gio");
    std::fs::write(
        &gio,
        "#!/bin/sh\necho 'gio: no handler for https' >&2\nexit 2\n",
    )
    .unwrap();
    std::fs::set_permissions(&gio, std::fs::Permissions::from_mode(0o755)).unwrap();
    // Only `gio` on the PATH; a blank $BROWSER counts as unset.
    let mut s = reader("", dir.path().to_str().unwrap());
    s.send(b"o");
    s.wait_for(
        "gio's failure",
        status_has("not opened: gio exited with status 2: gio: no handler for https"),
    );
    s.send(b"q");
    assert!(s.wait_exit().success());
}
