//! clap's help, rendered to text, written line by line under the text policy (rule 6 of
//! `khabar::text`): in logical order on a pipe (English: byte for byte clap's), in visual
//! order on a terminal, each line a [`Line`] in the UI's direction whose code stays whole:
//! the first column of a row (`-w, --width <WIDTH>`, a subcommand, an example's command)
//! is one isolated unit, and so are a flag (`--since`), a `<VALUE>` or `[PATHS]...`,
//! a `` `span` `` and each placeable of a message inside a description. A right-to-left
//! help is right-aligned as a block (its columns mirrored); a line wider than the terminal
//! is wrapped by the layout, never by the terminal.

use khabar::article::Direction;
use khabar::text::{Base, Line, Order};

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';
const GLUE: char = '\u{a0}';
const HYPHEN: char = '\u{2011}';

/// The rows of `help` (clap's text, with Fluent's isolates) as they are written: logical
/// order on a pipe; on a terminal of `columns`, visual order.
pub fn rows(help: &str, dir: Direction, order: Order, columns: Option<usize>) -> Vec<String> {
    let lines: Vec<Line> = help.lines().map(|l| line(l, dir)).collect();
    let spaced = |row: String| row.replace(GLUE, " ").replace(HYPHEN, "-");
    if order == Order::Logical {
        return lines.iter().map(Line::logical).map(spaced).collect();
    }
    let widest = lines.iter().map(|l| columns_of(&l.fit(None, order))).max();
    let width = columns.or(widest).unwrap_or(80).max(1);
    let mut rows = Vec::new();
    for (text, l) in help.lines().zip(&lines) {
        let whole = l.fit(None, order);
        if columns_of(&whole) > width {
            match hanging(text, dir, width) {
                Some(hung) => rows.extend(hung),
                None => rows.extend(l.rows(width, order)),
            }
        } else if dir.is_rtl() {
            rows.push(l.fit(Some(width), order).trim_end().to_string());
        } else {
            rows.push(whole);
        }
    }
    rows.into_iter().map(spaced).collect()
}

/// Columns a description needs beside its first column (its code, `` `khabar feeds
/// --where` ``, is never cut where it has them); else the row wraps under it.
const MIN_ABOUT: usize = 40;

/// A row of two columns (an option or an example, then its description) wider than `width`,
/// in visual order: the description wrapped beside the first column, each further row
/// indented to it (on the right for a right-to-left help), so that the first column stays
/// alone in its column. `None` for a row of one column, or one whose description would
/// have fewer than [`MIN_ABOUT`] columns.
fn hanging(text: &str, dir: Direction, width: usize) -> Option<Vec<String>> {
    let body = text.trim_start_matches(' ');
    let lead = text.len() - body.len();
    let &(first, gap) = segments(body).first()?;
    let described = !gap.is_empty() && first.len() + gap.len() < body.len();
    let indent = lead + columns_of(first) + gap.len();
    if !described || !is_code(first, true) || width < indent + MIN_ABOUT {
        return None;
    }
    let about = words(Line::new(Base::Ui(dir)), &body[first.len() + gap.len()..]);
    let rows = about.rows(width - indent, Order::Visual);
    let head = |i: usize| match i {
        0 if dir.is_rtl() => format!("{}{first}{}", " ".repeat(gap.len()), " ".repeat(lead)),
        0 => format!("{}{first}{gap}", " ".repeat(lead)),
        _ => " ".repeat(indent),
    };
    let hung = rows.iter().enumerate().map(|(i, row)| match dir.is_rtl() {
        true => {
            let pad = (width - indent).saturating_sub(columns_of(row));
            format!("{}{row}{}", " ".repeat(pad), head(i))
                .trim_end()
                .to_string()
        }
        false => format!("{}{row}", head(i)),
    });
    Some(hung.collect())
}

/// A unit of code, its spaces and hyphens glued (NO-BREAK SPACE and NON-BREAKING HYPHEN,
/// UAX #14 GL) so that a wrapped row never cuts `khabar feeds --where` in two; written
/// back as spaces and hyphens ([`rows`]). A unit wider than the row is still cut.
fn code(line: Line, s: &str) -> Line {
    let glued: String = (s.chars())
        .map(|c| match c {
            ' ' => GLUE,
            '-' => HYPHEN,
            c => c,
        })
        .collect();
    line.unit(&glued)
}

fn columns_of(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// One line of clap's help as a [`Line`] of the text policy (module docs).
pub fn line(text: &str, dir: Direction) -> Line {
    let body = text.trim_start_matches(' ');
    let mut line = Line::new(Base::Ui(dir)).text(&text[..text.len() - body.len()]);
    for (i, (segment, gap)) in segments(body).into_iter().enumerate() {
        line = if i == 0 && is_code(segment, !gap.is_empty()) {
            code(line, segment)
        } else {
            words(line, segment)
        };
        line = line.text(gap);
    }
    line
}

/// The columns of a row: the text between runs of two or more spaces, each with the
/// spaces after it.
fn segments(s: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        let end = rest.find("  ").unwrap_or(rest.len());
        let after = rest[end..].trim_start_matches(' ');
        let gap_end = rest.len() - after.len();
        out.push((&rest[..end], &rest[end..gap_end]));
        rest = after;
    }
    out
}

/// Whether the first column of a row is code (a flag, a value name, a subcommand, an
/// example's command), not a sentence: it starts with `-`, `<`, `[` or `khabar`, or it is
/// a column (a description follows it) that starts in Latin.
fn is_code(s: &str, column: bool) -> bool {
    let latin = s
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| c.is_ascii_alphabetic());
    s.starts_with(['-', '<', '[']) || s == "khabar" || s.starts_with("khabar ") || (column && latin)
}

/// A description: plain words, with every `` `span` ``, isolate and run of Latin words
/// holding code (`--since`, `khabar config [OPTIONS]`) a unit. In a left-to-right help each
/// word stands alone (a run of them needs no isolating there, and one long unit would be cut
/// mid-word when wrapped).
fn words(mut line: Line, s: &str) -> Line {
    let rtl = line.direction().is_rtl();
    let word_end = |s: &str| s.find([' ', '`', FSI]).unwrap_or(s.len());
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        let end = match c {
            FSI => closing(rest),
            '`' => rest[1..].find('`').map_or(rest.len(), |i| i + 2),
            ' ' => rest.find(|c| c != ' ').unwrap_or(rest.len()),
            _ if rtl => latin_run(rest),
            _ => word_end(rest),
        };
        let (piece, after) = rest.split_at(end.max(c.len_utf8()));
        line = match c {
            FSI => line.isolated(piece),
            '`' => code(line, piece),
            _ => run(line, piece),
        };
        rest = after;
    }
    line
}

/// The end of the word `s` starts with, or of the run of ASCII words (one space apart)
/// it starts when it is ASCII.
fn latin_run(s: &str) -> usize {
    let word_end = |s: &str| s.find([' ', '`', FSI]).unwrap_or(s.len());
    let mut end = word_end(s);
    if !s[..end].is_ascii() {
        return end;
    }
    while s[end..].starts_with(' ') && !s[end + 1..].starts_with(' ') {
        let next = end + 1 + word_end(&s[end + 1..]);
        if next == end + 1 || !s[end + 1..next].is_ascii() {
            break;
        }
        end = next;
    }
    end
}

/// A word or a run of Latin words: a unit when one of its words is code (`--since,` → the
/// unit `--since`, then `,`; `'--help')`; `<PATHS>...`), else plain text.
fn run(line: Line, w: &str) -> Line {
    let is_code = |w: &str| w.is_ascii() && w.starts_with(['-', '<', '[', '\'']) && w.len() > 1;
    if !w.split(' ').any(is_code) {
        return line.text(w);
    }
    let last = w.rsplit(' ').next().unwrap_or(w);
    let core = match last.starts_with(['-', '\'']) {
        true => w.trim_end_matches([',', ';', '.', ')', ':']),
        false => w,
    };
    code(line, core).text(&w[core.len()..])
}

/// The end of the isolate `s` starts with (its matching PDI included).
fn closing(s: &str) -> usize {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            FSI => depth += 1,
            PDI if depth <= 1 => return i + c.len_utf8(),
            PDI => depth -= 1,
            _ => {}
        }
    }
    s.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_and_code_are_units() {
        let l = line(
            "  -w, --width <WIDTH>  רוחב `--x y`, ראו --since.",
            Direction::Rtl,
        );
        assert_eq!(
            l.marked(),
            "  \u{2068}‑w,\u{a0}‑‑width\u{a0}<WIDTH>\u{2069}  רוחב \u{2068}`‑‑x\u{a0}y`\u{2069}, ראו \u{2068}‑‑since\u{2069}."
        );
        let l = line("שימוש: khabar [OPTIONS] [PATHS]...", Direction::Rtl);
        assert_eq!(
            l.marked(),
            "שימוש: \u{2068}khabar\u{a0}[OPTIONS]\u{a0}[PATHS]...\u{2069}"
        );
    }

    #[test]
    fn a_wrapped_row_never_cuts_code_and_keeps_its_spaces() {
        let help = "      --db <PATH>  מסד הנתונים של המינויים והפריטים; `khabar feeds --where` מדפיס את מיקומו";
        for width in 24..60 {
            let rows = rows(help, Direction::Rtl, Order::Visual, Some(width));
            assert!(
                rows.iter().all(|r| !r.contains(['\u{a0}', '\u{2011}'])),
                "{rows:?}"
            );
            let at = rows
                .iter()
                .find(|r| r.contains("`khabar"))
                .expect("the code");
            assert!(at.contains("`khabar feeds --where`"), "{width}: {rows:#?}");
        }
        let logical = rows(help, Direction::Rtl, Order::Logical, None);
        assert_eq!(logical, vec![help.to_string()]);
    }

    #[test]
    fn a_message_isolate_stays_whole() {
        let text = "תיאור [ברירת מחדל: \u{2068}a b\u{2069}]";
        let l = line(&format!("  dump  {text}"), Direction::Rtl);
        assert_eq!(l.marked(), format!("  \u{2068}dump\u{2069}  {text}"));
        let text = "JSON `--print` זה";
        let l = line(&format!("     {text}"), Direction::Rtl);
        assert_eq!(l.marked(), "     JSON \u{2068}`‑‑print`\u{2069} זה");
    }
}
