//! The `khabar` binary: parses the command line and runs the reader or a subcommand.
#![forbid(unsafe_code)]

mod cli;
mod feeds_cli;
mod search_cli;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use khabar::app::App;
use khabar::config::Config;
use khabar::dump::{self, DumpOptions};
use khabar::keymap::Keymap;
use khabar::library::Library;
use khabar::pager::Render;
use khabar::report;
use khabar::search::{Folding, Query};
use khabar::store::shelf::Shelf;
use khabar::theme::Theme;

use cli::{Cli, Command, ConfigArgs, DumpArgs, LayoutArgs, RenderArgs};

fn main() -> ExitCode {
    khabar::guard::install_quiet_hook();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    let db = cli.db.as_deref();
    if cli.command.is_some() && !cli.paths.is_empty() {
        let paths: Vec<_> = cli.paths.iter().map(|p| p.display().to_string()).collect();
        report::error(format_args!(
            "{} before a subcommand: give files to the reader or a subcommand, not both",
            paths.join(" ")
        ));
        return ExitCode::from(2);
    }
    let result = match cli.command {
        Some(Command::Dump(args)) => run_dump(&args),
        Some(Command::Layout(args)) => run_layout(&args),
        Some(Command::Config(args)) => run_config(&args, cli.config.as_deref()),
        Some(Command::Add(args)) => feeds_cli::add(&args, db),
        Some(Command::Remove(args)) => feeds_cli::remove(&args, db),
        Some(Command::Feeds(args)) => feeds_cli::feeds(&args, db),
        Some(Command::Update(args)) => feeds_cli::update(&args, db),
        Some(Command::Import(args)) => feeds_cli::import(&args, db),
        Some(Command::Export(args)) => feeds_cli::export(&args, db),
        Some(Command::Search(args)) => search_cli::search(&args, db),
        Some(Command::Vacuum(args)) => Config::load(cli.config.as_deref())
            .map_err(anyhow::Error::from)
            .and_then(|c| search_cli::vacuum(&args, &c, db)),
        None => run_reader(&cli.paths, &cli.render, cli.config.as_deref(), db),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            report::error(format_args!("{e:#}"));
            ExitCode::FAILURE
        }
    }
}

/// A command line clap refuses: its message quotes the arguments, so it goes through the
/// report line by line; `--help` and `--version` are clap's own text, printed as they are.
fn usage_error(e: &clap::Error) -> ExitCode {
    if e.use_stderr() {
        report::note_lines(&e.render().to_string());
    } else {
        let _ = e.print();
    }
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
}

/// The bundled articles: `assets/` of the source tree.
fn assets_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets")
}

/// The seed article the bundled library opens on.
const SEED: &str = "000_2a3d9ced42edd8a0.txt";

/// Opens a library and reports its problems and warnings on stderr.
fn open_library(paths: &[PathBuf]) -> anyhow::Result<Library> {
    let lib = Library::open(paths)?;
    for p in &lib.problems {
        report::error(p);
    }
    for w in &lib.warnings {
        report::warning(w);
    }
    Ok(lib)
}

/// The reader: config first (a bad file stops here, before the terminal is touched), then the
/// library, then the event loop.
fn run_reader(
    paths: &[PathBuf],
    render: &RenderArgs,
    config: Option<&Path>,
    db: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let config = Config::load(config)?;
    let (lib, shelf) = if !paths.is_empty() {
        (open_library(paths)?, None)
    } else if let Some((lib, shelf)) = store_library(db, &config.keymap)? {
        (lib, Some(shelf))
    } else {
        (open_library(&[assets_dir().join(SEED)])?, None)
    };
    let first = lib.opened.first().copied().unwrap_or(0);
    // Rust's stdout swallows writes to a closed descriptor, so without this check the reader
    // would run on, invisible, waiting for keys.
    if !std::io::stdout().is_terminal() {
        anyhow::bail!(
            "the reader draws on a terminal, and stdout is not one (closed or redirected); \
             `khabar dump FILE` prints an article as text"
        );
    }
    let settings = Render {
        shape: render.shape_or(config.shape),
        bidi: render.bidi_or(config.bidi),
    };
    let mut app = App::on_shelf(lib, shelf, first, settings);
    app.keymap = config.keymap;
    app.theme = Theme::new(&config.palette, no_color());
    let code = khabar::event_loop::run(app, settings.bidi)?;
    Ok(ExitCode::from(code))
}

/// The reader on the store, when it holds subscriptions or saved items (or `--db` names
/// it); `None` opens the bundled articles instead.
fn store_library(db: Option<&Path>, keys: &Keymap) -> anyhow::Result<Option<(Library, Shelf)>> {
    use anyhow::Context;
    let path = feeds_cli::db_path(db)?;
    let store =
        khabar::store::Store::open_reader(&path).with_context(|| feeds_cli::shown(&path))?;
    match store {
        Some(store) if db.is_some() || !store.is_empty()? => Ok(Some(
            Shelf::open_with(store, keys).with_context(|| feeds_cli::shown(&path))?,
        )),
        _ => Ok(None),
    }
}

/// The `NO_COLOR` convention: set and not empty.
fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

fn run_config(args: &ConfigArgs, config: Option<&Path>) -> anyhow::Result<ExitCode> {
    let path = config
        .map(Path::to_path_buf)
        .or_else(khabar::config::default_path);
    let cfg = Config::load(config)?;
    if args.print {
        write!(std::io::stdout().lock(), "{}", cfg.to_toml())?;
    } else {
        match path {
            Some(p) => report::out(p.display()),
            None => report::out("(no config folder on this platform)"),
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn run_dump(args: &DumpArgs) -> anyhow::Result<ExitCode> {
    let lib = open_library(&args.paths)?;
    let articles: Vec<_> = lib.opened.iter().map(|&i| &lib.articles[i]).collect();
    for a in &articles {
        let n = khabar::spoof::bidi_controls(a);
        if n > 0 {
            let name = a
                .path
                .as_ref()
                .map_or_else(|| a.headline.clone(), |p| p.display().to_string());
            report::warning(format_args!("{name}: {}", khabar::spoof::warning(n)));
        }
    }
    let mut out = std::io::stdout().lock();
    let opts = DumpOptions {
        width: usize::from(args.width),
        shape: args.render.shape_or(true),
        bidi: args.render.bidi_or(true),
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
        for a in &articles {
            write!(out, "{}", dump::search_report(a, &query, &opts))?;
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

/// Non-zero when a path the user named could not be loaded.
fn exit_code(lib: &Library) -> ExitCode {
    if lib.named_failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn run_layout(args: &LayoutArgs) -> anyhow::Result<ExitCode> {
    let opts = khabar::layout::Options {
        width: usize::from(args.width),
        shape: args.render.shape_or(true),
        bidi: args.render.bidi_or(true),
        ..khabar::layout::Options::default()
    };
    let stdout = std::io::stdout().lock();
    let result = match args.file.as_deref() {
        None => khabar::layout::filter::run(std::io::stdin().lock(), stdout, &opts, !args.no_pad),
        Some(p) if p.as_os_str() == "-" => {
            khabar::layout::filter::run(std::io::stdin().lock(), stdout, &opts, !args.no_pad)
        }
        Some(p) => {
            let file = std::fs::File::open(p).map_err(|e| {
                anyhow::anyhow!("{}: {}", p.display(), khabar::loader::io_message(&e))
            })?;
            let input = std::io::BufReader::with_capacity(1 << 16, file);
            khabar::layout::filter::run(input, stdout, &opts, !args.no_pad)
        }
    };
    match result {
        Ok(()) => Ok(ExitCode::SUCCESS),
        // `khabar layout | head` closes the pipe early: that is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err(e.into()),
    }
}
