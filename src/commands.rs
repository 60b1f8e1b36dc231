//! The command-line commands (`search`, `lookup`, `validate`, `decode`): same content and
//! search engine as the window, printed to a writer. No window opens.

pub mod decode;

use std::io::Write;

use serde::Serialize;

use crate::cli::OutputFormat;
use crate::i18n::Localizer;
use crate::model::catalogue::Entry;
use crate::model::diagnostic::Diagnostic;
use crate::model::language::Language;
use crate::model::playbook::Playbook;
use crate::pack::{PackOutcome, PackSources};
use crate::report::{actors_text, list, seen_in_text};
use crate::search::changes::promote_changes;
use crate::search::{Corpus, SYNONYMS_FILE, Target, lookup_all, parse_synonyms, target_text};

/// Exit code when a command found something.
pub const EXIT_FOUND: u8 = 0;
/// Exit code when a command found nothing.
pub const EXIT_NOT_FOUND: u8 = 1;
/// Exit code for unusable arguments.
pub const EXIT_USAGE: u8 = 2;
/// Exit code of `validate` when the pack has errors.
pub const EXIT_INVALID: u8 = 1;

/// The content with its search index, ready for the commands.
pub struct Searchable {
    /// Steps, links and the catalogue.
    pub playbook: Playbook,
    /// Words in both languages.
    pub loc: Localizer,
    /// The search index.
    pub corpus: Corpus,
}

impl Searchable {
    /// Loads the built-in content in `language` (the same loader as the window's); loading
    /// problems are logged (the content tests keep them at zero).
    pub fn builtin(language: Language) -> Self {
        let loaded = crate::content::load(language, None);
        Self::index(loaded.playbook, loaded.loc, loaded.builtin_diagnostics)
    }

    /// The built-in content with a content pack over it. A pack with errors is not applied:
    /// the built-in content is returned with the pack's outcome, whose diagnostics say why.
    ///
    /// # Errors
    /// [`crate::pack::PackDirError`] when the folder cannot be read at all.
    pub fn with_pack(language: Language, dir: &std::path::Path) -> Result<(Self, PackOutcome), crate::pack::PackDirError> {
        let sources = PackSources::from_dir(dir)?;
        let mut outcome = crate::pack::check(&sources, language);
        let content = match outcome.content.take() {
            Some(pack) => Self::index(pack.playbook, pack.loc, Vec::new()),
            None => Self::builtin(language),
        };
        Ok((content, outcome))
    }

    /// Builds the search index over `playbook` and `loc`, logging `diagnostics` and any problem
    /// with the synonyms.
    fn index(playbook: Playbook, loc: Localizer, mut diagnostics: Vec<Diagnostic>) -> Self {
        let synonyms = parse_synonyms("assets/playbook/synonyms.toml", SYNONYMS_FILE).unwrap_or_else(|d| {
            diagnostics.push(d);
            Vec::new()
        });
        for diagnostic in &diagnostics {
            log::warn!("{diagnostic}");
        }
        let corpus = Corpus::build(&playbook, &loc, &synonyms);
        Self { playbook, loc, corpus }
    }
}

/// `ids`: every id a content pack can refer to, one per line, grouped: the fixed vocabularies
/// first (as `# name: a, b, c` lines), then `step <id>  <category>  <title>`,
/// `link <id>  <audience>  <url>`, `entry <id>  <codes>` and `triage <question>/<answer>
/// <label>` (what a pack's `[[triage_answer]]` names). Titles are in the content's language.
///
/// # Errors
/// The I/O error when `out` cannot be written.
pub fn list_ids(content: &Searchable, out: &mut dyn Write) -> std::io::Result<u8> {
    use crate::model::catalogue::SeenIn;
    use crate::model::category::Category;
    use crate::model::playbook::{Actor, Audience};
    let written = (|| -> std::io::Result<()> {
        writeln!(out, "# categories: {}", Category::ALL.map(Category::id).join(", "))?;
        writeln!(out, "# actors: {}", Actor::ALL.map(Actor::id).join(", "))?;
        writeln!(out, "# seen_in: {}", SeenIn::ALL.map(SeenIn::id).join(", "))?;
        writeln!(out, "# audiences: end-user, admin, docs")?;
        for step in content.playbook.steps() {
            writeln!(
                out,
                "step {}  {}  {}",
                step.id,
                step.category.id(),
                content.loc.text(&step.id.message_id())
            )?;
        }
        for link in content.playbook.links() {
            let audience = match link.audience {
                Audience::EndUser => "end-user",
                Audience::Admin => "admin",
                Audience::Docs => "docs",
            };
            writeln!(out, "link {}  {audience}  {}", link.id, link.url)?;
        }
        for entry in content.playbook.catalogue() {
            writeln!(out, "entry {}  {}", entry.id, entry.codes.join(", "))?;
        }
        for question in content.playbook.triage().map_or(&[][..], |t| &t.questions[..]) {
            for answer in &question.answers {
                let label = content.loc.text(&question.answer_message_id(answer));
                writeln!(out, "triage {}/{}  {label}", question.id, answer.id)?;
            }
        }
        Ok(())
    })();
    ignore_broken_pipe(written)?;
    Ok(EXIT_FOUND)
}

/// The JSON `validate --format json` prints.
#[derive(Debug, Serialize)]
pub struct ValidateReport<'a> {
    /// The pack folder, as given.
    pub folder: &'a str,
    /// The pack's name, when `pack.toml` gives a usable one.
    pub name: Option<&'a str>,
    /// The pack's version, likewise.
    pub version: Option<&'a str>,
    /// Number of errors (the pack would not be applied when above 0).
    pub errors: usize,
    /// Number of warnings.
    pub warnings: usize,
    /// Every problem: severity, file (relative to the pack), line, column (1-based, in
    /// characters; `null` when unknown), message, fix.
    pub diagnostics: &'a [Diagnostic],
}

/// `validate`: checks the pack in `dir` and prints its problems.
/// Returns the exit code: [`EXIT_FOUND`] (0) without errors, [`EXIT_INVALID`] (1) with
/// errors, [`EXIT_USAGE`] (2) when the folder cannot be read (reported on `err`).
///
/// # Errors
/// The I/O error when `out` or `err` cannot be written.
pub fn validate(dir: &std::path::Path, format: OutputFormat, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<u8> {
    let sources = match PackSources::from_dir(dir) {
        Ok(sources) => sources,
        Err(error) => {
            writeln!(err, "sspr-helpdesk: {error}")?;
            if format == OutputFormat::Json {
                // CI still gets an object to read.
                let report = serde_json::json!({ "folder": dir.display().to_string(), "usage_error": error.to_string() });
                ignore_broken_pipe(write_json(out, &report))?;
            }
            return Ok(EXIT_USAGE);
        }
    };
    // Diagnostics are in English whatever the UI language: they are for the pack's author
    // and for CI logs.
    let outcome = crate::pack::check(&sources, Language::EnUs);
    let (errors, warnings) = (outcome.errors(), outcome.warnings());
    let written = match format {
        OutputFormat::Json => {
            let report = ValidateReport {
                folder: &outcome.folder,
                name: outcome.info.as_ref().map(|i| i.name.as_str()),
                version: outcome.info.as_ref().map(|i| i.version.as_str()),
                errors,
                warnings,
                diagnostics: &outcome.diagnostics,
            };
            write_json(out, &report)
        }
        OutputFormat::Text => write_text(out, &outcome),
    };
    // `validate pack | head -1`: the reader stopped early, but the verdict still counts.
    ignore_broken_pipe(written)?;
    Ok(if errors > 0 { EXIT_INVALID } else { EXIT_FOUND })
}

fn write_text(out: &mut dyn Write, outcome: &PackOutcome) -> std::io::Result<()> {
    for diagnostic in &outcome.diagnostics {
        writeln!(out, "{diagnostic}")?;
    }
    let plural = |n: usize, word: &str| if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") };
    let errors = outcome.errors();
    let verdict = if errors > 0 {
        "the pack would not be applied"
    } else {
        "the pack can be used"
    };
    writeln!(
        out,
        "{}: {}, {}; {verdict}",
        outcome.label(),
        plural(errors, "error"),
        plural(outcome.warnings(), "warning")
    )
}

/// Writes `value` as pretty JSON and a line end, keeping an I/O error's kind (a closed pipe
/// must stay recognisable as one).
pub(crate) fn write_json(out: &mut dyn Write, value: &impl Serialize) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(|e| match e.io_error_kind() {
        Some(kind) => std::io::Error::from(kind),
        None => std::io::Error::other(e),
    })?;
    writeln!(out)
}

pub(crate) fn ignore_broken_pipe(result: std::io::Result<()>) -> std::io::Result<()> {
    match result {
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// One result of `search --json`.
#[derive(Debug, Serialize)]
pub struct JsonResult {
    /// Step or entry id.
    pub id: String,
    /// `"step"` or `"entry"`.
    pub kind: &'static str,
    /// Title in the chosen language.
    pub title: String,
    /// Category id (`configure`, `errors`, `policy`, `registration`).
    pub category: &'static str,
    /// Relevance, higher is better, rounded to 0.01.
    pub score: f64,
    /// The result's full text in the chosen language.
    pub text: String,
}

/// `search`: prints ranked results for `query`; catalogue entries that a platform change in
/// effect on `today` explains come first (see `search::changes`).
///
/// # Errors
/// The I/O error when `out` cannot be written.
pub fn search(
    content: &Searchable,
    query: &str,
    limit: usize,
    json: bool,
    today: jiff::civil::Date,
    out: &mut dyn Write,
) -> std::io::Result<u8> {
    let language = content.loc.language();
    let mut results = content.corpus.search(query, limit);
    promote_changes(&mut results, &content.playbook, today, query);
    results.truncate(limit);
    if json {
        let rows: Vec<JsonResult> = results
            .iter()
            .map(|r| JsonResult {
                id: r.target.id().to_owned(),
                kind: r.target.kind(),
                title: content.loc.text(&r.target.message_id()),
                category: r.category.id(),
                score: (f64::from(r.score) * 100.0).round() / 100.0,
                text: target_text(&content.playbook, &content.loc, language, &r.target),
            })
            .collect();
        write_json(out, &rows)?;
    } else if results.is_empty() {
        writeln!(out, "{}", content.loc.text_with_args("cli-no-results", &[("query", query.into())]))?;
    } else {
        for (rank, r) in results.iter().enumerate() {
            let line = content.loc.text_with_args(
                "cli-result-line",
                &[
                    ("kind", content.loc.text(&format!("cli-kind-{}", r.target.kind())).into()),
                    ("title", content.loc.text(&r.target.message_id()).into()),
                    ("id", r.target.id().into()),
                    ("category", content.loc.category_title(r.category).into()),
                    ("score", format!("{:.1}", r.score).into()),
                ],
            );
            writeln!(out, "{:>2}. {line}", rank + 1)?;
        }
    }
    Ok(if results.is_empty() { EXIT_NOT_FOUND } else { EXIT_FOUND })
}

/// `lookup`: prints one catalogue entry in full.
///
/// # Errors
/// The I/O error when `out` cannot be written.
pub fn lookup_entry(content: &Searchable, code: &str, out: &mut dyn Write) -> std::io::Result<u8> {
    let entries = lookup_all(&content.playbook, code);
    match entries.as_slice() {
        [] => {
            writeln!(out, "{}", content.loc.text_with_args("cli-lookup-none", &[("code", code.into())]))?;
            Ok(EXIT_NOT_FOUND)
        }
        [entry] => {
            write!(out, "{}", entry_card_text(content, entry))?;
            Ok(EXIT_FOUND)
        }
        many => {
            // Several entries share the code (event 6329 has four variants): list them all
            // rather than pick one, so the agent chooses by the text in their log.
            writeln!(
                out,
                "{}",
                content
                    .loc
                    .text_with_args("cli-lookup-many", &[("code", code.into()), ("count", many.len().into())])
            )?;
            for entry in many {
                writeln!(out, "  {}  —  {}", entry.id, content.loc.text(&entry.id.message_id()))?;
            }
            writeln!(out, "{}", content.loc.text("cli-lookup-pick"))?;
            Ok(EXIT_FOUND)
        }
    }
}

/// An entry as plain text: title, codes, where seen, who fixes, symptom, causes, fix,
/// uncertainty, source and the checklist steps that follow.
pub fn entry_card_text(content: &Searchable, entry: &Entry) -> String {
    let loc = &content.loc;
    let message = entry.id.message_id();
    let mut text = format!("{}\n", loc.text(&message));
    let line = |label: &str, value: String| {
        format!(
            "{}\n",
            loc.text_with_args("summary-field", &[("label", loc.text(label).into()), ("value", value.into())])
        )
    };
    let heading = |label: &str| loc.text_with_args("label-with-colon", &[("label", loc.text(label).into())]);
    if !entry.codes.is_empty() {
        text.push_str(&line("entry-codes", list(loc, entry.codes.iter().cloned())));
    }
    text.push_str(&line("entry-seen-in", seen_in_text(loc, entry)));
    text.push_str(&line("entry-who-fixes", actors_text(loc, &entry.actors)));
    for (attribute, heading_id) in [
        ("symptom", "entry-symptom"),
        ("causes", "entry-causes"),
        ("fix", "entry-fix"),
        ("uncertain", "step-uncertain-heading"),
    ] {
        if let Some(part) = loc.attribute(&message, attribute) {
            text.push_str(&format!("\n{}\n{part}\n", heading(heading_id)));
        }
    }
    if let Some(link) = entry.source.as_ref().and_then(|id| content.playbook.link(id)) {
        text.push_str(&format!("\n{}", line("entry-source", link.url.to_string())));
    }
    if !entry.steps.is_empty() {
        text.push_str(&format!("{}\n", heading("entry-next-steps")));
        for step in &entry.steps {
            let category = content
                .playbook
                .step(step)
                .map(|s| loc.category_title(s.category))
                .unwrap_or_default();
            text.push_str(&format!(
                "  - {} ({category})\n",
                loc.text(&Target::Step(step.clone()).message_id())
            ));
        }
    }
    text
}
