//! Every colour and text style of the reader in one place: a [`Palette`] of named colours (what
//! the config's `[theme]` sets) and the [`Theme`] of ratatui styles built from it. `NO_COLOR`
//! drops every colour but keeps bold, italic, underline and reverse, so quotes, links and the
//! selection stay distinguishable.
//!
//! Quotes are marked by their colour and their own quotation marks, not italics: monospace
//! fonts rarely carry Arabic italics (mlterm shows empty boxes) and slanted Arabic is not how
//! Arabic typography marks a quotation. `[theme] quote_style` picks `plain` (the default),
//! `underline` or `italic` ([`QuoteStyle`]).

use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};

use crate::layout::StyleFlags;

/// The configurable colours. Field names are the keys of `[theme]` in the config file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Palette {
    pub text: Color,
    pub dim: Color,
    pub headline: Color,
    pub heading: Color,
    pub quote: Color,
    pub link: Color,
    pub control: Color,
    pub unresolved: Color,
    pub title: Color,
    pub border: Color,
    pub selection: Color,
    pub status_fg: Color,
    pub status_bg: Color,
    pub mode: Color,
    pub search_match: Color,
    pub current_match: Color,
    /// The link Tab focused (drawn reversed in this colour).
    pub focus: Color,
    /// How quotes are marked besides their colour.
    pub quote_style: QuoteStyle,
}

/// The modifier quotes get besides their colour (`[theme] quote_style`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QuoteStyle {
    /// Colour and the quotation marks only; bold when `NO_COLOR` drops the colour.
    #[default]
    Plain,
    Underline,
    Italic,
}

impl QuoteStyle {
    pub const NAMES: &[&str] = &["plain", "underline", "italic"];

    pub fn parse(s: &str) -> Option<QuoteStyle> {
        match s {
            "plain" => Some(QuoteStyle::Plain),
            "underline" => Some(QuoteStyle::Underline),
            "italic" => Some(QuoteStyle::Italic),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            QuoteStyle::Plain => "plain",
            QuoteStyle::Underline => "underline",
            QuoteStyle::Italic => "italic",
        }
    }

    /// The modifier: none for `Plain`, unless there is no colour to mark the quote.
    fn modifier(self, no_color: bool) -> Modifier {
        match self {
            QuoteStyle::Plain if no_color => Modifier::BOLD,
            QuoteStyle::Plain => Modifier::empty(),
            QuoteStyle::Underline => Modifier::UNDERLINED,
            QuoteStyle::Italic => Modifier::ITALIC,
        }
    }
}

impl Default for Palette {
    fn default() -> Self {
        Palette {
            text: Color::Reset,
            dim: Color::DarkGray,
            headline: Color::LightCyan,
            heading: Color::LightBlue,
            quote: Color::Yellow,
            link: Color::Cyan,
            control: Color::LightMagenta,
            unresolved: Color::DarkGray,
            title: Color::LightGreen,
            border: Color::DarkGray,
            selection: Color::Blue,
            status_fg: Color::Black,
            status_bg: Color::Gray,
            mode: Color::LightYellow,
            search_match: Color::LightGreen,
            current_match: Color::LightRed,
            focus: Color::LightYellow,
            quote_style: QuoteStyle::Plain,
        }
    }
}

/// Names of the palette's colours, in the order `config --print` lists them.
pub const COLOR_NAMES: &[&str] = &[
    "text",
    "dim",
    "headline",
    "heading",
    "quote",
    "link",
    "control",
    "unresolved",
    "title",
    "border",
    "selection",
    "status_fg",
    "status_bg",
    "mode",
    "search_match",
    "current_match",
    "focus",
];

impl Palette {
    pub fn get_mut(&mut self, name: &str) -> Option<&mut Color> {
        Some(match name {
            "text" => &mut self.text,
            "dim" => &mut self.dim,
            "headline" => &mut self.headline,
            "heading" => &mut self.heading,
            "quote" => &mut self.quote,
            "link" => &mut self.link,
            "control" => &mut self.control,
            "unresolved" => &mut self.unresolved,
            "title" => &mut self.title,
            "border" => &mut self.border,
            "selection" => &mut self.selection,
            "status_fg" => &mut self.status_fg,
            "status_bg" => &mut self.status_bg,
            "mode" => &mut self.mode,
            "search_match" => &mut self.search_match,
            "current_match" => &mut self.current_match,
            "focus" => &mut self.focus,
            _ => return None,
        })
    }

    pub fn get(&self, name: &str) -> Option<Color> {
        self.clone().get_mut(name).map(|c| *c)
    }
}

/// Parses a colour: a name (`yellow`, `lightblue`, `darkgray`, `reset`), `#rrggbb`, or an
/// ANSI index `0`–`255`.
pub fn parse_color(s: &str) -> Option<Color> {
    Color::from_str(s.trim()).ok()
}

/// The colour as the config file writes it.
pub fn color_name(c: Color) -> String {
    match c {
        Color::Reset => "reset".into(),
        Color::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        Color::Indexed(i) => i.to_string(),
        other => format!("{other:?}").to_ascii_lowercase(),
    }
}

/// The styles the panes draw with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub text: Style,
    pub dim: Style,
    pub headline: Style,
    pub heading: Style,
    pub quote: Style,
    pub link: Style,
    pub focus: Style,
    pub control: Style,
    pub mark: Style,
    pub search_match: Style,
    pub current_match: Style,
    pub unresolved: Style,
    pub title: Style,
    pub title_focused: Style,
    pub border: Style,
    pub selection: Style,
    pub status: Style,
    pub mode: Style,
    pub help_key: Style,
    /// The focused link, wherever it shows (body, read also, the links list): patched over
    /// the cell's own style.
    pub link_focus: Style,
    /// Errors in the status line.
    pub error: Style,
    /// [`Theme::cell`] for every combination of the layout's flags, computed once.
    cells: Vec<Style>,
}

/// Combinations of the layout flags in use, up to [`StyleFlags::HIGHEST`].
const FLAG_COMBINATIONS: u16 = StyleFlags::HIGHEST.0 << 1;

impl Default for Theme {
    fn default() -> Self {
        Theme::new(&Palette::default(), false)
    }
}

impl Theme {
    /// Styles from a palette; `no_color` (the `NO_COLOR` convention) keeps only modifiers.
    pub fn new(p: &Palette, no_color: bool) -> Theme {
        let fg = |c: Color| Style::new().fg(c);
        let t = Theme {
            text: fg(p.text),
            dim: fg(p.dim),
            headline: fg(p.headline).add_modifier(Modifier::BOLD),
            heading: fg(p.heading).add_modifier(Modifier::BOLD),
            quote: fg(p.quote).add_modifier(p.quote_style.modifier(no_color)),
            link: fg(p.link).add_modifier(Modifier::UNDERLINED),
            focus: Style::new().add_modifier(Modifier::REVERSED),
            control: fg(p.control).add_modifier(Modifier::REVERSED),
            mark: fg(p.dim),
            search_match: fg(p.search_match).add_modifier(Modifier::UNDERLINED),
            current_match: fg(p.current_match).add_modifier(Modifier::REVERSED),
            unresolved: fg(p.unresolved).add_modifier(Modifier::DIM),
            title: fg(p.title).add_modifier(Modifier::BOLD),
            title_focused: fg(p.title).add_modifier(Modifier::BOLD | Modifier::REVERSED),
            border: fg(p.border),
            selection: Style::new().bg(p.selection).add_modifier(Modifier::BOLD),
            status: fg(p.status_fg).bg(p.status_bg),
            mode: fg(p.status_fg).bg(p.mode).add_modifier(Modifier::BOLD),
            help_key: fg(p.title).add_modifier(Modifier::BOLD),
            link_focus: fg(p.focus).add_modifier(Modifier::REVERSED | Modifier::BOLD),
            error: fg(Color::White).bg(Color::Red).add_modifier(Modifier::BOLD),
            cells: Vec::new(),
        };
        let mut t = if no_color { t.without_colors() } else { t };
        t.cells = (0..FLAG_COMBINATIONS)
            .map(|f| t.compute_cell(StyleFlags(f)))
            .collect();
        t
    }

    /// Every colour dropped; the selection and the status line turn to reverse video.
    fn without_colors(self) -> Theme {
        let strip = |s: Style| Style {
            fg: None,
            bg: None,
            ..s
        };
        let reversed = |s: Style| strip(s).add_modifier(Modifier::REVERSED);
        Theme {
            text: strip(self.text),
            dim: strip(self.dim),
            headline: strip(self.headline),
            heading: strip(self.heading),
            quote: strip(self.quote),
            link: strip(self.link),
            focus: strip(self.focus),
            control: strip(self.control),
            mark: strip(self.mark),
            search_match: strip(self.search_match),
            current_match: strip(self.current_match),
            unresolved: strip(self.unresolved),
            title: strip(self.title),
            title_focused: strip(self.title_focused),
            border: strip(self.border),
            selection: reversed(self.selection),
            status: reversed(self.status),
            mode: reversed(self.mode),
            help_key: strip(self.help_key),
            link_focus: strip(self.link_focus),
            error: reversed(self.error),
            cells: Vec::new(),
        }
    }

    /// The style of a laid-out cell from its layout flags.
    pub fn cell(&self, flags: StyleFlags) -> Style {
        match self.cells.get(usize::from(flags.0)) {
            Some(s) => *s,
            None => self.compute_cell(flags),
        }
    }

    fn compute_cell(&self, flags: StyleFlags) -> Style {
        let mut s = self.text;
        let pairs = [
            (StyleFlags::HEADING, self.heading),
            (StyleFlags::QUOTE, self.quote),
            (StyleFlags::LINK, self.link),
            (StyleFlags::MARK, self.mark),
            (StyleFlags::CONTROL, self.control),
            (StyleFlags::MATCH, self.search_match),
            (StyleFlags::CURRENT_MATCH, self.current_match),
            (StyleFlags::FOCUS, self.focus),
        ];
        for (flag, style) in pairs {
            if flags.contains(flag) {
                s = s.patch(style);
            }
        }
        if flags.contains(StyleFlags::BOLD) {
            s = s.add_modifier(Modifier::BOLD);
        }
        // Markdown's emphasis and code, drawn without their markers: emphasis underlined
        // (monospace fonts rarely carry Arabic italics), code in the heading colour.
        if flags.contains(StyleFlags::EMPHASIS) {
            s = s.add_modifier(Modifier::UNDERLINED);
        }
        if flags.contains(StyleFlags::CODE) {
            s = s.patch(Style::new().fg(self.heading.fg.unwrap_or(Color::Reset)));
        }
        s
    }
}

#[cfg(test)]
mod tests;
