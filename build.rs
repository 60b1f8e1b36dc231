//! Build script: gives the Windows `.exe` its icon and version information, and tells Cargo which
//! content folders to watch. On every other target it only prints the `rerun-if-changed` lines.

use std::env;
use std::io;
use std::path::Path;
use std::process::ExitCode;

/// Shown as the program name in Explorer's Properties → Details and in Task Manager.
const PRODUCT_NAME: &str = "SSPR Helpdesk Assistant";
/// Same holder as `copyright` in `[package.metadata.packager]` and the LICENSE-MIT file.
const COPYRIGHT: &str = "Copyright © 2026 The SSPR Helpdesk Assistant contributors";

fn main() -> ExitCode {
    // The .ftl files and the playbook, fonts and icons are compiled in with include_str! /
    // include_bytes!, which already tracks each file. Watching the folders as well catches a file
    // added or renamed there, and printing any rerun line stops Cargo from rerunning this script
    // on every edit under src/ (its default), so ordinary rebuilds stay as cheap as before.
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=assets");

    // A build script runs on the host, so `cfg(windows)` here would describe the machine doing the
    // build. Cargo passes the target's OS in this variable instead.
    if env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows")
        && let Err(error) = embed_windows_resource()
    {
        eprintln!("error: {error}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// Compiles the icon and the VERSIONINFO block into a resource and links it into the binary only
/// (not the tests or benches). Needs `rc.exe` from the Windows SDK for MSVC targets, or `windres`
/// (MinGW-w64, also when cross-compiling) for GNU targets.
fn embed_windows_resource() -> io::Result<()> {
    let manifest_dir = env::var("CARGO_MANIFEST_DIR").map_err(io::Error::other)?;
    let icon = Path::new(&manifest_dir).join("assets/icons/icon.ico");
    let icon = icon.to_str().ok_or_else(|| io::Error::other("the icon path is not valid UTF-8"))?;
    let binary = env::var("CARGO_PKG_NAME").map_err(io::Error::other)?;
    let description = env::var("CARGO_PKG_DESCRIPTION").map_err(io::Error::other)?;

    let mut resource = winresource::WindowsResource::new();
    // FileVersion, ProductVersion and the numeric version come from CARGO_PKG_VERSION.
    resource
        .set_icon(icon)
        .set("ProductName", PRODUCT_NAME)
        .set("FileDescription", PRODUCT_NAME)
        .set("CompanyName", "SSPR Helpdesk Assistant contributors")
        .set("LegalCopyright", COPYRIGHT)
        .set("Comments", &description)
        .set("InternalName", &binary)
        .set("OriginalFilename", &format!("{binary}.exe"));
    resource.compile_for(&binary).map_err(|error| {
        io::Error::other(format!(
            "could not embed the Windows icon and version resource ({error}); install the Windows SDK \
             (rc.exe) for an MSVC target, or MinGW-w64 (windres and its gcc) for a GNU target"
        ))
    })
}
