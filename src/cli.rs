//! The command line (clap): the reader, `dump`, `layout`, `config`, `doctor`, the
//! subscription commands (`add`, `remove`, `feeds`, `update`, `import`, `export`), `search`,
//! `vacuum`, and the hidden `completions SHELL` and `man`, which print shell completions and
//! the man page generated from this very definition (for packagers: `[package.metadata.deb]`
//! in Cargo.toml). The options `--bidi`, `--shape`, `--config` and `--db` are global: before
//! or after the subcommand.
//!
//! The derive below is the parser and the English text (the man page and completions are
//! generated from it). [`parse`] gives it the reader's language first: [`lang`] (the text
//! from `i18n/*/cli.ftl`), [`shown`] (the help under the text policy), [`usage`] (clap's
//! errors as catalogue messages).

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use khabar::i18n::Messages;

pub mod lang;
pub mod shown;
pub mod usage;

/// One example of every subcommand, shown by `khabar --help` (and in the man page).
const EXAMPLES: &str = "\
Examples:
  khabar                                  the subscriptions, or the bundled articles
  khabar article.html notes/ https://example.org/news/1
                                          open files, folders and web pages
  khabar bundled:                         the articles bundled with khabar
  khabar dump --width 60 article.txt      print an article laid out, as text
  khabar dump --search 'الصين' notes/     count and show the matches in every file
  khabar layout --width 60 < text.txt     lay out each line of a text
  khabar config --print                   print the effective configuration
  khabar doctor                           how this terminal treats RTL text, the mode chosen
  khabar add https://example.org/feed.xml subscribe to a feed
  khabar update                           fetch every subscription
  khabar feeds                            list the subscriptions
  khabar remove 3                         unsubscribe from feed number 3
  khabar import feeds.opml                subscribe to every feed of an OPML file
  khabar export feeds.opml                write the subscriptions as OPML
  khabar search 'الزلزال' --since 30d     search every stored article
  khabar vacuum --keep-days 90            drop old read items, compact the store
  khabar completions bash > ~/.local/share/bash-completion/completions/khabar
  khabar man > khabar.1                   the manual page

Exit status: 0 done, 1 an error (a file or address that could not be read, a failed
fetch), 2 a usage error (an unknown option, a bad or missing --config file).";

use crate::term_bidi::Setting;

#[derive(Debug, Parser)]
#[command(
    name = "khabar",
    version,
    about = "A terminal news reader that shows Arabic, Persian and Hebrew right to left",
    long_about = "khabar (خبر, \"news\") reads articles in the terminal and shows right-to-left \
                  text in correct visual order.\n\nWith no PATH it opens your subscriptions (khabar add URL), or else the bundled \
                  articles.",
    subcommand_precedence_over_arg = true,
    after_help = EXAMPLES
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Article files or folders to open (a file brings its folder along as the library),
    /// web addresses (http, https: an article page or a feed), `bundled:` (the bundled
    /// articles) or `bundled:NAME`
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub render: RenderArgs,
    /// Config file to read instead of the default one (see `khabar config`)
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// The database of subscriptions, items and saved articles [default: khabar.db in the
    /// data folder; `khabar feeds --where` prints it]
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show where the config file is read from; `--print` prints the effective configuration
    Config(ConfigArgs),
    /// Print articles as plain text (laid out) or as JSON
    Dump(DumpArgs),
    /// Lay out text: each input line is a paragraph, printed as screen lines
    Layout(LayoutArgs),
    /// Say how this terminal treats right-to-left text, the bidi mode chosen and why
    Doctor,
    /// Subscribe to a feed (RSS, Atom or JSON Feed); `khabar update` fetches it
    Add(AddArgs),
    /// Unsubscribe from a feed; its items go too, except saved ones
    Remove(RemoveArgs),
    /// List the subscriptions: number, name, unread and stored items, URL, last problem
    Feeds(FeedsArgs),
    /// Fetch every subscription (or those named) and store the new items
    Update(UpdateArgs),
    /// Subscribe to every feed of an OPML file (`-` reads standard input)
    Import(ImportArgs),
    /// Print the subscriptions as OPML 2.0 (or write them to FILE)
    Export(ExportArgs),
    /// Search every stored article (folded like `/`): headline, feed, date, matching line
    Search(SearchArgs),
    /// Drop the items retention does not keep (`[store]` in the config), then compact
    Vacuum(VacuumArgs),
    /// Print the shell completions of khabar for SHELL (bash, zsh, fish, elvish, powershell)
    #[command(hide = true)]
    Completions(CompletionsArgs),
    /// Print khabar's manual page (roff, for `man -l -`)
    #[command(hide = true)]
    Man,
}

/// The command line `args` parsed, its help and usage errors said in `msgs`' language
/// ([`lang`], [`usage`]); `bidi`: visual order where the stream is a terminal. `Err`: what
/// was said (help, version, a usage error) and the exit code.
pub fn parse(args: &[OsString], msgs: &Messages, bidi: bool) -> Result<Cli, ExitCode> {
    let mut cmd = lang::localised(Cli::command(), msgs);
    let fail = |e: clap::Error| usage::fail(&e, msgs, bidi);
    let matches = cmd.try_get_matches_from_mut(args).map_err(fail)?;
    Cli::from_arg_matches(&matches).map_err(fail)
}

/// The value of option `name` (`--config PATH`, `--config=PATH`) in `args`, read before
/// clap: the help and clap's errors are said in the config's language, so the config is
/// read before the command line is parsed.
pub fn early_value(args: &[OsString], name: &str) -> Option<OsString> {
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == name {
            return it.next().cloned();
        }
        let joined = a
            .to_str()
            .and_then(|s| s.strip_prefix(name)?.strip_prefix('='));
        if let Some(v) = joined {
            return Some(v.into());
        }
    }
    None
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to find (`re:` starts a regular expression)
    pub query: String,
    /// Only this feed (number, URL or name)
    #[arg(long)]
    pub feed: Option<String>,
    /// Only items since this date (YYYY-MM-DD) or this many days back (7d)
    #[arg(long)]
    pub since: Option<String>,
    /// Only unread items
    #[arg(long)]
    pub unread: bool,
    /// Print the results as JSON
    #[arg(long)]
    pub json: bool,
    /// Search without folding (diacritics, letter forms, digits and case must match)
    #[arg(long, conflicts_with = "loose")]
    pub exact: bool,
    /// Search folding also the hamza seats and Hebrew final letters
    #[arg(long)]
    pub loose: bool,
    /// Order of the results
    #[arg(long, value_enum, default_value_t = RankArg::Date)]
    pub rank: RankArg,
    /// At most this many results (0: all)
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RankArg {
    /// Newest first
    Date,
    /// Best match first (FTS5 bm25)
    Relevance,
}

#[derive(Debug, Args)]
pub struct VacuumArgs {
    /// Keep at most this many items per feed [default: `[store] keep_items`]
    #[arg(long)]
    pub keep_items: Option<u32>,
    /// Keep items newer than this many days [default: `[store] keep_days`]
    #[arg(long)]
    pub keep_days: Option<u32>,
    /// Let unread items go too (saved ones always stay)
    #[arg(long)]
    pub include_unread: bool,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `khabar completions SHELL`: the completion script, generated from [`Cli`].
pub fn completions(shell: clap_complete::Shell) -> anyhow::Result<ExitCode> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "khabar", &mut out);
    std::io::stdout().lock().write_all(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// `khabar man`: the manual page (roff), generated from [`Cli`].
pub fn man() -> anyhow::Result<ExitCode> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    std::io::stdout().lock().write_all(&out)?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The feed's address (http or https)
    pub url: String,
    /// A name to show instead of the feed's own title
    #[arg(long, short)]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The feed: its number in `khabar feeds`, its URL or its name
    pub feed: String,
}

#[derive(Debug, Args)]
pub struct FeedsArgs {
    /// Print only where the database is
    #[arg(long = "where")]
    pub where_: bool,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// Feeds fetched at once
    #[arg(long, short, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=32))]
    pub jobs: u16,
    /// Time limit of one feed, in seconds (connecting, the answer and its body)
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..=600))]
    pub timeout: u64,
    /// Only these feeds (number, URL or name); all of them by default
    pub feeds: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The OPML file
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Write to this file instead of standard output
    pub file: Option<PathBuf>,
}

/// Rendering switches shared by the reader, `dump` and `layout`; global, so they may come
/// before or after the subcommand; the config's `bidi` and `shape` are their defaults.
#[derive(Debug, Args, Clone, Copy)]
pub struct RenderArgs {
    /// Arabic shaping into presentation forms, for terminals that do not shape [default: on]
    #[arg(long, value_enum, global = true)]
    pub shape: Option<OnOff>,
    /// How RTL text is written: `explicit` (visual order; the terminal is told not to
    /// reorder), `terminal` (logical order in each placed line, for terminals that reorder by
    /// themselves), `runs` (visual order of runs, each RTL run in logical order, for
    /// terminals that reorder with a left-to-right base: Konsole), `auto` (the reader detects
    /// it; `khabar doctor` shows what it found).
    /// `on` = explicit, `off` = terminal [default: auto for the reader, explicit for output]
    #[arg(long, value_enum, global = true)]
    pub bidi: Option<BidiArg>,
}

impl RenderArgs {
    /// Shaping as asked on the command line, else `default` (the config's).
    pub fn shape_or(&self, default: bool) -> bool {
        self.shape.map_or(default, OnOff::is_on)
    }

    /// The bidi setting asked on the command line, else `default` (the config's).
    pub fn bidi_or(&self, default: Setting) -> Setting {
        self.bidi.map_or(default, BidiArg::setting)
    }
}

/// `--bidi`: a [`Setting`], with the old `on` / `off` as aliases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BidiArg {
    Auto,
    Explicit,
    Terminal,
    Runs,
    On,
    Off,
}

impl BidiArg {
    pub fn setting(self) -> Setting {
        match self {
            BidiArg::Auto => Setting::Auto,
            BidiArg::Explicit | BidiArg::On => Setting::Explicit,
            BidiArg::Terminal | BidiArg::Off => Setting::Terminal,
            BidiArg::Runs => Setting::Runs,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnOff {
    On,
    Off,
}

impl OnOff {
    pub fn is_on(self) -> bool {
        self == OnOff::On
    }
}

#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Print the effective configuration (the defaults with the file applied) as TOML
    #[arg(long)]
    pub print: bool,
}

#[derive(Debug, Args)]
pub struct DumpArgs {
    /// Width of the text in columns
    #[arg(long, short, default_value_t = 80, value_parser = clap::value_parser!(u16).range(1..=1000))]
    pub width: u16,
    /// Print the article model as JSON (an object for one article, an array for several)
    #[arg(long, conflicts_with = "search")]
    pub json: bool,
    /// Print `N matches`, then each laid-out line holding a match, marked with `^` below
    /// (`re:` starts a regular expression)
    #[arg(long, value_name = "QUERY")]
    pub search: Option<String>,
    /// Search without folding (diacritics, letter forms, digits and case must match)
    #[arg(long, requires = "search", conflicts_with = "loose")]
    pub exact: bool,
    /// Search folding also the hamza seats ؤ → و and ئ → ي
    #[arg(long, requires = "search")]
    pub loose: bool,
    /// Article files or folders, `bundled:` articles or web addresses
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct LayoutArgs {
    /// Width of a line in columns
    #[arg(long, short, default_value_t = 80, value_parser = clap::value_parser!(u16).range(1..=10000))]
    pub width: u16,
    /// Do not pad right-aligned lines with leading spaces
    #[arg(long)]
    pub no_pad: bool,
    /// Lay URLs and e-mail addresses out as one left-to-right unit, broken only after
    /// `/ ? & .` (as the reader and `dump` do); off: plain UAX #9, comparable with FriBidi
    #[arg(long)]
    pub isolate_addresses: bool,
    /// The input file; `-` or nothing reads standard input
    pub file: Option<PathBuf>,
}

#[cfg(test)]
mod tests;
