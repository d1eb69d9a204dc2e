//! Fast Bidi_Class lookups for `unicode-bidi` (UAX #9 data, the crate's own tables).
//!
//! `BidiInfo::new` looks every `char` up with a binary search over the whole class table; on
//! news text that was an eighth of the layout time. [`FastBidiData`] answers from a dense
//! table for the blocks news text lives in (Latin, Hebrew, Arabic, general punctuation),
//! filled once from the crate's own `bidi_class`, and falls back to it for everything else,
//! so the answers are the crate's, only faster. The same goes for `unicode-width` widths.

use std::sync::OnceLock;

use unicode_bidi::{BidiClass, BidiDataSource, HardcodedBidiData};
use unicode_width::UnicodeWidthChar;

const LOW_END: u32 = 0x800;
const PUNCT: std::ops::Range<u32> = 0x2000..0x2070;

pub(crate) struct FastBidiData;

pub(crate) struct Tables {
    low: [BidiClass; LOW_END as usize],
    punct: [BidiClass; (PUNCT.end - PUNCT.start) as usize],
    low_width: [u8; LOW_END as usize],
}

impl Tables {
    /// UAX #9 Bidi_Class of `c`.
    #[inline]
    pub(crate) fn class(&self, c: char) -> BidiClass {
        let cp = c as u32;
        if cp < LOW_END {
            self.low[cp as usize]
        } else if PUNCT.contains(&cp) {
            self.punct[(cp - PUNCT.start) as usize]
        } else {
            unicode_bidi::bidi_class(c)
        }
    }

    /// Terminal columns of `c` as `unicode-width` counts a single `char` (0 for controls).
    #[inline]
    pub(crate) fn width(&self, c: char) -> u16 {
        let cp = c as u32;
        if cp < LOW_END {
            u16::from(self.low_width[cp as usize])
        } else {
            c.width().unwrap_or(0) as u16
        }
    }
}

pub(crate) fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let class = |cp: u32| char::from_u32(cp).map_or(BidiClass::L, unicode_bidi::bidi_class);
        Tables {
            low: std::array::from_fn(|i| class(i as u32)),
            punct: std::array::from_fn(|i| class(PUNCT.start + i as u32)),
            low_width: std::array::from_fn(|i| {
                char::from_u32(i as u32).map_or(0, |c| c.width().unwrap_or(0) as u8)
            }),
        }
    })
}

/// UAX #9 Bidi_Class of `c`, from the dense tables when it is in them.
pub(crate) fn bidi_class(c: char) -> BidiClass {
    tables().class(c)
}

impl BidiDataSource for FastBidiData {
    fn bidi_class(&self, c: char) -> BidiClass {
        bidi_class(c)
    }

    fn bidi_matched_opening_bracket(
        &self,
        c: char,
    ) -> Option<unicode_bidi::data_source::BidiMatchedOpeningBracket> {
        HardcodedBidiData.bidi_matched_opening_bracket(c)
    }
}
