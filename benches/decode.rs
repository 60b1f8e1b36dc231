//! Decoder speed on 10 MB pastes: 20,000+ audit rows as Graph JSON (`{"value": […]}`) and as
//! the admin center's CSV, built in memory from the documented field names. The target is
//! under one second each in the release build (issue #14).
//!
//! Run: `cargo bench --bench decode`. It prints a summary (size, rows, median of 5 runs) and
//! then criterion's own estimates.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use sspr_helpdesk::decode::decode;
use sspr_helpdesk::model::playbook::Playbook;

/// The size each paste is grown to.
const TARGET_BYTES: usize = 10 * 1024 * 1024;

const REASONS: [&str; 5] = [
    "User was presented with verification options",
    "User started the mobile SMS verification option",
    "User completed the mobile SMS verification option",
    "User abandoned while selecting a new password",
    "User's account has insufficient authentication methods defined. Add authentication info to resolve this ",
];

/// Graph JSON rows until the paste reaches 10 MB: (text, rows).
fn graph_json() -> (String, usize) {
    let mut text =
        String::from("{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#auditLogs/directoryAudits\",\"value\":[\n");
    let mut rows = 0;
    while text.len() < TARGET_BYTES {
        if rows > 0 {
            text.push_str(",\n");
        }
        let reason = REASONS[rows % REASONS.len()];
        let flow = rows / REASONS.len();
        text.push_str(&format!(
            "{{\"id\":\"Directory_{rows:08}\",\"category\":\"UserManagement\",\"correlationId\":\"6f1d2c3b-1a2b-4c3d-8e4f-{flow:012x}\",\"result\":\"{}\",\"resultReason\":\"{}\",\"activityDisplayName\":\"Self-service password reset flow activity progress\",\"activityDateTime\":\"2026-11-30T08:{:02}:{:02}Z\",\"loggedByService\":\"Self-service Password Management\",\"operationType\":\"Update\",\"initiatedBy\":{{\"app\":null,\"user\":{{\"id\":\"00000000-0000-4000-8000-{flow:012x}\",\"displayName\":null,\"userPrincipalName\":\"user{flow}@contoso.example\",\"ipAddress\":\"203.0.113.{}\"}}}},\"targetResources\":[{{\"id\":\"00000000-0000-4000-8000-{flow:012x}\",\"displayName\":\"User {flow}\",\"type\":\"User\",\"userPrincipalName\":\"user{flow}@contoso.example\",\"modifiedProperties\":[]}}],\"additionalDetails\":[{{\"key\":\"OnPremisesAgent\",\"value\":\"None\"}}]}}",
            if rows % REASONS.len() >= 3 { "failure" } else { "success" },
            reason,
            (rows / 60) % 60,
            rows % 60,
            rows % 250,
        ));
        rows += 1;
    }
    text.push_str("\n]}\n");
    (text, rows)
}

/// Admin center CSV rows until the paste reaches 10 MB: (text, rows).
fn admin_csv() -> (String, usize) {
    let mut text = String::from(
        "\"Date (UTC)\",\"CorrelationId\",\"Service\",\"Category\",\"Activity\",\"Result\",\"ResultReason\",\"User Agent\",\"ActorType\",\"ActorDisplayName\",\"ActorObjectId\",\"ActorUserPrincipalName\",\"IPAddress\",\"Target1Type\",\"Target1DisplayName\",\"Target1ObjectId\",\"Target1UserPrincipalName\",\"AdditionalDetail1Key\",\"AdditionalDetail1Value\"\r\n",
    );
    let mut rows = 0;
    while text.len() < TARGET_BYTES {
        let reason = REASONS[rows % REASONS.len()];
        let flow = rows / REASONS.len();
        text.push_str(&format!(
            "\"2026-11-30T08:{:02}:{:02}Z\",\"6f1d2c3b-1a2b-4c3d-8e4f-{flow:012x}\",\"Self-service Password Management\",\"UserManagement\",\"Self-service password reset flow activity progress\",\"{}\",\"{reason}\",\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36\",\"User\",\"User {flow}\",\"00000000-0000-4000-8000-{flow:012x}\",\"user{flow}@contoso.example\",\"203.0.113.{}\",\"User\",\"User {flow}\",\"00000000-0000-4000-8000-{flow:012x}\",\"user{flow}@contoso.example\",\"OnPremisesAgent\",\"None\"\r\n",
            (rows / 60) % 60,
            rows % 60,
            if rows % REASONS.len() >= 3 { "failure" } else { "success" },
            rows % 250,
        ));
        rows += 1;
    }
    (text, rows)
}

fn median_of_5(text: &str, playbook: &Playbook) -> (Duration, usize) {
    let mut samples = Vec::new();
    let mut records = 0;
    for _ in 0..5 {
        let started = Instant::now();
        let decoded = decode(black_box(text), playbook);
        samples.push(started.elapsed());
        records = decoded.map(|d| d.records.len()).unwrap_or(0);
    }
    samples.sort();
    (samples[2], records)
}

fn summary(playbook: &Playbook) {
    println!("\nDecoder, 10 MB pastes (median of 5 runs):");
    println!("| input | size | rows | records decoded | time |");
    println!("|---|---|---|---|---|");
    for (name, (text, rows)) in [("Graph JSON {\"value\": […]}", graph_json()), ("admin center CSV", admin_csv())] {
        let (time, records) = median_of_5(&text, playbook);
        println!(
            "| {name} | {:.1} MB | {rows} | {records} | {} ms |",
            text.len() as f64 / 1_048_576.0,
            time.as_millis()
        );
    }
    println!();
}

fn bench(c: &mut Criterion) {
    let playbook = &Playbook::shared_builtin().0;
    summary(playbook);
    let (json, _) = graph_json();
    let (csv, _) = admin_csv();
    let mut group = c.benchmark_group("decode 10 MB");
    group.sample_size(10);
    group.bench_function("graph json", |b| b.iter(|| decode(black_box(&json), playbook)));
    group.bench_function("admin center csv", |b| b.iter(|| decode(black_box(&csv), playbook)));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
