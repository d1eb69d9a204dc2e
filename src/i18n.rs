//! The chrome in the reader's language: pane titles, status hints and messages come from
//! Fluent catalogues compiled in (`i18n/{en,ar,fa,ur,he}/khabar.ftl`), never from match arms.
//!
//! Rules:
//! - **Which language** ([`Lang::choose`]): the config's `language = "fa"` if set, else the
//!   first non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG` (POSIX precedence); its primary subtag
//!   (`he_IL.UTF-8` → `he`) picks the catalogue; `C`, `POSIX` and unknown languages are English.
//! - **Plurals** follow CLDR through Fluent's plural rules: Arabic has six forms (zero, one,
//!   two, few, many, other) and every counted message writes them all.
//! - **Isolation**: Fluent wraps each placeable in FSI…PDI (UAX #9 X5c), kept on: every
//!   message is drawn through the layout engine ([`crate::frame::text::lay`]), which resolves
//!   isolates and gives the controls no cell, so a Hebrew feed name or `3/12` stays one unit
//!   inside an Arabic status line. A message must never be written to a cell raw. A fraction
//!   (`history 2/3`, `match 1/17`) is therefore ONE placeable (`{ $pos }`): split in two
//!   isolates, `2` and `3` would be neutral-separated units and swap in an RTL line (`3/2`).
//! - **Nested messages** ([`Arg::Said`], a [`errors::Reason`] inside another): the isolate
//!   of a said message takes its catalogue's direction, not its first strong character's (an
//!   RLM opens it in a right-to-left catalogue, see [`Messages::get`]); on a pipe the mark
//!   stays, so a terminal that reorders by itself reads the sentence right to left too.
//! - The command line's help and usage errors have a catalogue of their own beside each
//!   (`i18n/{en,ar,fa,ur,he}/cli.ftl`, [`CLI_CATALOGUES`]), in the same bundle.
//! - A message missing from a catalogue falls back to English, then to its id (a test checks
//!   that every catalogue has every id, so neither happens in a release).

use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::article::Direction;

/// RIGHT-TO-LEFT MARK: a strong right-to-left character that shows nothing (UAX #9).
const RLM: char = '\u{200F}';

/// A language khabar's chrome is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Ar,
    Fa,
    Ur,
    He,
}

/// Every language with its tag and catalogue, English first.
pub const CATALOGUES: &[(Lang, &str, &str)] = &[
    (Lang::En, "en", include_str!("../i18n/en/khabar.ftl")),
    (Lang::Ar, "ar", include_str!("../i18n/ar/khabar.ftl")),
    (Lang::Fa, "fa", include_str!("../i18n/fa/khabar.ftl")),
    (Lang::Ur, "ur", include_str!("../i18n/ur/khabar.ftl")),
    (Lang::He, "he", include_str!("../i18n/he/khabar.ftl")),
];

/// The command line's own text (`--help`, clap's usage errors: `cli-about`, `cli-arg-*`,
/// `cli-error-*` …), a catalogue of its own per language, added to the same bundle: the
/// binary's `cli/lang.rs` keys it by subcommand and argument id, and its tests check that
/// every argument has a message in every language.
pub const CLI_CATALOGUES: &[(Lang, &str)] = &[
    (Lang::En, include_str!("../i18n/en/cli.ftl")),
    (Lang::Ar, include_str!("../i18n/ar/cli.ftl")),
    (Lang::Fa, include_str!("../i18n/fa/cli.ftl")),
    (Lang::Ur, include_str!("../i18n/ur/cli.ftl")),
    (Lang::He, include_str!("../i18n/he/cli.ftl")),
];

impl Lang {
    /// The language of a tag or locale (`fa`, `he_IL.UTF-8`, `ar-EG`); `None` if khabar has
    /// no catalogue for it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['_', '-', '.', '@']).next().unwrap_or("");
        CATALOGUES
            .iter()
            .find(|(_, t, _)| t.eq_ignore_ascii_case(primary))
            .map(|(l, _, _)| *l)
    }

    /// The config's language, else the locale's (`LC_ALL`, `LC_MESSAGES`, `LANG`), else
    /// English. `env` reads a variable (the process environment outside tests).
    pub fn choose(config: Option<Lang>, env: impl Fn(&str) -> Option<String>) -> Lang {
        if let Some(l) = config {
            return l;
        }
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| env(v))
            .find(|v| !v.is_empty())
            .and_then(|v| Lang::from_tag(&v))
            .unwrap_or_default()
    }

    /// The tag of the language (`ar`).
    pub fn tag(self) -> &'static str {
        self.entry().1
    }

    /// The direction the chrome is laid out in: right to left for Arabic, Persian, Urdu and
    /// Hebrew; the frame is mirrored then (see `frame::Areas::compute`).
    pub fn direction(self) -> Direction {
        match self {
            Lang::En => Direction::Ltr,
            Lang::Ar | Lang::Fa | Lang::Ur | Lang::He => Direction::Rtl,
        }
    }

    fn entry(self) -> &'static (Lang, &'static str, &'static str) {
        CATALOGUES
            .iter()
            .find(|(l, _, _)| *l == self)
            .unwrap_or(&CATALOGUES[0])
    }
}

/// The messages of one language (with English behind it), cheap to clone.
#[derive(Clone)]
pub struct Messages {
    lang: Lang,
    bundles: Arc<Vec<FluentBundle<FluentResource>>>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field("lang", &self.lang)
            .finish()
    }
}

impl Default for Messages {
    fn default() -> Self {
        Messages::new(Lang::En)
    }
}

/// A message argument: a number (plural rules apply) or a text.
pub enum Arg<'a> {
    Num(usize),
    Text(&'a str),
    /// A message of this catalogue already said (a reason, [`errors`]): placed as it is,
    /// its own isolates kept, as a unit in the catalogue's direction ([`Messages::get`]).
    Said(&'a str),
}

impl Messages {
    /// The catalogue of `lang`, with English as the fallback.
    pub fn new(lang: Lang) -> Messages {
        Messages {
            lang,
            bundles: bundles(lang),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The direction of the chrome ([`Lang::direction`]).
    pub fn direction(&self) -> Direction {
        self.lang.direction()
    }

    /// Message `id` with no arguments.
    pub fn text(&self, id: &str) -> String {
        self.get(id, &[])
    }

    /// Message `id` with its arguments (`("count", Arg::Num(3))`): the first catalogue that
    /// has it, else the id itself.
    ///
    /// A said message ([`Arg::Said`]) is a sentence of this catalogue's language, so its
    /// isolate takes the language's direction, not its first strong character's: in a
    /// right-to-left catalogue it opens with an RLM, which Fluent's FSI resolves as right to
    /// left (UAX #9 X5c, P2–P3). Without it, a said message that opens with a placeable (a
    /// file name: `reason-in-file`, `reason-config-at`) or a Latin word (`khabar`, `bidi:`,
    /// `--since`) is laid out left to right and a Hebrew or Arabic sentence reads out of
    /// order. A left-to-right catalogue needs no mark: its words outside placeables are all
    /// left to right, and an isolate with no strong character is left to right.
    pub fn get(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fargs = FluentArgs::new();
        let rtl = self.direction().is_rtl();
        for (name, a) in args {
            match a {
                Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
                Arg::Said(t) if rtl => fargs.set(*name, FluentValue::from(format!("{RLM}{t}"))),
                Arg::Text(t) | Arg::Said(t) => fargs.set(*name, FluentValue::from(*t)),
            }
        }
        for b in self.bundles.iter() {
            if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return b
                    .format_pattern(pattern, Some(&fargs), &mut errors)
                    .into_owned();
            }
        }
        id.to_string()
    }
}

impl Messages {
    /// Message `id` as a line of the text policy in the UI's direction (HL1), for the
    /// subcommands' output: each placeable one isolated unit (the FSI … PDI Fluent puts
    /// around it), a text argument shown under the policy's rule 3 before it is placed, so
    /// a feed's name cannot open or close an isolate of its own.
    pub fn line(&self, id: &str, args: &[(&str, Arg<'_>)]) -> crate::text::Line {
        use crate::text::symbols::{escape, reveal_invisible};
        let shown: Vec<String> = args
            .iter()
            .map(|(_, a)| match a {
                Arg::Text(t) => escape(&reveal_invisible(t)).into_owned(),
                Arg::Num(_) | Arg::Said(_) => String::new(),
            })
            .collect();
        let args: Vec<(&str, Arg<'_>)> = args
            .iter()
            .zip(&shown)
            .map(|((name, a), s)| match a {
                Arg::Num(n) => (*name, Arg::Num(*n)),
                Arg::Said(t) => (*name, Arg::Said(t)),
                Arg::Text(_) => (*name, Arg::Text(s.as_str())),
            })
            .collect();
        let base = crate::text::Base::Ui(self.direction());
        crate::text::Line::new(base).isolated(&self.get(id, &args))
    }
}

/// The bundles of `lang` (and English behind it), parsed once per process: the command
/// line, the config's errors and the reader each ask for their messages.
fn bundles(lang: Lang) -> Arc<Vec<FluentBundle<FluentResource>>> {
    static PARSED: [std::sync::OnceLock<Arc<Vec<FluentBundle<FluentResource>>>>; 5] =
        [const { std::sync::OnceLock::new() }; 5];
    let at = CATALOGUES
        .iter()
        .position(|(l, _, _)| *l == lang)
        .unwrap_or(0);
    let parsed = PARSED.get(at).unwrap_or(&PARSED[0]);
    let parsed = parsed.get_or_init(|| {
        let mut bundles = vec![bundle(lang)];
        if lang != Lang::En {
            bundles.push(bundle(Lang::En));
        }
        Arc::new(bundles)
    });
    Arc::clone(parsed)
}

/// The bundle of one catalogue. The catalogues are checked by the tests, so a parse error
/// cannot reach a release; the entries that parse are used all the same.
fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let (_, tag, source) = lang.entry();
    let id: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    let resource = FluentResource::try_new((*source).to_string()).unwrap_or_else(|(r, _)| r);
    // Keep Fluent's FSI/PDI around placeables: the layout resolves them (module doc).
    b.set_use_isolating(true);
    let _ = b.add_resource(resource);
    if let Some((_, cli)) = CLI_CATALOGUES.iter().find(|(l, _)| *l == lang) {
        let resource = FluentResource::try_new((*cli).to_string()).unwrap_or_else(|(r, _)| r);
        let _ = b.add_resource(resource);
    }
    b
}

pub mod errors;

#[cfg(test)]
mod nested_tests;
#[cfg(test)]
mod tests;
