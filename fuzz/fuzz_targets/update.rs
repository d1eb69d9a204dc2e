#![no_main]
//! Fuzz target: see `checks::update` (shared with tests/fuzz_replay.rs, which replays the corpus).

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::update(data));
