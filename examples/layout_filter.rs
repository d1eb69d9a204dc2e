//! `khabar layout` before the CLI has it: stdin → `layout::filter::run` → stdout.
//! Usage: `layout_filter [WIDTH] [--shape on|off] [--bidi on|off] [--no-pad]`.

use khabar::layout::{Options, filter};

fn main() -> std::io::Result<()> {
    let mut opts = Options::default();
    let mut pad = true;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--no-pad" => pad = false,
            "--shape" => opts.shape = args.next().as_deref() != Some("off"),
            "--bidi" => opts.bidi = args.next().as_deref() != Some("off"),
            n => opts.width = n.parse().unwrap_or(80),
        }
    }
    let stdin = std::io::stdin().lock();
    filter::run(stdin, std::io::stdout().lock(), &opts, pad)
}
