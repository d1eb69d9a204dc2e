//! The `khabar` binary: parses the command line and runs the reader or a subcommand.
#![forbid(unsafe_code)]

mod cli;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use khabar::dump::{self, DumpOptions};
use khabar::library::Library;
use khabar::search::{Mode, Query};

use cli::{Cli, Command, DumpArgs, LayoutArgs};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Dump(args)) => run_dump(&args),
        Some(Command::Layout(args)) => run_layout(&args),
        None => run_reader(&cli.paths),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("khabar: {e:#}");
            ExitCode::FAILURE
        }
    }
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
        eprintln!("khabar: {p}");
    }
    for w in &lib.warnings {
        eprintln!("khabar: warning: {w}");
    }
    Ok(lib)
}

fn run_reader(paths: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let paths = if paths.is_empty() {
        vec![assets_dir().join(SEED)]
    } else {
        paths.to_vec()
    };
    let lib = open_library(&paths)?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "khabar would open {} articles:", lib.articles.len())?;
    for a in &lib.articles {
        writeln!(out, "  {}", a.headline)?;
    }
    Ok(exit_code(&lib))
}

fn run_dump(args: &DumpArgs) -> anyhow::Result<ExitCode> {
    let lib = open_library(&args.paths)?;
    let articles: Vec<_> = lib.opened.iter().map(|&i| &lib.articles[i]).collect();
    let mut out = std::io::stdout().lock();
    let opts = DumpOptions {
        width: usize::from(args.width),
        shape: args.render.shape.is_on(),
        bidi: args.render.bidi.is_on(),
    };
    if args.json {
        writeln!(out, "{}", dump::to_json(&articles))?;
    } else if let Some(q) = &args.search {
        let mode = match (args.exact, args.loose) {
            (true, _) => Mode::Exact,
            (_, true) => Mode::Loose,
            _ => Mode::Normal,
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
        shape: args.render.shape.is_on(),
        bidi: args.render.bidi.is_on(),
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
