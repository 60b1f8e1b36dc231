//! Running one frame headless and timing it: input, layout, tessellation, thread CPU time,
//! batches and percentiles.

use std::hint::black_box;
use std::time::{Duration, Instant};

use egui::{Pos2, RawInput, Rect, Vec2, ViewportId};

/// Frames drawn before measuring (fills egui's text-layout cache and the font atlas, lets
/// first-frame sizing passes finish).
pub const WARM_UP_FRAMES: usize = 10;
/// Each batch lasts at least this long, so the per-batch CPU time (read at scheduler-tick
/// resolution) is accurate to about 1 %.
pub const BATCH_TIME: Duration = Duration::from_millis(400);

/// Input for one frame: the window size and a clock that advances 1/60 s per frame, no events.
pub struct Input {
    pub size: Vec2,
    pub time: f64,
}

impl Input {
    pub fn new(size: (f32, f32)) -> Self {
        Self {
            size: egui::vec2(size.0, size.1),
            time: 0.0,
        }
    }

    pub fn next(&mut self) -> RawInput {
        self.time += 1.0 / 60.0;
        RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, self.size)),
            time: Some(self.time),
            ..Default::default()
        }
    }
}

/// One frame's timings and what it produced.
#[derive(Clone, Copy, Debug)]
pub struct FrameTime {
    pub layout: Duration,
    pub tessellate: Duration,
    pub primitives: usize,
    /// When the frame asks to be followed by another (`Duration::MAX`: never).
    pub repaint_delay: Duration,
}

impl FrameTime {
    pub fn total(&self) -> Duration {
        self.layout + self.tessellate
    }
}

/// Runs one frame of `draw` and tessellates it, timing both halves.
pub fn frame(ctx: &egui::Context, input: &mut Input, mut draw: impl FnMut(&mut egui::Ui)) -> FrameTime {
    let raw = input.next();
    let started = Instant::now();
    let output = ctx.run_ui(raw, |ui| draw(ui));
    let layout = started.elapsed();
    let repaint_delay = output
        .viewport_output
        .get(&ViewportId::ROOT)
        .map_or(Duration::MAX, |v| v.repaint_delay);
    let started = Instant::now();
    let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
    let tessellate = started.elapsed();
    FrameTime {
        layout,
        tessellate,
        primitives: black_box(primitives).len(),
        repaint_delay,
    }
}

/// CPU time of the calling thread, from /proc/thread-self/schedstat (Linux; ns units, but the
/// running thread's count is only brought up to date at scheduler ticks and switches, so it is
/// read around batches of several hundred milliseconds, not around single frames).
pub fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// Summary of a batch of frames.
#[derive(Clone, Copy, Debug)]
pub struct Batch {
    pub median_layout: Duration,
    pub median_tessellate: Duration,
    pub median_total: Duration,
    pub p90_total: Duration,
    pub cpu_per_frame: Option<Duration>,
    pub primitives: usize,
    pub first: Duration,
    /// After the batch (and at least a second of wall time), whether the app still asks for frames.
    pub idle_repaint: Duration,
}

pub fn percentile(samples: &[Duration], fraction: f64) -> Duration {
    let mut sorted = samples.to_vec();
    sorted.sort();
    let index = ((sorted.len() as f64 - 1.0) * fraction).round() as usize;
    sorted.get(index).copied().unwrap_or_default()
}

/// Warms up, measures `frames` frames, then lets the app settle and records whether it still
/// wants frames.
pub fn measure(mut run: impl FnMut() -> FrameTime, min_frames: usize, settle: bool) -> Batch {
    let started = Instant::now();
    let first = run().total();
    let mut warm = Duration::ZERO;
    for _ in 1..WARM_UP_FRAMES {
        warm = run().total();
    }
    let estimate = BATCH_TIME.as_secs_f64() / warm.as_secs_f64().max(1e-6);
    let frames = (estimate.ceil() as usize).clamp(min_frames, 20_000);
    let cpu_before = thread_cpu();
    let times: Vec<FrameTime> = (0..frames).map(|_| run()).collect();
    let cpu_after = thread_cpu();
    let cpu_per_frame = match (cpu_before, cpu_after) {
        (Some(before), Some(after)) => Some((after.saturating_sub(before)) / u32::try_from(frames).unwrap_or(1)),
        _ => None,
    };
    // The app saves the session 0.8 s after a change (wall time) and asks for one frame to do
    // it; after that a settled app must ask for none.
    let mut idle_repaint = Duration::MAX;
    if settle {
        let wait = Duration::from_millis(1000).saturating_sub(started.elapsed());
        std::thread::sleep(wait);
        run();
        run();
        idle_repaint = run().repaint_delay;
    }
    let pick = |f: fn(&FrameTime) -> Duration| times.iter().map(f).collect::<Vec<_>>();
    let totals = pick(FrameTime::total);
    Batch {
        median_layout: percentile(&pick(|t| t.layout), 0.5),
        median_tessellate: percentile(&pick(|t| t.tessellate), 0.5),
        median_total: percentile(&totals, 0.5),
        p90_total: percentile(&totals, 0.9),
        cpu_per_frame,
        primitives: times.last().map_or(0, |t| t.primitives),
        first,
        idle_repaint,
    }
}
