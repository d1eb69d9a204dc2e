//! The one way text reaches stderr (errors, warnings, the progress of an update) and the
//! subcommands' own messages reach stdout (`add`, `remove`, `feeds`, `import`, `update`).
//! A message that names a title is a [`crate::text::Line`] (the name an isolated unit),
//! written in visual order when its stream is a terminal ([`error_line`], [`stderr_order`]);
//! the subcommands' results are messages of the reader's language made such lines
//! ([`crate::i18n::Messages::line`]), the errors' and warnings' reasons too (see
//! `complaint.rs` of the binary and [`crate::i18n::errors`]); everything is rendered to a `String` and passed through [`escape`] before it is written,
//! so a file name, a feed's title or a parser's error quoting its input can never drive the
//! terminal (retitle it, clear it, move the cursor, reorder a line).
//!
//! The rule is held by construction: the writers here take `impl Display` and escape what it
//! renders; `clippy.toml` disallows `eprintln!`, `eprint!`, `println!`, `print!`, `dbg!` and
//! `std::io::stderr` everywhere else. What `dump` and `layout` print goes through the layout
//! instead, which shows controls as symbols cell by cell; both take their symbols from
//! [`crate::text::symbols`].
// The only place allowed to write to stderr and stdout with the standard macros.
#![allow(clippy::disallowed_macros, clippy::disallowed_methods)]

use std::fmt::Display;
use std::io::{IsTerminal, Write};

/// The symbols come from the text policy's one mapping ([`crate::text::symbols`]).
pub use crate::text::symbols::{escape, picture};

/// What a message is: its prefix on stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// `khabar: …`
    Error,
    /// No prefix (progress lines, subcommand messages).
    Plain,
}

/// The line a message is written as, newline included: the prefix of its level, then the
/// message [`escape`]d. The writers below write exactly this.
pub fn render(level: Level, msg: &dyn Display) -> String {
    let prefix = match level {
        Level::Error => "khabar: ",
        Level::Plain => "",
    };
    format!("{prefix}{}\n", escape(&msg.to_string()))
}

/// Each line of a multi-line text (a usage message) [`escape`]d, newlines kept.
pub fn render_lines(text: &str) -> String {
    text.lines().map(|l| render(Level::Plain, &l)).collect()
}

/// Writes to stderr; a closed stderr is no reason to stop.
fn to_stderr(s: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(s.as_bytes());
    let _ = err.flush();
}

/// `khabar: msg` on stderr.
pub fn error(msg: impl Display) {
    to_stderr(&render(Level::Error, &msg));
}

/// `msg` on a line of its own on stderr (a progress line).
pub fn note(msg: impl Display) {
    to_stderr(&render(Level::Plain, &msg));
}

/// `line` on a line of its own on stderr, in `order`, without a prefix: the lines of a
/// usage error. Its parts are already escaped.
pub fn note_line(line: &crate::text::Line, order: crate::text::Order) {
    to_stderr(&prefixed("", line, order));
}

/// `msg` on a line of its own on stdout: a subcommand's result. A closed stdout (`| head`)
/// loses the line, nothing more.
pub fn out(msg: impl Display) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(render(Level::Plain, &msg).as_bytes());
}

/// `row` on a line of its own on stdout: a row of `khabar doctor`, escaped by its maker and
/// then perhaps turned into runs order (`terminal::runs_row`, for Konsole), which puts an RLO
/// and a PDF around each right-to-left stretch. Escaped as every message but for those two,
/// which the maker's escaping leaves to be khabar's own.
pub fn out_turned(row: &str) {
    let kept: Vec<&str> = row.split(['\u{202E}', '\u{202C}']).collect();
    let mut marks = row.chars().filter(|c| matches!(c, '\u{202E}' | '\u{202C}'));
    let mut text = String::with_capacity(row.len());
    for (i, part) in kept.iter().enumerate() {
        if i > 0 {
            text.extend(marks.next());
        }
        text.push_str(&escape(part));
    }
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{text}");
}

/// `line` on a line of its own on stdout, in `order` (the text policy's rule 6: visual on a
/// terminal, logical on a pipe or with `--bidi off`). Its parts are already escaped.
pub fn out_line(line: &crate::text::Line, order: crate::text::Order) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(prefixed("", line, order).as_bytes());
}

/// `khabar: ` and `line` on stderr, in `order` ([`stderr_order`]): an error that names a
/// title, the name an isolated unit of the line. Its parts are already escaped.
pub fn error_line(line: &crate::text::Line, order: crate::text::Order) {
    to_stderr(&prefixed("khabar: ", line, order));
}

/// `khabar: `, the word `warning` in the reader's language (`word`, the catalogue's
/// `report-warning`), `: ` and `line` on stderr, in `order` (see [`error_line`]): the word
/// is part of the line, so that it is laid out with it.
pub fn warning_line(word: &str, line: &crate::text::Line, order: crate::text::Order) {
    let line = line.preceded_by(&format!("{word}: "));
    to_stderr(&prefixed("khabar: ", &line, order));
}

/// `prefix` and `line`, newline included. In visual order a line wider than the terminal
/// is wrapped by the layout (rows in reading order, continuation rows indented under the
/// prefix) rather than by the terminal, which would cut a row of visual order in two and
/// show the logical end of a right-to-left line first.
pub fn prefixed(prefix: &str, line: &crate::text::Line, order: crate::text::Order) -> String {
    let columns = crossterm::terminal::size()
        .ok()
        .map(|(w, _)| usize::from(w));
    wrapped(prefix, line, order, columns)
}

/// [`prefixed`] for a terminal of `columns` (none: not wrapped).
pub fn wrapped(
    prefix: &str,
    line: &crate::text::Line,
    order: crate::text::Order,
    columns: Option<usize>,
) -> String {
    let indent = prefix.chars().count();
    let whole = line.fit(None, order);
    let fits = |w: usize| indent + unicode_width::UnicodeWidthStr::width(whole.as_str()) <= w;
    match columns {
        Some(w) if order == crate::text::Order::Visual && w > indent + 10 && !fits(w) => {
            let rows = line.rows(w - indent, order);
            let pad = " ".repeat(indent);
            let mut out = String::new();
            for (i, row) in rows.iter().enumerate() {
                out.push_str(if i == 0 { prefix } else { &pad });
                out.push_str(row);
                out.push('\n');
            }
            out
        }
        _ => format!("{prefix}{whole}\n"),
    }
}

/// The order of lines naming a title on stderr: visual when stderr is a terminal and `bidi`
/// is on, logical on a pipe or a log (the text policy's rule 6, as [`stdout_order`]).
pub fn stderr_order(bidi: bool) -> crate::text::Order {
    crate::text::Order::for_output(bidi, std::io::stderr().is_terminal())
}

/// The order of the subcommands' results on stdout: visual when stdout is a terminal and
/// `bidi` is on ([`crate::text::Order::for_output`]).
pub fn stdout_order(bidi: bool) -> crate::text::Order {
    crate::text::Order::for_output(bidi, std::io::stdout().is_terminal())
}

/// Whether stdout is a terminal (`khabar doctor` writes in the order it needs then).
pub fn stdout_is_terminal() -> bool {
    std::io::stdout().is_terminal()
}

/// Whether stderr is a terminal (a progress bar is drawn in place then).
pub fn stderr_is_terminal() -> bool {
    std::io::stderr().is_terminal()
}

/// Redraws the progress bar in place: carriage return, erase the line (the only control
/// sequence khabar writes to stderr), then `line` escaped.
pub fn bar(line: &str) {
    to_stderr(&format!("\r\x1b[2K{}", escape(line)));
}

/// Erases the progress bar, so what follows starts on a clean line.
pub fn clear_bar() {
    to_stderr("\r\x1b[2K");
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    #[test]
    fn controls_become_visible_and_text_stays() {
        let honest = "الجزيرة قالت\u{200F} «خبر» می\u{200C}خواهم \u{200D} עברית 25%";
        assert!(matches!(escape(honest), Cow::Borrowed(_)));
        assert_eq!(
            escape("a\u{1b}]0;x\u{7}b\tc\nd\u{7f}e\u{9b}f\u{202E}g\u{2066}h\u{2028}"),
            "a␛]0;x␇b c␊d␡e<U+009B>f<U+202E>g<U+2066>h<U+2028>"
        );
        let once = escape("\u{1b}[2J\u{85}\u{202D}").into_owned();
        assert_eq!(escape(&once), once);
    }

    #[test]
    fn a_message_is_one_escaped_line_with_its_prefix() {
        let name = "\u{1b}]0;pwned\u{7}.json\nkhabar: fake";
        assert_eq!(
            render(Level::Error, &format_args!("{name}: no such file")),
            "khabar: ␛]0;pwned␇.json␊khabar: fake: no such file\n"
        );
        assert_eq!(render_lines("a\u{7}\nb\n"), "a␇\nb\n");
    }
}
