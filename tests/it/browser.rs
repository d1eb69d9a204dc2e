//! `o` hands a web address to the browser: `$BROWSER` (a test script here that records its
//! arguments), run without a shell and with its output kept off the screen; addresses that
//! are not http or https run nothing.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use khabar::browser::{OpenError, open_with};

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
        let err = open_with(bad, script.to_str()).unwrap_err().to_string();
        assert!(err.contains("only http and https"), "{bad}: {err}");
    }
    std::thread::sleep(Duration::from_millis(200));
    assert!(!out.exists(), "the script never ran");
}

#[test]
fn a_missing_browser_is_reported() {
    let err = open_with("https://example.org/", Some("/nonexistent/browser"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("cannot run /nonexistent/browser"), "{err}");
}

/// A script at `dir/name` that runs `body`.
fn script(dir: &Path, name: &str, body: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

#[test]
fn a_browser_that_fails_is_reported_with_its_status_and_stderr() {
    let url = "https://example.org/";
    let err = open_with(url, Some("false")).unwrap_err();
    let want = OpenError::Failed {
        program: "false".into(),
        code: Some(1),
        stderr: None,
    };
    assert_eq!(err, want);
    let dir = tempfile::tempdir().unwrap();
    let failing = script(
        dir.path(),
        "failing",
        "echo >&2; echo '  cannot open display :0  ' >&2; echo second >&2; exit 3",
    );
    let err = open_with(url, failing.to_str()).unwrap_err();
    let want = OpenError::Failed {
        program: failing.display().to_string(),
        code: Some(3),
        stderr: Some("cannot open display :0".into()),
    };
    assert_eq!(err, want);
    // The next command of the list gets its turn; the last failure is the one told.
    let list = format!("false:{}", failing.display());
    let err = open_with(url, Some(&list)).unwrap_err();
    assert!(
        matches!(err, OpenError::Failed { code: Some(3), .. }),
        "{err:?}"
    );
    assert_eq!(open_with(url, Some("false:true")), Ok("true".into()));
}

#[test]
fn a_browser_still_running_counts_as_opened() {
    let dir = tempfile::tempdir().unwrap();
    // Runs past the wait (a browser in the foreground), its stderr still open.
    let slow = script(dir.path(), "slow", "echo starting >&2; exec sleep 3");
    assert_eq!(
        open_with("https://example.org/", slow.to_str()),
        Ok(slow.display().to_string())
    );
}
