//! The `khabar` binary: parses the command line and runs the reader or a subcommand.
#![forbid(unsafe_code)]

mod cli;
mod complaint;
mod dump_cli;
mod feeds_cli;
mod search_cli;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use khabar::app::App;
use khabar::config::Config;
use khabar::library::Library;
use khabar::pager::Render;
use khabar::report;
use khabar::store::shelf::{Notes, Shelf};
use khabar::term_bidi::{self, Mode, Setting};
use khabar::theme::Theme;

use cli::{Cli, Command, ConfigArgs, LayoutArgs};

fn main() -> ExitCode {
    khabar::guard::install_quiet_hook();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let (msgs, bidi) = early(&args);
    let cli = match cli::parse(&args, &msgs, bidi) {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    // Every subcommand reads the same config; a bad one is a usage error, before anything.
    let config = match Config::load(cli.config.as_deref()) {
        Ok(config) => config,
        Err(e) => {
            // Said in the language of the environment: the config's own is not known.
            let fallback = Config::default();
            let order = err_order(&cli, &fallback);
            complaint::error_of(&messages(&fallback), &e, order);
            return ExitCode::from(2);
        }
    };
    if cli.command.is_some() && !cli.paths.is_empty() {
        let paths: Vec<_> = cli.paths.iter().map(|p| p.display().to_string()).collect();
        let line = messages(&config).line(
            "cli-paths-and-subcommand",
            &[("paths", khabar::i18n::Arg::Text(&paths.join(" ")))],
        );
        report::error_line(&line, err_order(&cli, &config));
        return ExitCode::from(2);
    }
    let (msgs, order) = (messages(&config), err_order(&cli, &config));
    match run(cli, config) {
        Ok(code) => code,
        // A closed stdout (`khabar dump FILE | head -1`) ends the output quietly.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            complaint::error(&msgs, &e, order);
            ExitCode::FAILURE
        }
    }
}

/// How the subscription commands write their results: `--bidi` / `--shape` (anywhere on the
/// command line), else the config's, and visual order only on a terminal (the text policy).
fn out(render: Render, msgs: &khabar::i18n::Messages) -> feeds_cli::Out {
    feeds_cli::Out {
        order: report::stdout_order(render.bidi),
        bidi: render.bidi,
        shape: render.shape,
        msgs: msgs.clone(),
    }
}

/// The order of the lines on stderr: visual unless the terminal lays out (`--bidi`).
fn err_order(cli: &Cli, config: &Config) -> khabar::text::Order {
    report::stderr_order(prints_visual(cli.render.bidi_or(config.bidi)))
}

/// The messages of the reader's language: the config's, else the locale's.
fn messages(config: &Config) -> khabar::i18n::Messages {
    let lang = khabar::i18n::Lang::choose(config.language, |v| std::env::var(v).ok());
    khabar::i18n::Messages::new(lang)
}

/// Whether printed output is in visual order under `setting` ([`term_bidi::prints_visual`]).
fn prints_visual(setting: Setting) -> bool {
    term_bidi::prints_visual(setting, &term_bidi::Env::current())
}

/// Runs the reader or the subcommand the command line names.
fn run(cli: Cli, config: Config) -> anyhow::Result<ExitCode> {
    let db = cli.db.as_deref();
    // `auto` is the reader's to resolve (it asks the terminal); printed output is in visual
    // order unless told, or the environment says, that the terminal reorders.
    let bidi = cli.render.bidi_or(config.bidi);
    let render = Render {
        shape: cli.render.shape_or(config.shape),
        bidi: prints_visual(bidi),
    };
    let msgs = messages(&config);
    match cli.command {
        Some(Command::Dump(args)) => dump_cli::run(&args, render, &msgs),
        Some(Command::Layout(args)) => run_layout(&args, render),
        Some(Command::Config(args)) => run_config(&args, cli.config.as_deref(), &config),
        Some(Command::Doctor) => run_doctor(bidi, &msgs),
        Some(Command::Add(args)) => feeds_cli::add(&args, db, out(render, &msgs)),
        Some(Command::Remove(args)) => feeds_cli::remove(&args, db, out(render, &msgs)),
        Some(Command::Feeds(args)) => feeds_cli::feeds(&args, db, out(render, &msgs)),
        Some(Command::Update(args)) => feeds_cli::update(&args, db, out(render, &msgs)),
        Some(Command::Import(args)) => feeds_cli::import(&args, db, out(render, &msgs)),
        Some(Command::Export(args)) => feeds_cli::export(&args, db, &msgs),
        Some(Command::Search(args)) => search_cli::search(&args, db, &out(render, &msgs)),
        Some(Command::Vacuum(args)) => search_cli::vacuum(&args, &config, db, &out(render, &msgs)),
        Some(Command::Completions(args)) => cli::completions(args.shell),
        Some(Command::Man) => cli::man(),
        None => run_reader(&cli.paths, render, bidi, config, db),
    }
}

/// Whether an error is a write to a closed pipe (the reader of stdout went away).
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// The language of the help and of clap's usage errors, and whether they are in visual
/// order on a terminal, before the command line is parsed: the config's (`--config PATH`
/// if it is given) and `--bidi`'s; a config that cannot be read leaves the environment's
/// language (its error is said after parsing).
fn early(args: &[std::ffi::OsString]) -> (khabar::i18n::Messages, bool) {
    let path = cli::early_value(args, "--config").map(PathBuf::from);
    let config = Config::load(path.as_deref()).unwrap_or_default();
    let setting = (cli::early_value(args, "--bidi").and_then(|v| v.into_string().ok()))
        .and_then(|v| <cli::BidiArg as clap::ValueEnum>::from_str(&v, false).ok())
        .map_or(config.bidi, cli::BidiArg::setting);
    (messages(&config), prints_visual(setting))
}

/// Opens a library and reports its problems and warnings on stderr. An article's links
/// are resolved when it is opened ([`Library::open_lazy`]).
pub(crate) fn open_library(paths: &[PathBuf], said: &Said) -> anyhow::Result<Library> {
    let lib = Library::open_lazy(paths)?;
    for p in &lib.problems {
        complaint::error_of(&said.0, p, said.1);
    }
    for w in &lib.warnings {
        complaint::warning_of(&said.0, w, said.1);
    }
    Ok(lib)
}

/// The messages and the order of stderr's lines that a file's problem is said in.
pub(crate) type Said = (khabar::i18n::Messages, khabar::text::Order);

/// The reader: the library first (every problem is known before the terminal is taken: a
/// file named alone that cannot be loaded stops here), then the event loop. Problems with
/// some of the named files are said in the status line too, and the exit is non-zero.
fn run_reader(
    paths: &[PathBuf],
    settings: Render,
    bidi: Setting,
    config: Config,
    db: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let lang = khabar::i18n::Lang::choose(config.language, |v| std::env::var(v).ok());
    let msg = khabar::i18n::Messages::new(lang);
    let notes = Notes::of(&config.keymap, &msg);
    let said = (msg.clone(), report::stderr_order(settings.bidi));
    let (lib, shelf) = if !paths.is_empty() {
        (open_library(paths, &said)?, None)
    } else if let Some((mut lib, shelf)) = store_library(db, notes.clone())? {
        if shelf.store_is_empty() {
            // The first run: the note says how to add a feed; the bundled articles follow it.
            let mut bundled = open_library(&[khabar::library::sources::seed()], &said)?;
            bundled.resolve_links(); // they go under the store's items, resolved
            lib.articles.extend(bundled.articles);
        }
        (lib, Some(shelf))
    } else {
        // No store yet (or an empty one): the first-run note first, as with `--db NEW`.
        let bundled = open_library(&[khabar::library::sources::seed()], &said)?;
        (
            notes.before_bundled(bundled, &feeds_cli::db_path(db)?),
            None,
        )
    };
    let first = lib.opened.first().copied().unwrap_or(0);
    // Rust's stdout swallows writes to a closed descriptor, so without this check the reader
    // would run on, invisible, waiting for keys.
    if !std::io::stdout().is_terminal() {
        let line = messages(&config).line("cli-not-a-terminal", &[]);
        report::error_line(&line, report::stderr_order(settings.bidi));
        return Ok(ExitCode::FAILURE);
    }
    let failed = exit_code(&lib);
    let problems = problems_line(&lib, &messages(&config));
    // Asked before the alternate screen, so the terminal's answers are not drawn over.
    let (mode, verdict) = term_bidi::resolve(bidi);
    khabar::terminal::set_mlterm_restore(verdict.and_then(|v| v.mlterm_restore));
    khabar::terminal::set_rlm_marks(term_bidi::rlm_marks(&term_bidi::Env::current()));
    let settings = Render {
        shape: settings.shape,
        bidi: mode != Mode::Terminal,
    };
    khabar::terminal::set_runs(mode == Mode::Runs);
    let mut app = App::on_shelf(lib, shelf, first, settings);
    app.set_messages(messages(&config));
    app.set_keymap(config.keymap);
    app.set_theme(Theme::new(&config.palette, no_color()));
    // Where the terminal cannot be told: the setting that fixes it, until the first key.
    if let Some((id, name)) = term_bidi::advice(bidi, &term_bidi::Env::current()) {
        app.say(msg.get(id, &[("terminal", khabar::i18n::Arg::Text(&name))]));
    }
    app.set_messages(msg);
    if let Ok(path) = feeds_cli::db_path(db) {
        app.set_store_path(path);
    }
    // The library pane's view of the last run (a damaged file: said, and the default used).
    if let Some(path) = khabar::library::prefs::default_path() {
        match khabar::library::prefs::load(&path) {
            Ok(prefs) => app.set_library_prefs(prefs),
            Err(why) => app.complain(app.msg().say(&why)),
        }
    }
    if let Some(line) = problems {
        app.complain(line);
    }
    // Asked once here, so that drawing a link's target never asks the system.
    khabar::links::start_folder();
    let code = khabar::event_loop::run(app, mode == Mode::Explicit)?;
    Ok(if code == 0 {
        failed
    } else {
        ExitCode::from(code)
    })
}

/// The status line's word on the files that could not be opened: the first problem, and
/// how many more (all of them were written on stderr too).
fn problems_line(lib: &Library, msgs: &khabar::i18n::Messages) -> Option<String> {
    let first = msgs.describe(lib.problems.first()?);
    Some(match lib.problems.len() {
        1 => first,
        n => msgs.get(
            "problems-more",
            &[
                ("first", khabar::i18n::Arg::Text(&first)),
                ("count", khabar::i18n::Arg::Num(n - 1)),
            ],
        ),
    })
}

/// The reader on the store, when it holds subscriptions or saved items, or `--db` names it
/// (a store named that does not exist yet is made: the reader opens on it, empty, with the
/// first-run note); `None` opens the bundled articles instead.
fn store_library(db: Option<&Path>, notes: Notes) -> anyhow::Result<Option<(Library, Shelf)>> {
    use anyhow::Context;
    use khabar::store::Store;
    let path = feeds_cli::db_path(db)?;
    let shown = || feeds_cli::shown(&path);
    let store = match Store::open_reader(&path).with_context(shown)? {
        Some(store) if db.is_some() || !store.is_empty()? => store,
        None if db.is_some() => Store::open(&path).with_context(shown)?,
        _ => return Ok(None),
    };
    Ok(Some(Shelf::open_noted(store, notes).with_context(shown)?))
}

/// The `NO_COLOR` convention: set and not empty.
fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

fn run_config(args: &ConfigArgs, config: Option<&Path>, cfg: &Config) -> anyhow::Result<ExitCode> {
    let path = config
        .map(Path::to_path_buf)
        .or_else(khabar::config::default_path);
    if args.print {
        write!(
            std::io::stdout().lock(),
            "{}",
            cfg.to_toml(messages(cfg).lang())
        )?;
    } else {
        match path {
            Some(p) => report::out(p.display()),
            None => {
                let order = report::stdout_order(prints_visual(cfg.bidi));
                report::out_line(&messages(cfg).line("cli-no-config-folder", &[]), order);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `khabar doctor`: the terminal's treatment of RTL text and the mode chosen.
fn run_doctor(bidi: Setting, msgs: &khabar::i18n::Messages) -> anyhow::Result<ExitCode> {
    let env = term_bidi::Env::current();
    let replies = term_bidi::probe(env.mlterm.is_some());
    let out = khabar::doctor::Out {
        terminal: report::stdout_is_terminal(),
        columns: crossterm::terminal::size()
            .ok()
            .map(|(w, _)| usize::from(w)),
    };
    for row in khabar::doctor::report(bidi, &env, replies.as_ref(), msgs, out) {
        report::out_turned(&row);
    }
    Ok(ExitCode::SUCCESS)
}

/// Non-zero when a path the user named could not be loaded.
pub(crate) fn exit_code(lib: &Library) -> ExitCode {
    if lib.named_failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn run_layout(args: &LayoutArgs, render: Render) -> anyhow::Result<ExitCode> {
    let opts = khabar::layout::Options {
        width: usize::from(args.width),
        shape: render.shape,
        bidi: render.bidi,
        isolate_addresses: args.isolate_addresses,
        ..khabar::layout::Options::default()
    };
    let stdout = std::io::stdout().lock();
    let result = match args.file.as_deref() {
        None => khabar::layout::filter::run(std::io::stdin().lock(), stdout, &opts, !args.no_pad),
        Some(p) if p.as_os_str() == "-" => {
            khabar::layout::filter::run(std::io::stdin().lock(), stdout, &opts, !args.no_pad)
        }
        Some(p) => {
            let file = std::fs::File::open(p).map_err(|e| feeds_cli::io_error(p, &e))?;
            let input = std::io::BufReader::with_capacity(1 << 16, file);
            khabar::layout::filter::run(input, stdout, &opts, !args.no_pad)
        }
    };
    // `khabar layout | head` closes the pipe early: `main` ends quietly then.
    result?;
    Ok(ExitCode::SUCCESS)
}
