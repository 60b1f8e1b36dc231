//! Fuzzes the evidence decoder: arbitrary bytes through `text_from_bytes` (UTF-8, UTF-16 with a
//! byte-order mark, binary refusal) and `decode` (sniffing, the JSON, CSV, XML, event-text,
//! ADSync, support-code and registry readers, grouping), then the words of every result (ticket
//! lines, problem texts) in both languages. None of it may panic or hang, whatever is pasted.
//!
//! Input: the bytes of a paste or file, as is. The seeds in `fuzz/corpus/decode/` are the test
//! fixtures of `tests/fixtures/decode/`.
//!
//! The built-in content and the words are built once and shared by every input (an input costs
//! only its own decoding), so the target runs well above 1,000 inputs a second.

#![no_main]

use libfuzzer_sys::fuzz_target;

/// A faster allocator than the system's for the many small allocations of each input (see
/// fuzz/Cargo.toml).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use sspr_helpdesk::decode::{Decoder, TicketSubject, problem_text, refused_text, rule_text, text_from_bytes, ticket_line};
use sspr_helpdesk::i18n::Localizer;
use sspr_helpdesk::model::language::Language;
use sspr_helpdesk::model::playbook::Playbook;

thread_local! {
    /// The words in both languages and the decoder's indexes, built on the first input (a
    /// thread-local rather than a `static OnceLock`: Fluent bundles are not `Sync`; libFuzzer
    /// runs inputs on one thread). The playbook itself is `Playbook::shared_builtin`, a
    /// `static OnceLock`.
    static WORDS: Vec<Localizer> = Language::ALL.into_iter().map(|l| Localizer::builtin(l).0).collect();
    static DECODER: Decoder<'static> = Decoder::new(&Playbook::shared_builtin().0);
}

fuzz_target!(|data: &[u8]| WORDS.with(|words| DECODER.with(|decoder| run(data, words, decoder))));

fn run(data: &[u8], localizers: &[Localizer], decoder: &Decoder<'static>) {
    let playbook = decoder.playbook();
    let text = match text_from_bytes(data) {
        Ok(text) => text,
        Err(refused) => {
            for loc in localizers {
                let _ = refused_text(loc, &refused);
            }
            // Decode the lossy text too: the window hands `decode` whatever was pasted.
            String::from_utf8_lossy(data).into_owned()
        }
    };
    let Ok(decoded) = decoder.decode(&text) else { return };
    for loc in localizers {
        for names in [false, true] {
            for record in &decoded.records {
                let _ = ticket_line(loc, playbook, TicketSubject::Record(record), names);
            }
            for timeline in &decoded.timelines {
                let _ = ticket_line(loc, playbook, TicketSubject::Timeline(timeline, &decoded.records), names);
            }
        }
        for event in &decoded.events {
            let _ = ticket_line(loc, playbook, TicketSubject::Event(event), false);
        }
        for code in &decoded.codes {
            let _ = ticket_line(loc, playbook, TicketSubject::Code(code), false);
        }
        if let Some(code) = &decoded.support_code {
            let _ = ticket_line(loc, playbook, TicketSubject::SupportCode(code), false);
        }
        if let Some(registry) = &decoded.registry {
            for blocker in &registry.blockers {
                let _ = ticket_line(loc, playbook, TicketSubject::Blocker(blocker), false);
                let _ = rule_text(loc, blocker.rule);
            }
        }
        for problem in &decoded.problems {
            let _ = problem_text(loc, problem);
        }
    }
}
