//! The integration tests, one test binary (`cargo test --test it`): each file of `tests/it/`
//! is a module here, so `cargo test` links one executable for all of them instead of one per
//! file (issue 15). `tests/fuzz_replay.rs` stays its own binary. Run one file's tests with
//! `cargo test --test it NAME::` (e.g. `cargo test --test it pty_reader::`).
//!
//! All modules share one process: a test must not change process-wide state (environment,
//! current directory, signal dispositions, the panic hook) — pass environment variables and
//! a working directory to the child it spawns instead.
//!
//! Adding a test file: create `tests/it/NAME.rs`, add `mod NAME;` below (in order), reach the
//! helpers with `use crate::common;` / `use crate::feed_server;` (not `mod common;`). Its insta
//! snapshots are `tests/it/snapshots/it__NAME__*.snap`; proptest keeps its failures in
//! `tests/proptest-regressions/NAME.txt`.

mod common;
mod feed_server;

mod addresses;
mod app_parts;
mod app_state;
mod app_update;
mod arrow_keys;
mod browser;
mod cli;
mod cli_audit;
mod cli_audit_out;
mod cli_help_layout;
mod cli_install;
mod cli_language;
mod cli_layout;
mod cli_subscribe;
mod doctor_language;
mod error_language;
mod error_words;
mod escape_cli;
mod extraction_score;
mod feed_identity;
mod feed_limits;
mod fetch;
mod first_run;
mod first_run_commands;
mod generated_docs;
mod help_overlay;
mod help_wrap;
mod hostile;
mod house_rules;
mod i18n_chrome;
mod installed;
mod json_roundtrip;
mod keys_config;
mod layout_cases;
mod layout_conformance;
mod layout_fribidi;
mod layout_linear;
mod layout_props;
mod layout_shape;
mod layout_snapshots;
mod library_big;
mod library_files_search;
mod library_pane;
mod library_search;
mod links_fetch;
mod links_reader;
mod loader_feeds;
mod loader_html;
mod loader_rules;
mod markdown;
mod module_graph;
mod opml;
mod option_names;
mod output_props;
mod panes_policy;
mod pipeline_props;
mod pipes;
mod pty_bidi_modes;
mod pty_effects;
mod pty_faults;
mod pty_idle;
mod pty_links;
mod pty_reader;
mod pty_stress;
mod quotes_speech;
mod reader_cli;
mod readme_folding;
mod readme_keys;
mod search_errors;
mod search_props;
mod search_reader;
mod store_faults;
mod store_reader;
mod store_schema;
mod subscribe_update;
mod text_policy;
mod text_policy_cli;
mod ui_snapshots;
mod update_effects;
mod update_kill;
