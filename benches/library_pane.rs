//! The library pane's view at scale (issue 19 items 2 and 4: "never waits on the library"):
//! 100,000 items across 500 feeds, as the store lists them, through [`LibraryView`]: the
//! first listing (dates parsed once, sorted, grouped under 500 headings), a change of order,
//! unread only, the first key of a filter (folding every headline, feed and author once) and
//! the next key (the folded keys kept), and a move of the selection.

use std::sync::Arc;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use khabar::app::library_view::{LibraryView, PromptKind, Source};
use khabar::article::{Article, Meta};
use khabar::library::prefs::Prefs;
use khabar::store::shelf::Mark;

const FEEDS: usize = 500;
const ITEMS: usize = 200;

fn library() -> (Vec<Arc<Article>>, Vec<Option<Mark>>) {
    let mut articles = Vec::with_capacity(FEEDS * ITEMS);
    let mut marks = Vec::with_capacity(FEEDS * ITEMS);
    for f in 0..FEEDS {
        for i in 0..ITEMS {
            let n = f * ITEMS + i;
            articles.push(Arc::new(Article {
                headline: format!("خبر {n} عن الصّين والاقتصاد في یوم {i}"),
                meta: Meta {
                    source: Some(format!("مصدر {f}")),
                    date: Some(format!(
                        "Mon, {:02} Jan 2024 {:02}:{:02}:00 GMT",
                        1 + i % 28,
                        i % 24,
                        f % 60
                    )),
                    ..Meta::default()
                },
                ..Article::default()
            }));
            marks.push(Some(Mark {
                id: n as i64,
                feed_id: Some(f as i64),
                read: n.is_multiple_of(3),
                saved: false,
                loaded: false,
            }));
        }
    }
    (articles, marks)
}

fn view_bench(c: &mut Criterion) {
    let (articles, marks) = library();
    let src = Source {
        articles: &articles,
        marks: Some(&marks),
        current: 0,
    };
    let mut group = c.benchmark_group("library_view_100k");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    group.bench_function("first_listing", |b| {
        b.iter(|| {
            let mut v = LibraryView::new(Prefs::default());
            v.refresh(&src);
            v.rows().len()
        })
    });
    let mut v = LibraryView::new(Prefs::default());
    v.refresh(&src);
    group.bench_function("next_order", |b| b.iter(|| v.next_sort(&src)));
    group.bench_function("unread_only", |b| {
        b.iter(|| {
            v.toggle_unread_only(&src);
            v.rows().len()
        })
    });
    group.bench_function("filter_first_key", |b| {
        b.iter(|| {
            let mut v = LibraryView::new(Prefs::default());
            v.refresh(&src);
            v.open_prompt(PromptKind::Filter);
            v.edit_prompt("ص".into(), &src);
            v.rows().len()
        })
    });
    v.open_prompt(PromptKind::Filter);
    v.edit_prompt("الصين".into(), &src);
    group.bench_function("filter_next_key", |b| {
        b.iter(|| {
            v.edit_prompt("الصين و".into(), &src);
            v.edit_prompt("الصين".into(), &src);
            v.rows().len()
        })
    });
    group.bench_function("step", |b| {
        b.iter(|| {
            v.step(1);
            v.keep_visible(40);
        })
    });
    group.finish();
}

criterion_group!(benches, view_bench);
criterion_main!(benches);
