//! CPU time of one full frame of the real app, headless (no window, no GPU): egui layout of
//! everything `HelpdeskApp::draw` draws, then tessellation into triangles — all the CPU work of
//! a frame except handing the triangles to the GPU. For every category's checklist, the error
//! catalogue and the search results list, in both languages, at 1280×800 and 800×600.
//!
//! Then the same panes with the content inflated 10× (generated steps and catalogue entries,
//! with their words in both languages), to show how the cost grows; and search latency over the
//! real and the inflated content.
//!
//! Run: `cargo bench --bench frame`. It prints its summary tables first — median per view
//! (flagged when over the 1 ms target), the start-up work on the main thread piece by piece, and
//! 1× vs 10× content — then criterion's own estimates. Figures: docs/performance.md.
//!
//! Median and p90 are wall-clock times per frame on one thread that does nothing else (the app's
//! search-index thread has finished before measuring). The "cpu" columns are the thread's CPU
//! time over a whole batch divided by its frames (/proc/thread-self/schedstat, Linux only): on a
//! busy machine a long frame is more often preempted than a short one, so the 10× growth is
//! judged on CPU time.

use std::collections::BTreeSet;
use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use egui::CentralPanel;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use sspr_helpdesk::HelpdeskApp;
use sspr_helpdesk::i18n::Localizer;
use sspr_helpdesk::model::category::Category;
use sspr_helpdesk::model::clock::ManualClock;
use sspr_helpdesk::model::language::Language;
use sspr_helpdesk::model::playbook::Playbook;
use sspr_helpdesk::model::session::Session;
use sspr_helpdesk::model::settings::Settings;
use sspr_helpdesk::platform::Services;
use sspr_helpdesk::platform::opener::RecordingOpener;
use sspr_helpdesk::platform::save_dialog::FixedSaveDialog;
use sspr_helpdesk::search::{Corpus, SYNONYMS_FILE, SearchResult, parse_synonyms};
use sspr_helpdesk::startup::StartupOptions;
use sspr_helpdesk::ui::catalogue_pane::CatalogueState;
use sspr_helpdesk::ui::{Action, ErrorsView, View, central_pane_ui, fonts, theme};
use support::inflate::{Content, content};
use support::measure::{BATCH_TIME, Batch, FrameTime, Input, WARM_UP_FRAMES, frame, measure, percentile};

mod support;

/// The two window sizes measured: the default window and a small laptop window (narrow layout:
/// the session panel moves under the categories).
const SIZES: [(f32, f32); 2] = [(1280.0, 800.0), (800.0, 600.0)];
const LANGUAGES: [Language; 2] = [Language::EnUs, Language::ZhCn];
/// A broad query: it fills the results list to its cap (`ui::MAX_RESULTS`), the most
/// expensive list.
const SEARCH_QUERY: &str = "password";
/// What agents type (the same kinds as `benches/search.rs`), for search latency at 1× and 10×.
const QUERIES: [&str; 8] = [
    "SSPR_0029",
    "event 33004",
    "0x8023062c",
    "I never get the verification text message",
    "writebak",
    "licence",
    "收不到验证码",
    "密码写回失败",
];
/// Fewest frames measured per view in the summaries.
const MEASURED_FRAMES: usize = 300;
/// The target for one frame.
const FRAME_TARGET: Duration = Duration::from_millis(1);
/// How much the content is inflated for the scale figures.
const SCALE: usize = 10;

/// What the central pane shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ViewKind {
    Checklist(Category),
    Catalogue,
    Search,
}

const VIEWS: [ViewKind; 6] = [
    ViewKind::Checklist(Category::Configure),
    ViewKind::Checklist(Category::Errors),
    ViewKind::Catalogue,
    ViewKind::Checklist(Category::Policy),
    ViewKind::Checklist(Category::Registration),
    ViewKind::Search,
];

impl ViewKind {
    fn name(self) -> String {
        match self {
            ViewKind::Checklist(category) => category.id().to_owned(),
            ViewKind::Catalogue => "errors/catalogue".to_owned(),
            ViewKind::Search => format!("search \"{SEARCH_QUERY}\""),
        }
    }

    /// Selects this view through the app's public actions.
    fn select(self, app: &mut HelpdeskApp, ctx: &egui::Context) {
        match self {
            ViewKind::Checklist(category) => {
                app.apply(ctx, Action::SelectCategory(category));
                app.apply(ctx, Action::SetErrorsView(ErrorsView::Checklist));
            }
            ViewKind::Catalogue => {
                app.apply(ctx, Action::SelectCategory(Category::Errors));
                app.apply(ctx, Action::SetErrorsView(ErrorsView::Catalogue));
            }
            ViewKind::Search => app.apply(ctx, Action::SetSearch(SEARCH_QUERY.to_owned())),
        }
    }
}

fn size_name(size: (f32, f32)) -> String {
    format!("{}x{}", size.0, size.1)
}

/// `HelpdeskApp::new` with injected services and nothing on disk.
fn new_app(ctx: &egui::Context, language: Language) -> HelpdeskApp {
    let options = StartupOptions {
        language: Some(language),
        data_dir: None,
        ..Default::default()
    };
    // 2026-11-29 09:00:00 UTC, as in the UI tests.
    let now = Timestamp::from_second(1_795_942_800).unwrap_or_default();
    let services = Services::fake(RecordingOpener::new(), ManualClock::new(now), FixedSaveDialog::new(None));
    HelpdeskApp::new(ctx, options, services)
}

/// The real app, built as `main` builds it but with injected services and nothing on disk.
struct AppUnderTest {
    ctx: egui::Context,
    app: HelpdeskApp,
    input: Input,
}

impl AppUnderTest {
    fn new(view: ViewKind, language: Language, size: (f32, f32)) -> Self {
        let ctx = egui::Context::default();
        let mut app = new_app(&ctx, language);
        // A search waits for the index thread, so no other thread runs while measuring.
        app.apply(&ctx, Action::SetSearch("sspr".to_owned()));
        app.apply(&ctx, Action::SetSearch(String::new()));
        view.select(&mut app, &ctx);
        Self {
            ctx,
            app,
            input: Input::new(size),
        }
    }

    fn frame(&mut self) -> FrameTime {
        let app = &mut self.app;
        frame(&self.ctx, &mut self.input, |ui| {
            app.tick(ui.ctx());
            app.draw(ui);
        })
    }
}

fn micros(d: Duration) -> String {
    format!("{:.0}", d.as_secs_f64() * 1e6)
}

fn idle_text(delay: Duration) -> String {
    if delay == Duration::MAX {
        "none".to_owned()
    } else {
        format!("in {delay:.0?}")
    }
}

/// The full-app table: every view × language × size.
fn app_summary() {
    println!(
        "frame summary: full app frame (layout + tessellation, headless, 1 thread), median of at least {MEASURED_FRAMES} frames and {BATCH_TIME:?} after {WARM_UP_FRAMES} warm-up frames"
    );
    println!(
        "  {:<20} {:<6} {:<9} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8} {:>6}  {:<10} target",
        "view", "lang", "size", "layout", "tess", "median", "p90", "cpu", "first", "prims", "next frame"
    );
    let mut over = 0;
    let mut worst = (Duration::ZERO, String::new());
    for size in SIZES {
        for language in LANGUAGES {
            for view in VIEWS {
                let mut app = AppUnderTest::new(view, language, size);
                let batch = measure(|| app.frame(), MEASURED_FRAMES, true);
                let met = batch.median_total <= FRAME_TARGET;
                if !met {
                    over += 1;
                }
                let name = format!("{} {} {}", view.name(), language.tag(), size_name(size));
                if batch.median_total > worst.0 {
                    worst = (batch.median_total, name);
                }
                println!(
                    "  {:<20} {:<6} {:<9} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8} {:>6}  {:<10} {}",
                    view.name(),
                    language.tag(),
                    size_name(size),
                    micros(batch.median_layout),
                    micros(batch.median_tessellate),
                    micros(batch.median_total),
                    micros(batch.p90_total),
                    batch.cpu_per_frame.map_or("n/a".to_owned(), micros),
                    micros(batch.first),
                    batch.primitives,
                    idle_text(batch.idle_repaint),
                    if met { "ok" } else { "OVER 1 ms" }
                );
            }
        }
    }
    println!("  (µs; median and p90 are wall time per frame; cpu = this thread's CPU time over the batch / frames, which");
    println!("   other processes on the machine cannot inflate; first = the first frame of a fresh app on that view;");
    println!("   next frame = repaint the settled app still asks for, \"none\" means it sleeps until input)");
    println!(
        "  slowest: {} at {} µs; views over 1 ms: {over} of {}",
        worst.1,
        micros(worst.0),
        VIEWS.len() * LANGUAGES.len() * SIZES.len()
    );
}

/// Median wall time of `f` over `runs` calls.
fn time_median<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    let samples: Vec<Duration> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            black_box(f());
            started.elapsed()
        })
        .collect();
    percentile(&samples, 0.5)
}

/// The main-thread work between `main` and the first painted frame that the app adds to a bare
/// eframe window, piece by piece (what `HelpdeskApp::new` calls, then the first frame), next to
/// the first frame of a bare context with egui's default fonts (what the minimal window draws).
fn startup_summary() {
    const RUNS: usize = 7;
    println!();
    println!("start-up work on the main thread (median of {RUNS}; the window and renderer set-up, equal for both, are not included)");
    let ms = |d: Duration| format!("{:>7.1} ms", d.as_secs_f64() * 1e3);
    let playbook = time_median(RUNS, Playbook::builtin);
    let localizer = time_median(RUNS, || Localizer::builtin(Language::EnUs));
    let (book, _) = Playbook::builtin();
    let (loc, _) = Localizer::builtin(Language::EnUs);
    let check = time_median(RUNS, || loc.check_playbook(&book));
    let documents = time_median(RUNS, || Corpus::documents(&book, &loc));
    let (targets, docs) = Corpus::documents(&book, &loc);
    let synonyms = parse_synonyms("assets/playbook/synonyms.toml", SYNONYMS_FILE).unwrap_or_default();
    let index = time_median(RUNS, || Corpus::from_documents(targets.clone(), &docs, &synonyms));
    let news: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let ctx = egui::Context::default();
            let started = Instant::now();
            let mut app = new_app(&ctx, Language::EnUs);
            let elapsed = started.elapsed();
            // Let its index thread finish before the next run.
            app.apply(&ctx, Action::SetSearch("sspr".to_owned()));
            elapsed
        })
        .collect();
    let new = percentile(&news, 0.5);
    println!("  Playbook::builtin (parse + validate TOML)      {}", ms(playbook));
    println!("  Localizer::builtin (parse both locales' FTL)   {}", ms(localizer));
    println!("  Localizer::check_playbook                      {}", ms(check));
    println!("  Corpus::documents (format every step, entry)   {}", ms(documents));
    println!("  search index build (background thread)        {}", ms(index));
    println!("  HelpdeskApp::new (all of the above but index)  {}", ms(new));
    for language in LANGUAGES {
        let firsts: Vec<Duration> = (0..RUNS)
            .map(|_| {
                AppUnderTest::new(ViewKind::Checklist(Category::Configure), language, SIZES[0])
                    .frame()
                    .total()
            })
            .collect();
        let first = percentile(&firsts, 0.5);
        println!("  first app frame, {:<5} (fonts load, layout)   {}", language.tag(), ms(first));
    }
    let bares: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let ctx = egui::Context::default();
            let mut input = Input::new(SIZES[0]);
            frame(&ctx, &mut input, |ui| {
                CentralPanel::default().show(ui, |ui| {
                    ui.heading("Minimal eframe window");
                    ui.label("The baseline for the start-up and memory figures of docs/performance.md.");
                });
            })
            .total()
        })
        .collect();
    let bare = percentile(&bares, 0.5);
    println!("  first frame of a bare window (default fonts)   {}", ms(bare));
}

// ---------------------------------------------------------------------------------------------
// 10× content: the public API builds a playbook and a localizer from sources, so the inflated
// content goes through the same loading and validation as the real one. `HelpdeskApp::new`
// always loads the built-in content, so the inflated content is drawn by the app's own
// `central_pane_ui`, inside a CentralPanel as in `HelpdeskApp::draw`.

/// The central pane of the app drawn from given content with `central_pane_ui`, the function
/// `HelpdeskApp::draw` calls for its central panel.
struct PaneUnderTest<'c> {
    ctx: egui::Context,
    content: &'c Content,
    loc: Localizer,
    session: Session,
    settings: Settings,
    catalogue: CatalogueState,
    open_notes: BTreeSet<sspr_helpdesk::model::playbook::StepId>,
    errors_view: ErrorsView,
    results: Vec<SearchResult>,
    input: Input,
}

impl<'c> PaneUnderTest<'c> {
    fn new(content: &'c Content, corpus: &Corpus, view: ViewKind, language: Language, size: (f32, f32)) -> Self {
        let ctx = egui::Context::default();
        fonts::install(&ctx);
        theme::apply(&ctx);
        let (loc, _) = Localizer::from_sources(language, &content.sources);
        let now = Timestamp::from_second(1_795_942_800).unwrap_or_default();
        let category = match view {
            ViewKind::Checklist(category) => category,
            ViewKind::Catalogue => Category::Errors,
            ViewKind::Search => Category::Configure,
        };
        let results = if view == ViewKind::Search {
            corpus.search(SEARCH_QUERY, 30)
        } else {
            Vec::new()
        };
        Self {
            ctx,
            content,
            loc,
            session: Session::new(category, language, now),
            settings: Settings::default(),
            catalogue: CatalogueState::default(),
            open_notes: BTreeSet::new(),
            errors_view: if view == ViewKind::Catalogue {
                ErrorsView::Catalogue
            } else {
                ErrorsView::Checklist
            },
            results,
            input: Input::new(size),
        }
    }

    fn frame(&mut self) -> FrameTime {
        let view = View {
            playbook: &self.content.playbook,
            session: &self.session,
            loc: &self.loc,
            diagnostics: &[],
            notices: &[],
            errors_view: self.errors_view,
            catalogue: &self.catalogue,
            highlight: None,
            settings: &self.settings,
            open_notes: &self.open_notes,
            time_zone: &TimeZone::UTC,
            today: jiff::civil::date(2026, 12, 6),
            presenting: false,
            pack: None,
            refused_pack: None,
            pack_locked: false,
            pack_banner: false,
            last_query: None,
            selected_result: 0,
            scroll_to_selected: false,
            caller_language_hint: None,
            // The bench measures the checklist and the results, not "Start here".
            triage: &sspr_helpdesk::ui::triage::TriageUi {
                open: false,
                ..sspr_helpdesk::ui::triage::TriageUi::default()
            },
            ruled_out: &std::collections::BTreeSet::new(),
            admin_pack: None,
            decode_open: false,
        };
        let results = &self.results;
        frame(&self.ctx, &mut self.input, |ui| {
            let mut actions = Vec::new();
            let query = if results.is_empty() { "" } else { SEARCH_QUERY };
            CentralPanel::default().show(ui, |ui| central_pane_ui(ui, &view, query, results, &mut actions));
            black_box(actions);
        })
    }
}

fn corpus(content: &Content) -> Corpus {
    let (loc, _) = Localizer::from_sources(Language::EnUs, &content.sources);
    let synonyms = parse_synonyms("assets/playbook/synonyms.toml", SYNONYMS_FILE).unwrap_or_default();
    Corpus::build(&content.playbook, &loc, &synonyms)
}

fn median_query(corpus: &Corpus) -> Duration {
    let per_query: Vec<Duration> = QUERIES
        .iter()
        .map(|query| {
            let samples: Vec<Duration> = (0..100)
                .map(|_| {
                    let started = Instant::now();
                    black_box(corpus.search(black_box(query), 30));
                    started.elapsed()
                })
                .collect();
            percentile(&samples, 0.5)
        })
        .collect();
    percentile(&per_query, 0.5)
}

/// The 1× vs 10× table.
fn scale_summary(one: &Content, ten: &Content) {
    let (corpus_one, corpus_ten) = (corpus(one), corpus(ten));
    println!();
    println!("scale summary: central pane (CentralPanel + ScrollArea + pane, layout + tessellation) at 1280x800, 1x vs {SCALE}x content");
    println!(
        "  content   1x: {} steps, {} entries, {} problems   {SCALE}x: {} steps, {} entries, {} problems",
        one.steps, one.entries, one.diagnostics, ten.steps, ten.entries, ten.diagnostics
    );
    println!(
        "  {:<20} {:<6} {:>9} {:>9} {:>7}   {:>9} {:>9} {:>7}  target (cpu growth <= {SCALE}x)",
        "view", "lang", "1x wall", "10x wall", "growth", "1x cpu", "10x cpu", "growth"
    );
    let size = SIZES[0];
    let frames = |content: &Content, corpus: &Corpus, view, language| {
        let mut pane = PaneUnderTest::new(content, corpus, view, language, size);
        // At least 0.4 s of frames either way; at 10× that is fewer, longer frames.
        measure(|| pane.frame(), if content.steps > one.steps { 50 } else { MEASURED_FRAMES }, false)
    };
    let growth = |a: Duration, b: Duration| b.as_secs_f64() / a.as_secs_f64();
    let cpu = |batch: &Batch| batch.cpu_per_frame.unwrap_or(batch.median_total);
    for language in LANGUAGES {
        for view in VIEWS {
            let a = frames(one, &corpus_one, view, language);
            let b = frames(ten, &corpus_ten, view, language);
            let cpu_growth = growth(cpu(&a), cpu(&b));
            println!(
                "  {:<20} {:<6} {:>9} {:>9} {:>6.1}x   {:>9} {:>9} {:>6.1}x  {}",
                view.name(),
                language.tag(),
                micros(a.median_total),
                micros(b.median_total),
                growth(a.median_total, b.median_total),
                micros(cpu(&a)),
                micros(cpu(&b)),
                cpu_growth,
                if cpu_growth <= SCALE as f64 { "ok" } else { "OVER" }
            );
        }
    }
    println!("  (µs per frame: wall = median, cpu = thread CPU time / frames)");
    let (q1, q10) = (median_query(&corpus_one), median_query(&corpus_ten));
    println!(
        "  search: {} / {} documents; median query {:.1} µs / {:.1} µs; growth {:.1}x ({} queries, limit 30)",
        corpus_one.len(),
        corpus_ten.len(),
        q1.as_secs_f64() * 1e6,
        q10.as_secs_f64() * 1e6,
        q10.as_secs_f64() / q1.as_secs_f64(),
        QUERIES.len()
    );
    let started = Instant::now();
    black_box(self::corpus(one));
    let build_one = started.elapsed();
    let started = Instant::now();
    black_box(self::corpus(ten));
    let build_ten = started.elapsed();
    println!("  search index build (documents + index): {build_one:.1?} / {build_ten:.1?}");
}

fn bench(c: &mut Criterion) {
    app_summary();
    startup_summary();
    let (one, ten) = (content(1), content(SCALE));
    scale_summary(&one, &ten);
    println!();

    let mut group = c.benchmark_group("frame");
    group
        .sample_size(30)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    for size in SIZES {
        for language in LANGUAGES {
            for view in VIEWS {
                let mut app = AppUnderTest::new(view, language, size);
                for _ in 0..WARM_UP_FRAMES {
                    app.frame();
                }
                let id = format!("{}/{}/{}", view.name(), language.tag(), size_name(size));
                group.bench_function(id, |b| b.iter(|| app.frame()));
            }
        }
    }
    group.finish();

    let mut group = c.benchmark_group("pane 10x");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    for (factor, content) in [(1, &one), (SCALE, &ten)] {
        let corpus = corpus(content);
        for view in VIEWS {
            let mut pane = PaneUnderTest::new(content, &corpus, view, Language::EnUs, SIZES[0]);
            for _ in 0..WARM_UP_FRAMES {
                pane.frame();
            }
            group.bench_function(format!("{}/{factor}x", view.name()), |b| b.iter(|| pane.frame()));
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
