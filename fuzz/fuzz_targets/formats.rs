//! Any bytes as an HTML page, JSON records, a feed and a WARC archive:
//! every reader must not panic, and every article's offsets must map into
//! the file, in order, on character boundaries.
#![no_main]

use claimcheck::fuzzing::formats;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    formats(data);
});
