//! khabar: a terminal news reader that shows Arabic, Persian and Hebrew articles right to left.
//!
//! Data flows one way: [`loader`] → [`article::Article`] → [`layout`] (bidi + wrap → screen
//! lines) → the reader's panes. Every module is public so `tests/` and `benches/` reach it.
#![forbid(unsafe_code)]

pub mod app;
pub mod article;
pub mod browser;
pub mod config;
pub mod doctor;
pub mod dump;
pub mod event_loop;
pub mod fetch;
pub mod finder;
pub mod fold;
pub mod frame;
pub mod guard;
pub mod i18n;
pub mod jobs;
pub mod keymap;
pub mod labels;
pub mod layout;
pub mod library;
pub mod links;
pub mod loader;
pub mod pager;
pub mod report;
pub mod search;
pub mod spoof;
pub mod store;
pub mod subscribe;
pub mod term_bidi;
pub mod terminal;
pub mod text;
pub mod theme;
pub mod ui;
