//! Search on a 10 MB Arabic article (the seed repeated): folding the text once, then finding
//! every match of a 5-letter word in the folded text, and the two together.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use khabar::search::{Folded, Mode, Query};

const SEED: &str = include_str!("../assets/000_2a3d9ced42edd8a0.txt");

fn bench(c: &mut Criterion) {
    let text = SEED.repeat((10 << 20) / SEED.len() + 1);
    let query = Query::new("الصين", Mode::Normal).expect("query");
    let folded = Folded::new(&text, Mode::Normal);
    let mut group = c.benchmark_group("search_10MB");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("fold", |b| {
        b.iter(|| Folded::new(&text, Mode::Normal).text.len())
    });
    group.bench_function("find_all_in_folded", |b| {
        b.iter(|| query.find_in(&text, &folded).len())
    });
    group.bench_function("fold_and_find_all", |b| {
        b.iter(|| query.find_all(&text).len())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
