//! The command line's own text in the reader's language (issue 16): the derive in `cli.rs`
//! stays the parser and the English text (the man page and completions are generated from
//! it, in English); before parsing, the built [`Command`] gets its `about`, `long_about`,
//! examples (`after_help`) and every argument's help from the catalogues
//! (`i18n/*/cli.ftl`), keyed by subcommand and argument id ([`about_key`], [`arg_key`]):
//! one table, checked by the tests for every argument of every subcommand in every language.
//!
//! In English the catalogue says what the derive says (a test holds it), so the help is
//! byte-identical to clap's. In any other language clap's own English words are replaced
//! too: the headings (a help template per command, [`template`]) and the `[default: …]` and
//! `[possible values: …]` notes (hidden, and said by the catalogue after the help).

use clap::{Arg, Command};
use khabar::i18n::{Arg as A, Lang, Messages};

/// The message id of a command's `about`: `cli-about` for khabar itself, `cli-cmd-NAME`
/// for a subcommand.
pub fn about_key(sub: Option<&str>) -> String {
    match sub {
        None => "cli-about".to_string(),
        Some(s) => format!("cli-cmd-{s}"),
    }
}

/// The message id of an argument's help: `cli-arg-ID` for khabar's own and global
/// arguments, `cli-arg-SUB-ID` for a subcommand's, `cli-flag-*` for clap's `--help` and
/// `--version`. Ids are written with `-` (`no_pad` → `no-pad`).
pub fn arg_key(sub: Option<&str>, arg: &Arg) -> String {
    let id = arg
        .get_id()
        .as_str()
        .trim_end_matches('_')
        .replace('_', "-");
    match (id.as_str(), sub) {
        ("help", _) if arg.get_long_help().is_some() => "cli-flag-help-more".to_string(),
        ("help", _) => "cli-flag-help".to_string(),
        ("version", _) => "cli-flag-version".to_string(),
        (_, Some(s)) if !arg.is_global_set() => format!("cli-arg-{s}-{id}"),
        _ => format!("cli-arg-{id}"),
    }
}

/// The message id of an argument's long help (`--help`), when it has one apart.
pub fn long_key(key: &str) -> String {
    match key {
        "cli-flag-help-more" => "cli-flag-help-summary".to_string(),
        k => format!("{k}-long"),
    }
}

/// `cmd` (the derive's [`Command`]) built, with its text in `msgs`' language.
pub fn localised(mut cmd: Command, msgs: &Messages) -> Command {
    cmd.build();
    let english = msgs.lang() == Lang::En;
    let cmd = command(cmd, None, msgs, english);
    cmd.mut_subcommands(|c| {
        let name = c.get_name().to_string();
        command(c, Some(&name), msgs, english)
    })
}

/// One command's own text and its arguments' (its subcommands are left as they are).
fn command(cmd: Command, sub: Option<&str>, msgs: &Messages, english: bool) -> Command {
    let mut cmd = cmd.about(msgs.text(&about_key(sub)));
    if cmd.get_long_about().is_some() {
        cmd = cmd.long_about(msgs.text("cli-long-about"));
    }
    if cmd.get_after_help().is_some() {
        cmd = cmd.after_help(msgs.text("cli-examples"));
    }
    if cmd.get_after_long_help().is_some() {
        cmd = cmd.after_long_help(msgs.text("cli-examples"));
    }
    let cmd = cmd.mut_args(|a| argument(a, sub, msgs, english));
    if english {
        return cmd;
    }
    let template = template(&cmd, msgs);
    cmd.help_template(template)
}

/// One argument's help (and long help) from the catalogue; outside English its default
/// and possible values said by the catalogue too.
fn argument(arg: Arg, sub: Option<&str>, msgs: &Messages, english: bool) -> Arg {
    let key = arg_key(sub, &arg);
    let notes = if english {
        String::new()
    } else {
        notes(&arg, &key, msgs)
    };
    let long = arg.get_long_help().is_some();
    let mut arg = arg.help(format!("{}{notes}", msgs.text(&key)));
    if long {
        arg = arg.long_help(format!("{}{notes}", msgs.text(&long_key(&key))));
    }
    if english {
        arg
    } else {
        arg.hide_default_value(true).hide_possible_values(true)
    }
}

/// ` [default: 80]` and ` [possible values: on, off]` in the catalogue's words (empty when
/// the argument has neither); a value with a help of its own is followed by it.
fn notes(arg: &Arg, key: &str, msgs: &Messages) -> String {
    let mut notes = String::new();
    let takes = arg.get_action().takes_values();
    let values: Vec<String> = (arg.get_possible_values().iter())
        .filter(|v| !v.is_hide_set())
        .map(|v| match v.get_help() {
            Some(_) => msgs.get(
                "cli-value-with-help",
                &[
                    ("value", A::Text(v.get_name())),
                    (
                        "help",
                        A::Said(&msgs.text(&format!("{key}-{}", v.get_name()))),
                    ),
                ],
            ),
            None => v.get_name().to_string(),
        })
        .collect();
    let defaults: Vec<&str> = (arg.get_default_values().iter())
        .filter_map(|v| v.to_str())
        .collect();
    if takes && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        let value = defaults.join(" ");
        notes += &format!(
            " {}",
            msgs.get("cli-default", &[("value", A::Text(&value))])
        );
    }
    if takes && !values.is_empty() && !arg.is_hide_possible_values_set() {
        let list = values.join(&msgs.text("list-separator"));
        notes += &format!(
            " {}",
            msgs.get("cli-possible", &[("values", A::Said(&list))])
        );
    }
    notes
}

/// clap's help layout with the headings in the catalogue's words: only the sections the
/// command has, as clap's default template writes them.
pub fn template(cmd: &Command, msgs: &Messages) -> String {
    let visible = |a: &&Arg| !a.is_hide_set();
    let mut sections = Vec::new();
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        sections.push(format!(
            "{}\n{{subcommands}}",
            msgs.text("cli-heading-commands")
        ));
    }
    if cmd.get_positionals().filter(visible).count() > 0 {
        sections.push(format!(
            "{}\n{{positionals}}",
            msgs.text("cli-heading-arguments")
        ));
    }
    if cmd
        .get_arguments()
        .filter(|a| !a.is_positional())
        .filter(visible)
        .count()
        > 0
    {
        sections.push(format!("{}\n{{options}}", msgs.text("cli-heading-options")));
    }
    format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{}{{after-help}}",
        msgs.text("cli-heading-usage"),
        sections.join("\n\n")
    )
}
