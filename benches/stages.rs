//! Throughput of each pipeline stage (segmentation, extraction, stories,
//! events and slots, comparison)
//! in bytes per second, on the seeds plus a day of Reuters wire copy when
//! ../shared/corpora is beside the project. Run with `cargo bench`.

use std::path::PathBuf;

use claimcheck::compare;
use claimcheck::corpus::{self, LoadOptions};
use claimcheck::event::Events;
use claimcheck::ruleset::RuleSet;
use claimcheck::segment;
use claimcheck::slot::Slots;
use claimcheck::story::Stories;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn inputs() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut paths = vec![root.join("seeds")];
    let day = root.join("../shared/corpora/reuters21578/1987-03-02");
    if day.is_dir() {
        paths.push(day);
    }
    paths
}

fn stages(c: &mut Criterion) {
    let corpus = corpus::load(&inputs(), &LoadOptions::default()).expect("bench inputs load");
    let bytes: u64 = corpus.documents.iter().map(|d| d.text.len() as u64).sum();
    let rules = RuleSet::bundled().expect("rules compile");
    let claims = rules
        .extract_all(&corpus)
        .into_iter()
        .flatten()
        .collect::<Vec<_>>();
    let mut group = c.benchmark_group("stages");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(10);
    group.bench_function("segment", |b| {
        b.iter(|| {
            corpus
                .documents
                .iter()
                .map(|d| segment::segment(d).len())
                .sum::<usize>()
        })
    });
    group.bench_function("extract", |b| b.iter(|| rules.extract_all(&corpus)));
    group.bench_function("stories", |b| b.iter(|| Stories::build(&corpus, &claims)));
    let stories = Stories::build(&corpus, &claims);
    group.bench_function("events and slots", |b| {
        b.iter(|| {
            let events = Events::build(&corpus, &claims, &stories);
            Slots::build(&corpus, &claims, &events)
        })
    });
    let events = Events::build(&corpus, &claims, &stories);
    let slots = Slots::build(&corpus, &claims, &events);
    group.bench_function("compare", |b| {
        b.iter(|| compare::compare(&rules.compare, &corpus, &claims, &slots))
    });
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
