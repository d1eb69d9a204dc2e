//! Opening a web address outside the reader: `$BROWSER` if set, else the platform's opener
//! (through the `open` crate's command list). The address is checked by
//! [`safe_url`] before anything runs (http and https only), it is passed
//! as one argument, never through a shell, and the browser's standard streams are null so
//! nothing it prints lands on the reader's screen. Nobody waits for it: a thread reaps it.
//!
//! `$BROWSER` follows the usual convention: a list of commands separated by `:`, each tried in
//! turn; a command may carry arguments (split on whitespace), and `%s` in them stands for the
//! address (else the address is appended).

use std::process::{Command, Stdio};

use crate::fetch::safe_url;

/// The commands to try for `url`, in order: from `browser` (the value of `$BROWSER`) when it is
/// set and not blank, else the platform's openers. Fails when the address is not safe to open.
pub fn commands(url: &str, browser: Option<&str>) -> Result<Vec<Command>, String> {
    let url = safe_url(url)?;
    match browser.filter(|b| !b.trim().is_empty()) {
        Some(list) => Ok(list
            .split(':')
            .filter_map(|entry| browser_command(entry, &url))
            .collect()),
        None => Ok(open::commands(&url)),
    }
}

/// One `$BROWSER` entry as a command: program and arguments split on whitespace, `%s`
/// replaced by the address, or the address appended when no argument holds `%s`.
fn browser_command(entry: &str, url: &str) -> Option<Command> {
    let mut words = entry.split_whitespace();
    let program = words.next()?;
    let mut args: Vec<String> = words.map(str::to_string).collect();
    if args.iter().any(|a| a.contains("%s")) {
        for a in &mut args {
            *a = a.replace("%s", url);
        }
    } else {
        args.push(url.to_string());
    }
    let mut cmd = Command::new(program);
    cmd.args(args);
    Some(cmd)
}

/// Opens `url` with the first command of [`commands`] that starts (`$BROWSER` read from the
/// environment). Returns the program's name for the status line, or why nothing was opened.
pub fn open(url: &str) -> Result<String, String> {
    open_with(url, std::env::var("BROWSER").ok().as_deref())
}

/// [`open`] with `browser` standing for `$BROWSER`.
pub fn open_with(url: &str, browser: Option<&str>) -> Result<String, String> {
    let commands = commands(url, browser)?;
    let mut last_error = String::from("no browser found (set $BROWSER)");
    for mut cmd in commands {
        let name = cmd.get_program().to_string_lossy().into_owned();
        cmd.stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        match cmd.spawn() {
            Ok(mut child) => {
                // Reaped off the event loop: a browser may run for hours.
                let _ = std::thread::Builder::new()
                    .name("khabar-browser".into())
                    .spawn(move || child.wait());
                return Ok(name);
            }
            Err(e) => last_error = format!("cannot run {name}: {e}"),
        }
    }
    Err(last_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(cmd: &Command) -> Vec<String> {
        std::iter::once(cmd.get_program())
            .chain(cmd.get_args())
            .map(|s| s.to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn browser_variable_with_arguments() {
        let url = "https://example.com/a?b=1&c=2";
        let cmds = commands(url, Some("firefox --new-tab")).unwrap();
        assert_eq!(argv(&cmds[0]), ["firefox", "--new-tab", url]);
        let cmds = commands(url, Some("lynx -dump %s -nolist:w3m")).unwrap();
        assert_eq!(argv(&cmds[0]), ["lynx", "-dump", url, "-nolist"]);
        assert_eq!(argv(&cmds[1]), ["w3m", url]);
        // A `;` or `$(...)` in the address stays inside one argument: no shell runs.
        let odd = "https://example.com/;rm$(x)";
        let cmds = commands(odd, Some("echo")).unwrap();
        assert_eq!(argv(&cmds[0]).len(), 2);
        assert!(argv(&cmds[0])[1].starts_with("https://example.com/;rm"));
    }

    #[test]
    fn unsafe_addresses_run_nothing() {
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "data:text/html,x",
            "-flag",
        ] {
            assert!(commands(bad, Some("echo")).is_err(), "{bad}");
        }
    }
}
