use super::*;
use crate::i18n::Lang;

const PIPE: Out = Out {
    terminal: false,
    columns: None,
};

fn text(setting: Setting, env: &Env, replies: Option<&Replies>, lang: Lang) -> String {
    let rows = report(setting, env, replies, &Messages::new(lang), PIPE);
    rows.join("\n").replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn says_what_was_found_and_how_to_force_it() {
    let env = Env {
        mlterm: Some("3.9.3".into()),
        ..Env::default()
    };
    let t = text(Setting::Auto, &env, Some(&Replies::default()), Lang::En);
    assert!(t.contains("terminal: mlterm"), "{t}");
    assert!(t.contains("mode explicit") && t.contains("OSC 5379"), "{t}");
    assert!(
        t.contains("answer to mlterm use_ctl (OSC 5380): no answer"),
        "{t}"
    );
    assert!(t.contains("The reader turns mlterm's own bidi off"), "{t}");
    let konsole = Env {
        konsole_version: Some("221203".into()),
        ..Env::default()
    };
    let t = text(Setting::Auto, &konsole, Some(&Replies::default()), Lang::En);
    assert!(t.contains("mode runs"), "{t}");
    assert!(t.contains("bidi = \"runs\""), "{t}");
    let a = t.lines().find(|l| l.starts_with("A |")).unwrap();
    let b = t.lines().find(|l| l.starts_with("B |")).unwrap();
    let c = t.lines().find(|l| l.starts_with("C |")).unwrap();
    assert!(b.contains("خبر عاجل"), "{b}");
    assert_ne!(a, b);
    // Line C is what Konsole turns into line A: the runs left to right, "khabar" first.
    assert!(c.starts_with("C |") && c.contains("khabar"), "{c}");
    let inner = |l: &str| l[3..l.len() - 1].to_string();
    assert_eq!(crate::terminal::ltr_display(&inner(c)), inner(a));
    let forced = text(Setting::Explicit, &env, None, Lang::En);
    assert!(
        forced.contains("mode explicit") && forced.contains("forced by bidi = \"explicit\""),
        "{forced}"
    );
    assert!(forced.contains("not asked"), "{forced}");
}

/// The order the terminal needs while doctor runs: VTE and mlterm reorder until the reader
/// tells them not to, which doctor does not.
#[test]
fn a_terminal_the_reader_would_tell_reorders_while_doctor_runs() {
    let order = |env: &Env, replies: &Replies| {
        let v = decide(env, replies);
        now(v.mode, &v, Some(replies))
    };
    let vte = Env {
        vte_version: Some("7600".into()),
        ..Env::default()
    };
    assert_eq!(order(&vte, &Replies::default()), Written::Logical);
    let mlterm = Env {
        mlterm: Some("3.9.3".into()),
        ..Env::default()
    };
    assert_eq!(order(&mlterm, &Replies::default()), Written::Logical);
    let xterm = Replies {
        xtversion: Some("XTerm(379)".into()),
        ..Replies::default()
    };
    assert_eq!(order(&Env::default(), &xterm), Written::Visual);
    let konsole = Env {
        konsole_version: Some("221203".into()),
        ..Env::default()
    };
    assert_eq!(order(&konsole, &Replies::default()), Written::Runs);
}
