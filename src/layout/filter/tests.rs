//! Tests of the line filter: its output against the per-paragraph API, line ends, caps.

use super::*;

#[test]
fn cut_keeps_split_chars_whole() {
    let s = "abعب".as_bytes();
    assert_eq!(char_boundary_cut(s), s.len());
    assert_eq!(char_boundary_cut(&s[..s.len() - 1]), s.len() - 2);
    assert_eq!(char_boundary_cut(b"abc"), 3);
}

#[test]
fn lines_and_crlf() {
    let mut out = Vec::new();
    let opts = Options {
        width: 10,
        ..Options::default()
    };
    run(&b"ab\r\ncd\n\nef"[..], &mut out, &opts, true).unwrap();
    assert_eq!(String::from_utf8(out).unwrap(), "ab\ncd\n\nef\n");
}

/// What the filter must print: every line through the public [`layout_paragraph`]. The lines
/// are cut by hand, as the module documents: at `\n`, less the `\r` of a `\r\n`, a lone `\r`
/// kept; a line longer than `piece` bytes is laid out as pieces of at most `piece` bytes cut
/// at `char` boundaries.
///
/// [`layout_paragraph`]: crate::layout::layout_paragraph
fn through_the_api(input: &str, opts: &Options, pad: bool, piece: usize) -> String {
    let mut lines: Vec<&str> = input.split('\n').collect();
    let last = lines.pop().filter(|l| !l.is_empty());
    for l in &mut lines {
        *l = l.strip_suffix('\r').unwrap_or(l);
    }
    lines.extend(last);
    let mut want = String::new();
    for mut line in lines {
        loop {
            let cut = if line.len() > piece {
                (0..=piece)
                    .rev()
                    .find(|&i| line.is_char_boundary(i))
                    .unwrap_or(0)
            } else {
                line.len()
            };
            for l in crate::layout::layout_paragraph(&line[..cut], &[], opts).lines {
                want.push_str(&l.to_plain(pad));
                want.push('\n');
            }
            line = &line[cut..];
            if line.is_empty() {
                break;
            }
        }
    }
    want
}

/// The filter's output for `input`, read `read` bytes at a time.
fn filtered(input: &str, opts: &Options, pad: bool, sizes: Sizes, read: usize) -> String {
    let mut out = Vec::new();
    let reader = io::BufReader::with_capacity(read, input.as_bytes());
    run_sized(reader, &mut out, opts, pad, sizes).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn empty_line_after_a_lone_cr() {
    // Crashed: the empty line dropped the `\r` that ended the paragraph before it.
    let opts = Options::default();
    let input = "\r\r\n\n";
    let want = through_the_api(input, &opts, true, MAX_PARAGRAPH);
    assert_eq!(filtered(input, &opts, true, Sizes::REAL, 1 << 16), want);
}

/// `\n`, `\r\n`, lone `\r` and empty lines at and around the end of a piece, of a read and
/// of a batch, with pieces cut inside two-byte letters too.
#[test]
fn line_ends_at_piece_and_batch_boundaries() {
    let opts = Options {
        width: 3,
        ..Options::default()
    };
    let ends = ["\n", "\r\n", "\r", "\r\r\n", "\n\r\n", "\n\n", ""];
    for piece in [4, 5, 8] {
        let texts = [
            String::new(),
            "x".repeat(piece - 1),
            "x".repeat(piece),
            "x".repeat(piece + 1),
            format!("x{}", "ع".repeat(piece / 2)),
        ];
        for (a, b, ea, eb) in combinations(&texts, &ends) {
            let input = format!("{a}{ea}{b}{eb}");
            let want = through_the_api(&input, &opts, true, piece);
            for (batch, read) in [(1 << 20, 1 << 16), (piece, 3), (4 * piece, 1)] {
                let sizes = Sizes { piece, batch };
                let got = filtered(&input, &opts, true, sizes, read);
                assert_eq!(
                    got, want,
                    "{input:?} piece {piece} batch {batch} read {read}"
                );
            }
        }
    }
}

/// Every (text, text, end, end) of the two lists.
fn combinations<'a>(
    texts: &'a [String],
    ends: &'a [&'a str],
) -> impl Iterator<Item = (&'a str, &'a str, &'a str, &'a str)> {
    texts.iter().flat_map(move |a| {
        texts.iter().flat_map(move |b| {
            ends.iter().flat_map(move |ea| {
                ends.iter()
                    .map(move |eb| (a.as_str(), b.as_str(), *ea, *eb))
            })
        })
    })
}

/// The same at the real piece size, with the sizes `khabar layout` uses.
#[test]
fn line_ends_at_the_real_piece_boundary() {
    let opts = Options::default();
    let x = "x".repeat(MAX_PARAGRAPH - 1);
    for tail in ["\r\n\n", "x\r\n", "x\r", "x\ry\n\n", "xy\r\n\r\n"] {
        let input = format!("{x}{tail}");
        let want = through_the_api(&input, &opts, false, MAX_PARAGRAPH);
        let got = filtered(&input, &opts, false, Sizes::REAL, 1 << 16);
        assert!(got == want, "x × (MAX_PARAGRAPH - 1) then {tail:?}");
    }
}

#[test]
fn same_output_as_layout_paragraph() {
    let seed = include_str!("../../../assets/000_2a3d9ced42edd8a0.txt");
    let mixed = [
        "abc عربي 123 (نص [x]) def «ب» “ج” 4.5% -7",
        "שלום world 42% (עברית) ‎x‏",
        "\tتاب\tb c\u{1b}[31m\u{7f}\u{85}z",
        "a\u{202B}ب\u{202C}c \u{2067}د e\u{2069} \u{200F}",
        "لا إله إلّا لأ لآ ﻻ مُحَمَّد 👨\u{200D}👩\u{200D}👧 🇸🇦 e\u{301}",
        "",
        "a\rb \r\r",
        "\r",
        "",
        "   ",
        "كلمةطويلةجداجداجداجداجداجداجداجداجداجداجداجداجداجداجداجدا",
    ]
    .join("\n");
    let small = format!("{seed}\n{mixed}\n");
    // Large enough for the threaded path: two batches of two halves.
    let large = small.repeat(BATCH_BYTES * 3 / 2 / small.len() + 1);
    for (input, all) in [(&small, true), (&large, false)] {
        for width in [80, 13, 1] {
            for (shape, bidi, pad) in [
                (true, true, true),
                (true, true, false),
                (false, true, true),
                (true, false, true),
            ] {
                if !all && (width != 80 || !pad) {
                    continue;
                }
                let opts = Options {
                    width,
                    shape,
                    bidi,
                    ..Options::default()
                };
                let mut out = Vec::new();
                run(input.as_bytes(), &mut out, &opts, pad).unwrap();
                let got = String::from_utf8(out).unwrap();
                let want = through_the_api(input, &opts, pad, MAX_PARAGRAPH);
                assert!(
                    got == want,
                    "width {width} shape {shape} bidi {bidi} pad {pad}"
                );
            }
        }
    }
}

#[test]
fn huge_line_is_capped() {
    let line = "x".repeat(MAX_PARAGRAPH + 5);
    let mut out = Vec::new();
    let opts = Options {
        width: MAX_PARAGRAPH * 2,
        ..Options::default()
    };
    run(line.as_bytes(), &mut out, &opts, true).unwrap();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0].len(), MAX_PARAGRAPH);
    assert_eq!(lines[1].len(), 5);
}
