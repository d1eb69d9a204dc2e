//! `khabar search` (every stored article, through the store's index) and `khabar vacuum`
//! (retention, then `VACUUM`). Everything is printed through [`khabar::report`]: a title, a
//! feed's name or an article's line never reaches the terminal raw.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use khabar::i18n::Arg;
use khabar::report;
use khabar::search::Folding;
use khabar::store::Store;
use khabar::store::fts::{Hit, Rank, SearchOptions};
use khabar::store::retention::Retention;
use khabar::text::{Base, Line};

use crate::cli::{RankArg, SearchArgs, VacuumArgs};
use crate::feeds_cli::{Out, db_path, shown};

/// Characters of context shown on each side of a match.
const CONTEXT: usize = 40;

pub fn search(args: &SearchArgs, db: Option<&Path>, out: &Out) -> anyhow::Result<ExitCode> {
    let path = db_path(db)?;
    let store = Store::open(&path).with_context(|| shown(&path))?;
    let feed = match &args.feed {
        Some(f) => Some(store.find_feed(f)?.id),
        None => None,
    };
    let since = match &args.since {
        Some(s) => Some(parse_since(s).ok_or_else(|| {
            khabar::i18n::errors::Reason::new("reason-since")
                .text("option", "--since")
                .text("value", s)
        })?),
        None => None,
    };
    let mode = match (args.exact, args.loose) {
        (true, _) => Folding::Exact,
        (_, true) => Folding::Loose,
        _ => Folding::Normal,
    };
    let options = SearchOptions {
        query: args.query.clone(),
        mode,
        feed,
        since,
        unread_only: args.unread,
        rank: match args.rank {
            RankArg::Date => Rank::Date,
            RankArg::Relevance => Rank::Relevance,
        },
        limit: (args.limit > 0).then_some(args.limit),
    };
    let hits = store.search(&options)?;
    if args.json {
        report::out(json(&hits));
    } else {
        for hit in &hits {
            for line in text(hit, out) {
                report::out(line);
            }
            report::out("");
        }
        if hits.is_empty() {
            let line = out.msgs.line("cli-search-none", &[]).shaped(out.shape);
            report::note(line.fit(None, report::stderr_order(out.bidi)));
        }
    }
    Ok(if hits.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Seconds since 1970 of `YYYY-MM-DD` (midnight UTC) or of `Nd` (N days ago).
fn parse_since(s: &str) -> Option<i64> {
    if let Some(days) = s.strip_suffix('d') {
        let days: i64 = days.parse().ok()?;
        return Some(khabar::store::now() - days.checked_mul(86_400)?);
    }
    let mut parts = s.splitn(3, '-').map(str::parse::<i64>);
    let (y, m, d) = (
        parts.next()?.ok()?,
        parts.next()?.ok()?,
        parts.next()?.ok()?,
    );
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Days from civil (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some((era * 146_097 + doe - 719_468) * 86_400)
}

/// The matching line around the match, the match marked `«…»`, cut at word boundaries (a
/// space) with `…` where it was cut: about [`CONTEXT`] characters on each side, never part
/// of a word (a word longer than that is dropped whole).
pub fn excerpt(line: &str, range: std::ops::Range<usize>) -> String {
    let before = line.get(..range.start).unwrap_or("");
    let matched = line.get(range.clone()).unwrap_or("");
    let after = line.get(range.end..).unwrap_or("");
    let head_at = before
        .char_indices()
        .rev()
        .nth(CONTEXT - 1)
        .map_or(0, |(at, _)| at);
    // Starts after the first space at or past the cut (the word it cut is dropped whole).
    let head_at = match head_at {
        0 => 0,
        at if before[..at].ends_with(' ') => at,
        at => before[at..]
            .find(' ')
            .map_or(before.len(), |sp| at + sp + 1),
    };
    let tail_len = after
        .char_indices()
        .nth(CONTEXT)
        .map_or(after.len(), |(at, _)| at);
    // Ends before the last space of what is kept, unless it all fits.
    let tail_len = match tail_len {
        n if n == after.len() || after[n..].starts_with(' ') => n,
        n => after[..n].rfind(' ').unwrap_or(0),
    };
    let (head, tail) = (&before[head_at..], &after[..tail_len]);
    let cut_head = if head_at > 0 { "…" } else { "" };
    let cut_tail = if tail_len < after.len() { "…" } else { "" };
    format!("{cut_head}{head}«{matched}»{tail}{cut_tail}")
}

/// `headline`, then `  feed · date · #id · unread`, then the excerpt, indented: each a line
/// of the text policy (the headline and the excerpt in their own direction; the feed, the
/// date and the number isolated units of a line in the UI's direction), in `order`.
fn text(hit: &Hit, out: &Out) -> [String; 3] {
    let (msgs, order) = (&out.msgs, out.order);
    let date = hit
        .date
        .as_deref()
        .map_or_else(|| msgs.text("cli-no-date"), khabar::text::display_date);
    let date = date.replace(['\u{2068}', '\u{2069}'], "");
    let number = format!("#{}", hit.id);
    let mut meta = Line::new(Base::Ui(msgs.direction()))
        .shaped(out.shape)
        .text("  ")
        .units([hit.feed.as_str(), &date, &number], " · ");
    if !hit.read {
        meta = meta.text(" · ").isolated(&msgs.text("cli-unread"));
    }
    let own = |s: &str| {
        Line::new(Base::Own)
            .shaped(out.shape)
            .text(s)
            .fit(None, order)
    };
    [
        own(&hit.headline),
        meta.fit(None, order),
        format!("  {}", own(&excerpt(&hit.line, hit.range.clone()))),
    ]
}

fn json(hits: &[Hit]) -> String {
    let rows: Vec<serde_json::Value> = hits
        .iter()
        .map(|h| {
            serde_json::json!({
                "id": h.id, "headline": h.headline, "feed": h.feed, "date": h.date,
                "time": h.sort_time, "read": h.read, "line": h.line,
                "match": [h.range.start, h.range.end],
            })
        })
        .collect();
    serde_json::Value::Array(rows).to_string()
}

pub fn vacuum(
    args: &VacuumArgs,
    config: &khabar::config::Config,
    db: Option<&Path>,
    out: &Out,
) -> anyhow::Result<ExitCode> {
    let path = db_path(db)?;
    let mut store = Store::open(&path).with_context(|| shown(&path))?;
    let retention = Retention {
        keep_items: args.keep_items.or(config.keep_items),
        keep_days: args.keep_days.or(config.keep_days),
        include_unread: args.include_unread,
    };
    let dropped = store.apply_retention(&retention)?;
    store.vacuum()?;
    let line = out.msgs.line(
        "cli-vacuumed",
        &[
            ("dropped", Arg::Num(dropped)),
            ("file", Arg::Text(&shown(&path))),
        ],
    );
    report::out_line(&line.shaped(out.shape), out.order);
    Ok(ExitCode::SUCCESS)
}
