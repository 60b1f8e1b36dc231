//! The command line's output on Windows. A release `.exe` is built for the Windows GUI
//! subsystem (no console window flashes up when the app starts from the Start menu), so it
//! starts with no console: `sspr-helpdesk validate DIR` typed in a terminal would print
//! nothing. Attaching to the terminal it was started from (if any) gives `validate`, `search`,
//! `lookup`, `ids`, `--help` and error messages their output there.
//!
//! Windows shells do not wait for a GUI-subsystem program, so the prompt may come back before
//! the output; `start /wait sspr-helpdesk validate DIR` (cmd) or
//! `sspr-helpdesk validate DIR | Out-Host` (PowerShell) waits, and `$LASTEXITCODE` /
//! `%ERRORLEVEL%` then hold the exit code. On other systems this does nothing.
//!
//! Chinese text needs no code-page setting here: when a standard handle is a console, Rust's
//! standard library converts the UTF-8 to UTF-16 and writes it with `WriteConsoleW`, which
//! shows every character whatever the console's code page; redirected to a file or pipe, the
//! output is UTF-8 bytes. `SetConsoleOutputCP(CP_UTF8)` is not called on purpose: the console
//! belongs to the shell that started us, and the changed code page would outlive this process
//! and garble the non-ASCII output of programs that write in the old code page. PowerShell 5.1 decodes piped output with
//! `[Console]::OutputEncoding`; setting that to UTF-8 first keeps Chinese intact in a pipe
//! (`packaging/README.md`, "What Windows does differently").

/// Attaches to the console of the process that started this one, when there is one (a
/// terminal) and the process has none of its own. Started from Explorer or the Start menu,
/// there is none and nothing happens. Never fails: without a console, output is dropped as
/// before.
pub fn attach_parent_console() {
    #[cfg(windows)]
    {
        use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole, GetConsoleWindow};
        #[expect(unsafe_code, reason = "two Win32 calls without pointers or lifetimes; see the module docs")]
        // SAFETY: GetConsoleWindow and AttachConsole take no pointers and only change which
        // console the process's standard handles refer to; a failure is reported by the
        // return value, which is ignored (no console then, as before).
        unsafe {
            if GetConsoleWindow().is_null() {
                AttachConsole(ATTACH_PARENT_PROCESS);
            }
        }
    }
}
