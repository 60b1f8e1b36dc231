//! Search latency over the whole content, and over the content inflated 10× with generated
//! documents, for a fixed query set in both languages; plus the time to build the index.
//!
//! Run: `cargo bench --bench search`. It prints a summary table (median per query, 1× vs
//! 10×, index build time) and then criterion's own estimates.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use sspr_helpdesk::i18n::Localizer;
use sspr_helpdesk::model::language::Language;
use sspr_helpdesk::model::playbook::Playbook;
use sspr_helpdesk::search::index::{Document, SearchIndex};
use sspr_helpdesk::search::{Corpus, SYNONYMS_FILE, parse_synonyms};

/// What agents type: codes in several forms, symptoms in English and Chinese, typos.
const QUERIES: [&str; 12] = [
    "SSPR_0029",
    "sspr 29",
    "event 33004",
    "0x8023062c",
    "I never get the verification text message",
    "reset works but the on-prem password is unchanged",
    "admin only offered email and phone",
    "writebak",
    "licence",
    "收不到验证码",
    "密码写回失败",
    "管理员不能使用安全问题",
];

fn content() -> (Vec<Document>, Vec<Vec<String>>) {
    let (playbook, _) = Playbook::builtin();
    let (loc, _) = Localizer::builtin(Language::EnUs);
    let (_, documents) = Corpus::documents(&playbook, &loc);
    let synonyms = parse_synonyms("synonyms.toml", SYNONYMS_FILE).unwrap_or_default();
    (documents, synonyms)
}

/// The documents repeated `factor` times; each copy gets its own made-up words and codes, so
/// the vocabulary and postings grow as real extra content would.
fn inflate(documents: &[Document], factor: usize) -> Vec<Document> {
    let mut out = documents.to_vec();
    for copy in 1..factor {
        for (number, document) in documents.iter().enumerate() {
            let mut d = document.clone();
            let tag = format!("generated{copy}x{number}");
            d.codes = d.codes.iter().map(|c| format!("{c}{copy}")).collect();
            d.titles = d.titles.iter().map(|t| format!("{t} {tag}")).collect();
            d.bodies = d.bodies.iter().map(|b| format!("{b} {tag} extra{copy} words{number}")).collect();
            out.push(d);
        }
    }
    out
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn median_query_time(index: &SearchIndex) -> Duration {
    let mut per_query = Vec::new();
    for query in QUERIES {
        let samples: Vec<Duration> = (0..300)
            .map(|_| {
                let started = Instant::now();
                black_box(index.search(black_box(query), 10));
                started.elapsed()
            })
            .collect();
        per_query.push(median(samples));
    }
    median(per_query)
}

fn summary() {
    let (documents, synonyms) = content();
    let started = Instant::now();
    let one = SearchIndex::build(&documents, &synonyms);
    let build_one = started.elapsed();
    let ten_documents = inflate(&documents, 10);
    let started = Instant::now();
    let ten = SearchIndex::build(&ten_documents, &synonyms);
    let build_ten = started.elapsed();
    let (q1, q10) = (median_query_time(&one), median_query_time(&ten));
    println!("search summary ({} queries, both languages)", QUERIES.len());
    println!("  documents      1x: {:>6}   10x: {:>6}", one.len(), ten.len());
    println!("  index build    1x: {build_one:>10.2?}   10x: {build_ten:>10.2?}");
    println!(
        "  median query   1x: {q1:>10.2?}   10x: {q10:>10.2?}   growth: {:.1}x (linear would be 10x)",
        q10.as_secs_f64() / q1.as_secs_f64()
    );
    println!(
        "  target: median under 200 µs at 1x: {}",
        if q1 < Duration::from_micros(200) { "met" } else { "NOT met" }
    );
}

fn bench(c: &mut Criterion) {
    summary();
    let (documents, synonyms) = content();
    let one = SearchIndex::build(&documents, &synonyms);
    let ten = SearchIndex::build(&inflate(&documents, 10), &synonyms);
    let mut group = c.benchmark_group("search");
    group.bench_function("query set, 1x content", |b| {
        b.iter(|| {
            for q in QUERIES {
                black_box(one.search(black_box(q), 10));
            }
        })
    });
    group.bench_function("query set, 10x content", |b| {
        b.iter(|| {
            for q in QUERIES {
                black_box(ten.search(black_box(q), 10));
            }
        })
    });
    group.sample_size(20);
    group.bench_function("build index, 1x content", |b| {
        b.iter(|| black_box(SearchIndex::build(&documents, &synonyms)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
