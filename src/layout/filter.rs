//! `khabar layout`: a streaming text filter, one input line = one paragraph.
//!
//! Reads line by line with a bounded buffer, so memory stays flat however long the input:
//! a line longer than [`MAX_PARAGRAPH`] bytes is cut there (at a `char` boundary) and the rest
//! is laid out as further paragraphs. `\n` and `\r\n` end a line; invalid UTF-8 is decoded
//! lossily (U+FFFD). Every screen line is written followed by `\n`; RTL lines are padded
//! with their indent (right aligned) unless `pad` is false.
//!
//! Paragraphs are laid out in batches on two threads when the input is large enough (the
//! target machines have two cores), while the calling thread reads the next batch and writes
//! the previous one; output order is always input order.

use std::io::{self, BufRead, BufWriter, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

use super::{Options, Scratch, layout_to_bytes};

/// Longest paragraph the filter lays out at once, in bytes.
pub const MAX_PARAGRAPH: usize = 1 << 20;

/// Bytes of input gathered before a batch is laid out (split between the threads).
const BATCH_BYTES: usize = 1 << 20;

/// Pieces of about the same size a batch is cut into for the two threads.
const CHUNKS: usize = 16;

/// Lays out every line of `input` as a paragraph and writes the screen lines to `out`.
///
/// A pipeline: while two threads lay batch N out, this one writes the lines of batch N − 1
/// and reads batch N + 1. The threads take the [`CHUNKS`] chunks of a batch one at a time,
/// so one that is slowed down (the machine is shared) leaves more of them to the other.
pub fn run(mut input: impl BufRead, out: impl Write, opts: &Options, pad: bool) -> io::Result<()> {
    let mut out = BufWriter::with_capacity(1 << 16, out);
    let mut carry = Vec::new();
    let (mut batch, mut next) = (Batch::default(), Batch::default());
    let mut scratches = [Scratch::default(), Scratch::default()];
    // The lines of each chunk of the batch being laid out, and of the previous batch (not
    // written yet).
    let mut chunks: Vec<Mutex<Vec<u8>>> = (0..CHUNKS).map(|_| Mutex::default()).collect();
    let mut done: Vec<Vec<u8>> = vec![Vec::new(); CHUNKS];
    let mut more = batch.fill(&mut input, &mut carry)?;
    loop {
        if !more && batch.bytes.len() < BATCH_BYTES / 4 {
            // Small (the whole input, or the tail of a large one): no thread to start.
            write_all(&mut out, &done)?;
            let mut lines = std::mem::take(&mut done[0]);
            lines.clear();
            let [scratch, _] = &mut scratches;
            lay_out(
                scratch,
                batch.paragraphs(0..batch.ends.len()),
                opts,
                pad,
                &mut lines,
            );
            out.write_all(&lines)?;
            return out.flush();
        }
        let bounds = batch.chunk_bounds();
        let taken = AtomicUsize::new(0);
        let (read, wrote) = std::thread::scope(|s| {
            for scratch in &mut scratches {
                let (batch, bounds, chunks, taken) = (&batch, &bounds, &chunks, &taken);
                s.spawn(move || {
                    loop {
                        let i = taken.fetch_add(1, Ordering::Relaxed);
                        if i >= CHUNKS {
                            break;
                        }
                        let mut lines = chunks[i].lock().unwrap_or_else(PoisonError::into_inner);
                        lines.clear();
                        let paragraphs = batch.paragraphs(bounds[i]..bounds[i + 1]);
                        lay_out(scratch, paragraphs, opts, pad, &mut lines);
                    }
                });
            }
            let wrote = write_all(&mut out, &done);
            let read = more.then(|| next.fill(&mut input, &mut carry)).transpose();
            (read, wrote)
        });
        wrote?;
        for (c, d) in chunks.iter_mut().zip(&mut done) {
            std::mem::swap(c.get_mut().unwrap_or_else(PoisonError::into_inner), d);
        }
        match read? {
            Some(m) => {
                std::mem::swap(&mut batch, &mut next);
                more = m;
            }
            None => break,
        }
    }
    write_all(&mut out, &done)?;
    out.flush()
}

fn write_all(out: &mut impl Write, parts: &[Vec<u8>]) -> io::Result<()> {
    parts.iter().try_for_each(|p| out.write_all(p))
}

/// Paragraphs read from the input, stored back to back.
#[derive(Default)]
struct Batch {
    bytes: Vec<u8>,
    ends: Vec<usize>,
}

impl Batch {
    /// Reads paragraphs until the batch is full. Returns false at the end of the input.
    fn fill(&mut self, input: &mut impl BufRead, carry: &mut Vec<u8>) -> io::Result<bool> {
        self.bytes.clear();
        self.ends.clear();
        while self.bytes.len() < BATCH_BYTES {
            let start = self.bytes.len();
            self.bytes.append(carry);
            match read_line(input, &mut self.bytes, start + MAX_PARAGRAPH)? {
                Line::Eof if self.bytes.len() == start => return Ok(false),
                Line::Eof => {
                    self.ends.push(self.bytes.len());
                    return Ok(false);
                }
                Line::Complete => {}
                Line::Capped => {
                    let cut = char_boundary_cut(&self.bytes[start..]) + start;
                    carry.extend_from_slice(&self.bytes[cut..]);
                    self.bytes.truncate(cut);
                }
            }
            self.ends.push(self.bytes.len());
        }
        Ok(true)
    }

    fn paragraphs(&self, range: std::ops::Range<usize>) -> impl Iterator<Item = &[u8]> {
        range.map(|i| {
            let start = if i == 0 { 0 } else { self.ends[i - 1] };
            &self.bytes[start..self.ends[i]]
        })
    }

    /// Where each chunk starts (as a paragraph index), and the end: chunks of about the same
    /// number of bytes.
    fn chunk_bounds(&self) -> [usize; CHUNKS + 1] {
        let n = self.ends.len();
        std::array::from_fn(|k| match k {
            0 => 0,
            CHUNKS => n,
            _ => {
                let at = self.bytes.len() * k / CHUNKS;
                self.ends.partition_point(|&e| e < at).min(n)
            }
        })
    }
}

/// Lays `paragraphs` out with `scratch`, appending their lines to `lines`.
fn lay_out<'a>(
    scratch: &mut Scratch,
    paragraphs: impl Iterator<Item = &'a [u8]>,
    opts: &Options,
    pad: bool,
    lines: &mut Vec<u8>,
) {
    for p in paragraphs {
        // Valid UTF-8 is checked by a SIMD validator (std's goes byte by byte through
        // Arabic text); only a broken line pays for the lossy decoder.
        let text = match simdutf8::basic::from_utf8(p) {
            Ok(s) => std::borrow::Cow::Borrowed(s),
            Err(_) => String::from_utf8_lossy(p),
        };
        layout_to_bytes(scratch, &text, opts, pad, lines);
    }
}

enum Line {
    /// A `\n` ended the line (it and a `\r` before it are not kept).
    Complete,
    /// `buf` reached the cap before a `\n`.
    Capped,
    /// The input ended (the line, possibly empty, has no `\n`).
    Eof,
}

/// Appends one line of `input` to `buf`, without its line ending, stopping at `cap` bytes.
fn read_line(input: &mut impl BufRead, buf: &mut Vec<u8>, cap: usize) -> io::Result<Line> {
    loop {
        let room = cap.saturating_sub(buf.len());
        if room == 0 {
            return Ok(Line::Capped);
        }
        let avail = match input.fill_buf() {
            Ok(a) => a,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            return Ok(Line::Eof);
        }
        let take = &avail[..avail.len().min(room)];
        if let Some(i) = take.iter().position(|&b| b == b'\n') {
            buf.extend_from_slice(&take[..i]);
            input.consume(i + 1);
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
            return Ok(Line::Complete);
        }
        let n = take.len();
        buf.extend_from_slice(take);
        input.consume(n);
    }
}

/// Where to cut `bytes` so that a UTF-8 sequence split by the cap moves whole to the next
/// paragraph: the start of an incomplete trailing sequence, else the end.
fn char_boundary_cut(bytes: &[u8]) -> usize {
    let len = bytes.len();
    for back in 1..=len.min(4) {
        let b = bytes[len - back];
        if b & 0xC0 == 0x80 {
            continue; // continuation byte: look further back for the lead byte
        }
        let needed = match b {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => 1,
        };
        return if needed > back { len - back } else { len };
    }
    len
}

#[cfg(test)]
mod tests {
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

    /// What the filter must print: every line through the public [`layout_paragraph`].
    fn through_the_api(input: &str, opts: &Options, pad: bool) -> String {
        let mut want = String::new();
        for line in input.lines() {
            for l in crate::layout::layout_paragraph(line, &[], opts).lines {
                want.push_str(&l.to_plain(pad));
                want.push('\n');
            }
        }
        want
    }

    #[test]
    fn same_output_as_layout_paragraph() {
        let seed = include_str!("../../assets/000_2a3d9ced42edd8a0.txt");
        let mixed = [
            "abc عربي 123 (نص [x]) def «ب» “ج” 4.5% -7",
            "שלום world 42% (עברית) ‎x‏",
            "\tتاب\tb c\u{1b}[31m\u{7f}\u{85}z",
            "a\u{202B}ب\u{202C}c \u{2067}د e\u{2069} \u{200F}",
            "لا إله إلّا لأ لآ ﻻ مُحَمَّد 👨\u{200D}👩\u{200D}👧 🇸🇦 e\u{301}",
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
                    let want = through_the_api(input, &opts, pad);
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
}
