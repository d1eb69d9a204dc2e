//! The command line (clap): the reader, `dump`, `layout`, `config` and the subscription
//! commands (`add`, `remove`, `feeds`, `update`, `import`, `export`), `search`, `vacuum`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "khabar",
    version,
    about = "A terminal news reader that shows Arabic, Persian and Hebrew right to left",
    long_about = "khabar (خبر, \"news\") reads articles in the terminal and shows right-to-left \
                  text in correct visual order.\n\nWith no PATH it opens the bundled articles.",
    subcommand_precedence_over_arg = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Article files or folders to open (a file brings its folder along as the library)
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

/// Rendering switches shared by the reader, `dump` and `layout`.
#[derive(Debug, Args, Clone, Copy)]
pub struct RenderArgs {
    /// Arabic shaping into presentation forms, for terminals that do not shape [default: on]
    #[arg(long, value_enum)]
    pub shape: Option<OnOff>,
    /// Bidi reordering; `off` prints logical order for terminals that reorder by themselves
    /// (and the reader then leaves the terminal's own bidi mode alone) [default: on]
    #[arg(long, value_enum)]
    pub bidi: Option<OnOff>,
}

impl RenderArgs {
    /// Shaping as asked on the command line, else `default` (the config's).
    pub fn shape_or(&self, default: bool) -> bool {
        self.shape.map_or(default, OnOff::is_on)
    }

    pub fn bidi_or(&self, default: bool) -> bool {
        self.bidi.map_or(default, OnOff::is_on)
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
    #[command(flatten)]
    pub render: RenderArgs,
    /// Article files or folders
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct LayoutArgs {
    /// Width of a line in columns
    #[arg(long, short, default_value_t = 80, value_parser = clap::value_parser!(u16).range(1..=10000))]
    pub width: u16,
    #[command(flatten)]
    pub render: RenderArgs,
    /// Do not pad right-aligned lines with leading spaces
    #[arg(long)]
    pub no_pad: bool,
    /// The input file; `-` or nothing reads standard input
    pub file: Option<PathBuf>,
}
