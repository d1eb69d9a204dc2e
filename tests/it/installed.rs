//! khabar as an installed program (issue 18 item 1): the built binary, copied out of the
//! build folder, runs from an empty folder with a fresh HOME while the checkout is out of
//! its reach: an empty tmpfs is mounted over it in a private user and mount namespace
//! (`unshare -rm`, which needs no root). The bundled articles must come from the binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::pty::{Session, find, shows};

/// The binary copied into `dir`, and an empty folder to run it from.
fn installed(dir: &Path) -> (PathBuf, PathBuf) {
    let bin = dir.join("bin/khabar");
    std::fs::create_dir_all(dir.join("bin")).unwrap();
    std::fs::copy(env!("CARGO_BIN_EXE_khabar"), &bin).expect("copy the binary");
    let empty = dir.join("elsewhere");
    std::fs::create_dir_all(dir.join("home")).unwrap();
    std::fs::create_dir_all(&empty).unwrap();
    (bin, empty)
}

/// A shell script that hides the checkout, then runs `cmd` from the empty folder with a
/// fresh HOME (and no XDG folders of the tester).
fn hidden_checkout_script(dir: &Path, cmd: &str) -> String {
    format!(
        "mount -t tmpfs none '{checkout}' || exit 99; \
         test -e '{checkout}/assets' && exit 98; \
         cd '{empty}' && HOME='{home}' XDG_CONFIG_HOME= XDG_DATA_HOME= XDG_CACHE_HOME= {cmd}",
        checkout = env!("CARGO_MANIFEST_DIR"),
        empty = dir.join("elsewhere").display(),
        home = dir.join("home").display(),
    )
}

fn unshare(script: &str) -> Output {
    let probe = Command::new("unshare").args(["-rm", "true"]).output();
    assert!(
        probe.as_ref().is_ok_and(|o| o.status.success()),
        "this test needs `unshare -rm` (util-linux, unprivileged user namespaces: \
         sysctl kernel.unprivileged_userns_clone=1, and on Ubuntu \
         kernel.apparmor_restrict_unprivileged_userns=0): {probe:?}"
    );
    Command::new("unshare")
        .args(["-rm", "sh", "-c", script])
        .output()
        .expect("runs unshare")
}

#[test]
fn the_copied_binary_dumps_the_bundled_seed_with_the_checkout_hidden() {
    let dir = tempfile::tempdir().unwrap();
    let (bin, _) = installed(dir.path());
    let cmd = format!(
        "'{}' dump --shape off --bidi off bundled:000_2a3d9ced42edd8a0.txt",
        bin.display()
    );
    let o = unshare(&hidden_checkout_script(dir.path(), &cmd));
    let (out, err) = (
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr),
    );
    assert!(o.status.success(), "{:?}\n{err}", o.status);
    assert!(
        out.trim_start().starts_with("التعاون بين روسيا والصين"),
        "the seed's headline: {out}"
    );
    // Its "read also" link resolves to another bundled article.
    assert!(
        out.contains("→ bundled:001_russia_china_dollar.txt"),
        "{out}"
    );
    assert!(err.is_empty(), "{err}");
}

#[test]
fn the_copied_binary_opens_the_bundled_library_with_no_arguments() {
    let dir = tempfile::tempdir().unwrap();
    let (bin, _) = installed(dir.path());
    let reader = format!("'{}' --shape off; echo \"exit=$?\"", bin.display());
    let script = "unshare -rm sh -c \"$SCRIPT\"; echo \"unshare=$?\"";
    let inner = hidden_checkout_script(dir.path(), &reader);
    let mut s = Session::spawn_shell(script, 30, 100, &[("SCRIPT", &inner)]);
    // No store: the first-run note first, the 7 bundled articles after it.
    s.wait_for("the first-run note, 1 of 8", |sc| {
        find(sc, "No subscriptions yet").is_some() && find(sc, " 1/8").is_some()
    });
    // The last of them is the seed (undated, so last).
    s.send(b"JJJJJJJ");
    s.wait_for("the seed, 8 of 8", shows(" 8/8"));
    s.send(b"q");
    s.wait_for("the reader's exit", shows("exit=0"));
}
