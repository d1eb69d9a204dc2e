//! khabar: a terminal news reader that shows Arabic, Persian and Hebrew articles right to left.
//!
//! Data flows one way: [`loader`] → [`article::Article`] → [`layout`] (bidi + wrap → screen
//! lines) → the reader's panes. Every module is public so `tests/` and `benches/` reach it.
#![forbid(unsafe_code)]

pub mod article;
pub mod layout;
