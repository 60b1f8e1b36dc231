//! The architecture, checked: every `crate::…` path in the code of `src/` (tests excluded)
//! must point at its own layer or one the table below allows, and the bottom layers must not
//! name egui or do file I/O. ARCHITECTURE.md draws the same table.

use std::collections::BTreeMap;
use std::path::Path;

use crate::repo;

/// Each layer (a top-level module of `src/`) and the layers it may import. A layer not listed
/// here is an error, so a new module has to take its place in the table.
const ALLOWED: &[(&str, &[&str])] = &[
    // Types and rules only.
    ("model", &[]),
    // Fluent words over the model.
    ("i18n", &["model"]),
    // The bilingual search index, the ticket summary, and the OS.
    ("search", &["model", "i18n"]),
    ("report", &["model", "i18n"]),
    ("platform", &["model"]),
    // All file I/O of the app's own files.
    ("store", &["model"]),
    // Content packs: read, checked like a compiler, layered over the built-in content.
    ("pack", &["model", "i18n"]),
    // The evidence decoder: pasted logs and registry output → records → catalogue entries.
    ("decode", &["model", "i18n", "search"]),
    // Built-in content with or without a pack.
    ("content", &["model", "i18n", "pack"]),
    // Pure start-up decisions.
    ("startup", &["model", "i18n"]),
    // Command-line types, and the commands that print without a window.
    ("cli", &["model", "startup"]),
    (
        "commands",
        &["model", "i18n", "pack", "content", "search", "decode", "report", "cli"],
    ),
    // The window.
    (
        "ui",
        &[
            "model", "i18n", "search", "decode", "report", "platform", "store", "pack", "content", "startup",
        ],
    ),
];

/// Layers whose code may not name egui or eframe.
const NO_EGUI: &[&str] = &[
    "model", "i18n", "search", "decode", "report", "store", "pack", "content", "startup", "cli", "commands",
];

/// Words that mean file or environment I/O, banned in the model.
const IO_WORDS: &[&str] = &[
    "std::fs",
    "std::env",
    "fs::read",
    "fs::write",
    "File::",
    "read_dir",
    "canonicalize",
    "env::var",
];

/// The layer a file belongs to: its top-level module (`src/model/x.rs` → `model`); `lib.rs` and
/// `main.rs` are the top and may use everything.
fn layer_of(relative: &Path) -> Option<String> {
    let mut parts = relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned());
    let first = parts.next()?;
    match first.strip_suffix(".rs") {
        Some("lib" | "main") => None,
        Some(module) => Some(module.to_owned()),
        None => Some(first),
    }
}

/// The code of a file: comment lines dropped, and the unit tests (from `#[cfg(test)]` on) cut
/// off, with each line's number.
fn code_lines(text: &str) -> Vec<(usize, &str)> {
    text.lines()
        .enumerate()
        .take_while(|(_, line)| line.trim() != "#[cfg(test)]")
        .filter(|(_, line)| !line.trim_start().starts_with("//"))
        .map(|(number, line)| (number + 1, line))
        .collect()
}

/// The layers a line names: `crate::x` in paths and `use crate::{x, y}` groups.
fn named_layers(line: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("crate::") {
        let after = &rest[at + "crate::".len()..];
        if let Some(group) = after.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let name: String = item.trim().chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                names.push(name);
            }
        } else {
            names.push(after.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect());
        }
        rest = after;
    }
    names.retain(|n| !n.is_empty() && n.chars().next().is_some_and(|c| c.is_ascii_lowercase()));
    names
}

fn visit(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            visit(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

/// Every import that goes the wrong way in the files under `src`, as `file:line: …` lines.
fn wrong_way_imports(src: &Path) -> Vec<String> {
    let allowed: BTreeMap<&str, &[&str]> = ALLOWED.iter().copied().collect();
    let mut files = Vec::new();
    visit(src, &mut files);
    files.sort();
    let mut offenders = Vec::new();
    for path in files {
        let relative = path.strip_prefix(src).unwrap();
        let Some(layer) = layer_of(relative) else { continue };
        let Some(may_use) = allowed.get(layer.as_str()) else {
            offenders.push(format!(
                "{}: layer \"{layer}\" is not in the table of tests/content/layers.rs",
                relative.display()
            ));
            continue;
        };
        let text = std::fs::read_to_string(&path).unwrap();
        for (number, line) in code_lines(&text) {
            for name in named_layers(line) {
                if name != layer && !may_use.contains(&name.as_str()) && allowed.contains_key(name.as_str()) {
                    offenders.push(format!("{}:{number}: {layer} imports {name}: {}", relative.display(), line.trim()));
                }
            }
            let words = line.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'));
            if NO_EGUI.contains(&layer.as_str()) && words.clone().any(|w| w == "egui" || w == "eframe") {
                offenders.push(format!("{}:{number}: {layer} names egui: {}", relative.display(), line.trim()));
            }
            if layer == "model" && IO_WORDS.iter().any(|w| line.contains(w)) {
                offenders.push(format!("{}:{number}: model does I/O: {}", relative.display(), line.trim()));
            }
        }
    }
    offenders
}

#[test]
fn no_layer_imports_one_above_it() {
    let offenders = wrong_way_imports(&repo("src"));
    assert!(offenders.is_empty(), "imports that go the wrong way:\n{}", offenders.join("\n"));
}

#[test]
fn the_layer_check_catches_a_model_file_reaching_up() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("model");
    std::fs::create_dir_all(&model).unwrap();
    for (name, line) in [
        ("a.rs", "use crate::ui::View;"),
        ("b.rs", "use crate::{i18n::Localizer, model::category::Category};"),
        ("c.rs", "fn f() -> crate::store::state::StateFile { todo!() }"),
        ("d.rs", "use crate::platform::opener::SystemOpener;"),
        ("e.rs", "use crate::cli::Cli;"),
        ("f.rs", "fn f(ctx: &egui::Context) {}"),
        ("g.rs", "fn f() { let _ = std::fs::read(\"x\"); }"),
    ] {
        std::fs::write(model.join(name), format!("//! A model file.\n{line}\n")).unwrap();
    }
    // Comments and unit tests may say anything.
    std::fs::write(
        model.join("h.rs"),
        "// use crate::ui::View;\n#[cfg(test)]\nmod tests { use crate::ui::View; }\n",
    )
    .unwrap();
    let offenders = wrong_way_imports(dir.path());
    for file in ["a.rs", "b.rs", "c.rs", "d.rs", "e.rs", "f.rs", "g.rs"] {
        assert!(
            offenders.iter().any(|o| o.starts_with(&format!("model/{file}:2:"))),
            "{file} not caught: {offenders:#?}"
        );
    }
    assert!(!offenders.iter().any(|o| o.contains("h.rs")), "{offenders:#?}");
}
