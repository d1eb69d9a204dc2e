//! What clap's refusal of a command line says, in the reader's language: the
//! [`clap::Error`]'s kind and context (the argument, the value, the valid values, a
//! suggestion, the usage) made catalogue messages (`cli-error-*`, `cli-tip-*`), each piece
//! of the user's command line a placeable (an isolated unit, its controls made visible:
//! [`Messages::line`]); the usage and the "try --help" hint follow, as clap writes them.
//! `--help` and `--version` are not errors: the help goes to stdout through
//! [`super::shown`], exit 0. A usage error exits 2.

use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use khabar::i18n::{Arg as A, Messages};
use khabar::report;
use khabar::text::{Base, Line, Order};

/// Says `e` (help, version or a usage error) and gives the exit code clap gives it.
pub fn fail(e: &clap::Error, msgs: &Messages, bidi: bool) -> ExitCode {
    let code = ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            help(&e.render().to_string(), msgs, bidi, e.use_stderr());
        }
        ErrorKind::DisplayVersion => report::out(e.render().to_string().trim_end()),
        _ => {
            let order = report::stderr_order(bidi);
            for line in lines(e, msgs) {
                report::note_line(&line, order);
            }
        }
    }
    code
}

/// The help text, row by row, on stdout (on stderr with a usage error).
fn help(text: &str, msgs: &Messages, bidi: bool, stderr: bool) {
    let order = match stderr {
        true => report::stderr_order(bidi),
        false => report::stdout_order(bidi),
    };
    let columns = match order {
        Order::Visual => crossterm::terminal::size()
            .ok()
            .map(|(w, _)| usize::from(w)),
        Order::Logical => None,
    };
    for row in super::shown::rows(text, msgs.direction(), order, columns) {
        match stderr {
            true => report::note(row),
            false => report::out(row),
        }
    }
}

/// The lines of a usage error: what is wrong (the missing arguments one a line), the valid
/// values, the tips, the usage and the hint, with blank lines between as clap has them.
pub fn lines(e: &clap::Error, msgs: &Messages) -> Vec<Line> {
    let blank = || Line::new(Base::Ui(msgs.direction()));
    let mut out = vec![what(e, msgs)];
    if let (ErrorKind::MissingRequiredArgument, Some(ContextValue::Strings(missing))) =
        (e.kind(), e.get(ContextKind::InvalidArg))
    {
        let base = Base::Ui(msgs.direction());
        out.extend(missing.iter().map(|m| Line::new(base).text("  ").unit(m)));
    }
    if let (ErrorKind::InvalidValue, Some(values)) =
        (e.kind(), list(e, ContextKind::ValidValue, msgs))
    {
        let possible = msgs.line("cli-possible", &[("values", A::Text(&values))]);
        out.push(possible.preceded_by("  "));
    }
    let tips = tips(e, msgs);
    if !tips.is_empty() {
        out.push(blank());
        out.extend(tips.into_iter().map(|t| t.preceded_by("  ")));
    }
    if let Some(usage) = context(e, ContextKind::Usage) {
        let usage = usage.trim_start_matches("Usage:").trim();
        out.push(blank());
        out.push(msgs.line("cli-error-usage", &[("usage", A::Text(usage))]));
    }
    out.push(blank());
    out.push(msgs.line("cli-error-help", &[("help", A::Text("--help"))]));
    out
}

/// The first line: what is wrong, by the error's kind ([`message_id`]), its context the
/// placeables.
fn what(e: &clap::Error, msgs: &Messages) -> Line {
    let arg = match e.kind() {
        ErrorKind::InvalidSubcommand => context(e, ContextKind::InvalidSubcommand),
        _ => context(e, ContextKind::InvalidArg),
    };
    let (arg, prior) = (
        arg.unwrap_or_default(),
        list(e, ContextKind::PriorArg, msgs),
    );
    let repeated = prior.is_none() || prior.as_deref() == Some(&arg);
    let (mut low, mut high) = (String::new(), String::new());
    let id = match (e.kind(), invalid_number(e)) {
        (ErrorKind::ValueValidation, Some(Number::Range(l, h))) => {
            (low, high) = (l, h);
            "cli-error-out-of-range"
        }
        (ErrorKind::ValueValidation, Some(Number::NotOne)) => "cli-error-not-a-number",
        (kind, _) => message_id(kind, repeated),
    };
    let reason = match id {
        "cli-error-other" => clap_words(e),
        _ => std::error::Error::source(e).map_or_else(String::new, |s| s.to_string()),
    };
    let value = context(e, ContextKind::InvalidValue).unwrap_or_default();
    let prior = prior.unwrap_or_default();
    let args = [
        ("arg", A::Text(&arg)),
        ("value", A::Text(&value)),
        ("prior", A::Text(&prior)),
        ("reason", A::Text(&reason)),
        ("low", A::Text(&low)),
        ("high", A::Text(&high)),
    ];
    msgs.line(id, &args)
}

/// The message of an error's kind; `repeated`: a conflict of an argument with itself.
fn message_id(kind: ErrorKind, repeated: bool) -> &'static str {
    match kind {
        ErrorKind::UnknownArgument => "cli-error-unknown-argument",
        ErrorKind::InvalidSubcommand => "cli-error-unknown-subcommand",
        ErrorKind::InvalidValue => "cli-error-invalid-value",
        ErrorKind::ValueValidation => "cli-error-invalid-value-why",
        ErrorKind::MissingRequiredArgument => "cli-error-missing",
        ErrorKind::MissingSubcommand => "cli-error-missing-subcommand",
        ErrorKind::ArgumentConflict if repeated => "cli-error-repeated",
        ErrorKind::ArgumentConflict => "cli-error-conflict",
        ErrorKind::TooManyValues => "cli-error-too-many",
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => "cli-error-values-count",
        ErrorKind::NoEquals => "cli-error-no-equals",
        ErrorKind::InvalidUtf8 => "cli-error-utf8",
        _ => "cli-error-other",
    }
}

/// Why a number was refused, when clap's value parser says it.
enum Number {
    /// Not a whole number (std's `ParseIntError`).
    NotOne,
    /// Outside `low..=high` (clap's ranged parser: `0 is not in 1..=1000`).
    Range(String, String),
}

/// The number problem behind a `ValueValidation` error, if that is what it is; any other
/// reason keeps clap's words.
fn invalid_number(e: &clap::Error) -> Option<Number> {
    let source = std::error::Error::source(e)?;
    if source.downcast_ref::<std::num::ParseIntError>().is_some() {
        return Some(Number::NotOne);
    }
    let text = source.to_string();
    let (_, range) = text.split_once(" is not in ")?;
    let (low, high) = range.split_once("..=")?;
    let number = |s: &str| {
        !s.is_empty()
            && s.trim_start_matches('-')
                .bytes()
                .all(|b| b.is_ascii_digit())
    };
    (number(low) && number(high)).then(|| Number::Range(low.to_string(), high.to_string()))
}

/// clap's own words for an error khabar has no message for: its first line, without its
/// `error: `.
fn clap_words(e: &clap::Error) -> String {
    let text = e.render().to_string();
    let first = text.lines().next().unwrap_or("");
    first.trim_start_matches("error:").trim().to_string()
}

/// The tips: a similar subcommand, argument or value, or how to pass a value that looks
/// like an option.
fn tips(e: &clap::Error, msgs: &Messages) -> Vec<Line> {
    let kinds = [
        (ContextKind::SuggestedSubcommand, "cli-tip-subcommand"),
        (ContextKind::SuggestedArg, "cli-tip-argument"),
        (ContextKind::SuggestedValue, "cli-tip-value"),
    ];
    let mut tips: Vec<Line> = (kinds.iter())
        .filter_map(|(kind, id)| Some(msgs.line(id, &[("arg", A::Text(&list(e, *kind, msgs)?))])))
        .collect();
    let arg = context(e, ContextKind::InvalidArg).unwrap_or_default();
    if tips.is_empty() && e.kind() == ErrorKind::UnknownArgument && arg.starts_with('-') {
        let escaped = format!("-- {arg}");
        let args = [("arg", A::Text(&arg)), ("escaped", A::Text(&escaped))];
        tips.push(msgs.line("cli-tip-dash", &args));
    }
    tips
}

/// A context value as text (a list joined as clap joins it).
fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        ContextValue::None | ContextValue::Bool(_) => None,
        _ => None,
    }
}

/// A list of the context in the catalogue's separator (`, `, `، `).
fn list(e: &clap::Error, kind: ContextKind, msgs: &Messages) -> Option<String> {
    let sep = msgs.text("list-separator");
    match e.get(kind)? {
        ContextValue::Strings(v) if !v.is_empty() => Some(v.join(&sep)),
        ContextValue::Strings(_) => None,
        _ => context(e, kind),
    }
}
