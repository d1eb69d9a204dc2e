//! `o` hands a web address to the browser: `$BROWSER` (a test script here that records its
//! arguments), run without a shell and with its output kept off the screen; addresses that
//! are not http or https run nothing.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use khabar::browser::open_with;

/// A script that writes each argument on a line of `out`, and prints to stdout and stderr
/// (which must not reach anything).
fn recorder(dir: &Path, out: &Path) -> PathBuf {
    let script = dir.join("browser.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\necho noise; echo more noise >&2\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '{}.tmp'\nmv '{0}.tmp' '{0}'\n",
            out.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    script
}

fn wait_for(out: &Path) -> Vec<String> {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        if let Ok(s) = std::fs::read_to_string(out) {
            return s.lines().map(str::to_string).collect();
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("the browser script did not run");
}

#[test]
fn browser_gets_the_address_as_one_argument() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("args");
    let script = recorder(dir.path(), &out);
    let url = "https://example.org/a b?q=$(touch /tmp/x);echo";
    // A space is refused; a shell-looking address stays one argument.
    assert!(open_with(url, script.to_str()).is_err());
    let url = "https://example.org/news?q=$(id)&x=;echo";
    let name = open_with(url, script.to_str()).unwrap();
    assert!(name.ends_with("browser.sh"));
    let args = wait_for(&out);
    assert_eq!(args.len(), 1, "{args:?}");
    assert!(
        args[0].starts_with("https://example.org/news?q="),
        "{args:?}"
    );
}

#[test]
fn browser_with_arguments_and_a_placeholder() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("args");
    let script = recorder(dir.path(), &out);
    let cmd = format!("{} --new-tab %s --flag", script.display());
    open_with("http://127.0.0.1:8080/x", Some(&cmd)).unwrap();
    assert_eq!(
        wait_for(&out),
        ["--new-tab", "http://127.0.0.1:8080/x", "--flag"]
    );
}

#[test]
fn javascript_and_file_addresses_run_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("args");
    let script = recorder(dir.path(), &out);
    for bad in [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,x",
    ] {
        let err = open_with(bad, script.to_str()).unwrap_err();
        assert!(err.contains("only http and https"), "{bad}: {err}");
    }
    std::thread::sleep(Duration::from_millis(200));
    assert!(!out.exists(), "the script never ran");
}

#[test]
fn a_missing_browser_is_reported() {
    let err = open_with("https://example.org/", Some("/nonexistent/browser")).unwrap_err();
    assert!(err.contains("cannot run /nonexistent/browser"), "{err}");
}
