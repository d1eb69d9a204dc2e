//! Snapshots of the seed article laid out at widths 20, 40 and 80, shaping off so the Arabic
//! shows as plain letters. Each screen line is framed by `|` to show the right alignment.
//! Read in visual order: the first word of an RTL line is at its right end.

use khabar::layout::{Options, layout_paragraph};

const SEED: &str = include_str!("../../assets/000_2a3d9ced42edd8a0.txt");

fn render(width: usize) -> String {
    let opts = Options {
        width,
        shape: false,
        ..Options::default()
    };
    let mut out = String::new();
    for para in SEED.lines() {
        for line in layout_paragraph(para, &[], &opts).lines {
            let plain = line.to_plain(true);
            let pad = width.saturating_sub(line.width() + usize::from(line.indent));
            out.push('|');
            out.push_str(&plain);
            out.push_str(&" ".repeat(pad));
            out.push_str("|\n");
        }
    }
    out
}

#[test]
fn seed_width_20() {
    insta::assert_snapshot!("seed_w20", render(20));
}

#[test]
fn seed_width_40() {
    insta::assert_snapshot!("seed_w40", render(40));
}

#[test]
fn seed_width_80() {
    insta::assert_snapshot!("seed_w80", render(80));
}
