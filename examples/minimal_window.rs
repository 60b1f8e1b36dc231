//! The baseline for `benches/startup.sh`: a bare eframe window built from this crate, so with
//! exactly the app's eframe features (eframe's defaults — wgpu, accesskit, clipboard, x11 +
//! wayland, system-font fallback — plus glow) and the same release profile, but with none of the
//! app: egui's default fonts only, a heading and a line of text, no content, no search index, and
//! eframe's default renderer (wgpu, as the app tries first).
//!
//! It opens a window of the app's size and title style, prints `first_frame_ms=<n>` (process
//! start to the start of the second frame, i.e. just after the first frame was painted and
//! presented) and `first_ui_ms=<n>` (process start to the first `ui` call), then closes itself.
//!
//! ```sh
//! cargo run --release --example minimal_window             # closes after 2 s
//! cargo run --release --example minimal_window -- --seconds 10
//! ```
//!
//! "Process start" is read from /proc/self/stat (10 ms resolution) on Linux; elsewhere the
//! times count from `main`. `benches/startup.sh` does not rely on these numbers: it times both
//! this window and the app from the outside, in the same way.

use std::time::{Duration, Instant};

/// Milliseconds between the process's start and `main`, from /proc (Linux; 0 elsewhere).
fn exec_to_main_ms() -> f64 {
    let read = || -> Option<f64> {
        let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
        let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
        // Field 22 of the line (20 after the command name): start time in ticks after boot.
        let start_ticks: f64 = fields.get(19)?.parse().ok()?;
        let uptime: f64 = std::fs::read_to_string("/proc/uptime")
            .ok()?
            .split_whitespace()
            .next()?
            .parse()
            .ok()?;
        // USER_HZ is 100 on every Linux configuration in use.
        Some(((uptime - start_ticks / 100.0) * 1000.0).max(0.0))
    };
    read().unwrap_or(0.0)
}

struct Minimal {
    main_started: Instant,
    exec_to_main_ms: f64,
    close_after: Duration,
    frames: u64,
}

impl eframe::App for Minimal {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frames += 1;
        let since_start = |started: Instant| self.exec_to_main_ms + started.elapsed().as_secs_f64() * 1000.0;
        match self.frames {
            1 => {
                println!("first_ui_ms={:.1}", since_start(self.main_started));
                // One more frame, so the next `ui` call comes right after the first paint.
                ui.ctx().request_repaint();
            }
            2 => println!("first_frame_ms={:.1}", since_start(self.main_started)),
            _ => {}
        }
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("Minimal eframe window");
            ui.label("The baseline for the start-up and memory figures of docs/performance.md.");
        });
        let left = self.close_after.saturating_sub(self.main_started.elapsed());
        if left.is_zero() {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        } else {
            ui.ctx().request_repaint_after(left);
        }
    }
}

fn main() -> eframe::Result {
    let main_started = Instant::now();
    let exec_to_main_ms = exec_to_main_ms();
    // The app's logger crate, to stderr, so `RUST_LOG=eframe=trace` works on both (the app
    // writes its log file in the platform's log folder).
    let _logger = flexi_logger::Logger::try_with_env_or_str("warn")
        .and_then(|logger| logger.log_to_stderr().start())
        .map_err(|error| eprintln!("minimal_window: no logging: {error}"));
    let mut args = std::env::args().skip(1);
    let mut seconds = 2.0_f64;
    while let Some(arg) = args.next() {
        if arg == "--seconds" {
            seconds = args.next().and_then(|s| s.parse().ok()).unwrap_or(seconds);
        }
    }
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Minimal eframe window")
            .with_app_id("minimal-window")
            .with_inner_size([1180.0, 780.0]),
        ..Default::default()
    };
    eframe::run_native(
        "minimal-window",
        native,
        Box::new(move |_cc| {
            Ok(Box::new(Minimal {
                main_started,
                exec_to_main_ms,
                close_after: Duration::from_secs_f64(seconds.max(0.0)),
                frames: 0,
            }))
        }),
    )
}
