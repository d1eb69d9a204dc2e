//! A message said inside another (a [`Reason`] as the `$reason` of `reason-in-file`, of
//! `reason-config-at`, or as the `$why` of a status message) reads in its own language's
//! direction, whatever it opens with (issue 16). The visual rows below were written by hand
//! and checked with FriBidi (`fribidi --rtl`, isolates kept; the Arabic ones unshaped here).

use super::errors::Reason;
use super::{Arg, Lang, Messages};
use crate::text::{Base, Line, Order};

/// RIGHT-TO-LEFT MARK, which opens a said message in a right-to-left catalogue.
const RLM: &str = "\u{200F}";

/// The line a reason makes: alone (the complaint of a command, `complaint.rs`), or as the
/// `$why`/`$error` of `outer` (a status message, `khabar feeds`' `last update failed`).
fn line(lang: Lang, r: &Reason, outer: Option<&str>) -> Line {
    let m = Messages::new(lang);
    let said = m.say(r);
    let line = match outer {
        Some(id) => m.line(
            id,
            &[("why", Arg::Said(&said)), ("error", Arg::Said(&said))],
        ),
        None => Line::new(Base::Ui(m.direction())).isolated(&said),
    };
    line.shaped(false)
}

fn in_file(file: &str, r: Reason) -> Reason {
    Reason::new("reason-in-file")
        .text("file", file)
        .inner("reason", r)
}

fn not_found() -> Reason {
    Reason::new("reason-not-found")
}

fn not_http() -> Reason {
    Reason::new("reason-not-http").text("scheme", "ftp")
}

fn config_at() -> Reason {
    (Reason::new("reason-config-at")
        .text("file", "/tmp/c.toml")
        .num("line", 3))
    .inner(
        "reason",
        Reason::new("reason-config-bidi").text("value", "up"),
    )
}

fn since() -> Reason {
    (Reason::new("reason-since").text("option", "--since")).text("value", "yesterday")
}

/// (language, reason, outer message, visual row, logical row)
type Case = (Lang, Reason, Option<&'static str>, &'static str, String);

fn cases() -> Vec<Case> {
    let f = "/tmp/news.xml";
    vec![
        (
            Lang::He,
            in_file(f, not_found()),
            Some("status-not-kept"),
            "הלאכ הייקית וא ץבוק ןיא :/tmp/news.xml :רמשנ אל",
            format!("לא נשמר: {RLM}/tmp/news.xml: {RLM}אין קובץ או תיקייה כאלה"),
        ),
        (
            Lang::Ar,
            in_file(f, not_found()),
            Some("status-not-kept"),
            "مسالا اذهب دلجم الو فلم ال :/tmp/news.xml :هب ظفتحيُ مل",
            format!("لم يُحتفظ به: {RLM}/tmp/news.xml: {RLM}لا ملف ولا مجلد بهذا الاسم"),
        ),
        (
            Lang::He,
            in_file(f, not_http()),
            None,
            "ftp אל ,https־ו http תובותכ קר חתופ khabar :/tmp/news.xml",
            format!("/tmp/news.xml: {RLM}khabar פותח רק כתובות http ו־https, לא ftp"),
        ),
        (
            Lang::Ar,
            in_file(f, not_http()),
            None,
            "ftp ال ،https و http نيوانع الإ khabar عبتي ال :/tmp/news.xml",
            format!("/tmp/news.xml: {RLM}لا يتبع khabar إلا عناوين http و https، لا ftp"),
        ),
        (
            Lang::He,
            config_at(),
            None,
            "(םידבוע off־ו on םג ;runs וא auto, explicit, terminal) בצמ וניא “up„ :bidi :3 הרוש ,/tmp/c.toml",
            format!(
                "/tmp/c.toml, שורה 3: {RLM}bidi: „up“ אינו מצב (auto, explicit, terminal או runs; גם on ו־off עובדים)"
            ),
        ),
        (
            Lang::Ar,
            config_at(),
            None,
            "(اضًيأ offو on حلصيو ؛runs وأ terminal وأ explicit وأ auto) اعًضو سيل «up» :bidi :3 رطسلا ،/tmp/c.toml",
            format!(
                "/tmp/c.toml، السطر 3: {RLM}bidi: «up» ليس وضعًا (auto أو explicit أو terminal أو runs؛ ويصلح on وoff أيضًا)"
            ),
        ),
        (
            Lang::He,
            in_file("/tmp/x", since()),
            None,
            "Nd (7d) הרוצב הרוחא םימי רפסמ וא YYYY-MM-DD הרוצב ךיראת תתל שי :”yesterday„ --since :/tmp/x",
            format!(
                "/tmp/x: {RLM}--since „yesterday”: יש לתת תאריך בצורה YYYY-MM-DD או מספר ימים אחורה בצורה Nd (7d)"
            ),
        ),
        (
            Lang::Ar,
            in_file("/tmp/x", since()),
            None,
            "Nd (7d) ةغيصلاب ةيضاملا مايألا ددع وأ YYYY-MM-DD ةغيصلاب اخًيرات طِعأ :«yesterday» --since :/tmp/x",
            format!(
                "/tmp/x: {RLM}--since «yesterday»: أعطِ تاريخًا بالصيغة YYYY-MM-DD أو عدد الأيام الماضية بالصيغة Nd (7d)"
            ),
        ),
        // complaint.rs: two contexts over the error, the inner one opening with a file name.
        (
            Lang::He,
            in_file("/tmp/a", in_file(f, not_found())),
            None,
            "הלאכ הייקית וא ץבוק ןיא :/tmp/news.xml :/tmp/a",
            format!("/tmp/a: {RLM}/tmp/news.xml: {RLM}אין קובץ או תיקייה כאלה"),
        ),
        (
            Lang::Ar,
            in_file("/tmp/a", in_file(f, not_found())),
            None,
            "مسالا اذهب دلجم الو فلم ال :/tmp/news.xml :/tmp/a",
            format!("/tmp/a: {RLM}/tmp/news.xml: {RLM}لا ملف ولا مجلد بهذا الاسم"),
        ),
        // A count first (Urdu) or a Hebrew plural form: right to left before and after.
        (
            Lang::Ur,
            Reason::new("reason-timeout").num("seconds", 30),
            Some("update-failed"),
            "ایآ ںیہن باوج یئوک ںیم ڈنکیس 30 :ماکان",
            format!("ناکام: {RLM}30 سیکنڈ میں کوئی جواب نہیں آیا"),
        ),
        (
            Lang::He,
            Reason::new("reason-redirects").num("count", 5),
            Some("update-failed"),
            "תוינפה 5־מ רתוי :לשכנ",
            format!("נכשל: {RLM}יותר מ־5 הפניות"),
        ),
    ]
}

#[test]
fn a_said_message_reads_in_its_languages_direction() {
    for (lang, reason, outer, visual, logical) in cases() {
        let line = line(lang, &reason, outer);
        assert_eq!(
            line.fit(None, Order::Visual),
            visual,
            "{lang:?} {}",
            reason.id
        );
        assert_eq!(
            line.fit(None, Order::Logical),
            logical,
            "{lang:?} {}",
            reason.id
        );
    }
}

/// English needs no mark: a said English message is left to right by its own words.
#[test]
fn an_english_said_message_has_no_mark() {
    let line = line(
        Lang::En,
        &in_file("/tmp/a", in_file("/tmp/b", not_http())),
        None,
    );
    let text = "/tmp/a: /tmp/b: only http and https addresses are followed, not ftp";
    assert_eq!(line.fit(None, Order::Visual), text);
    assert_eq!(line.fit(None, Order::Logical), text);
}
