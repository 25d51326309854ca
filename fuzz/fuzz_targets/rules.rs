//! Any text as a rule file: compiling it must give rules or an error, never
//! a panic or a hang.
#![no_main]

use claimcheck::fuzzing::rule_file;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        rule_file(text);
    }
});
