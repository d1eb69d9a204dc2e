//! The one way text reaches stderr (errors, warnings, the progress of an update) and the
//! subcommands' own messages reach stdout (`add`, `remove`, `feeds`, `import`, `update`):
//! everything is rendered to a `String` and passed through [`escape`] before it is written,
//! so a file name, a feed's title or a parser's error quoting its input can never drive the
//! terminal (retitle it, clear it, move the cursor, reorder a line).
//!
//! The rule is held by construction: the writers here take `impl Display` and escape what it
//! renders; `clippy.toml` disallows `eprintln!`, `eprint!`, `println!`, `print!`, `dbg!` and
//! `std::io::stderr` everywhere else. What `dump` and `layout` print goes through the layout
//! instead, which shows controls as symbols cell by cell ([`picture`] is shared with it).
// The only place allowed to write to stderr and stdout with the standard macros.
#![allow(clippy::disallowed_macros, clippy::disallowed_methods)]

use std::borrow::Cow;
use std::fmt::Display;
use std::io::{IsTerminal, Write};

/// The visible symbol of a C0 control or DEL: its Unicode control picture, `␀`…`␟`
/// (U+2400 + the code, so ESC is `␛`, BEL `␇`, a line feed `␊`) and `␡` for DEL. The
/// layout draws these symbols too.
pub fn picture(c: char) -> Option<char> {
    match c {
        '\0'..='\x1f' => char::from_u32(0x2400 + c as u32),
        '\x7f' => Some('\u{2421}'),
        _ => None,
    }
}

/// Characters [`escape`] does not let through: every control (C0, DEL, C1), the bidi
/// embedding, override and isolate controls, and the line and paragraph separators.
fn is_escaped(c: char) -> bool {
    c.is_control() || crate::spoof::is_bidi_control(c) || matches!(c, '\u{2028}' | '\u{2029}')
}

/// `text` safe for a terminal line (the rule of every message khabar writes): a tab becomes
/// a space, the other C0 controls and DEL their [`picture`] (`␛`), and C1 controls, bidi
/// embedding/override/isolate controls and U+2028/U+2029 the visible `<U+XXXX>` (`<U+009B>`,
/// `<U+202E>`). A line break inside a message is shown as `␊`: only the writers below end
/// lines. Everything else stays, Arabic and Hebrew text, ZWJ/ZWNJ and the LRM/RLM marks
/// included. Escaping twice changes nothing more.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_escaped) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' => out.push(' '),
            c if !is_escaped(c) => out.push(c),
            c => match picture(c) {
                Some(p) => out.push(p),
                None => out.push_str(&format!("<U+{:04X}>", c as u32)),
            },
        }
    }
    Cow::Owned(out)
}

/// What a message is: its prefix on stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// `khabar: …`
    Error,
    /// `khabar: warning: …`
    Warning,
    /// No prefix (progress lines, subcommand messages).
    Plain,
}

/// The line a message is written as, newline included: the prefix of its level, then the
/// message [`escape`]d. The writers below write exactly this.
pub fn render(level: Level, msg: &dyn Display) -> String {
    let prefix = match level {
        Level::Error => "khabar: ",
        Level::Warning => "khabar: warning: ",
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

/// `khabar: warning: msg` on stderr.
pub fn warning(msg: impl Display) {
    to_stderr(&render(Level::Warning, &msg));
}

/// `msg` on a line of its own on stderr (a progress line).
pub fn note(msg: impl Display) {
    to_stderr(&render(Level::Plain, &msg));
}

/// A multi-line text on stderr, each line escaped (see [`render_lines`]).
pub fn note_lines(text: &str) {
    to_stderr(&render_lines(text));
}

/// `msg` on a line of its own on stdout: a subcommand's result. A closed stdout (`| head`)
/// loses the line, nothing more.
pub fn out(msg: impl Display) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(render(Level::Plain, &msg).as_bytes());
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
        assert_eq!(render(Level::Warning, &"x"), "khabar: warning: x\n");
        assert_eq!(render_lines("a\u{7}\nb\n"), "a␇\nb\n");
    }
}
