use std::collections::BTreeSet;

use fluent_bundle::FluentResource;

use super::*;

/// The message ids of a catalogue: the lines `id = …` (attributes and terms are not used).
fn ids(source: &str) -> BTreeSet<&str> {
    source
        .lines()
        .filter_map(|l| l.split_once(" ="))
        .map(|(id, _)| id)
        .filter(|id| {
            id.starts_with(|c: char| c.is_ascii_lowercase())
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .collect()
}

fn plain(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn every_catalogue_parses_and_has_every_id() {
    let english = ids(CATALOGUES[0].2);
    assert!(english.len() > 50, "{english:?}");
    for (lang, tag, source) in CATALOGUES {
        if let Err((_, errors)) = FluentResource::try_new((*source).to_string()) {
            panic!("i18n/{tag}/khabar.ftl: {errors:?}");
        }
        let own = ids(source);
        let missing: Vec<_> = english.difference(&own).collect();
        let extra: Vec<_> = own.difference(&english).collect();
        assert!(missing.is_empty(), "{tag} lacks {missing:?}");
        assert!(extra.is_empty(), "{tag} has ids English lacks: {extra:?}");
        let only = Messages {
            lang: *lang,
            bundles: Arc::new(vec![bundle(*lang)]),
        };
        for id in &english {
            assert_ne!(only.text(id), *id, "{tag}: {id} does not resolve");
        }
    }
}

#[test]
fn every_help_row_and_hint_has_a_message() {
    let en = Messages::default();
    let keymap = crate::keymap::Keymap::default();
    for e in keymap.entries() {
        let id = e.message_id();
        assert_ne!(
            en.text(&id),
            id,
            "no message for the help row {:?}",
            e.description
        );
        assert_eq!(en.text(&id), e.description, "{id} says what the table says");
    }
    for b in &keymap.bindings {
        if let Some(h) = b.hint {
            let id = format!("hint-{h}");
            assert_eq!(en.text(&id), h, "{id}");
        }
    }
}

#[test]
fn arabic_counts_take_all_six_plural_forms() {
    let ar = Messages::new(Lang::Ar);
    let unread = |n| plain(&ar.get("feeds-unread", &[("count", Arg::Num(n))]));
    assert_eq!(unread(0), "لا مقالات غير مقروءة");
    assert_eq!(unread(1), "مقال واحد غير مقروء");
    assert_eq!(unread(2), "مقالان غير مقروءين");
    assert_eq!(unread(3), "3 مقالات غير مقروءة");
    assert_eq!(unread(11), "11 مقالًا غير مقروء");
    assert_eq!(unread(100), "100 مقال غير مقروء");
    let jobs = |n| plain(&ar.get("jobs", &[("count", Arg::Num(n))]));
    assert_eq!(jobs(2), "مهمتان");
    assert_eq!(jobs(5), "5 مهام");
}

#[test]
fn hebrew_and_english_counts() {
    let he = Messages::new(Lang::He);
    assert_eq!(
        plain(&he.get("feeds-unread", &[("count", Arg::Num(1))])),
        "פריט אחד שלא נקרא"
    );
    assert_eq!(
        plain(&he.get("feeds-unread", &[("count", Arg::Num(7))])),
        "7 שלא נקראו"
    );
    let en = Messages::default();
    assert_eq!(plain(&en.get("jobs", &[("count", Arg::Num(1))])), "1 job");
}

#[test]
fn placeables_are_isolated() {
    let ar = Messages::new(Lang::Ar);
    let s = ar.get("history", &[("pos", Arg::Text("2/3"))]);
    assert_eq!(s, "السجل \u{2068}2/3\u{2069}");
}

#[test]
fn language_from_config_then_locale() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    };
    let he = env(&[("LANG", "he_IL.UTF-8")]);
    assert_eq!(Lang::choose(None, he), Lang::He);
    assert_eq!(Lang::choose(Some(Lang::Fa), he), Lang::Fa);
    let both = env(&[("LANG", "he_IL.UTF-8"), ("LC_MESSAGES", "ur_PK.UTF-8")]);
    assert_eq!(Lang::choose(None, both), Lang::Ur);
    let all = env(&[("LC_ALL", "ar_EG.UTF-8"), ("LC_MESSAGES", "ur_PK")]);
    assert_eq!(Lang::choose(None, all), Lang::Ar);
    assert_eq!(Lang::choose(None, env(&[("LANG", "C.UTF-8")])), Lang::En);
    assert_eq!(
        Lang::choose(None, env(&[("LANG", "de_DE.UTF-8")])),
        Lang::En
    );
    assert_eq!(
        Lang::choose(None, env(&[("LC_ALL", ""), ("LANG", "fa_IR")])),
        Lang::Fa
    );
    assert_eq!(Lang::from_tag("ar-EG"), Some(Lang::Ar));
    assert_eq!(Lang::Ur.direction(), Direction::Rtl);
}

/// A reason with a count takes Arabic's six plural forms (`i18n/ar`, `reason-timeout`).
#[test]
fn arabic_reasons_take_all_six_plural_forms() {
    use super::errors::Reason;
    let ar = Messages::new(Lang::Ar);
    let timeout = |n: u64| plain(&ar.say(&Reason::new("reason-timeout").num("seconds", n)));
    assert_eq!(timeout(0), "لا جواب خلال 0 ثانية");
    assert_eq!(timeout(1), "لا جواب خلال ثانية واحدة");
    assert_eq!(timeout(2), "لا جواب خلال ثانيتين");
    assert_eq!(timeout(3), "لا جواب خلال 3 ثوانٍ");
    assert_eq!(timeout(11), "لا جواب خلال 11 ثانية");
    assert_eq!(timeout(100), "لا جواب خلال 100 ثانية");
    let redirects = |n: u64| plain(&ar.say(&Reason::new("reason-redirects").num("count", n)));
    assert_eq!(redirects(2), "أكثر من إعادتَي توجيه");
    assert_eq!(redirects(5), "أكثر من 5 إعادات توجيه");
}

/// A reason kept in the store comes back as it was; words an older khabar kept do not
/// pass for one.
#[test]
fn a_reason_survives_the_store() {
    use super::errors::Reason;
    let r = Reason::new("reason-in-file")
        .text("file", "/tmp/a b.txt")
        .inner("reason", Reason::new("reason-status").text("status", "500"));
    assert_eq!(Reason::decode(&r.encode()), Some(r));
    assert_eq!(Reason::decode("no answer within 1 s"), None);
    assert_eq!(Reason::decode("{\"id\":\"x\",\"args\":[]}"), None);
}
