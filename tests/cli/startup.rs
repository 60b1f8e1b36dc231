//! The real binary, started as a user would: `--version`, and the window opening under a
//! virtual X display with each renderer, falling back to OpenGL when wgpu cannot start.
//! The window tests need `Xvfb` and are ignored by a plain `cargo test`, visibly; `.ci/run`
//! installs Xvfb and runs them with `-- --ignored`.

use std::path::Path;
use std::process::{Child, Command, Output};

use crate::support::{BIN, command};

#[test]
fn version_prints_the_package_version() {
    let output = command(BIN).arg("--version").output().unwrap();
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        format!("sspr-helpdesk {}", env!("CARGO_PKG_VERSION"))
    );
}

/// A virtual X display for one test; killed on drop.
struct Display {
    name: String,
    server: Child,
}

impl Drop for Display {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

/// Starts Xvfb.
///
/// # Panics
/// When Xvfb is not installed: the tests that call this are `#[ignore = "needs Xvfb"]`, so
/// whoever runs them asked for a display.
fn virtual_display() -> Display {
    use std::io::BufRead as _;
    let xvfb = ["/usr/bin/Xvfb", "/usr/local/bin/Xvfb"].into_iter().find(|p| Path::new(p).exists());
    let Some(xvfb) = xvfb else {
        panic!("these tests need Xvfb: apt-get install xvfb (.ci/run does)");
    };
    // -displayfd: Xvfb picks a free display itself and prints its number once it is ready, so
    // parallel tests and leftovers of earlier runs never collide.
    let mut server = command(xvfb)
        .args(["-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = server.stdout.take().unwrap();
    let mut line = String::new();
    std::io::BufReader::new(stdout).read_line(&mut line).unwrap();
    let number: u32 = line
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("Xvfb printed {line:?} instead of a display number"));
    Display {
        name: format!(":{number}"),
        server,
    }
}

/// Runs `cmd` to the end and returns its output, killing it and failing the test when it
/// takes longer than `limit` (a window that never closes would otherwise hang CI).
fn output_within(mut cmd: Command, limit: std::time::Duration) -> Output {
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Drain the pipes on threads so a chatty child never blocks on a full pipe.
    let drain = |name: &str, mut pipe: Box<dyn std::io::Read + Send>| {
        std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                let mut bytes = Vec::new();
                let _ = pipe.read_to_end(&mut bytes);
                bytes
            })
            .unwrap()
    };
    let out = drain("child-stdout", Box::new(child.stdout.take().unwrap()));
    let err = drain("child-stderr", Box::new(child.stderr.take().unwrap()));
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            let stderr = String::from_utf8_lossy(&err.join().unwrap()).into_owned();
            panic!("the window did not close within {limit:?}; its stderr:\n{stderr}");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    Output {
        status,
        stdout: out.join().unwrap(),
        stderr: err.join().unwrap(),
    }
}

/// Runs the window once (it closes itself after the first frame) and returns its output and
/// its log file.
fn run_window(display: &Display, extra_env: &[(&str, &str)], args: &[&str]) -> (Output, String) {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = command(BIN);
    cmd.env("DISPLAY", &display.name)
        .env("XDG_DATA_HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path())
        .env("HOME", home.path())
        .env_remove("WAYLAND_DISPLAY")
        .args(["--quit-after-first-frame", "--data-dir"])
        .arg(home.path().join("state"))
        .args(args);
    for (key, value) in extra_env {
        cmd.env(key, value);
    }
    let output = output_within(cmd, std::time::Duration::from_secs(90));
    // The current file of the rotated log (flexi_logger names it sspr-helpdesk_rCURRENT.log).
    let logs = home.path().join("sspr-helpdesk/logs");
    let log = std::fs::read_dir(&logs)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_default();
    (output, log)
}

#[test]
#[ignore = "needs Xvfb"]
fn the_window_falls_back_to_opengl_when_wgpu_cannot_start() {
    let display = virtual_display();
    // wgpu has no Metal backend on Linux: creating its surface fails for real.
    let (output, log) = run_window(&display, &[("WGPU_BACKEND", "metal")], &[]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "exit {:?}\n{stderr}", output.status);
    assert!(stderr.contains("the wgpu renderer could not start"), "{stderr}");
    assert!(log.contains("renderer in use: glow (OpenGL)"), "log:\n{log}");
}

#[test]
#[ignore = "needs Xvfb"]
fn each_renderer_can_be_forced() {
    let display = virtual_display();
    for (renderer, expected) in [("wgpu", "renderer in use: wgpu"), ("glow", "renderer in use: glow")] {
        let (output, log) = run_window(&display, &[], &["--renderer", renderer]);
        assert!(output.status.success(), "{renderer}: {}", String::from_utf8_lossy(&output.stderr));
        assert!(log.contains(expected), "{renderer}: log:\n{log}");
        assert!(log.contains("starting the window with the"), "{log}");
    }
}

#[test]
#[ignore = "needs Xvfb"]
fn a_kiosk_window_starts_and_the_start_up_check_can_close_it() {
    let display = virtual_display();
    let (output, log) = run_window(&display, &[], &["--kiosk"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    // A kiosk writes no log file; what it logs goes to stderr.
    assert!(log.is_empty(), "a kiosk wrote a log file:\n{log}");
    assert!(stderr.contains("starting the window with the wgpu renderer"), "{stderr}");
}

#[test]
fn without_a_display_the_window_fails_once_and_says_why() {
    let home = tempfile::tempdir().unwrap();
    // No X server listens on display 4242, and no Wayland compositor is named.
    let output = command(BIN)
        .env("DISPLAY", ":4242")
        .env_remove("WAYLAND_DISPLAY")
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path())
        .args(["--quit-after-first-frame", "--data-dir"])
        .arg(home.path().join("state"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    let last = stderr.lines().last().unwrap_or_default();
    assert!(last.starts_with("sspr-helpdesk: could not open the window (wgpu: "), "{stderr}");
    assert!(
        last.contains("check that DISPLAY or WAYLAND_DISPLAY names a running display"),
        "{stderr}"
    );
    // The display is the same for every renderer: OpenGL is not tried in vain, so the real
    // reason is not buried under "EventLoop can't be recreated".
    assert!(!stderr.contains("the glow renderer could not start"), "{stderr}");
    assert!(!stderr.contains("recreated"), "{stderr}");
}
