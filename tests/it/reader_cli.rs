//! The reader's command line without a terminal: a bad config stops khabar before it touches
//! the terminal, with one line naming the file, the line and the key; `config --print` prints a
//! config file that reads back.

use std::process::{Command, Output};

fn khabar(args: &[&str], config_home: &std::path::Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(args)
        .env("XDG_CONFIG_HOME", config_home)
        .env("XDG_DATA_HOME", config_home)
        .output()
        .expect("runs khabar")
}

#[test]
fn bad_config_fails_before_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("bad.toml");
    std::fs::write(&cfg, "bidi = \"on\"\n[theme]\nquote = \"blurple\"\n").unwrap();
    let o = khabar(&["--config", cfg.to_str().unwrap()], dir.path());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success());
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains(&format!("{}:3: theme.quote", cfg.display())),
        "{err}"
    );
    assert!(o.stdout.is_empty(), "nothing written to the terminal");

    // The default location is read too.
    let home = dir.path().join("khabar");
    std::fs::create_dir_all(&home).unwrap();
    std::fs::write(home.join("config.toml"), "[keys]\nfly = \"x\"\n").unwrap();
    let o = khabar(&[], dir.path());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success());
    assert!(
        err.contains("config.toml:2: keys.fly: unknown action"),
        "{err}"
    );
    assert!(o.stdout.is_empty());
}

#[test]
fn config_print_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("c.toml");
    std::fs::write(
        &cfg,
        "shape = \"off\"\n[theme]\nquote = \"#ff8000\"\n[keys]\ntop = \"t\"\n",
    )
    .unwrap();
    let o = khabar(
        &["config", "--print", "--config", cfg.to_str().unwrap()],
        dir.path(),
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let printed = String::from_utf8(o.stdout).unwrap();
    assert!(printed.contains("shape = \"off\""));
    assert!(printed.contains("quote = \"#ff8000\""));
    assert!(printed.contains("top = [\"t\"]"));
    let again = dir.path().join("again.toml");
    std::fs::write(&again, &printed).unwrap();
    let o = khabar(
        &["config", "--print", "--config", again.to_str().unwrap()],
        dir.path(),
    );
    assert_eq!(String::from_utf8(o.stdout).unwrap(), printed);
    // Without --print: where the file is looked for.
    let o = khabar(&["config"], dir.path());
    let path = String::from_utf8(o.stdout).unwrap();
    assert!(path.trim_end().ends_with("khabar/config.toml"), "{path}");
}
