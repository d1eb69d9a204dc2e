//! `khabar dump`: the named files' articles on stdout, laid out at a width through the text
//! policy (or as JSON), and the lines a search matches, each article named when there are
//! several; the warnings on stderr.

use std::io::Write;
use std::process::ExitCode;

use khabar::dump::{self, DumpOptions};
use khabar::pager::Render;
use khabar::report;
use khabar::search::{Folding, Query};

use super::cli::DumpArgs;
use super::{exit_code, open_library};

/// `khabar dump`: the articles as text (or JSON, or the lines a search matches), with a
/// warning on stderr for each that holds bidi controls.
pub(crate) fn run(
    args: &DumpArgs,
    render: Render,
    msgs: &khabar::i18n::Messages,
) -> anyhow::Result<ExitCode> {
    let mut lib = open_library(
        &args.paths,
        &(msgs.clone(), report::stderr_order(render.bidi)),
    )?;
    lib.resolve_links();
    let articles: Vec<&khabar::article::Article> =
        lib.opened.iter().map(|&i| &*lib.articles[i]).collect();
    for a in &articles {
        if let Some(line) = bidi_warning(a, render, msgs) {
            let word = msgs.text("report-warning");
            report::warning_line(&word, &line, report::stderr_order(render.bidi));
        }
    }
    let mut out = std::io::stdout().lock();
    let opts = DumpOptions {
        width: usize::from(args.width),
        shape: render.shape,
        bidi: render.bidi,
    };
    if args.json {
        writeln!(out, "{}", dump::to_json(&articles))?;
    } else if let Some(q) = &args.search {
        let mode = match (args.exact, args.loose) {
            (true, _) => Folding::Exact,
            (_, true) => Folding::Loose,
            _ => Folding::Normal,
        };
        let query = Query::new(q, mode)?;
        let names = search_names(&articles);
        for (a, name) in articles.iter().zip(&names) {
            let (count, lines) = dump::search_lines(a, &query, &opts);
            let label = matches_line(msgs, count, name.as_deref()).shaped(opts.shape);
            // The label follows the lines under it: visual unless bidi is off, a right-to-left
            // one right-aligned to the width.
            let order = khabar::text::Order::for_output(opts.bidi, true);
            writeln!(out, "{}", label.fit(Some(opts.width), order).trim_end())?;
            write!(out, "{lines}")?;
        }
    } else {
        for (i, a) in articles.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            write!(out, "{}", dump::to_text(a, &opts))?;
        }
    }
    Ok(exit_code(&lib))
}

/// `FILE: ⚠ 3 bidi controls, --bidi off: logical order — in the headline, quote 2`: the
/// reader's warning ([`khabar::spoof::warning`]) in the reader's language, every place named,
/// the option that shows the other order in place of the key; `None` for an honest article.
fn bidi_warning(
    a: &khabar::article::Article,
    render: Render,
    msgs: &khabar::i18n::Messages,
) -> Option<khabar::text::Line> {
    let count = khabar::spoof::bidi_controls(a);
    if count == 0 {
        return None;
    }
    let quotes: Vec<_> = khabar::frame::quotes_of(a)
        .into_iter()
        .map(|q| (q.block, q.content))
        .collect();
    let places = khabar::spoof::places(a, &quotes);
    let warning = khabar::spoof::Warning {
        count,
        places: &places,
        key: if render.bidi {
            "--bidi off"
        } else {
            "--bidi on"
        },
        logical: render.bidi,
        at_most: None,
    };
    let name = a
        .path
        .as_ref()
        .map_or_else(|| a.headline.clone(), |p| p.display().to_string());
    let line = khabar::text::Line::new(khabar::text::Base::Ui(msgs.direction()))
        .shaped(render.shape)
        .unit(&name)
        .text(": ")
        .isolated(&khabar::spoof::warning(msgs, &warning));
    Some(line)
}

/// `N matches` in the reader's language, `NAME: N matches` when a search over several
/// articles names each (the name an isolated unit).
fn matches_line(
    msgs: &khabar::i18n::Messages,
    count: usize,
    name: Option<&str>,
) -> khabar::text::Line {
    let args = [("count", khabar::i18n::Arg::Num(count))];
    match name {
        Some(n) => {
            let said = msgs.line("dump-matches", &args);
            khabar::text::Line::new(khabar::text::Base::Ui(msgs.direction()))
                .unit(n)
                .text(": ")
                .isolated(said.marked())
        }
        None => msgs.line("dump-matches", &args),
    }
}

/// What names each article of a search over several: its file or address, with its headline
/// when that file holds several articles (a feed). `None` for a search of one article.
fn search_names(articles: &[&khabar::article::Article]) -> Vec<Option<String>> {
    let where_ = |a: &khabar::article::Article| {
        a.path
            .as_ref()
            .map(|p| p.display().to_string())
            .or_else(|| a.meta.url.clone())
            .unwrap_or_default()
    };
    if articles.len() < 2 {
        return vec![None; articles.len()];
    }
    let places: Vec<String> = articles.iter().map(|a| where_(a)).collect();
    let shared = |p: &String| places.iter().filter(|q| *q == p).count() > 1;
    articles
        .iter()
        .zip(&places)
        .map(|(a, p)| match p {
            p if p.is_empty() => Some(a.headline.clone()),
            p if shared(p) => Some(format!("{p} ({})", a.headline)),
            p => Some(p.clone()),
        })
        .collect()
}
