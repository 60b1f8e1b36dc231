#!/usr/bin/env bash
# Checks the Windows build under Wine, headless, the way check-deb.sh checks the .deb:
#   bash packaging/check-windows.sh [--screenshots DIR]
# Needs what packaging/build-windows.sh makes:
#   target/x86_64-pc-windows-gnu/release/sspr-helpdesk.exe and target/packages/sspr-helpdesk_<version>_x64.msi
# (SSPR_WINDOWS_EXE / SSPR_WINDOWS_MSI point elsewhere). Installs Wine, Xvfb, xdotool and MinGW-w64
# with apt-get when missing. In a throwaway Wine prefix whose path and user name hold a space and
# Chinese characters, it checks:
#   - the command line: --version; search and lookup in English and Chinese (expected first hit),
#     also typed through cmd.exe; validate on the example pack (exit 0) and a broken one (exit 1,
#     file:line:column);
#   - the window: starts under Xvfb, draws its first frame and exits 0 (--quit-after-first-frame);
#     the renderer it fell back to is logged; a key pressed in the window (category 3) is saved under
#     %APPDATA%\sspr-helpdesk, and a second start restores it;
#   - the MSI: silent per-machine install (msiexec /i … /qn), files and Start-menu shortcut, the
#     installed .exe runs and reads the administrator's %ProgramData%\sspr-helpdesk\config.toml,
#     silent uninstall removes the program and keeps the agent's data.
# --screenshots DIR saves the window in English and Chinese as DIR/windows-wine-{en,zh}.png.
# Prints "ok: …" or "FAIL: …" per check, then "check-windows: N passed, N failed"; exits 1 on any
# failure. Every Wine call has a timeout, so a hang fails the check instead of stalling CI.
set -euo pipefail
cd "$(dirname "$0")/.."

target=x86_64-pc-windows-gnu
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
exe=${SSPR_WINDOWS_EXE:-target/$target/release/sspr-helpdesk.exe}
msi=${SSPR_WINDOWS_MSI:-target/packages/sspr-helpdesk_${version}_x64.msi}
screenshots=""
while (($#)); do
    case $1 in
        --screenshots) screenshots=$(realpath -m "$2"); shift 2 ;;
        -h | --help) sed -n '2,21p' "$0"; exit 0 ;;
        *) echo "check-windows.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

fail() {
    echo "check-windows.sh: $*" >&2
    exit 1
}
[[ -f $exe ]] || fail "$exe is missing; build it with: bash packaging/build-windows.sh"
[[ -f $msi ]] || fail "$msi is missing; build it with: bash packaging/build-windows.sh"
exe=$(realpath "$exe") msi=$(realpath "$msi")

need=()
command -v wine >/dev/null || need+=(wine wine64)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v xwininfo >/dev/null || need+=(x11-utils)
command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64)
command -v msiinfo >/dev/null || need+=(msitools)
if [[ -n $screenshots ]] && ! command -v import >/dev/null; then need+=(imagemagick); fi
if ((${#need[@]})); then
    echo "== installing ${need[*]}"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") ||
        fail "could not install ${need[*]} with apt-get"
fi

problems=0 passed=0
problem() {
    echo "  FAIL: $*" >&2
    problems=$((problems + 1))
}
ok() {
    echo "  ok: $*"
    passed=$((passed + 1))
}

# Everything lives in one temporary folder: the Wine prefix, the display, the test copies.
work=$(mktemp -d /tmp/check-windows.XXXXXX)
xvfb=""
cleanup() {
    # Ends this prefix's Wine processes (only ours: wineserver is per prefix), then the display.
    [[ -n ${WINEPREFIX:-} ]] && timeout 30 wineserver -k >/dev/null 2>&1 || true
    [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# A display for the window, and for wineboot, which can wait for one otherwise. -displayfd: Xvfb
# picks a free display number itself, so this runs beside other X users.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 100); do [[ -s $work/display ]] && break; sleep 0.1; done
[[ -s $work/display ]] || fail "Xvfb did not start"
DISPLAY=:$(tr -d '[:space:]' <"$work/display")
export DISPLAY

# A space and Chinese characters in the prefix path and in the user name, so %APPDATA%,
# %LOCALAPPDATA% and the program's own folder all have them, as on a PC whose user is 张伟 or
# whose profile folder is "Zhang Wei". mscoree,mshtml= skips the Mono and Gecko install prompts;
# winemenubuilder.exe=d stops Wine from copying the Start-menu shortcut into this machine's own
# desktop menus (~/.local/share/applications) when the MSI installs it.
export WINEPREFIX="$work/wine prefix 测试" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d" USER="agent 测试"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
echo "== Wine prefix: $WINEPREFIX (user: $USER, display $DISPLAY, $(wine --version))"
timeout 300 wineboot --init >"$work/wineboot.log" 2>&1 || fail "wineboot --init failed or took over 5 min: $(tail -n 5 "$work/wineboot.log")"
drive_c=$WINEPREFIX/drive_c
roaming=$drive_c/users/$USER/AppData/Roaming
local_appdata=$drive_c/users/$USER/AppData/Local
[[ -d $roaming ]] || fail "the prefix has no $roaming (wineboot did not finish?)"

# Wine 8.0 lacks bcryptprimitives.dll, whose ProcessPrng the Rust standard library calls for random
# numbers; Windows 10 and 11 have it in System32. The shim (packaging/windows/processprng-shim.c)
# stands in for it, beside the test copy of the .exe only: never in the MSI, which must use the
# real system DLL on Windows.
shim=$work/bcryptprimitives.dll
x86_64-w64-mingw32-gcc -shared -O2 -o "$shim" packaging/windows/processprng-shim.c -ladvapi32 ||
    fail "could not build the ProcessPrng shim with x86_64-w64-mingw32-gcc"
app_dir="$drive_c/SSPR test 测试"
mkdir -p "$app_dir"
cp "$exe" "$shim" "$app_dir/"
app=$app_dir/sspr-helpdesk.exe

# run SECONDS OUT ERR EXE ARGS...: a Windows program under Wine with a timeout; returns its code.
run() {
    local seconds=$1 out=$2 err=$3
    shift 3
    timeout "$seconds" wine "$@" >"$out" 2>"$err"
}
winpath() { timeout 30 winepath -w "$1" 2>/dev/null; }

echo "== command line ($exe)"
if run 60 "$work/out" "$work/err" "$app" --version && [[ $(tr -d '\r' <"$work/out") == "sspr-helpdesk $version" ]]; then
    ok "--version: sspr-helpdesk $version"
else
    problem "--version printed '$(cat "$work/out")' (expected 'sspr-helpdesk $version'): $(head -c 500 "$work/err")"
fi

# expect_first NAME EXPECTED_FIRST_LINE_PREFIX ARGS...: exit 0 and the first line of stdout.
expect_first() {
    local name=$1 expected=$2
    shift 2
    if run 60 "$work/out" "$work/err" "$@"; then
        local first
        first=$(head -n 1 "$work/out" | tr -d '\r')
        if [[ $first == "$expected"* ]]; then
            ok "$name: $first"
        else
            problem "$name: first line '$first', expected it to start with '$expected'"
        fi
    else
        problem "$name exited with $?: $(head -c 500 "$work/err")"
    fi
}
expect_first "search SSPR_0029 (English)" " 1. [entry] SSPR_0029" "$app" search --lang en-US SSPR_0029
# A query no dated platform change explains, so its first hit does not move on a change's date.
expect_first "search 许可证 (Chinese)" " 1. [步骤] SSPR_0012：为用户分配涵盖 SSPR 的许可证" "$app" search --lang zh-CN 许可证
expect_first "lookup 0x8023062c (English)" "8023062C" "$app" lookup --lang en-US 0x8023062c
expect_first "lookup SSPR_0029 (Chinese)" "SSPR_0029：本地配置阻止了密码重置" "$app" lookup --lang zh-CN SSPR_0029
# The same search typed in cmd.exe: the Chinese argument passes through cmd's command line.
expect_first "cmd /c … search 许可证" " 1. [步骤] SSPR_0012：为用户分配涵盖 SSPR 的许可证" cmd /c "$(winpath "$app")" search --lang zh-CN 许可证

# validate: the example pack is clean; a copy with one http:// link is an error with file:line:col.
packs="$drive_c/packs 测试"
mkdir -p "$packs"
cp -r examples/contoso-pack "$packs/contoso-pack"
cp -r examples/contoso-pack "$packs/broken-pack"
sed -i 's#url = "https://passwordreset.contoso.com/"#url = "http://passwordreset.contoso.com/"#' "$packs/broken-pack/pack.toml"
if run 60 "$work/out" "$work/err" "$app" validate "$(winpath "$packs/contoso-pack")"; then
    ok "validate example pack: exit 0 ($(tail -n 1 "$work/out" | tr -d '\r'))"
else
    problem "validate example pack exited with $?: $(head -c 500 "$work/out") $(head -c 500 "$work/err")"
fi
code=0
run 60 "$work/out" "$work/err" "$app" validate "$(winpath "$packs/broken-pack")" || code=$?
line=$(grep -m 1 -E '^pack\.toml:[0-9]+:[0-9]+: error: ' "$work/out" | tr -d '\r' || true)
if ((code == 1)) && [[ -n $line ]]; then
    ok "validate broken pack: exit 1, $line"
else
    problem "validate broken pack: exit $code (expected 1), output: $(head -c 500 "$work/out")"
fi

echo "== window (Xvfb, glow fallback expected: Wine has no working wgpu device)"
config_dir=$roaming/sspr-helpdesk/config
logs=$local_appdata/sspr-helpdesk/data/logs
if run 180 "$work/out" "$work/err" "$app" --quit-after-first-frame; then
    ok "the window drew its first frame and exited 0"
else
    problem "the window did not start and exit 0 within 180 s (exit $?): $(tail -n 5 "$work/err")"
fi
renderer=$(cat "$logs"/*.log 2>/dev/null | grep -m 1 -o 'renderer in use: .*' || true)
if [[ -n $renderer ]]; then
    ok "log in %LOCALAPPDATA%\\sspr-helpdesk\\data\\logs: $renderer"
else
    problem "no 'renderer in use' line in a log under $logs"
fi
if [[ -f $config_dir/settings.toml ]]; then
    ok "settings saved: %APPDATA%\\sspr-helpdesk\\config\\settings.toml"
else
    problem "no settings.toml in $config_dir after the first start: $(find "$roaming" -maxdepth 3 2>&1 | head -n 20)"
fi

# window_of PID: the X window Wine made for the app, once it is shown (Wine sets _NET_WM_PID).
window_of() {
    local pid=$1 win=""
    for _ in $(seq 600); do
        kill -0 "$pid" 2>/dev/null || return 1
        win=$(xdotool search --onlyvisible --name '^SSPR Helpdesk Assistant' 2>/dev/null | head -n 1 || true)
        [[ -n $win ]] && { echo "$win"; return 0; }
        sleep 0.2
    done
    return 1
}

# A change made in the window: key 3 selects the third category (Reset policy). The session is
# saved about a second after a change; Alt+F4 then closes the window the way an agent would.
session=$config_dir/session.json
wine "$app" >"$work/window.out" 2>&1 &
pid=$!
if win=$(window_of "$pid"); then
    sleep 3
    xdotool windowfocus --sync "$win" >/dev/null 2>&1 || xdotool windowfocus "$win" >/dev/null 2>&1 || true
    xdotool key --window "$win" 3 >/dev/null 2>&1 || xdotool key 3
    for _ in $(seq 50); do grep -q '"selected": *"policy"' "$session" 2>/dev/null && break; sleep 0.2; done
    if grep -q '"selected": *"policy"' "$session" 2>/dev/null; then
        ok "key 3 in the window saved the category to %APPDATA%\\sspr-helpdesk\\config\\session.json"
    else
        problem "after key 3, $session does not say \"selected\": \"policy\": $(head -c 300 "$session" 2>&1)"
    fi
    xdotool windowfocus "$win" >/dev/null 2>&1 || true
    xdotool key alt+F4 >/dev/null 2>&1 || true
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
        problem "Alt+F4 did not close the window within 20 s; ending it"
        kill "$pid" 2>/dev/null || true
    elif wait "$pid"; then
        ok "Alt+F4 closed the window, exit 0"
    else
        problem "the window exited with $? after Alt+F4: $(tail -n 5 "$work/window.out")"
    fi
else
    problem "no window appeared within 120 s: $(tail -n 5 "$work/window.out")"
    kill "$pid" 2>/dev/null || true
fi
# The second start reads the session back and writes it again on exit: had it not restored the
# saved category, the file would now hold a new session on the first one.
before=$(date -r "$session" +%s.%N 2>/dev/null || echo none)
sleep 1
if run 180 "$work/out" "$work/err" "$app" --quit-after-first-frame &&
    [[ $(date -r "$session" +%s.%N 2>/dev/null || echo none) != "$before" ]] &&
    grep -q '"selected": *"policy"' "$session"; then
    ok "a second start restored the session (category policy, saved again on exit)"
else
    problem "the second start did not restore the session: $(head -c 300 "$session" 2>&1)"
fi

# screenshot LANG FILE: the window in that language (a separate data folder, so the restored
# session above does not change the picture).
screenshot() {
    local lang=$1 file=$2 pid win
    wine "$app" --lang "$lang" --data-dir "$(winpath "$work")\\shot-$lang" >"$work/shot.out" 2>&1 &
    pid=$!
    if win=$(window_of "$pid"); then
        sleep 4
        import -window "$win" "$file" && ok "screenshot ($lang): $file"
    else
        problem "no window for the $lang screenshot: $(tail -n 5 "$work/shot.out")"
    fi
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
if [[ -n $screenshots ]]; then
    mkdir -p "$screenshots"
    screenshot en-US "$screenshots/windows-wine-en.png"
    screenshot zh-CN "$screenshots/windows-wine-zh.png"
fi

echo "== installer ($msi)"
program_dir="$drive_c/Program Files/SSPR Helpdesk Assistant"
# Windows Installer puts ProgramMenuFolder in the all-users Start menu when ALLUSERS=1. Wine's
# msi.dll does not (its source: "FIXME: set to AllUsers profile path if ALLUSERS is set") and
# uses the installing user's, so both places are accepted here, and ALLUSERS=1 is checked in the
# MSI itself.
shortcut_all="$drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/SSPR Helpdesk Assistant.lnk"
shortcut_user="$roaming/Microsoft/Windows/Start Menu/Programs/SSPR Helpdesk Assistant.lnk"
if msiinfo export "$msi" Property | tr -d '\r' | grep -qx $'ALLUSERS\t1'; then
    ok "the MSI is per-machine: ALLUSERS=1 (Program Files, all users' Start menu on Windows)"
else
    problem "the MSI's Property table does not set ALLUSERS=1"
fi
if run 300 "$work/out" "$work/err" msiexec /i "$(winpath "$msi")" /qn; then
    ok "msiexec /i … /qn: exit 0"
else
    problem "msiexec /i … /qn exited with $?: $(tail -n 5 "$work/err")"
fi
for file in sspr-helpdesk.exe licenses/LICENSE-MIT licenses/LICENSE-APACHE licenses/OFL.txt; do
    [[ -f $program_dir/$file ]] || { problem "not installed: $file"; continue; }
    case $file in
        sspr-helpdesk.exe) source=$exe ;;
        licenses/OFL.txt) source=assets/fonts/OFL.txt ;;
        *) source=${file#licenses/} ;;
    esac
    if cmp -s "$program_dir/$file" "$source"; then ok "installed: Program Files\\SSPR Helpdesk Assistant\\${file//\//\\}"; else problem "$file differs from $source"; fi
done
# The example pack whole: a file added to examples/contoso-pack but not to the .wxs shows here.
if diff -r examples/contoso-pack "$program_dir/examples/contoso-pack" >"$work/diff" 2>&1; then
    ok "installed: Program Files\\SSPR Helpdesk Assistant\\examples\\contoso-pack equals examples/contoso-pack"
else
    problem "the installed example pack differs from examples/contoso-pack (add new files to packaging/windows/sspr-helpdesk.wxs): $(head -n 5 "$work/diff")"
fi
# Nothing else: e.g. never the ProcessPrng shim.
extra=$(cd "$program_dir" 2>/dev/null && find . -type f | sed 's#^\./##' | grep -vxE 'sspr-helpdesk\.exe|licenses/(LICENSE-MIT|LICENSE-APACHE|OFL\.txt)|examples/contoso-pack/.*' || true)
if [[ -z $extra ]]; then ok "nothing else in the program folder"; else problem "unexpected files installed: $extra"; fi
if [[ -f $shortcut_all ]]; then
    ok "Start-menu shortcut (all users): SSPR Helpdesk Assistant.lnk"
elif [[ -f $shortcut_user ]]; then
    ok "Start-menu shortcut: SSPR Helpdesk Assistant.lnk (in the user's Start menu: Wine's msi.dll ignores ALLUSERS there)"
else
    problem "no Start-menu shortcut at $shortcut_all or $shortcut_user"
fi

# The installed .exe, with the administrator's configuration in %ProgramData%: its pack is the
# installed example pack, and a misspelt key is reported with the file's Windows path. The shim
# goes into the prefix's System32, where Windows keeps the real DLL, so the program folder stays
# exactly as the MSI made it.
cp "$shim" "$drive_c/windows/system32/"
mkdir -p "$drive_c/ProgramData/sspr-helpdesk"
printf '%s\n' 'pack = '"'"'C:\Program Files\SSPR Helpdesk Assistant\examples\contoso-pack'"'" 'colour = "blue"' \
    >"$drive_c/ProgramData/sspr-helpdesk/config.toml"
installed=$program_dir/sspr-helpdesk.exe
expect_first "installed .exe: search CTS-VPN-809 (the configuration's pack)" " 1. [entry] CTS-VPN-809" \
    "$installed" search --lang en-US CTS-VPN-809
if grep -qF 'C:\ProgramData\sspr-helpdesk\config.toml:2:1: warning: unknown key "colour"' "$work/err"; then
    ok "the misspelt key is reported: C:\\ProgramData\\sspr-helpdesk\\config.toml:2:1: warning: unknown key \"colour\""
else
    problem "stderr does not name C:\\ProgramData\\sspr-helpdesk\\config.toml: $(head -c 300 "$work/err")"
fi
if run 180 "$work/out" "$work/err" "$installed" --quit-after-first-frame; then
    ok "the installed .exe drew its first frame and exited 0"
else
    problem "the installed .exe's window did not start and exit 0 (exit $?): $(tail -n 5 "$work/err")"
fi

if run 300 "$work/out" "$work/err" msiexec /x "$(winpath "$msi")" /qn; then
    ok "msiexec /x … /qn: exit 0"
else
    problem "msiexec /x … /qn exited with $?: $(tail -n 5 "$work/err")"
fi
if [[ ! -e $program_dir ]]; then ok "uninstall removed the program folder"; else problem "left behind: $(find "$program_dir" | head -n 5)"; fi
if [[ ! -e $shortcut_all && ! -e $shortcut_user ]]; then ok "uninstall removed the Start-menu shortcut"; else problem "the Start-menu shortcut is still there"; fi
if [[ -f $session && -f $config_dir/settings.toml ]]; then
    ok "uninstall kept the agent's data in %APPDATA%\\sspr-helpdesk"
else
    problem "the agent's data in $config_dir is gone after uninstall"
fi

if ((problems)); then
    echo "check-windows.sh: $problems problem(s)" >&2
    echo "check-windows: $passed passed, $problems failed"
    exit 1
fi
echo "check-windows.sh: the .exe and the MSI work under Wine $(wine --version 2>/dev/null)"
echo "check-windows: $passed passed, $problems failed"
