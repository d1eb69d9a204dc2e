//! Bidi layout: logical text + width → screen lines in visual order. (Being written.)
