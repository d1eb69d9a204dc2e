//! The plain news-text loader's rules, on the seed and on hand-written fixtures.
//! Expected texts were copied by hand from the files and checked by eye.

use std::path::{Path, PathBuf};

use khabar::article::{Article, Direction, SpanKind};
use khabar::library::Library;
use khabar::loader;

fn asset(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join(name)
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/articles")
        .join(name)
}

fn load(path: &Path) -> Article {
    let mut loaded = loader::load_file(path).expect("loads");
    assert_eq!(loaded.articles.len(), 1);
    loaded.articles.remove(0)
}

const SEED: &str = "000_2a3d9ced42edd8a0.txt";

#[test]
fn seed_headline_source_footer_and_direction() {
    let a = load(&asset(SEED));
    assert_eq!(
        a.headline,
        "التعاون بين روسيا والصين.. محور محادثات بوتين ونظيره الصيني"
    );
    assert_eq!(a.meta.source.as_deref(), Some("وكالات + الشرق"));
    assert_eq!(a.meta.direction, Direction::Rtl);
    assert_eq!(a.meta.language.as_deref(), Some("ar"));
    assert_eq!(
        a.footer,
        [
            "تابع المزيد من الأخبار والمقالات التي تهمك عبر صفحاتنا على فيس بوك – قناة التيليغرام – تويتر twitter"
        ]
    );
    // The footer, the read-also line and the source line are not in the body.
    for b in &a.body {
        let t = &b.inline().text;
        assert!(
            !t.contains("فيس بوك") && !t.starts_with("إقرأ") && !t.starts_with("المصدر"),
            "{t}"
        );
    }
}

#[test]
fn seed_sub_heading_and_paragraphs() {
    let a = load(&asset(SEED));
    let heads: Vec<&str> = a.subheadings().map(|h| h.text.as_str()).collect();
    assert_eq!(heads, ["التعاون بين روسيا والصين.."]);
    let paras: Vec<&str> = a.paragraphs().map(|p| p.text.as_str()).collect();
    assert_eq!(paras.len(), 6);
    assert!(paras[0].starts_with("قال الرئيس الروسي فلاديمير بوتين، اليوم الجمعة"));
    assert!(paras[5].starts_with("وفي ظل العقوبات الغربية على روسيا"));
    assert!(paras[5].ends_with("وغيرها من المنتجات إلى روسيا."));
}

#[test]
fn seed_has_nine_quotes_in_order() {
    // Counted by reading the seed: four paragraphs quote Putin and Xi nine times, two of the
    // quotes closing with a double prime (″) after a number.
    let a = load(&asset(SEED));
    let quotes: Vec<&str> = a.quotes().collect();
    assert_eq!(
        quotes,
        [
            "لتطوير التعاون الاستراتيجي مع موسكو",
            "في سياق ضغوط غير مسبوقة واستفزازات من الغرب، نحن ندافع عن مواقفنا المبدئية",
            "تعزيز التعاون بين القوات المسلّحة لروسيا والصين",
            "استطاعتا الحفاظ على مستوى عال من التبادل التجاري الذي سيرتفع بحلول نهاية العام الجاري بنسبة 25%",
            "200 مليار دولار في عام 2024",
            "يمكننا الوصول لذلك قبل الموعد المحدد",
            "روسيا تحتل المرتبة الثانية من حيث إمدادات الغاز عبر خطوط الأنابيب إلى الصين والرابعة من حيث الغاز الطبيعي المسال",
            "ستزيد من حجم ضخ الغاز إلى الصين العام المقبل",
            "العلاقات بين روسيا والصين هي الأفضل في التاريخ، وتصمد أمام جميع الاختبارات، كما أنها نموذج لعلاقات القوة في القرن الـ21",
        ]
    );
    // Each quote keeps its place: the span covers its marks in the paragraph text.
    for p in a.paragraphs() {
        for s in &p.spans {
            if let SpanKind::Quote { content } = &s.kind {
                let whole = &p.text[s.range.clone()];
                assert!(whole.starts_with('“'), "{whole}");
                assert!(whole.ends_with(['”', '″']), "{whole}");
                assert_eq!(&p.text[content.clone()], &whole[3..whole.len() - 3]);
            }
        }
    }
}

#[test]
fn seed_read_also_resolves_to_the_bundled_article() {
    let lib = Library::open(&[asset(SEED)]).expect("opens");
    let seed = &lib.articles[lib.opened[0]];
    assert_eq!(seed.read_also.len(), 1);
    assert_eq!(
        seed.read_also[0].text,
        "روسيا والصين قوّة اقتصادية أمام الدولار"
    );
    let target = seed.read_also[0].target.as_deref().expect("resolved");
    assert!(
        target.ends_with("assets/001_russia_china_dollar.txt"),
        "{target}"
    );
}

#[test]
fn sloppy_quotes_and_read_also_spellings() {
    let a = load(&fixture("sloppy_quotes_ar.txt"));
    assert_eq!(a.headline, "وزير: “الاتفاق قريب”");
    let quotes: Vec<&str> = a.quotes().collect();
    assert_eq!(
        quotes,
        [
            "الاتفاق بات قريباً",
            "الأسبوع المقبل",
            "لن نتراجع عن مواقفنا",
            "هذا كلام للاستهلاك المحلي",
            "سنرى ما ستسفر عنه الأيام المقبلة",
        ]
    );
    let links: Vec<&str> = a.read_also.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        links,
        [
            "الوفدان يلتقيان الأسبوع المقبل",
            "اتفاق بلا تفاصيل",
            "عنوان لا وجود له في المكتبة"
        ]
    );
    assert_eq!(a.footer, ["تابعونا على انستغرام"]);
    assert_eq!(a.meta.source.as_deref(), Some("وكالات"));
    assert_eq!(a.paragraphs().count(), 4);
}

#[test]
fn persian_article() {
    let a = load(&fixture("persian.txt"));
    assert_eq!(a.meta.direction, Direction::Rtl);
    assert_eq!(a.meta.language.as_deref(), Some("fa"));
    assert_eq!(
        a.quotes().collect::<Vec<_>>(),
        ["دو ساعت در ترافیک ماندم ولی از باران خوشحالم"]
    );
    assert_eq!(a.read_also[0].text, "بازگشت پرندگان مهاجر به دریاچه");
    assert_eq!(a.footer, ["ما را در تلگرام و اینستاگرام دنبال کنید"]);
    assert_eq!(a.meta.source.as_deref(), Some("خبرگزاری محلی"));
}

#[test]
fn hebrew_article_keeps_gershayim() {
    let a = load(&fixture("hebrew.txt"));
    assert_eq!(a.headline, "גשם ראשון בירושלים");
    assert_eq!(a.meta.direction, Direction::Rtl);
    assert_eq!(a.meta.language.as_deref(), Some("he"));
    assert_eq!(a.quotes().collect::<Vec<_>>(), ["חיכינו לזה כל הקיץ"]);
    assert_eq!(a.read_also[0].text, "הכנרת עלתה בשני סנטימטרים");
    assert_eq!(a.footer, ["עקבו אחרינו בפייסבוק ובטוויטר"]);
    assert_eq!(a.meta.source.as_deref(), Some("כתב מקומי"));
}

#[test]
fn english_hard_wrapped_markdown() {
    let a = load(&fixture("english_wrapped.md"));
    assert_eq!(a.headline, "Rain returns to the valley");
    assert_eq!(a.meta.direction, Direction::Ltr);
    assert_eq!(a.meta.date.as_deref(), Some("2024-10-03"));
    let paras: Vec<&str> = a.paragraphs().map(|p| p.text.as_str()).collect();
    assert_eq!(
        paras,
        [
            "Farmers in the valley welcomed the first rain of the season on Thursday, after a summer that one of them called \"the longest I remember\".",
            "Forecasters expect more showers over the weekend. \"We will see,\" said the mayor, «inshallah».",
        ]
    );
    assert_eq!(
        a.subheadings().map(|h| h.text.as_str()).collect::<Vec<_>>(),
        ["What comes next"]
    );
    assert_eq!(
        a.quotes().collect::<Vec<_>>(),
        ["the longest I remember", "We will see,", "inshallah"]
    );
    let links: Vec<(&str, Option<&str>)> = a
        .read_also
        .iter()
        .map(|l| (l.text.as_str(), l.target.as_deref()))
        .collect();
    assert_eq!(
        links,
        [
            ("The summer that would not end", None),
            ("Dry wells in the north", None),
            (
                "Farmers count the cost",
                Some("https://example.org/farmers")
            ),
        ]
    );
    assert_eq!(a.footer, ["Follow us on Facebook and Twitter"]);
}

#[test]
fn direction_from_the_first_strong_character() {
    let a = load(&asset("004_terminals_backwards.txt"));
    assert_eq!(a.meta.direction, Direction::Ltr);
    let a = load(&asset("003_newsdesk_release.txt"));
    assert_eq!(a.meta.direction, Direction::Rtl);
}

#[test]
fn inline_urls_are_links() {
    let a = load(&asset("005_arabic_web_content.txt"));
    let links: Vec<(&str, Option<&str>)> = a
        .paragraphs()
        .flat_map(|p| {
            p.spans.iter().filter_map(|s| match &s.kind {
                SpanKind::Link { target } => Some((&p.text[s.range.clone()], target.as_deref())),
                _ => None,
            })
        })
        .collect();
    assert_eq!(
        links,
        [(
            "https://www.unicode.org/reports/tr9/",
            Some("https://www.unicode.org/reports/tr9/")
        )]
    );
}

#[test]
fn json_round_trip_gives_the_same_model() {
    let lib = Library::open(&[asset("")]).expect("opens assets");
    assert!(lib.articles.len() >= 7);
    for a in lib.articles.iter().map(|a| &**a) {
        let json = khabar::dump::to_json(&[a]);
        let mut back = loader::json::parse(&json).expect("parses its own JSON");
        assert_eq!(back.len(), 1);
        let mut b = back.remove(0);
        b.path = a.path.clone();
        assert_eq!(&b, a, "round trip of {}", a.headline);
    }
}

#[test]
fn every_bundled_article_links_to_another_that_resolves() {
    let lib = Library::open(&[asset("")]).expect("opens assets");
    let names: Vec<String> = lib
        .articles
        .iter()
        .map(|a| {
            a.path
                .as_ref()
                .unwrap()
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert!(names.iter().all(|n| !n.starts_with("README")), "{names:?}");
    for a in &lib.articles {
        assert!(!a.read_also.is_empty(), "{}", a.headline);
        for l in &a.read_also {
            let t = l
                .target
                .as_deref()
                .unwrap_or_else(|| panic!("{} → {} unresolved", a.headline, l.text));
            assert!(lib.find_by_target(t).is_some(), "{t}");
        }
    }
}
