//! A closed stdout (`khabar dump FILE | head -1`) ends every subcommand quietly: exit 0 (or
//! death by SIGPIPE), nothing on stderr (issue 18 item 6). The pipe's reading end is closed
//! before khabar starts, so every write fails: no timing involved.

use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};

fn into_closed_pipe(args: &[&str], home: &std::path::Path) -> (std::process::ExitStatus, String) {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let o = Command::new(env!("CARGO_BIN_EXE_khabar"))
        .args(args)
        .env("XDG_CONFIG_HOME", home)
        .env("XDG_DATA_HOME", home)
        .stdin(Stdio::null())
        .stdout(writer)
        .output()
        .expect("runs khabar");
    (o.status, String::from_utf8_lossy(&o.stderr).into_owned())
}

#[test]
fn every_subcommand_ends_quietly_on_a_closed_stdout() {
    let home = tempfile::tempdir().unwrap();
    let seed = crate::common::asset(crate::common::SEED);
    let seed = seed.to_str().unwrap();
    let folder = crate::common::asset("");
    let folder = folder.to_str().unwrap();
    let db = home.path().join("k.db");
    let db = db.to_str().unwrap();
    let opml = home.path().join("f.opml");
    std::fs::write(
        &opml,
        r#"<opml version="2.0"><body><outline type="rss" text="a" xmlUrl="http://127.0.0.1:9/f.xml"/></body></opml>"#,
    )
    .unwrap();
    let opml = opml.to_str().unwrap();
    let cases: Vec<Vec<&str>> = vec![
        vec!["dump", seed],
        vec!["dump", folder],
        vec!["dump", "--json", folder],
        vec!["dump", "--search", "الصين", folder],
        vec!["layout", seed],
        vec!["config"],
        vec!["config", "--print"],
        vec!["--db", db, "import", opml],
        vec!["--db", db, "feeds"],
        vec!["--db", db, "feeds", "--where"],
        vec!["--db", db, "export"],
        vec!["completions", "bash"],
        vec!["man"],
        vec!["--help"],
        vec!["--version"],
    ];
    for args in cases {
        let (status, err) = into_closed_pipe(&args, home.path());
        let quiet = status.success() || status.signal() == Some(13);
        assert!(quiet, "{args:?}: {status:?}; {err}");
        assert!(err.is_empty(), "{args:?}: {err}");
    }
}
