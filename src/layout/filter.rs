//! `khabar layout`: a streaming text filter, one input line = one paragraph.
//!
//! Reads line by line with a bounded buffer, so memory stays flat however long the input:
//! a line longer than [`MAX_PARAGRAPH`] bytes is cut there (at a `char` boundary) and the rest
//! is laid out as further paragraphs. Line ends: `\n` and `\r\n` end a line, also when the
//! cap or a read falls between the `\r` and the `\n` (a line of exactly [`MAX_PARAGRAPH`]
//! bytes before its line end is one paragraph, not two); a lone `\r` is text of its paragraph
//! (the layout shows it as a forced line break, as [`super::layout_paragraph`] does). Only bytes
//! of the line being read are ever taken as its line end. Invalid UTF-8 is decoded lossily
//! (U+FFFD). Every screen line is written followed by `\n`; RTL lines are padded
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

/// How the filter cuts its input: paragraphs of at most `piece` bytes (at least 4, so a piece
/// always holds a whole `char`), batches of about `batch` bytes. Tests and fuzzing use small
/// sizes to put line ends at the boundaries with short inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sizes {
    pub piece: usize,
    pub batch: usize,
}

impl Sizes {
    /// What `khabar layout` uses.
    pub const REAL: Sizes = Sizes {
        piece: MAX_PARAGRAPH,
        batch: BATCH_BYTES,
    };
}

/// Lays out every line of `input` as a paragraph and writes the screen lines to `out`.
pub fn run(input: impl BufRead, out: impl Write, opts: &Options, pad: bool) -> io::Result<()> {
    run_sized(input, out, opts, pad, Sizes::REAL)
}

/// [`run`] with the piece and batch sizes given.
///
/// A pipeline: while two threads lay batch N out, this one writes the lines of batch N − 1
/// and reads batch N + 1. The threads take the [`CHUNKS`] chunks of a batch one at a time,
/// so one that is slowed down (the machine is shared) leaves more of them to the other.
pub fn run_sized(
    mut input: impl BufRead,
    out: impl Write,
    opts: &Options,
    pad: bool,
    sizes: Sizes,
) -> io::Result<()> {
    let sizes = Sizes {
        piece: sizes.piece.max(4),
        batch: sizes.batch.max(1),
    };
    let mut out = BufWriter::with_capacity(1 << 16, out);
    let mut carry = Vec::new();
    let (mut batch, mut next) = (Batch::default(), Batch::default());
    let mut scratches = [Scratch::default(), Scratch::default()];
    // The lines of each chunk of the batch being laid out, and of the previous batch (not
    // written yet).
    let mut chunks: Vec<Mutex<Vec<u8>>> = (0..CHUNKS).map(|_| Mutex::default()).collect();
    let mut done: Vec<Vec<u8>> = vec![Vec::new(); CHUNKS];
    let mut more = batch.fill(&mut input, &mut carry, sizes)?;
    loop {
        if !more && batch.bytes.len() < sizes.batch / 4 {
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
            let read = more
                .then(|| next.fill(&mut input, &mut carry, sizes))
                .transpose();
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
    fn fill(
        &mut self,
        input: &mut impl BufRead,
        carry: &mut Vec<u8>,
        sizes: Sizes,
    ) -> io::Result<bool> {
        self.bytes.clear();
        self.ends.clear();
        while self.bytes.len() < sizes.batch {
            let start = self.bytes.len();
            self.bytes.append(carry);
            match read_line(input, &mut self.bytes, start, sizes.piece)? {
                Line::Eof if self.bytes.len() == start => return Ok(false),
                Line::Eof => {
                    self.ends.push(self.bytes.len());
                    return Ok(false);
                }
                Line::Complete => {}
                Line::Capped => {
                    let piece = &self.bytes[start..start + sizes.piece];
                    let cut = char_boundary_cut(piece) + start;
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
    /// A `\n` ended the line (it and a `\r` of this line just before it are not kept).
    Complete,
    /// The line has more than `piece` bytes: the first `piece` of them are in `buf`, and
    /// possibly a `\r` after them that is text (not followed by `\n`).
    Capped,
    /// The input ended (the line, possibly empty, has no `\n`).
    Eof,
}

/// Appends the line of `input` that starts at byte `start` of `buf` (a carried part of it may
/// be there already) to `buf`, without its line end, stopping at `piece` bytes.
fn read_line(
    input: &mut impl BufRead,
    buf: &mut Vec<u8>,
    start: usize,
    piece: usize,
) -> io::Result<Line> {
    loop {
        let room = (start + piece).saturating_sub(buf.len());
        if room == 0 {
            return at_cap(input, buf, start);
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
        if let Some(i) = memchr::memchr(b'\n', take) {
            buf.extend_from_slice(&take[..i]);
            input.consume(i + 1);
            pop_cr(buf, start);
            return Ok(Line::Complete);
        }
        let n = take.len();
        buf.extend_from_slice(take);
        input.consume(n);
    }
}

/// At the cap: the line is complete if nothing but its line end (`\n`, `\r\n`) or the end
/// of the input follows, so that no empty paragraph is made of a line end.
fn at_cap(input: &mut impl BufRead, buf: &mut Vec<u8>, start: usize) -> io::Result<Line> {
    match peek(input)? {
        None => Ok(Line::Eof),
        Some(b'\n') => {
            input.consume(1);
            pop_cr(buf, start);
            Ok(Line::Complete)
        }
        Some(b'\r') => {
            input.consume(1);
            if peek(input)? == Some(b'\n') {
                input.consume(1);
                return Ok(Line::Complete);
            }
            buf.push(b'\r'); // a lone `\r`: text of the next piece
            Ok(Line::Capped)
        }
        Some(_) => Ok(Line::Capped),
    }
}

/// Drops the `\r` of a `\r\n` line end, if it belongs to the line that starts at `start`
/// (never one of the paragraph before, which shares the buffer).
fn pop_cr(buf: &mut Vec<u8>, start: usize) {
    if buf.len() > start && buf.last() == Some(&b'\r') {
        buf.pop();
    }
}

/// The next byte of `input`, without consuming it.
fn peek(input: &mut impl BufRead) -> io::Result<Option<u8>> {
    loop {
        match input.fill_buf() {
            Ok(a) => return Ok(a.first().copied()),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
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
mod tests;
