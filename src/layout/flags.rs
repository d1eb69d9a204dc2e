//! The styles a paragraph's spans give its cells ([`StyleFlags`], one bit each: quote, link,
//! search match, …) and the spans themselves ([`StyleSpan`]); the theme maps them to colours.

use std::ops::{BitOr, BitOrAssign, Range};

/// The style flags a span gives its cells (quote, link, match…); the UI maps them to colours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct StyleFlags(pub u16);

impl StyleFlags {
    pub const QUOTE: StyleFlags = StyleFlags(1);
    pub const LINK: StyleFlags = StyleFlags(1 << 1);
    pub const MATCH: StyleFlags = StyleFlags(1 << 2);
    pub const CURRENT_MATCH: StyleFlags = StyleFlags(1 << 3);
    pub const FOCUS: StyleFlags = StyleFlags(1 << 4);
    pub const HEADING: StyleFlags = StyleFlags(1 << 5);
    pub const BOLD: StyleFlags = StyleFlags(1 << 6);
    /// A visible symbol standing for a control character (␛, ␡, …).
    pub const CONTROL: StyleFlags = StyleFlags(1 << 7);
    /// A marker the layout did not get from the text itself (e.g. an unresolved link).
    pub const MARK: StyleFlags = StyleFlags(1 << 8);
    /// Emphasis of the source (Markdown `*…*`).
    pub const EMPHASIS: StyleFlags = StyleFlags(1 << 9);
    /// Inline code of the source (Markdown `` `…` ``).
    pub const CODE: StyleFlags = StyleFlags(1 << 10);
    /// The highest flag: a flag added above it must become the new one (the theme caches
    /// a style for every combination up to it).
    pub const HIGHEST: StyleFlags = StyleFlags::CODE;

    /// True when every flag of `o` is set in `self`.
    pub fn contains(self, o: StyleFlags) -> bool {
        self.0 & o.0 == o.0
    }

    pub fn union(self, o: StyleFlags) -> StyleFlags {
        StyleFlags(self.0 | o.0)
    }

    pub fn empty() -> StyleFlags {
        StyleFlags(0)
    }
}

impl BitOr for StyleFlags {
    type Output = StyleFlags;
    fn bitor(self, o: StyleFlags) -> StyleFlags {
        self.union(o)
    }
}

impl BitOrAssign for StyleFlags {
    fn bitor_assign(&mut self, o: StyleFlags) {
        self.0 |= o.0;
    }
}

/// A styled byte range of the paragraph text. Spans may overlap: a cell gets the union of the
/// styles of every span that intersects its logical range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StyleSpan {
    pub range: Range<usize>,
    pub style: StyleFlags,
}
