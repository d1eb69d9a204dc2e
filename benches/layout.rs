//! Layout throughput on 10 MB of the seed article repeated, width 80, shaping on and off.
//! Each paragraph (input line) is laid out with `layout_paragraph`; criterion reports MB/s.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use khabar::layout::{Options, layout_paragraph};

const SEED: &str = include_str!("../assets/000_2a3d9ced42edd8a0.txt");

fn corpus() -> String {
    let mut para = SEED.to_string();
    if !para.ends_with('\n') {
        para.push('\n');
    }
    para.repeat((10 << 20) / para.len() + 1)
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let mut group = c.benchmark_group("layout_10MB_w80");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    for shape in [true, false] {
        let opts = Options {
            width: 80,
            shape,
            ..Options::default()
        };
        let name = if shape { "shape_on" } else { "shape_off" };
        group.bench_function(name, |b| {
            b.iter(|| {
                let mut lines = 0;
                for para in text.lines() {
                    lines += layout_paragraph(para, &[], &opts).lines.len();
                }
                lines
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
