//! The link keys of [`App`]: Tab / Shift-Tab move a focus over the article's links in reading
//! order ([`crate::links::stops`]), Enter and `1`–`9` follow one, `o` opens one in the
//! browser, `y` copies an address or a quote. Following resolves the target with
//! [`crate::links::destination`]: another article of the library opens at once, a file or a
//! web page is loaded off the event loop ([`Effect::Load`], result in `App::loaded`), an
//! unresolved title opens the library article whose headline matches it best.

use super::{App, Effect, Pane};
use crate::i18n::Arg;
use crate::jobs::Request;
use crate::keymap::Action;
use crate::links::{self, Destination, LinkPlace, Stop};

/// A one-line message for the status line, until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

/// Share of a title's words a headline must hold to count as its best match.
const MIN_TITLE_SCORE: f32 = 0.5;

impl App {
    /// A message for the status line (until the next key).
    pub fn say(&mut self, text: String) {
        self.message = Some(Message { text, error: false });
    }

    /// An error for the status line (until the next key).
    pub fn complain(&mut self, text: String) {
        self.message = Some(Message { text, error: true });
    }

    /// Message `id` of the catalogues for the status line ([`App::say`]).
    pub(super) fn tell(&mut self, id: &str, args: &[(&str, Arg<'_>)]) {
        let text = self.msg.get(id, args);
        self.say(text);
    }

    /// Message `id` of the catalogues as an error ([`App::complain`]).
    pub(super) fn warn(&mut self, id: &str, args: &[(&str, Arg<'_>)]) {
        let text = self.msg.get(id, args);
        self.complain(text);
    }

    /// The focused link.
    pub fn focused_stop(&self) -> Option<&Stop> {
        self.view.stops.get(self.view.link_focus?)
    }

    /// The link `o` and `y` act on: the focused one, else the read-also entry selected in the
    /// focused read-also pane.
    fn acted_on(&self) -> Option<&Stop> {
        self.focused_stop().or_else(|| {
            (self.focus == Pane::Links)
                .then(|| self.read_also_stop(self.view.link_list.selected))
                .flatten()
                .and_then(|i| self.view.stops.get(i))
        })
    }

    /// A link target of the article on screen made absolute: a relative link of a page loaded
    /// from the web is relative to the page's address (a file's relative links are resolved
    /// against its folder by [`links::destination`]).
    pub fn absolute(&self, target: &str) -> String {
        crate::links::absolute(self.article(), target)
    }

    /// The stop index of read-also link `i`.
    pub(super) fn read_also_stop(&self, i: usize) -> Option<usize> {
        self.view
            .stops
            .iter()
            .position(|s| s.place == LinkPlace::ReadAlso(i))
    }

    /// Tab / Shift-Tab. With no link focused, the first one starts where the reader is: the
    /// first body link from the top of the screen on (else the read-also list), or backwards
    /// the last body link up to the bottom of the screen.
    pub(super) fn step_link(&mut self, forward: bool) {
        let start = match self.view.link_focus {
            Some(_) => links::step(self.view.link_focus, self.view.stops.len(), forward),
            None => self.first_stop_from_screen(forward),
        };
        let Some(next) = start else {
            self.tell("status-no-links", &[]);
            return;
        };
        let wrapped = match self.view.link_focus {
            Some(cur) if forward => next <= cur,
            Some(cur) => next >= cur,
            None => false,
        };
        self.focus_link(next);
        if wrapped {
            self.tell("status-links-wrapped", &[]);
        }
    }

    /// The stop Tab (`forward`) or Shift-Tab focuses first, from the rows on screen.
    fn first_stop_from_screen(&self, forward: bool) -> Option<usize> {
        let rows: Vec<(usize, usize)> = self
            .view
            .pager
            .visible()
            .filter_map(|(b, l)| l.map(|l| (b, l.logical.start)))
            .collect();
        let body_at = |s: &Stop| match &s.place {
            LinkPlace::Body { block, range } => Some((*block, range.start)),
            LinkPlace::ReadAlso(_) => None,
        };
        let found = if forward {
            let top = rows.first().copied().unwrap_or((0, 0));
            self.view
                .stops
                .iter()
                .position(|s| body_at(s).is_none_or(|at| at >= top))
        } else {
            let bottom = rows
                .last()
                .map_or((usize::MAX, 0), |&(b, _)| (b, usize::MAX));
            self.view
                .stops
                .iter()
                .rposition(|s| body_at(s).is_some_and(|at| at <= bottom))
        };
        found.or_else(|| links::step(None, self.view.stops.len(), forward))
    }

    /// Focuses link `i` and brings it on screen: the body scrolls to an inline link, the
    /// read-also pane selects its entry (and takes the focus, so j/k go on from there).
    pub(super) fn focus_link(&mut self, i: usize) {
        let Some(stop) = self.view.stops.get(i) else {
            return;
        };
        self.view.link_focus = Some(i);
        let areas = self.areas();
        match stop.place.clone() {
            LinkPlace::Body { block, range } => {
                let body = &self.library.articles[self.current].body;
                self.view.pager.reveal(body, block, range.start);
                if matches!(self.focus, Pane::Links | Pane::Quotes) {
                    self.focus = Pane::Body;
                }
            }
            LinkPlace::ReadAlso(k) => {
                self.view.link_list.selected = k;
                self.view.link_list.keep_visible(areas.link_capacity());
                self.focus = if areas.links.is_some() {
                    Pane::Links
                } else {
                    Pane::Body
                };
            }
        }
    }

    /// `1`–`9`: follows read-also link `n`.
    pub(super) fn follow_number(&mut self, n: u8) -> Option<Effect> {
        let count = self.article().read_also.len();
        match self.read_also_stop(usize::from(n).saturating_sub(1)) {
            Some(i) => self.follow(i),
            None => {
                match count {
                    0 => self.warn("status-no-read-also", &[]),
                    _ => {
                        let args = [("n", Arg::Num(n.into())), ("count", Arg::Num(count))];
                        self.warn("status-no-read-also-n", &args);
                    }
                }
                None
            }
        }
    }

    /// Follows link `i`: focuses it, then opens where it leads.
    pub(super) fn follow(&mut self, i: usize) -> Option<Effect> {
        self.focus_link(i);
        let mut stop = self.view.stops.get(i)?.clone();
        stop.target = stop.target.map(|t| self.absolute(&t));
        let base = self.article().path.clone();
        match links::destination(&self.library, &stop, base.as_deref()) {
            Destination::Article(a) if a == self.current => {
                self.tell("status-link-here", &[]);
                None
            }
            Destination::Article(a) => {
                self.navigate(a);
                None
            }
            Destination::File(p) => self.start_load(Request::File(p)),
            Destination::Url(u) => self.start_load(Request::Url(u)),
            Destination::Title(t) => {
                self.follow_title(&t);
                None
            }
            Destination::Refused(why) => {
                self.warn("status-not-followed", &[("why", Arg::Text(&why))]);
                None
            }
        }
    }

    /// Enter with no link focused, on a feed item that carried only its summary: loads the
    /// full article from the item's address, to take the item's place.
    pub(super) fn load_full_article(&mut self) -> Option<Effect> {
        let a = self.article();
        if !a.meta.summary_only {
            return None;
        }
        let url = match links::safe_url(a.meta.url.as_deref()?) {
            Ok(url) => url,
            Err(why) => {
                self.warn("status-full-not-loaded", &[("why", Arg::Text(&why))]);
                return None;
            }
        };
        let effect = self.start_load(Request::Url(url));
        if let Some(l) = &mut self.loading {
            l.replaces = Some(self.current);
        }
        effect
    }

    /// An unresolved read-also title: searches the library's headlines (folded as the search
    /// folds) and opens the best match, saying so; or says that nothing matches.
    fn follow_title(&mut self, title: &str) {
        match links::best_match(&self.library, title, Some(self.current)) {
            Some((i, score)) if score >= MIN_TITLE_SCORE => {
                let headline = self.library.articles[i].headline.clone();
                self.navigate(i);
                self.tell("status-closest", &[("headline", Arg::Text(&headline))]);
            }
            _ => self.warn("status-no-title", &[("title", Arg::Text(title))]),
        }
    }

    /// The web address `o` opens: the focused link's (or that of the library article it
    /// leads to), else the article's own.
    fn external_target(&self) -> Result<String, String> {
        let Some(stop) = self.acted_on() else {
            return self.article().meta.url.clone().ok_or_else(|| {
                let tab = self.keymap.say(Action::NextLink);
                self.msg
                    .get("status-no-link-no-address", &[("tab", Arg::Text(&tab))])
            });
        };
        let target = stop
            .target
            .as_deref()
            .map(|t| self.absolute(t))
            .ok_or_else(|| self.msg.text("status-link-no-address"))?;
        let target = target.as_str();
        if let Some(a) = self.library.find_by_target(target) {
            if let Some(url) = &self.library.articles[a].meta.url {
                return Ok(url.clone());
            }
            if !target.contains(':') {
                let name = std::path::Path::new(target)
                    .file_name()
                    .map_or_else(|| target.into(), |n| n.to_string_lossy());
                return Err(self.msg.get("status-a-file", &[("name", Arg::Text(&name))]));
            }
        }
        Ok(target.to_string())
    }

    /// `o`: the address is checked before anything runs.
    pub(super) fn open_external(&mut self) -> Option<Effect> {
        match self.external_target().and_then(|t| links::safe_url(&t)) {
            Ok(url) => {
                self.tell("status-opening", &[("url", Arg::Text(&url))]);
                Some(Effect::OpenUrl(url))
            }
            Err(why) => {
                self.warn("status-not-opened", &[("why", Arg::Text(&why))]);
                None
            }
        }
    }

    /// What `y` copies: the selected quote when the quotes pane has the focus, else the focused
    /// link's address, else the quote Enter jumped to, else the article's address.
    fn copy_source(&self) -> Result<(String, &'static str), String> {
        let quote = |i: usize| {
            let q = self.view.quotes.get(i)?;
            let text = &self.article().body[q.block].inline().text;
            text.get(q.content.clone()).map(str::to_string)
        };
        if self.focus == Pane::Quotes {
            return quote(self.view.quote_list.selected)
                .map(|q| (q, "copy-what-quote"))
                .ok_or_else(|| self.msg.text("status-no-quote"));
        }
        if let Some(stop) = self.acted_on() {
            return stop
                .target
                .as_deref()
                .map(|t| (self.absolute(t), "copy-what-link"))
                .ok_or_else(|| self.msg.text("status-link-no-address"));
        }
        if let Some(q) = self.view.marked_quote.and_then(quote) {
            return Ok((q, "copy-what-quote"));
        }
        self.article()
            .meta
            .url
            .clone()
            .map(|u| (u, "copy-what-article"))
            .ok_or_else(|| {
                let [tab, w] = [Action::NextLink, Action::FocusNext].map(|a| self.keymap.say(a));
                let args = [("tab", Arg::Text(&tab)), ("pane", Arg::Text(&w))];
                self.msg.get("status-nothing-to-copy", &args)
            })
    }

    /// `y`: the text goes to the clipboard in logical order, cut at the copy limit.
    pub(super) fn copy(&mut self) -> Option<Effect> {
        match self.copy_source() {
            Ok((text, what)) => {
                let (text, cut) = crate::terminal::clip_for_copy(&text);
                let what = self.msg.text(what);
                let (id, count) = if cut {
                    ("copy-cut", crate::terminal::COPY_LIMIT / 1024)
                } else {
                    ("copy-whole", text.chars().count())
                };
                let args = [("what", Arg::Text(&what)), ("count", Arg::Num(count))];
                // Told when the loop says how the copy went (`App::job_news`).
                self.copying = Some(self.msg.get(id, &args));
                Some(Effect::Copy(text))
            }
            Err(why) => {
                self.complain(why);
                None
            }
        }
    }
}
