//! The reader's listing: its order, and its cost counted in queries (no timings).

use super::QUERIES;
use crate::store::Store;

/// `feeds` feeds of 6 items each, dated on three days (two items a day: ties).
fn store(feeds: usize) -> Store {
    let mut store = Store::open_in_memory().expect("store");
    for f in 0..feeds {
        let id = store
            .add_feed(&format!("http://feeds.test/{f}"), None)
            .expect("add");
        let mut xml =
            String::from("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>");
        for i in 0..6 {
            xml.push_str(&format!(
                "<item><guid>{f}-{i}</guid><title>خبر {f} {i}</title><pubDate>Mon, 0{} Jan 2024 10:00:00 GMT</pubDate></item>",
                1 + i % 3
            ));
        }
        xml.push_str("</channel></rss>");
        let parsed = crate::loader::feed::parse_feed(xml.as_bytes(), &xml).expect("feed");
        store.save_fetch(id, &parsed, None, None).expect("save");
    }
    store
}

/// Every item, feeds in subscription order, each newest first, equal times by id; a saved
/// item of a removed feed last. And the listing of 30 feeds is two queries (the labels and
/// the items), not one per feed.
#[test]
fn headlines_in_order_in_two_queries() {
    let mut store = store(30);
    let kept = store.headlines().expect("lists")[0].id;
    store.set_saved(kept, true).expect("saves");
    store.remove_feed("1").expect("removes");
    let mut expected: Vec<(i64, i64, i64)> = {
        let mut stmt = store
            .conn
            .prepare("SELECT coalesce(feed_id, 1000000), sort_time, id FROM items")
            .expect("sql");
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, -r.get::<_, i64>(1)?, r.get(2)?)))
            .expect("rows");
        rows.map(|r| r.expect("row")).collect()
    };
    expected.sort_unstable();
    QUERIES.set(0);
    let listed: Vec<i64> = store
        .headlines()
        .expect("lists")
        .iter()
        .map(|h| h.id)
        .collect();
    let queries = QUERIES.get();
    assert_eq!(listed, expected.iter().map(|e| e.2).collect::<Vec<_>>());
    assert_eq!(listed.last(), Some(&kept));
    assert_eq!(listed.len(), 29 * 6 + 1);
    assert!(queries <= 2, "{queries} queries");
}

/// What the listing puts in order is what `make` made of each headline, made once per item
/// as the table is read (ids rising), then ordered as [`Store::headlines`] orders them; the
/// direction read in place is the stored one.
#[test]
fn headlines_as_makes_each_item_once_and_orders_what_it_made() {
    let mut store = store(4);
    store.remove_feed("1").expect("removes");
    let mut made = Vec::new();
    let listed = store
        .headlines_as(|h| {
            made.push(h.id);
            (h.id, h.direction)
        })
        .expect("lists");
    assert_eq!(made.len(), 3 * 6);
    assert!(made.windows(2).all(|w| w[0] < w[1]), "{made:?}");
    let heads = store.headlines().expect("lists");
    let expected: Vec<_> = heads.iter().map(|h| (h.id, h.direction)).collect();
    assert_eq!(listed, expected);
    let stored: String = store
        .conn
        .query_row("SELECT direction FROM items LIMIT 1", [], |r| r.get(0))
        .expect("direction");
    assert_eq!(stored, "rtl");
    assert!(
        listed
            .iter()
            .all(|&(_, d)| d == crate::article::Direction::Rtl)
    );
}
