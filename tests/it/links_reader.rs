//! Following links in the reader, through `App::update` and frames drawn into a `TestBackend`:
//! Tab order and wrap-around, the focus style where the link shows, number keys, following to
//! the library, a file and the web (as an effect), an unresolved title, history with the
//! scroll position, `o` and `y`, and the links list.

use crate::common;

use std::path::Path;

use common::{cells_of, draw, links_app, row_text, seed_app, status_line};
use khabar::app::{App, Effect, Pane};
use khabar::article::{Article, Block, Inline, Span, SpanKind};
use khabar::jobs::{Jobs, Request};
use khabar::keymap::{Action, Scope};
use khabar::library::Library;
use khabar::links::LinkPlace;
use ratatui::style::{Color, Modifier};

fn headline(app: &App) -> &str {
    &app.article().headline
}

fn file_name(app: &App) -> String {
    let p = app.article().path.as_deref().unwrap_or(Path::new(""));
    p.file_name().unwrap().to_string_lossy().into_owned()
}

/// Whether every cell drawn for `needle` has the focus style (reversed, in the focus colour).
fn focused(buf: &ratatui::buffer::Buffer, needle: &str) -> bool {
    let cells = cells_of(buf, needle);
    assert!(!cells.is_empty(), "{needle} not on screen");
    cells.iter().all(|&(x, y)| {
        let c = &buf[(x, y)];
        c.modifier.contains(Modifier::REVERSED) && c.fg == Color::LightYellow
    })
}

#[test]
fn tab_on_the_seed_focuses_its_read_also_link_and_wraps() {
    let mut app = seed_app(100, 30);
    assert_eq!(app.view().stops.len(), 1);
    // The entry in visual order (shaping off), first line of the read-also pane.
    let entry = "ةيداصتقا ةوّق نيصلاو ايسور";
    assert!(!focused(&draw(&app), entry), "nothing focused at first");
    app.update(Action::NextLink);
    assert_eq!(app.view().link_focus, Some(0));
    assert_eq!(
        app.focus(),
        Pane::Links,
        "the read-also pane takes the focus"
    );
    assert!(focused(&draw(&app), entry));
    let status = status_line(&app);
    assert!(status.contains("link 1/1 → "), "{status}");
    assert!(status.contains("001_russia_china_dollar.txt"), "{status}");
    app.update(Action::NextLink);
    assert_eq!(app.view().link_focus, Some(0));
    assert!(status_line(&app).contains("links wrapped"));
    app.update(Action::PrevLink);
    assert_eq!(app.view().link_focus, Some(0));
    app.update(Action::Close);
    assert_eq!(app.view().link_focus, None, "Esc drops the focus");
    assert!(!focused(&draw(&app), entry));
}

#[test]
fn tab_order_is_body_links_then_read_also_and_wraps_both_ways() {
    let mut app = links_app();
    let places: Vec<LinkPlace> = app.view().stops.iter().map(|s| s.place.clone()).collect();
    assert_eq!(places.len(), 6, "{places:?}");
    let texts: Vec<&str> = app.view().stops.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "موقعها",
            "الملف المرفق",
            "هذا الرابط",
            "السوق تترقب قرار المصرف المركزي",
            "Unicode bidi report",
            "قرار المصرف المركزي اليوم"
        ]
    );
    for want in 0..6 {
        app.update(Action::NextLink);
        assert_eq!(app.view().link_focus, Some(want));
    }
    app.update(Action::NextLink);
    assert_eq!(app.view().link_focus, Some(0), "wraps to the first");
    assert!(status_line(&app).contains("links wrapped"));
    app.update(Action::PrevLink);
    assert_eq!(
        app.view().link_focus,
        Some(5),
        "Shift-Tab wraps to the last"
    );
    app.update(Action::PrevLink);
    assert_eq!(app.view().link_focus, Some(4));
    assert_eq!(
        app.view().link_list.selected,
        1,
        "the read-also pane follows"
    );
}

#[test]
fn a_focused_body_link_is_scrolled_to_and_drawn_focused() {
    let mut app = links_app();
    // "الملف المرفق" is in the last paragraph, below the first screen at 60×14.
    app.update(Action::Resize(60, 14));
    let visual = "قفرملا فلملا"; // الملف المرفق in visual order
    assert!(
        cells_of(&draw(&app), visual).is_empty(),
        "not on screen yet"
    );
    app.update(Action::NextLink);
    app.update(Action::NextLink);
    assert_eq!(app.view().link_focus, Some(1));
    assert_eq!(app.focus(), Pane::Body);
    let buf = draw(&app);
    assert!(focused(&buf, visual), "the body scrolled to the link");
    // Only the link's cells: the words around it keep their style.
    let (x, y) = cells_of(&buf, "رظنا")[0];
    assert!(!buf[(x, y)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn number_keys_follow_read_also_links() {
    let mut app = seed_app(100, 30);
    assert_eq!(app.update(Action::FollowNumber(2)), None);
    assert!(status_line(&app).contains("no read-also link 2: there is 1"));
    assert_eq!(app.update(Action::FollowNumber(1)), None);
    assert_eq!(file_name(&app), "001_russia_china_dollar.txt");

    let mut app = links_app();
    app.update(Action::FollowNumber(1));
    assert_eq!(headline(&app), "السوق تترقب قرار المصرف المركزي");
    app.update(Action::Back);
    assert_eq!(headline(&app), "روابط في نص الخبر");
    assert_eq!(
        app.update(Action::FollowNumber(2)),
        Some(Effect::Load {
            id: 1,
            request: Request::Url("https://www.unicode.org/reports/tr9/".into())
        })
    );
    let status = status_line(&app);
    assert!(
        status.contains("loading https://www.unicode.org/reports/tr9/"),
        "{status}"
    );
    app.update(Action::Close);
    assert!(status_line(&app).contains("cancelled loading"));
    app.update(Action::FollowNumber(9));
    assert!(status_line(&app).contains("no read-also link 9: there are 3"));
}

#[test]
fn an_unresolved_title_opens_the_closest_headline() {
    let mut app = links_app();
    assert_eq!(app.view().stops[5].target, None);
    app.update(Action::FollowNumber(3));
    assert_eq!(headline(&app), "السوق تترقب قرار المصرف المركزي");
    // Wide enough for the whole note (at 100 columns it is cut with `…`).
    app.update(Action::Resize(140, 30));
    let status = status_line(&app);
    assert!(status.contains("closest headline"), "{status}");
    // The headline in the status line reads right to left (visual order).
    assert!(status.contains("يزكرملا فرصملا رارق بقرتت قوسلا"), "{status}");
}

#[test]
fn following_from_the_seed_and_back_restores_the_place() {
    let mut app = seed_app(100, 30);
    let seed = app.current();
    for _ in 0..5 {
        app.update(Action::Down);
    }
    let top = app.view().pager.top();
    app.update(Action::NextLink);
    assert_eq!(app.update(Action::Activate), None);
    assert_eq!(file_name(&app), "001_russia_china_dollar.txt");
    assert_eq!(
        app.view().pager.top_row(),
        0,
        "the new article from its top"
    );
    assert!(status_line(&app).contains("history 2/2"));
    app.update(Action::Down);
    app.update(Action::Down);
    let there = app.view().pager.top();

    app.update(Action::Back);
    assert_eq!(app.current(), seed);
    assert_eq!(app.view().pager.top(), top, "same scroll position");
    assert_eq!(app.view().link_focus, Some(0), "same focused link");
    assert!(status_line(&app).contains("history 1/2"));

    app.update(Action::Forward);
    assert_eq!(file_name(&app), "001_russia_china_dollar.txt");
    assert_eq!(app.view().pager.top(), there);
    app.update(Action::Forward);
    assert!(status_line(&app).contains("no later article"));
    app.update(Action::Back);
    app.update(Action::Back);
    assert!(status_line(&app).contains("no earlier article"));
    assert_eq!(app.current(), seed);
}

#[test]
fn back_after_a_resize_shows_the_same_text() {
    let mut app = seed_app(100, 30);
    for _ in 0..12 {
        app.update(Action::Down);
    }
    let top = app.view().pager.top();
    let line = app.view().pager.layout(top.block).unwrap().lines[top.row]
        .logical
        .start;
    app.update(Action::FollowNumber(1));
    app.update(Action::Resize(70, 30));
    app.update(Action::Back);
    let now = app.view().pager.top();
    assert_eq!(now.block, top.block);
    let shown = &app.view().pager.layout(now.block).unwrap().lines[now.row];
    assert!(shown.logical.start <= line && line < shown.logical.end.max(line + 1));
}

#[test]
fn a_file_outside_the_library_loads_in_the_background() {
    let mut app = links_app();
    let before = app.library().articles.len();
    app.update(Action::NextLink);
    app.update(Action::NextLink);
    let Some(Effect::Load { id, request }) = app.update(Action::Activate) else {
        panic!("a file link loads");
    };
    let Request::File(path) = &request else {
        panic!("{request:?}");
    };
    assert!(path.ends_with("more/deeper.txt"), "{path:?}");
    let jobs = Jobs::default();
    jobs.start(id, request);
    let done = jobs
        .wait(std::time::Duration::from_secs(10))
        .expect("loaded");
    assert!(app.loaded(done.id, done.result));
    assert_eq!(headline(&app), "ملف خارج المكتبة");
    assert_eq!(app.library().articles.len(), before + 1);
    app.update(Action::Back);
    assert_eq!(headline(&app), "روابط في نص الخبر");
    assert_eq!(app.view().link_focus, Some(1));
}

#[test]
fn javascript_links_are_refused() {
    let mut app = links_app();
    for _ in 0..3 {
        app.update(Action::NextLink);
    }
    assert_eq!(app.focused_stop().unwrap().text, "هذا الرابط");
    assert_eq!(app.update(Action::Activate), None);
    let status = status_line(&app);
    assert!(
        status.contains("✗ not followed: only http and https"),
        "{status}"
    );
    assert_eq!(app.update(Action::OpenExternal), None);
    assert!(status_line(&app).contains("✗ not opened: only http and https"));
    assert_eq!(headline(&app), "روابط في نص الخبر");
}

#[test]
fn o_opens_the_focused_link_or_the_article() {
    let mut app = links_app();
    assert_eq!(
        app.update(Action::OpenExternal),
        Some(Effect::OpenUrl("https://example.org/news/links".into()))
    );
    app.update(Action::NextLink);
    assert_eq!(
        app.update(Action::OpenExternal),
        Some(Effect::OpenUrl("https://example.org/report".into()))
    );
    // A read-also link to a file of the library has no web address.
    app.update(Action::FollowNumber(1));
    app.update(Action::Back);
    assert_eq!(app.focused_stop().unwrap().place, LinkPlace::ReadAlso(0));
    assert_eq!(app.update(Action::OpenExternal), None);
    assert!(status_line(&app).contains("is a file, not a web address"));
    // The seed has no address of its own.
    let mut seed = seed_app(100, 30);
    assert_eq!(seed.update(Action::OpenExternal), None);
    assert!(status_line(&seed).contains("✗ not opened: no link focused"));
}

#[test]
fn y_copies_the_link_address_or_the_quote_in_logical_order() {
    let mut app = links_app();
    app.update(Action::FollowNumber(2));
    app.update(Action::Close);
    assert_eq!(
        app.update(Action::Copy),
        Some(Effect::Copy("https://www.unicode.org/reports/tr9/".into()))
    );
    // Told once the loop has sent it (the loop's part, as `event_loop::perform` does it).
    let id = app.start_errand();
    app.job_news(khabar::jobs::News::Copied { id, result: Ok(()) });
    let status = status_line(&app);
    assert!(
        status.contains("copied the link's address (36 characters) by OSC 52"),
        "{status}"
    );

    let mut app = seed_app(100, 30);
    app.update(Action::FocusNext);
    assert_eq!(app.focus(), Pane::Quotes);
    let Some(Effect::Copy(text)) = app.update(Action::Copy) else {
        panic!("a quote is copied");
    };
    let id = app.start_errand();
    app.job_news(khabar::jobs::News::Copied { id, result: Ok(()) });
    // Logical order, as typed: the first quote of the seed, not its screen form.
    assert_eq!(text, "لتطوير التعاون الاستراتيجي مع موسكو");
    let status = status_line(&app);
    assert!(
        status.contains("copied the quote (35 characters)"),
        "{status}"
    );
}

#[test]
fn the_links_list_filters_and_follows() {
    let mut app = links_app();
    app.update(Action::NextLink);
    app.update(Action::LinksList);
    assert_eq!(app.scope(), Scope::Links);
    let buf = draw(&app);
    let all: String = (0..30).map(|y| row_text(&buf, y) + "\n").collect();
    assert!(all.contains("Links (6/6)"), "{all}");
    assert!(all.contains("https://example.org/report"));
    assert!(all.contains("Unicode bidi report"));
    // RTL texts read right to left in the list too.
    assert!(all.contains("اهعقوم"));
    assert!(status_line(&app).contains("LINKS"));
    // Typing filters (folded: no harakat, any alef); j is typed, not a move.
    for c in "المصرف".chars() {
        app.update(Action::Input(c));
    }
    let shown = &app.links_list().unwrap().shown;
    assert_eq!(shown, &[3, 5]);
    assert!(draw_text(&app).contains("Links (2/6)"));
    app.update(Action::ClearQuery);
    for c in "UNICODE".chars() {
        app.update(Action::Input(c));
    }
    assert_eq!(app.links_list().unwrap().shown, [4]);
    assert_eq!(
        app.update(Action::Activate),
        Some(Effect::Load {
            id: 1,
            request: Request::Url("https://www.unicode.org/reports/tr9/".into())
        })
    );
    assert!(app.links_list().is_none());
    assert_eq!(app.view().link_focus, Some(4));
    // Esc closes without following; the selection starts on the focused link.
    app.update(Action::Close);
    app.update(Action::LinksList);
    assert_eq!(app.links_list().unwrap().selected(), Some(4));
    app.update(Action::Down);
    assert_eq!(app.links_list().unwrap().selected(), Some(5));
    app.update(Action::Close);
    assert!(app.links_list().is_none());
    assert_eq!(headline(&app), "روابط في نص الخبر");
}

fn draw_text(app: &App) -> String {
    let buf = draw(app);
    (0..buf.area.height)
        .map(|y| row_text(&buf, y) + "\n")
        .collect()
}

/// An article whose link text and target hold terminal escapes.
fn hostile() -> App {
    let text = "see \u{1b}[31mred\u{1b}]0;pwned\u{7} here";
    let article = Article {
        headline: "hostile links".into(),
        body: vec![Block::Paragraph(Inline {
            text: text.into(),
            spans: vec![Span {
                range: 4..text.len() - 5,
                kind: SpanKind::Link {
                    target: Some("javascript:\u{1b}[2Jalert(1)".into()),
                },
            }],
        })],
        ..Article::default()
    };
    common::app_with(Library::from_articles(vec![article]), 0, false, 100, 30)
}

#[test]
fn link_texts_never_reach_the_terminal_raw() {
    let mut app = hostile();
    app.update(Action::NextLink);
    let status = status_line(&app);
    assert!(status.contains("␛[2Jalert(1)"), "{status}");
    app.update(Action::LinksList);
    let screen = draw_text(&app);
    assert!(screen.contains("␛[31mred␛]0;pwned␇"), "{screen}");
    assert!(!screen.contains('\u{1b}') && !screen.contains('\u{7}'));
    app.update(Action::Activate);
    let status = status_line(&app);
    assert!(status.contains("✗ not followed"), "{status}");
    assert!(!status.contains('\u{1b}'));
}

#[test]
fn help_lists_the_link_keys_once() {
    let app = seed_app(100, 30);
    let rows = app.help_rows();
    let find = |d: &str| rows.iter().find(|(_, desc)| desc.starts_with(d)).cloned();
    assert_eq!(find("Follow read-also").unwrap().0, "1–9");
    assert_eq!(find("Focus the next link").unwrap().0, "tab");
    assert_eq!(
        find("Back to the previous").unwrap().0,
        "backspace, alt-left"
    );
    assert_eq!(find("Links: follow").unwrap().0, "enter");
}

#[test]
fn relative_links_of_a_web_page_follow_its_address() {
    let text = "اقرأ التقرير هنا";
    let mut article = Article {
        headline: "صفحة من الويب".into(),
        body: vec![Block::Paragraph(Inline {
            text: text.into(),
            spans: vec![Span {
                range: text.len() - "هنا".len()..text.len(),
                kind: SpanKind::Link {
                    target: Some("../report.html?id=7".into()),
                },
            }],
        })],
        ..Article::default()
    };
    article.meta.url = Some("https://example.org/news/today/page.html".into());
    let mut app = common::app_with(Library::from_articles(vec![article]), 0, false, 100, 30);
    app.update(Action::NextLink);
    let want = "https://example.org/news/report.html?id=7";
    assert!(status_line(&app).contains(&format!("link 1/1 → {want}")));
    assert_eq!(
        app.update(Action::OpenExternal),
        Some(Effect::OpenUrl(want.into()))
    );
    assert_eq!(app.update(Action::Copy), Some(Effect::Copy(want.into())));
    assert_eq!(
        app.update(Action::Activate),
        Some(Effect::Load {
            id: 1,
            request: Request::Url(want.into())
        })
    );
}

#[test]
fn the_first_tab_starts_where_the_reader_is() {
    let mut app = links_app();
    app.update(Action::Resize(60, 14));
    app.update(Action::Bottom);
    // The first link (top paragraph) is off screen: Tab starts at the last paragraph's link.
    app.update(Action::NextLink);
    assert_eq!(app.view().link_focus, Some(1));
    app.update(Action::Close);
    app.update(Action::Top);
    app.update(Action::NextLink);
    assert_eq!(app.view().link_focus, Some(0));
    // Backwards from the top: the last body link up to the screen's bottom, here the first.
    app.update(Action::Close);
    app.update(Action::PrevLink);
    assert_eq!(app.view().link_focus, Some(0));
    // With no body link left below, Tab goes on to the read-also list.
    let mut seed = seed_app(100, 30);
    seed.update(Action::Bottom);
    seed.update(Action::NextLink);
    assert_eq!(seed.view().link_focus, Some(0));
}

/// A library of one article with one inline link to `target` and read-also titles `titles`.
fn one_article(target: &str, titles: &[&str]) -> App {
    let text = "انظر هنا";
    let article = Article {
        headline: "مقال واحد".into(),
        body: vec![Block::Paragraph(Inline {
            text: text.into(),
            spans: vec![Span {
                range: text.len() - "هنا".len()..text.len(),
                kind: SpanKind::Link {
                    target: Some(target.into()),
                },
            }],
        })],
        read_also: titles
            .iter()
            .map(|t| khabar::article::Link {
                text: (*t).into(),
                target: None,
            })
            .collect(),
        ..Article::default()
    };
    common::app_with(Library::from_articles(vec![article]), 0, false, 100, 30)
}

#[test]
fn file_addresses_are_refused() {
    let mut app = one_article("file:///etc/passwd", &[]);
    app.update(Action::NextLink);
    assert_eq!(app.update(Action::Activate), None);
    let status = status_line(&app);
    assert!(
        status.contains("✗ not followed: only http and https addresses are followed, not file:"),
        "{status}"
    );
    assert_eq!(app.update(Action::OpenExternal), None);
    assert!(status_line(&app).contains("✗ not opened: only http and https"));
    assert!(app.loading().is_none());
}

#[test]
fn an_unresolved_title_with_no_match_says_so() {
    let mut app = one_article("https://example.org/", &["عنوان لا يشبه أي شيء"]);
    assert_eq!(app.update(Action::FollowNumber(1)), None);
    let status = status_line(&app);
    assert!(
        status.contains("✗ no article in the library matches"),
        "{status}"
    );
    assert_eq!(app.article().headline, "مقال واحد");
}
