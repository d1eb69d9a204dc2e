//! The subscription commands: `add`, `remove`, `feeds`, `update`, `import`, `export`.
//! Everything is printed through [`khabar::report`] (no control character from a feed, a
//! file or an argument reaches the terminal); progress and problems go to stderr, results to
//! stdout. A result is a message of the reader's language (`cli-*`, `update-*` in
//! `i18n/*/khabar.ftl`) made a [`Line`] of the text policy in that language's direction:
//! names, addresses and counts are isolated units, written in visual order when stdout is a
//! terminal and bidi is on, in logical order otherwise ([`Order`]).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use khabar::i18n::errors::Reason;
use khabar::i18n::{Arg, Messages};
use khabar::loader::Problem;
use khabar::report;
use khabar::store::{self, Feed, Store, StoreError};
use khabar::subscribe::progress::{Progress, result_line};
use khabar::subscribe::update::{self, Outcome, Totals};
use khabar::subscribe::{FEED_LIMITS, opml, printable};
use khabar::text::{Base, Line, Order};
use unicode_width::UnicodeWidthStr;

use crate::cli::{AddArgs, ExportArgs, FeedsArgs, ImportArgs, RemoveArgs, UpdateArgs};

/// The database file: `--db`, else the platform's data folder.
pub fn db_path(db: Option<&Path>) -> anyhow::Result<PathBuf> {
    db.map(Path::to_path_buf)
        .or_else(store::default_path)
        .ok_or_else(|| {
            anyhow::Error::new(Reason::new("reason-no-data-folder").text("option", "--db PATH"))
        })
}

fn open(db: Option<&Path>) -> anyhow::Result<Store> {
    let path = db_path(db)?;
    Store::open(&path).with_context(|| shown(&path))
}

/// A file's name as messages show it (through the text policy).
pub fn shown(path: &Path) -> String {
    printable(&path.display().to_string()).into_owned()
}

/// A file that could not be read or written: the system's failure said by its kind
/// (`loader::io_reason`, through `complaint.rs`), the file's name before it.
pub fn io_error(file: &Path, e: &std::io::Error) -> anyhow::Error {
    anyhow::Error::new(Problem::Io(khabar::loader::io_message(e))).context(shown(file))
}

/// How results are written: the order, whether Arabic is shaped, and the language.
#[derive(Clone, Debug)]
pub struct Out {
    pub order: Order,
    /// Bidi on: what is written to a terminal is in visual order.
    pub bidi: bool,
    pub shape: bool,
    pub msgs: Messages,
}

impl Out {
    /// Message `id` as a line of the UI's direction ([`Messages::line`]), shaped or not.
    fn line(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Line {
        self.msgs.line(id, args).shaped(self.shape)
    }

    /// An empty line of the UI's direction (HL1), to build from units.
    fn ui_line(&self) -> Line {
        Line::new(Base::Ui(self.msgs.direction())).shaped(self.shape)
    }
}

pub fn add(args: &AddArgs, db: Option<&Path>, out: Out) -> anyhow::Result<ExitCode> {
    let url = khabar::links::safe_url(args.url.trim()).map_err(|why| {
        anyhow::Error::new(khabar::fetch::FetchError::Refused(why)).context(args.url.clone())
    })?;
    let mut store = open(db)?;
    let name = args
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty());
    let Some(id) = told(&out, store.add_feed(&url, name))? else {
        return Ok(ExitCode::FAILURE);
    };
    let line = out.line(
        "cli-subscribed",
        &[
            ("name", Arg::Text(name.unwrap_or(&url))),
            ("id", Arg::Num(usize::try_from(id).unwrap_or_default())),
        ],
    );
    report::out_line(&line, out.order);
    Ok(ExitCode::SUCCESS)
}

pub fn remove(args: &RemoveArgs, db: Option<&Path>, out: Out) -> anyhow::Result<ExitCode> {
    let mut store = open(db)?;
    let Some(feed) = told(&out, store.remove_feed(&args.feed))? else {
        return Ok(ExitCode::FAILURE);
    };
    let line = out.line(
        "cli-unsubscribed",
        &[
            ("name", Arg::Text(feed.label())),
            ("url", Arg::Text(&feed.url)),
        ],
    );
    report::out_line(&line, out.order);
    Ok(ExitCode::SUCCESS)
}

pub fn feeds(args: &FeedsArgs, db: Option<&Path>, out: Out) -> anyhow::Result<ExitCode> {
    let path = db_path(db)?;
    if args.where_ {
        report::out(path.display());
        return Ok(ExitCode::SUCCESS);
    }
    let Some(store) = Store::open_read(&path).with_context(|| shown(&path))? else {
        report::out_line(&out.line("cli-no-feeds", &[]), out.order);
        return Ok(ExitCode::SUCCESS);
    };
    let feeds = store.feeds()?;
    if feeds.is_empty() {
        report::out_line(&out.line("cli-no-feeds", &[]), out.order);
    }
    // Right-to-left rows are right-aligned to the widest, so their columns line up.
    let lines = feed_lines(&feeds, &out);
    let width = lines
        .iter()
        .map(|l| l.fit(None, out.order).width())
        .max()
        .unwrap_or(0);
    for line in lines {
        report::out(line.fit(Some(width), out.order));
    }
    Ok(ExitCode::SUCCESS)
}

/// `khabar feeds`' note on a feed whose last update failed: the reason kept in the store
/// said in the reader's language (a reason kept in words by an older khabar as it is).
fn last_failed(out: &Out, kept: &str) -> khabar::text::Line {
    match khabar::i18n::errors::Reason::decode(kept) {
        Some(why) => {
            let why = out.msgs.say(&why);
            out.line("cli-last-failed", &[("error", Arg::Said(&why))])
        }
        None => out.line("cli-last-failed", &[("error", Arg::Text(kept))]),
    }
}

/// A mistake the store found in what the user named (already subscribed, no such
/// subscription, several match), said on stderr as one sentence in the reader's language
/// (`None` then); any other error goes up as it is.
fn told<T>(out: &Out, result: Result<T, StoreError>) -> anyhow::Result<Option<T>> {
    let line = match &result {
        Err(StoreError::Exists(url)) => {
            out.line("cli-already-subscribed", &[("url", Arg::Text(url))])
        }
        Err(StoreError::NoMatch(what)) => out.line("cli-no-match", &[("what", Arg::Text(what))]),
        Err(StoreError::Ambiguous(what, n)) => out.line(
            "cli-ambiguous",
            &[("what", Arg::Text(what)), ("count", Arg::Num(*n))],
        ),
        _ => return Ok(Some(result?)),
    };
    report::error_line(&line, report::stderr_order(out.bidi));
    Ok(None)
}

/// Columns a feed's name takes at most in `khabar feeds`; a longer one is cut with `…`.
const NAME_COLUMNS: usize = 40;

/// `  3  name          12/40 unread  https://…`, then the last problem indented below. The
/// name and the address are isolated units (the text policy's rule 2).
fn feed_lines(feeds: &[Feed], out: &Out) -> Vec<Line> {
    let labels: Vec<String> = feeds
        .iter()
        .map(|f| {
            Line::new(Base::Own)
                .text(f.label())
                .fit(Some(NAME_COLUMNS), Order::Logical)
        })
        .collect();
    let num_w = feeds
        .iter()
        .map(|f| f.id.to_string().len())
        .max()
        .unwrap_or(1);
    let label_w = labels.iter().map(|l| l.width()).max().unwrap_or(0);
    let mut lines = Vec::new();
    for (f, label) in feeds.iter().zip(labels) {
        let pad = " ".repeat(label_w.saturating_sub(label.width()));
        let pos = format!("{}/{}", f.unread, f.items);
        let counts = out.line("cli-feed-unread", &[("pos", Arg::Text(&pos))]);
        let counts = counts.fit(None, Order::Logical);
        let counts_pad = " ".repeat(14usize.saturating_sub(counts.width()));
        lines.push(
            out.ui_line()
                .text(&format!("{:>num_w$}  ", f.id))
                .unit(&label)
                .text(&format!("{pad}  {counts_pad}"))
                .unit(&counts)
                .text("  ")
                .unit(&f.url),
        );
        let indent = " ".repeat(num_w);
        let note = match (&f.error, f.checked) {
            (Some(e), _) => Some(last_failed(out, e)),
            (None, None) => Some(out.line("cli-not-fetched", &[])),
            _ => None,
        };
        if let Some(note) = note {
            lines.push(
                out.ui_line()
                    .text(&format!("{indent}  "))
                    .isolated(note.marked()),
            );
        }
    }
    lines
}

pub fn update(args: &UpdateArgs, db: Option<&Path>, out: Out) -> anyhow::Result<ExitCode> {
    let mut store = open(db)?;
    let feeds = if args.feeds.is_empty() {
        store.feeds()?
    } else {
        let found = args.feeds.iter().map(|w| store.find_feed(w)).collect();
        let Some(feeds) = told(&out, found)? else {
            return Ok(ExitCode::FAILURE);
        };
        feeds
    };
    if feeds.is_empty() {
        report::out_line(&out.line("cli-no-feeds-to-update", &[]), out.order);
        return Ok(ExitCode::SUCCESS);
    }
    let opts = update::Options {
        jobs: usize::from(args.jobs),
        limits: khabar::fetch::Limits {
            timeout: Duration::from_secs(args.timeout),
            ..FEED_LIMITS
        },
    };
    let mut progress =
        Progress::new(report::stderr_is_terminal(), out.bidi).in_language(out.msgs.clone());
    let reports = update::update(&mut store, &feeds, &opts, &mut |r, done, total| {
        progress.feed_done(r, done, total)
    });
    progress.finish();
    let order = report::stderr_order(out.bidi);
    for r in &reports {
        for w in &r.warnings {
            let said = out.msgs.say(w);
            let line = out
                .ui_line()
                .unit(r.feed.label())
                .text(": ")
                .isolated(&said);
            report::warning_line(&out.msgs.text("report-warning"), &line, order);
        }
    }
    let totals = Totals::of(&reports);
    report::out_line(&totals.line(&out.msgs).shaped(out.shape), out.order);
    for r in reports
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::Failed(_)))
    {
        let line = result_line(&out.msgs, r).shaped(out.shape);
        if r.feed.label() == r.feed.url {
            report::error_line(&line, order);
        } else {
            report::error_line(&line.text(" <").unit(&r.feed.url).text(">"), order);
        }
    }
    if reports
        .iter()
        .any(|r| matches!(&r.outcome, Outcome::Failed(why) if why.id == "reason-disk-full"))
    {
        let file = store.path().display().to_string();
        let line = out
            .msgs
            .line("update-disk-full", &[("file", Arg::Text(&file))]);
        report::error_line(&line, order);
    }
    Ok(if totals.failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

pub fn import(args: &ImportArgs, db: Option<&Path>, out: Out) -> anyhow::Result<ExitCode> {
    let name = shown(&args.file);
    let bytes = read_opml(&args.file).with_context(|| name.clone())?;
    let doc = opml::parse_bytes(&bytes)
        .map_err(anyhow::Error::new)
        .context(name.clone())?;
    let order = report::stderr_order(out.bidi);
    for s in &doc.skipped {
        let why = out.msgs.say(&s.why);
        let args = [
            ("file", Arg::Text(&name)),
            ("address", Arg::Text(&s.url)),
            ("reason", Arg::Said(&why)),
        ];
        report::error_line(&out.line("cli-import-skipped", &args), order);
    }
    let mut store = open(db)?;
    let (added, known) = opml::subscribe(&mut store, &doc)?;
    let line = out.line(
        "cli-imported",
        &[
            ("added", Arg::Num(added)),
            ("known", Arg::Num(known)),
            ("skipped", Arg::Num(doc.skipped.len())),
        ],
    );
    report::out_line(&line, out.order);
    Ok(ExitCode::SUCCESS)
}

/// The file's bytes, at most [`opml::MAX_BYTES`]; `-` reads standard input.
fn read_opml(path: &Path) -> anyhow::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    let limit = opml::MAX_BYTES + 1;
    if path.as_os_str() == "-" {
        std::io::stdin()
            .lock()
            .take(limit)
            .read_to_end(&mut bytes)?;
    } else {
        let file =
            std::fs::File::open(path).map_err(|e| Problem::Io(khabar::loader::io_message(&e)))?;
        file.take(limit).read_to_end(&mut bytes)?;
    }
    if bytes.len() as u64 > opml::MAX_BYTES {
        let max = opml::MAX_BYTES;
        return Err(Reason::new("reason-opml-too-large").num("max", max).into());
    }
    Ok(bytes)
}

pub fn export(args: &ExportArgs, db: Option<&Path>, msgs: &Messages) -> anyhow::Result<ExitCode> {
    let path = db_path(db)?;
    let feeds = match Store::open_read(&path).with_context(|| shown(&path))? {
        Some(store) => store.feeds()?,
        None => Vec::new(),
    };
    let title = msgs
        .text("opml-title")
        .replace(['\u{2068}', '\u{2069}'], "");
    let doc = opml::write(&feeds, &title);
    match &args.file {
        Some(file) => std::fs::write(file, doc).map_err(|e| io_error(file, &e))?,
        None => std::io::stdout().lock().write_all(doc.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}
