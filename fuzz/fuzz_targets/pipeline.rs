//! Any bytes as an article: load (lossy), segment, extract, compare against a
//! second article, build the report and render every format. Must not panic.
#![no_main]

use claimcheck::fuzzing::pipeline;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    pipeline(data);
});
