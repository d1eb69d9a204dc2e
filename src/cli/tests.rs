//! The command line's catalogue (`i18n/*/cli.ftl`) against the derive of `cli.rs`.

use std::collections::BTreeSet;

use clap::CommandFactory;
use khabar::i18n::{CLI_CATALOGUES, Lang, Messages};

use super::Cli;
use super::lang::{about_key, arg_key, localised, long_key};

/// Every message id the help needs, with the derive's English text: each command's
/// `about`, each argument's help (and long help), each value's help.
fn needed() -> Vec<(String, String)> {
    let mut cmd = Cli::command();
    cmd.build();
    let text =
        |s: Option<&clap::builder::StyledStr>| s.map(ToString::to_string).unwrap_or_default();
    let mut out = vec![
        ("cli-long-about".to_string(), text(cmd.get_long_about())),
        ("cli-examples".to_string(), text(cmd.get_after_help())),
    ];
    let mut one = |c: &clap::Command, sub: Option<&str>| {
        out.push((about_key(sub), text(c.get_about())));
        for a in c.get_arguments() {
            let key = arg_key(sub, a);
            out.push((key.clone(), text(a.get_help())));
            if let Some(long) = a.get_long_help() {
                out.push((long_key(&key), long.to_string()));
            }
            for v in a.get_possible_values() {
                if let Some(h) = v.get_help() {
                    out.push((format!("{key}-{}", v.get_name()), h.to_string()));
                }
            }
        }
    };
    one(&cmd, None);
    for s in cmd.get_subcommands() {
        one(s, Some(s.get_name()));
    }
    out.sort();
    out.dedup();
    out
}

/// The ids of a catalogue (its lines `id = …`).
fn ids(source: &str) -> BTreeSet<&str> {
    (source.lines())
        .filter_map(|l| l.split_once(" ="))
        .map(|(id, _)| id)
        .filter(|id| id.starts_with("cli-") && !id.contains(' '))
        .collect()
}

#[test]
fn the_english_catalogue_says_what_the_derive_says() {
    let en = Messages::new(Lang::En);
    for (id, derive) in needed() {
        assert_eq!(en.text(&id), derive, "i18n/en/cli.ftl: {id}");
    }
}

#[test]
fn every_argument_and_subcommand_has_a_message_in_every_language() {
    let english = ids(CLI_CATALOGUES[0].1);
    let needed: Vec<String> = needed().into_iter().map(|(id, _)| id).collect();
    assert!(needed.len() > 60, "{needed:?}");
    for (lang, source) in CLI_CATALOGUES {
        if let Err((_, errors)) = fluent_bundle::FluentResource::try_new((*source).to_string()) {
            panic!("{lang:?} cli.ftl: {errors:?}");
        }
        let own = ids(source);
        let missing: Vec<_> = (needed.iter().map(String::as_str))
            .chain(english.iter().copied())
            .filter(|id| !own.contains(id))
            .collect();
        assert!(missing.is_empty(), "{lang:?} cli.ftl lacks {missing:?}");
        let extra: Vec<_> = own.difference(&english).collect();
        assert!(
            extra.is_empty(),
            "{lang:?} cli.ftl has ids English lacks: {extra:?}"
        );
    }
}

#[test]
fn english_help_is_clap_s_own() {
    let msgs = Messages::new(Lang::En);
    let mut ours = localised(Cli::command(), &msgs);
    let mut theirs = Cli::command();
    theirs.build();
    assert_eq!(
        ours.render_long_help().to_string(),
        theirs.render_long_help().to_string()
    );
    assert_eq!(
        ours.render_help().to_string(),
        theirs.render_help().to_string()
    );
    let names: Vec<String> = theirs
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let find = |c: &mut clap::Command| {
            c.find_subcommand_mut(&name)
                .map(|s| s.render_long_help().to_string())
        };
        assert_eq!(find(&mut ours), find(&mut theirs), "{name}");
    }
}
