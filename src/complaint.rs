//! The command line's failures in the reader's language (issue 16): the error that ends a
//! subcommand is an `anyhow` chain — the contexts khabar added (the file's or store's name)
//! over the error that caused it; when that error is one of khabar's (a loader, store or
//! fetch error) it is said through its [`Localize`] (`khabar::i18n::errors`), each context a
//! placeable before it; so is a system error (`std::io::Error`, by its kind, as the loader
//! says it), and a search pattern that cannot be used (`dump --search`). Any other error
//! keeps its own words.

use khabar::fetch::FetchError;
use khabar::i18n::Messages;
use khabar::i18n::errors::{Localize, Reason};
use khabar::loader::{LoadError, Problem};
use khabar::report;
use khabar::store::StoreError;
use khabar::text::{Base, Line, Order};

/// The reason of one error of the chain, if it is one of khabar's.
fn reason_of(e: &(dyn std::error::Error + 'static)) -> Option<Reason> {
    if let Some(x) = e.downcast_ref::<LoadError>() {
        return Some(x.reason());
    }
    if let Some(x) = e.downcast_ref::<Problem>() {
        return Some(x.reason());
    }
    if let Some(x) = e.downcast_ref::<StoreError>() {
        return Some(x.reason());
    }
    if let Some(x) = e.downcast_ref::<Reason>() {
        return Some(x.clone());
    }
    if let Some(x) = e.downcast_ref::<khabar::search::SearchError>() {
        return Some(x.reason());
    }
    if let Some(x) = e.downcast_ref::<std::io::Error>() {
        return Some(Problem::Io(khabar::loader::io_message(x)).reason());
    }
    e.downcast_ref::<FetchError>().map(Localize::reason)
}

/// What `e` says in `msgs`' language: the first of khabar's errors in the chain, the
/// contexts above it before it; `None` when the chain holds none of them.
pub fn said(msgs: &Messages, e: &anyhow::Error) -> Option<String> {
    let chain: Vec<_> = e.chain().collect();
    let (at, reason) = (chain.iter().enumerate()).find_map(|(i, c)| Some((i, reason_of(*c)?)))?;
    let reason = chain[..at].iter().rev().fold(reason, |r, context| {
        (Reason::new("reason-in-file"))
            .text("file", context.to_string())
            .inner("reason", r)
    });
    Some(msgs.say(&reason))
}

/// `khabar: …` on stderr for the error that ended the command: in the reader's language
/// when it is one of khabar's, else in its own words.
pub fn error(msgs: &Messages, e: &anyhow::Error, order: Order) {
    match said(msgs, e) {
        Some(text) => report::error_line(&line(msgs, &text), order),
        None => report::error(format_args!("{e:#}")),
    }
}

/// `khabar: …` on stderr for one of khabar's errors (a file of several that failed).
pub fn error_of(msgs: &Messages, e: &dyn Localize, order: Order) {
    report::error_line(&line(msgs, &msgs.describe(e)), order);
}

/// `khabar: warning: …` on stderr, in the reader's language: a loader's warning.
pub fn warning_of(msgs: &Messages, w: &Reason, order: Order) {
    report::warning_line(
        &msgs.text("report-warning"),
        &line(msgs, &msgs.say(w)),
        order,
    );
}

/// A said message as a line of the text policy, in the UI's direction.
fn line(msgs: &Messages, text: &str) -> Line {
    Line::new(Base::Ui(msgs.direction())).isolated(text)
}
