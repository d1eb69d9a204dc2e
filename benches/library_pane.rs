//! The library pane's view at scale (issue 19 items 2 and 4: "never waits on the library"):
//! 100,000 items across 500 feeds, as the store lists them, through [`LibraryView`]. Off the
//! UI thread: the keys job (headlines, feeds and authors folded for the filter, once per
//! listing). On it: the first listing before the job's keys came (sorted and grouped under
//! 500 headings from the keys of the order: the store's dates, the feeds; in the title order
//! the headlines folded too) and after, a change of order, unread only, the first
//! key of a filter, five keys typed, the next key and Backspace, a move of the selection.
//! Read each against `baseline_scan_headlines` (one scan of the headlines for a letter) of
//! the same run.

use std::sync::Arc;
use std::time::Duration;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use khabar::app::library_view::{LibraryView, PromptKind, Source};
use khabar::article::{Article, Meta};
use khabar::jobs::FilesIndex;
use khabar::library::listing_keys::ListingKeys;
use khabar::library::prefs::{Prefs, Sort};
use khabar::store::shelf::Mark;

const FEEDS: usize = 500;
const ITEMS: usize = 200;

fn library() -> (Vec<Arc<Article>>, Vec<Option<Mark>>) {
    let mut articles = Vec::with_capacity(FEEDS * ITEMS);
    let mut marks = Vec::with_capacity(FEEDS * ITEMS);
    for f in 0..FEEDS {
        for i in 0..ITEMS {
            let n = f * ITEMS + i;
            let article = Arc::new(Article {
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
            });
            // The store lists each item's date as a number (the headline's weekday is not
            // the date's: the text does not parse).
            let date =
                Some(1_704_067_200 + (i % 28 * 86_400 + i % 24 * 3_600 + f % 60 * 60) as i64);
            articles.push(article);
            marks.push(Some(Mark {
                id: n as i64,
                feed_id: Some(f as i64),
                read: n.is_multiple_of(3),
                saved: false,
                loaded: false,
                date,
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
    let order = ListingKeys::order_of(&articles, |i| src.date(i), false);
    let keys = Arc::new(order.with_texts(&articles));
    // A view listed with its keys (taken from the job), as after the first listing.
    let listed = || {
        let mut v = LibraryView::new(Prefs::default());
        v.take_keys(Arc::clone(&keys), 0, &src);
        v
    };
    let mut group = c.benchmark_group("library_view_100k");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    // The baseline of the same run: one scan of the 100,000 headlines for a letter.
    group.bench_function("baseline_scan_headlines", |b| {
        b.iter(|| articles.iter().filter(|a| a.headline.contains('ص')).count())
    });
    // Off the UI thread: the background job's work, once per listing (the filter texts
    // added to the keys of the order).
    group.bench_function("keys_job", |b| b.iter(|| order.with_texts(&articles).len));
    // On the UI thread: the pane opened before the job's keys came, sorted and grouped
    // (the keys of the order made from the store's dates, no text folded), in the date
    // order and in the title order (the headlines folded for it).
    group.bench_function("first_listing_before_job", |b| {
        b.iter(|| {
            let mut v = LibraryView::new(Prefs::default());
            v.refresh(&src);
            v.rows().len()
        })
    });
    let by_title = Prefs {
        sort: Sort::Title,
        ..Prefs::default()
    };
    group.bench_function("first_listing_before_job_title_order", |b| {
        b.iter(|| {
            let mut v = LibraryView::new(by_title);
            v.refresh(&src);
            v.rows().len()
        })
    });
    group.bench_function("first_listing", |b| b.iter(|| listed().rows().len()));
    let mut v = listed();
    group.bench_function("next_order", |b| b.iter(|| v.next_sort(&src)));
    group.bench_function("unread_only", |b| {
        b.iter(|| {
            v.toggle_unread_only(&src);
            v.rows().len()
        })
    });
    group.bench_function("filter_first_key", |b| {
        b.iter_batched(
            listed,
            |mut v| {
                v.open_prompt(PromptKind::Filter);
                v.edit_prompt("ص".into(), &src);
                v.rows().len()
            },
            BatchSize::LargeInput,
        )
    });
    // Typing الصين letter by letter from an empty prompt: five keys.
    group.bench_function("filter_five_keys", |b| {
        b.iter_batched(
            listed,
            |mut v| {
                v.open_prompt(PromptKind::Filter);
                let mut typed = String::new();
                for c in "الصين".chars() {
                    typed.push(c);
                    v.edit_prompt(typed.clone(), &src);
                }
                v.rows().len()
            },
            BatchSize::LargeInput,
        )
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

/// 10,000 articles of three paragraphs (sentences of the seed), as a folder's library holds
/// them; one in 250 speaks of «الزلزال».
fn folder_articles() -> Vec<Arc<Article>> {
    const SEED: &str = include_str!("../assets/000_2a3d9ced42edd8a0.txt");
    let s: Vec<&str> = SEED
        .split(['.', '،', '\n'])
        .map(str::trim)
        .filter(|s| s.split(' ').count() > 3)
        .collect();
    (0..10_000)
        .map(|n| {
            let quake = if n % 250 == 0 {
                " بعد الزلزال"
            } else {
                ""
            };
            let text = format!(
                "{} رقم {n}\n\n{}{quake}\n\n{}\n\n{}\n",
                s[n % s.len()],
                s[(n * 3) % s.len()],
                s[(n * 5) % s.len()],
                s[(n * 7) % s.len()]
            );
            let loaded = khabar::loader::load_bytes(text.as_bytes(), std::path::Path::new("a.txt"))
                .expect("loads");
            Arc::new(loaded.articles.into_iter().next().expect("an article"))
        })
        .collect()
}

/// The search of a folder of 10,000 articles: what `/` costs the UI thread (the index's
/// share of the articles: pointers), against the copy of every article each search made
/// before (the baseline of the same run); the index built once (a background job's work)
/// and a search on it (a worker's).
fn folder_search_bench(c: &mut Criterion) {
    let articles = folder_articles();
    let mut group = c.benchmark_group("folder_search_10k");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    group.bench_function("baseline_copy_articles", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| Article::clone(a))
                .collect::<Vec<_>>()
                .len()
        })
    });
    group.bench_function("ui_thread_share", |b| {
        b.iter(|| FilesIndex::new(&articles).is_of(&articles))
    });
    group.bench_function("index_build_job", |b| {
        b.iter(|| FilesIndex::new(&articles).built().len())
    });
    let index = FilesIndex::new(&articles);
    index.built();
    group.bench_function("search_rare_word", |b| {
        b.iter(|| index.search("الزلزال").expect("searches").len())
    });
    group.finish();
}

criterion_group!(benches, view_bench, folder_search_bench);
criterion_main!(benches);
