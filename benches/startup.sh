#!/usr/bin/env bash
# Start-up time, peak memory, idle cost and binary size of the release app, side by side with a
# bare eframe window built with the same eframe features (examples/minimal_window.rs).
#
# Usage: bash benches/startup.sh [--runs N] [--no-build] [--hold S] [--settle S] [--idle S]
#   --runs N     start-up runs per side, alternating app / app zh-CN / minimal (default 7)
#   --no-build   use the binaries already in target/release
#   --hold S     how long each start-up run stays open after its window appears (default 3)
#   --settle S   idle runs: wait this long after the window appears (default 2)
#   --idle S     idle runs: then measure for this long with no input (default 5)
#
# Everything runs under one private Xvfb (1280x800x24, no window manager, software rendering).
# Both programs are timed from the outside in the same way: from just before the process is
# spawned to the X MapNotify of its top-level window. eframe creates its window hidden and maps
# it only after the first frame has been painted (eframe PR #3631), so the map is the moment the
# first painted frame reaches the screen. Peak RSS is /usr/bin/time -v's "Maximum resident set
# size". Idle cost: CPU time (/proc/<pid>/task/*/schedstat, ns), thread wake-ups (context
# switches) and frames (eframe's `request_redraw` trace lines, RUST_LOG=eframe=trace) over
# --idle seconds after --settle seconds, with the pointer parked outside the window.
# Results: docs/performance.md. Not a test: nothing here runs in CI.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=7 build=1 hold=3 settle=2 idle=5
while (($#)); do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --hold) hold=$2; shift 2 ;;
    --settle) settle=$2; shift 2 ;;
    --idle) idle=$2; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v xev >/dev/null || need+=(x11-utils)
[[ -x /usr/bin/time ]] || need+=(time)
command -v python3 >/dev/null || need+=(python3)
command -v stdbuf >/dev/null || need+=(coreutils)
if ((${#need[@]})); then
  echo "installing ${need[*]}" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >&2
fi

if ((build)); then
  echo "building the release app and examples/minimal_window (first build: several minutes)…" >&2
  cargo build --release --locked --quiet --bin sspr-helpdesk --example minimal_window >&2
fi
target=${CARGO_TARGET_DIR:-target}
app=$target/release/sspr-helpdesk
minimal=$target/release/examples/minimal_window
for bin in "$app" "$minimal"; do
  [[ -x $bin ]] || { echo "no executable at $bin (run without --no-build)" >&2; exit 2; }
done

work=$(mktemp -d)
display=:$((100 + RANDOM % 400))
while [[ -e /tmp/.X11-unix/X${display#:} || -e /tmp/.X${display#:}-lock ]]; do display=:$((100 + RANDOM % 400)); done
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
cleanup() { kill "$xvfb" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export DISPLAY=$display
for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.05; done
xdpyinfo >/dev/null 2>&1 || { echo "Xvfb did not start:" >&2; cat "$work/xvfb.log" >&2; exit 1; }
# Mesa warns without it; each run gets no state from the user's session.
export XDG_RUNTIME_DIR=$work/xdg
mkdir "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# The pointer stays outside both windows (1180x780 at the top left), so no hover frames.
xdotool mousemove 1279 799

echo "machine: $(nproc) cores, $(uname -r), load $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%MZ)"
echo "source: commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- src assets locales 2>/dev/null || echo ' + uncommitted changes in src/assets/locales')"
echo "binaries: $app, $minimal"
echo

python3 - "$app" "$minimal" "$runs" "$hold" "$settle" "$idle" "$work" <<'PY'
import os, select, signal, statistics, subprocess, sys, time

app, minimal, runs, hold, settle, idle, work = sys.argv[1:]
runs, hold, settle, idle = int(runs), float(hold), float(settle), float(idle)

def app_cmd(*extra):
    def build(n):
        data = os.path.join(work, f"data-{n}")  # fresh, empty: a first start, nothing saved
        os.makedirs(data, exist_ok=True)
        return [app, "--data-dir", data, *extra]
    return build

SIDES = [
    ("app en-US", app_cmd("--lang", "en-US")),
    ("app zh-CN", app_cmd("--lang", "zh-CN")),
    ("minimal", lambda n: [minimal, "--seconds", "600"]),
]
IDLE_SIDES = SIDES + [("app kiosk", app_cmd("--kiosk", "--lang", "en-US"))]

# One watcher for the whole session: every window mapped on the root reports a MapNotify.
xev = subprocess.Popen(["stdbuf", "-oL", "xev", "-root", "-event", "substructure"],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=0)
buffer = b""

def lines(timeout):
    """Lines from xev that arrive within `timeout` seconds, each with its arrival time."""
    global buffer
    out, deadline = [], time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        ready, _, _ = select.select([xev.stdout], [], [], max(left, 0))
        now = time.monotonic()
        if ready:
            chunk = os.read(xev.stdout.fileno(), 65536)
            buffer += chunk
            *complete, buffer = buffer.split(b"\n")
            out += [(now, l.decode(errors="replace")) for l in complete]
            if out:
                return out
        if left <= 0:
            return out

time.sleep(0.5)
lines(0.2)  # drain

def wait_for_map(t0, proc, timeout=60.0):
    """Seconds from t0 to the MapNotify of a top-level, non-override-redirect window."""
    pending = None
    while time.monotonic() - t0 < timeout:
        for at, line in lines(0.5):
            if line.startswith("MapNotify"):
                pending = at
            elif pending is not None and "override NO" in line:
                return pending - t0
            elif pending is not None:
                pending = None
        if proc.poll() is not None:
            raise SystemExit(f"the process exited (code {proc.returncode}) before showing a window")
    raise SystemExit("no window within 60 s")

def child_of(pid):
    for _ in range(200):
        try:
            with open(f"/proc/{pid}/task/{pid}/children") as f:
                kids = f.read().split()
            if kids:
                return int(kids[0])
        except OSError:
            pass
        time.sleep(0.005)
    raise SystemExit(f"no child process under /usr/bin/time ({pid})")

def status_kb(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0

def cpu_ns(pid):
    """CPU time of every live thread of pid, in ns (schedstat is exact, unlike 10 ms ticks)."""
    total = 0
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                total += int(f.read().split()[0])
        except OSError:
            pass
    return total

def cpu_ticks_s(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

def switches(pid):
    total = 0
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/status") as f:
                for line in f:
                    if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total

def run_env(n, **extra):
    """Fresh XDG folders per run: no saved settings or window geometry, and the app's log file
    (in $XDG_DATA_HOME/sspr-helpdesk/logs) stays out of the user's home."""
    env = dict(os.environ, **extra)
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        env[var] = os.path.join(work, f"{var.lower()}-{n}")
    return env

def startup_run(name, cmd, n):
    lines(0.1)  # drop events of the previous run
    report = os.path.join(work, f"time-{n}.txt")
    out = open(os.path.join(work, f"out-{n}.txt"), "w+")
    err = open(os.path.join(work, f"err-{n}.txt"), "w")
    t0 = time.monotonic()
    proc = subprocess.Popen(["/usr/bin/time", "-v", "-o", report, *cmd], stdout=out, stderr=err, env=run_env(n))
    shown = wait_for_map(t0, proc)
    pid = child_of(proc.pid)
    # CPU used up to the first frame: not inflated by other processes on a busy machine.
    # Process: every thread, including the ones that have already ended (10 ms ticks).
    # Main thread: schedstat, ns (the main thread is asleep after its first frame, so it is exact).
    cpu_all = cpu_ticks_s(pid) * 1000
    with open(f"/proc/{pid}/schedstat") as f:
        cpu_main = int(f.read().split()[0]) / 1e6
    time.sleep(hold)
    hwm = status_kb(pid, "VmHWM")
    os.kill(pid, signal.SIGTERM)
    proc.wait(timeout=30)
    rss = 0
    with open(report) as f:
        for line in f:
            if "Maximum resident set size" in line:
                rss = int(line.rsplit(":", 1)[1])
    out.seek(0)
    internal = None
    for line in out:
        if line.startswith("first_frame_ms="):
            internal = float(line.split("=", 1)[1])
    return {"shown_ms": shown * 1000, "rss_mb": rss / 1024, "hwm_mb": hwm / 1024, "internal_ms": internal,
            "cpu_all_ms": cpu_all, "cpu_main_ms": cpu_main}

results = {name: [] for name, _ in SIDES}
n = 0
print(f"start-up: {runs} runs per side, alternating; window kept {hold:g} s, then SIGTERM")
for r in range(runs):
    for name, cmd in SIDES:
        n += 1
        res = startup_run(name, cmd(n), n)
        results[name].append(res)
        extra = f", internal first_frame_ms={res['internal_ms']:.1f}" if res["internal_ms"] is not None else ""
        print(f"  run {r + 1} {name:<10} window shown {res['shown_ms']:7.1f} ms   CPU by then: main thread {res['cpu_main_ms']:6.1f} ms,"
              f" all threads {res['cpu_all_ms']:4.0f} ms   peak RSS {res['rss_mb']:6.1f} MB{extra}", flush=True)

med = lambda name, key: statistics.median(r[key] for r in results[name])
base_shown, base_rss = med("minimal", "shown_ms"), med("minimal", "rss_mb")
print()
print(f"start-up summary (median of {runs}; first frame = process spawn -> first painted frame mapped on screen)")
print(f"  {'side':<10} {'first frame ms':>15} {'min..max':>17} {'ratio':>6}   {'peak RSS MB':>11} {'min..max':>15} {'ratio':>6}")
for name, _ in SIDES:
    shown = [r["shown_ms"] for r in results[name]]
    rss = [r["rss_mb"] for r in results[name]]
    print(f"  {name:<10} {statistics.median(shown):15.1f} {min(shown):8.1f}..{max(shown):<8.1f} {statistics.median(shown) / base_shown:5.2f}x"
          f"   {statistics.median(rss):11.1f} {min(rss):7.1f}..{max(rss):<7.1f} {statistics.median(rss) / base_rss:5.2f}x")
print(f"  CPU used up to the first frame (median; unlike wall time, not inflated by other load on the machine)")
base_main, base_all = med("minimal", "cpu_main_ms"), med("minimal", "cpu_all_ms")
for name, _ in SIDES:
    m, a = med(name, "cpu_main_ms"), med(name, "cpu_all_ms")
    print(f"  {name:<10} main thread {m:7.1f} ms ({m / base_main:4.2f}x)   all threads {a:5.0f} ms ({a / base_all:4.2f}x)")
internal = [r["internal_ms"] for r in results["minimal"] if r["internal_ms"] is not None]
if internal:
    print(f"  check: the minimal window's own first_frame_ms (from /proc start time, 10 ms resolution): median {statistics.median(internal):.1f}")
print(f"  targets: first frame <= 1.3x minimal, peak RSS <= 1.3x minimal")
for name in ("app en-US", "app zh-CN"):
    fs, rs = med(name, "shown_ms") / base_shown, med(name, "rss_mb") / base_rss
    print(f"    {name}: first frame {fs:.2f}x {'met' if fs <= 1.3 else 'NOT met'}, peak RSS {rs:.2f}x {'met' if rs <= 1.3 else 'NOT met'}")

print()
print(f"idle: window shown, {settle:g} s to settle, then {idle:g} s with no input")
print(f"  {'side':<10} {'frames':>6} {'CPU ms':>8} {'(ticks s)':>10} {'wake-ups':>9} {'threads':>8} {'RSS MB':>7}")
for name, cmd in IDLE_SIDES:
    n += 1
    lines(0.1)
    log_path = os.path.join(work, f"trace-{n}.txt")
    log = open(log_path, "w")
    env = run_env(n, RUST_LOG="warn,eframe=trace")
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd(n), stdout=subprocess.DEVNULL, stderr=log, env=env)
    wait_for_map(t0, proc)
    time.sleep(settle)

    def count():
        # The minimal window logs to stderr; the app to its log file (kiosk: stderr).
        logs = [log_path]
        for root, _, files in os.walk(env["XDG_DATA_HOME"]):
            logs += [os.path.join(root, f) for f in files if f.endswith(".log")]
        return sum(1 for p in logs for l in open(p, errors="replace") if "request_redraw for" in l)

    before = (count(), cpu_ns(proc.pid), cpu_ticks_s(proc.pid), switches(proc.pid))
    time.sleep(idle)
    after = (count(), cpu_ns(proc.pid), cpu_ticks_s(proc.pid), switches(proc.pid))
    threads = len(os.listdir(f"/proc/{proc.pid}/task"))
    rss = status_kb(proc.pid, "VmRSS") / 1024
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=30)
    frames, cpu, ticks, wake = (after[0] - before[0], (after[1] - before[1]) / 1e6, after[2] - before[2], after[3] - before[3])
    print(f"  {name:<10} {frames:6d} {cpu:8.2f} {ticks:10.2f} {wake:9d} {threads:8d} {rss:7.1f}", flush=True)
print("  (frames = eframe `request_redraw` trace lines; CPU = all threads, from schedstat; target: 0 frames)")
xev.terminate()
PY

echo
echo "binary size (release profile: strip = true, lto = fat, codegen-units = 1)"
for bin in "$app" "$minimal"; do
  size=$(stat -c %s "$bin")
  strip -o "$work/stripped" "$bin" 2>/dev/null && again=$(stat -c %s "$work/stripped") || again=$size
  awk -v b="$bin" -v s="$size" -v a="$again" 'BEGIN { printf "  %-45s %11d bytes = %5.1f MB = %5.1f MiB (strip again: %d bytes)\n", b, s, s / 1e6, s / 1048576, a }'
done
app_size=$(stat -c %s "$app")
awk -v s="$app_size" 'BEGIN { printf "  target: stripped app <= 25 MB: %s\n", (s <= 25e6 ? "met" : "NOT met") }'
