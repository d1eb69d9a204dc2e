//! The command line as a daily program (issue 18 items 2, 3, 9): options before or after the
//! subcommand, one config for every subcommand, a bad `--config` is a usage error (2), a
//! file that cannot be opened is said before the screen is taken, `--help` shows an example
//! of every subcommand, completions and a man page, and `dump --search` over several files.

use std::path::Path;
use std::process::{Command, Output};

use crate::common::pty::{Session, shows};

/// khabar with its config and data folders in `home` (the tester's own stay out).
fn khabar_in(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(args)
        .env("XDG_CONFIG_HOME", home)
        .env("XDG_DATA_HOME", home)
        .output()
        .expect("runs khabar")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn asset(name: &str) -> String {
    crate::common::asset(name).display().to_string()
}

#[test]
fn render_options_work_before_or_after_the_subcommand() {
    let home = tempfile::tempdir().unwrap();
    let seed = asset(crate::common::SEED);
    for opt in ["--bidi", "--shape"] {
        let after = khabar_in(home.path(), &["dump", opt, "off", &seed]);
        let before = khabar_in(home.path(), &[opt, "off", "dump", &seed]);
        let default = khabar_in(home.path(), &["dump", &seed]);
        assert!(before.status.success(), "{}", text(&before.stderr));
        assert_ne!(after.stdout, default.stdout, "{opt} off changes the dump");
        assert_eq!(before.stdout, after.stdout, "{opt} off before `dump`");
        let line = "سلام world\n";
        let layout = |args: &[&str]| {
            let mut c = Command::new(env!("CARGO_BIN_EXE_khabar"));
            c.args(args).env("XDG_CONFIG_HOME", home.path());
            let file = home.path().join("in.txt");
            std::fs::write(&file, line).unwrap();
            c.arg(&file).output().unwrap().stdout
        };
        assert_eq!(
            layout(&[opt, "off", "layout"]),
            layout(&["layout", opt, "off"])
        );
    }
}

#[test]
fn dump_and_layout_read_the_config() {
    let home = tempfile::tempdir().unwrap();
    let seed = asset(crate::common::SEED);
    let cfg = home.path().join("khabar/config.toml");
    std::fs::create_dir_all(cfg.parent().unwrap()).unwrap();
    std::fs::write(&cfg, "bidi = \"off\"\nshape = \"off\"\n").unwrap();
    let configured = khabar_in(home.path(), &["dump", &seed]);
    std::fs::remove_file(&cfg).unwrap();
    let asked = khabar_in(
        home.path(),
        &["dump", "--bidi", "off", "--shape", "off", &seed],
    );
    let default = khabar_in(home.path(), &["dump", &seed]);
    assert_eq!(
        configured.stdout, asked.stdout,
        "the config's bidi and shape"
    );
    assert_ne!(configured.stdout, default.stdout);
    // `--config` before or after the subcommand; the command line wins over the file.
    std::fs::write(home.path().join("c.toml"), "bidi = \"off\"\n").unwrap();
    let c = home.path().join("c.toml").display().to_string();
    let o = khabar_in(home.path(), &["layout", "--config", &c, "--bidi", "on"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
}

#[test]
fn a_bad_or_missing_config_names_the_file_and_exits_2() {
    let home = tempfile::tempdir().unwrap();
    let missing = home.path().join("nowhere.toml").display().to_string();
    let bad = home.path().join("bad.toml");
    std::fs::write(&bad, "[theme]\nquote = \"blurple\"\n").unwrap();
    let bad = bad.display().to_string();
    let seed = asset(crate::common::SEED);
    for (file, problem) in [
        (&missing, "no such file or folder"),
        (&bad, ":2: theme.quote"),
    ] {
        for args in [
            vec!["--config", file, "dump", &seed],
            vec!["dump", &seed, "--config", file],
            vec!["layout", "--config", file],
            vec!["feeds", "--config", file],
            vec!["--config", file],
        ] {
            let o = khabar_in(home.path(), &args);
            let err = text(&o.stderr);
            assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
            assert!(
                err.contains(file.as_str()) && err.contains(problem),
                "{err}"
            );
            assert_eq!(err.lines().count(), 1, "{err}");
            assert!(o.stdout.is_empty(), "{args:?}");
        }
    }
}

#[test]
fn a_mistyped_name_in_a_folder_of_articles_is_an_error_before_the_screen() {
    let home = tempfile::tempdir().unwrap();
    let typo = crate::common::asset("000_typo.txt").display().to_string();
    for args in [vec![typo.as_str()], vec!["dump", &typo]] {
        let o = khabar_in(home.path(), &args);
        let err = text(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {err}");
        assert_eq!(
            err,
            format!("khabar: {typo}: no such file or folder\n"),
            "the one problem, and not the folder opened instead"
        );
        assert!(o.stdout.is_empty());
    }
    // A bad file beside a good one in the same folder is said, though it was first met
    // (and skipped quietly) as the good one's neighbour.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "عنوان\n\nنص\n").unwrap();
    std::fs::write(dir.path().join("bin.txt"), b"\0\x01binary\0").unwrap();
    let (a, bin) = (dir.path().join("a.txt"), dir.path().join("bin.txt"));
    let o = khabar_in(
        home.path(),
        &["dump", a.to_str().unwrap(), bin.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("bin.txt: binary data"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn a_bad_file_among_good_ones_is_shown_in_the_reader_and_the_exit_is_1() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        crate::common::asset(crate::common::SEED),
        dir.path().join("good.txt"),
    )
    .unwrap();
    std::fs::write(dir.path().join("bin.txt"), b"\0\x01\x02binary\0\0").unwrap();
    let script = format!(
        "cd '{}' && \"$KHABAR\" --shape off good.txt missing.txt bin.txt 2>/dev/null; echo \"exit=$?\"",
        dir.path().display()
    );
    let mut s = Session::spawn_shell(&script, 30, 100, &[]);
    s.wait_for(
        "the problem in the status line",
        shows("missing.txt: no such file or folder (and 1 more"),
    );
    s.send(b"q");
    s.wait_for("the exit status", shows("exit=1"));
}

#[test]
fn help_shows_an_example_of_every_subcommand_and_the_exit_codes() {
    let home = tempfile::tempdir().unwrap();
    let help = text(&khabar_in(home.path(), &["--help"]).stdout);
    let commands: Vec<&str> = help
        .split("Commands:")
        .nth(1)
        .expect("a Commands section")
        .lines()
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .collect();
    assert!(commands.len() >= 9, "{commands:?}");
    let examples = help.split("Examples:").nth(1).expect("an Examples section");
    for c in commands {
        assert!(
            examples.contains(&format!("  khabar {c} ")),
            "no example of {c}: {help}"
        );
    }
    assert!(help.contains("Exit status: 0"), "{help}");
    let v = khabar_in(home.path(), &["--version"]);
    assert_eq!(
        text(&v.stdout),
        format!("khabar {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn completions_and_man_page_come_from_the_command_line() {
    let home = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish"] {
        let o = khabar_in(home.path(), &["completions", shell]);
        assert!(o.status.success(), "{}", text(&o.stderr));
        let script = text(&o.stdout);
        assert!(
            script.contains("dump") && script.contains("bidi"),
            "{shell}"
        );
    }
    let man = khabar_in(home.path(), &["man"]);
    let page = text(&man.stdout);
    assert!(page.contains(".TH khabar 1"), "{page}");
    assert!(
        page.contains("dump") && page.contains("Examples:"),
        "{page}"
    );
    let o = khabar_in(home.path(), &["completions", "tcsh"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn search_over_several_files_names_each_with_its_count() {
    let home = tempfile::tempdir().unwrap();
    let seed = asset(crate::common::SEED);
    let web = asset("005_arabic_web_content.txt");
    let fair = asset("002_tehran_book_fair.txt");
    let o = khabar_in(
        home.path(),
        &["dump", "--search", "الصين", &seed, &web, &fair],
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    let counts: Vec<&str> = out
        .lines()
        .filter(|l| l.ends_with(" match") || l.ends_with(" matches"))
        .collect();
    assert_eq!(
        counts,
        [
            format!("{seed}: 17 matches"),
            format!("{web}: 1 match"),
            format!("{fair}: 0 matches"),
        ]
    );
    // One article: the count alone, "1 match".
    let o = khabar_in(home.path(), &["dump", "--search", "الصين", &web]);
    assert_eq!(text(&o.stdout).lines().next(), Some("1 match"));
}
