//! Localization with Project Fluent: one bundle per shipped locale, lookups that fall back to
//! en-US per message, and no bidi isolation marks (U+2068/U+2069) anywhere.

pub mod glyphs;
pub mod language;
pub mod loading;

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource, FluentValue};
use fluent_syntax::ast;

use loading::{LocaleSource, ParsedSource, line_of_message};

use crate::model::catalogue::SeenIn;
use crate::model::category::Category;
use crate::model::diagnostic::Diagnostic;
use crate::model::language::Language;
use crate::model::playbook::{Actor, Playbook};

/// A calendar date as people write it in `language`: "1 Feb 2027" (English month names are
/// unambiguous across locales), "2027年2月1日".
pub fn date_in(language: Language, date: jiff::civil::Date) -> String {
    match language {
        Language::EnUs => date.strftime("%-d %b %Y").to_string(),
        Language::ZhCn => date.strftime("%Y年%-m月%-d日").to_string(),
    }
}

/// A message (or one of its attributes) that a language lacks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingMessage {
    /// The language without it.
    pub language: Language,
    /// Message id, e.g. `step-configure-enable-sspr`.
    pub id: String,
    /// The attribute missing (`why`), or `None` when the message itself is.
    pub attribute: Option<&'static str>,
}

impl MissingMessage {
    /// `id` or `id.attribute`, as Fluent writes it.
    pub fn what(&self) -> String {
        self.attribute.map_or_else(|| self.id.clone(), |a| format!("{}.{a}", self.id))
    }
}

/// Text lookups for the UI, in the current language with per-message fallback to en-US.
pub struct Localizer {
    language: Language,
    en_us: FluentBundle<Arc<FluentResource>>,
    zh_cn: FluentBundle<Arc<FluentResource>>,
    /// (language, id) pairs already reported as missing, so the log is not flooded each frame.
    reported: RefCell<BTreeSet<(Language, String)>>,
    /// Every message id loaded by [`Localizer::from_sources`], in any language.
    ids: Arc<BTreeSet<String>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

/// Every message id the files define, in any language.
fn message_ids_of(parsed: &[ParsedSource]) -> BTreeSet<String> {
    parsed
        .iter()
        .flat_map(|file| file.resource.entries())
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

fn new_bundle(language: Language) -> FluentBundle<Arc<FluentResource>> {
    let mut bundle = FluentBundle::new(vec![language::langid(language)]);
    // Both shipped languages are left-to-right and egui has no bidi layout, so the isolation
    // marks would only end up in labels, tests and the clipboard.
    bundle.set_use_isolating(false);
    bundle
}

impl Localizer {
    /// The locales compiled into the binary. The diagnostics are empty in a correct build
    /// (the content tests check it).
    /// The files are parsed once per process ([`loading::builtin_parsed`]).
    pub fn builtin(language: Language) -> (Localizer, Vec<Diagnostic>) {
        static IDS: std::sync::OnceLock<Arc<BTreeSet<String>>> = std::sync::OnceLock::new();
        let parsed = loading::builtin_parsed();
        let ids = IDS.get_or_init(|| Arc::new(message_ids_of(parsed)));
        Localizer::assemble(language, parsed, Arc::clone(ids))
    }

    /// Builds the bundles from `.ftl` sources. Every problem (syntax error, duplicate id)
    /// becomes a diagnostic; everything that parsed is used.
    pub fn from_sources(language: Language, sources: &[LocaleSource]) -> (Localizer, Vec<Diagnostic>) {
        Localizer::from_parsed(language, &loading::parse_all(sources.to_vec()))
    }

    /// Builds the bundles from files already parsed; their syntax errors and every duplicate
    /// id become diagnostics.
    pub fn from_parsed(language: Language, parsed: &[ParsedSource]) -> (Localizer, Vec<Diagnostic>) {
        Localizer::assemble(language, parsed, Arc::new(message_ids_of(parsed)))
    }

    /// [`Localizer::from_parsed`] with the files' message ids already collected.
    fn assemble(language: Language, parsed: &[ParsedSource], ids: Arc<BTreeSet<String>>) -> (Localizer, Vec<Diagnostic>) {
        let mut localizer = Localizer {
            language,
            en_us: new_bundle(Language::EnUs),
            zh_cn: new_bundle(Language::ZhCn),
            reported: RefCell::new(BTreeSet::new()),
            ids,
        };
        let mut diagnostics = Vec::new();
        for ParsedSource {
            language: file_language,
            path,
            resource,
            diagnostics: errors,
        } in parsed
        {
            diagnostics.extend(errors.iter().cloned());
            let bundle = match file_language {
                Language::EnUs => &mut localizer.en_us,
                Language::ZhCn => &mut localizer.zh_cn,
            };
            // `add_resource` keeps the first definition of an id and reports the others.
            if let Err(errors) = bundle.add_resource(Arc::clone(resource)) {
                for error in errors {
                    let FluentError::Overriding { id, .. } = &error else {
                        diagnostics.push(Diagnostic::error(path, None, error.to_string()));
                        continue;
                    };
                    let line = line_of_message(resource.source(), id).map(|l| (l, 1));
                    diagnostics.push(
                        Diagnostic::error(
                            path,
                            line,
                            format!("message \"{id}\" is defined twice in {}; the later one was skipped", file_language),
                        )
                        .with_fix("rename or remove one of them"),
                    );
                }
            }
        }
        (localizer, diagnostics)
    }

    /// Every message id loaded from the built-in `.ftl` files (any language).
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.ids.iter().map(String::as_str)
    }

    /// The current UI language.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Switches the UI language; the next lookup uses it.
    pub fn set_language(&mut self, language: Language) {
        self.language = language;
    }

    /// The bundle of one language (for the content-pack checks, which read messages whole).
    pub(crate) fn bundle(&self, language: Language) -> &FluentBundle<Arc<FluentResource>> {
        match language {
            Language::EnUs => &self.en_us,
            Language::ZhCn => &self.zh_cn,
        }
    }

    /// The bundle of one language, to layer a content pack's messages over it.
    pub(crate) fn bundle_mut(&mut self, language: Language) -> &mut FluentBundle<Arc<FluentResource>> {
        match language {
            Language::EnUs => &mut self.en_us,
            Language::ZhCn => &mut self.zh_cn,
        }
    }

    fn report_missing(&self, language: Language, what: &str) {
        if self.reported.borrow_mut().insert((language, what.to_owned())) {
            if language == Language::EnUs {
                log::error!("Fluent message {what} is missing in en-US; showing its id");
            } else {
                log::warn!("Fluent message {what} is missing in {language}; using en-US");
            }
        }
    }

    fn format(&self, language: Language, id: &str, attribute: Option<&str>, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundle(language);
        let message = bundle.get_message(id)?;
        let pattern = match attribute {
            Some(name) => message.get_attribute(name)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
        if !errors.is_empty() {
            log::warn!("formatting {id} in {language}: {errors:?}");
        }
        Some(text)
    }

    fn lookup(&self, language: Language, id: &str, attribute: Option<&str>, args: Option<&FluentArgs>) -> Option<String> {
        if let Some(text) = self.format(language, id, attribute, args) {
            return Some(text);
        }
        let what = attribute.map_or_else(|| id.to_owned(), |a| format!("{id}.{a}"));
        if language != Language::EnUs {
            self.report_missing(language, &what);
            if let Some(text) = self.format(Language::EnUs, id, attribute, args) {
                return Some(text);
            }
        }
        None
    }

    /// The message `id` in the current language, else in en-US (logged), else the id itself
    /// (logged as an error): never an empty string for a message that exists somewhere.
    pub fn text(&self, id: &str) -> String {
        self.text_in(self.language, id)
    }

    /// Like [`Self::text`], in a given language (for "both languages" views and summaries).
    pub fn text_in(&self, language: Language, id: &str) -> String {
        self.lookup(language, id, None, None).unwrap_or_else(|| {
            self.report_missing(Language::EnUs, id);
            id.to_owned()
        })
    }

    /// The message `id` with variables, e.g. `("done", 3.into())`.
    pub fn text_with_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.lookup(self.language, id, None, Some(&fluent_args)).unwrap_or_else(|| {
            self.report_missing(Language::EnUs, id);
            id.to_owned()
        })
    }

    /// The attribute `id.attribute` in the current language, else en-US; `None` when neither
    /// has it (optional attributes such as `.expected`).
    pub fn attribute(&self, id: &str, attribute: &str) -> Option<String> {
        self.attribute_in(self.language, id, attribute)
    }

    /// Like [`Self::attribute`], in a given language.
    pub fn attribute_in(&self, language: Language, id: &str, attribute: &str) -> Option<String> {
        if let Some(text) = self.format(language, id, Some(attribute), None) {
            return Some(text);
        }
        // Optional attributes are legitimately absent everywhere: fall back (and report) only
        // when en-US has what this language lacks.
        if language != Language::EnUs && self.has(Language::EnUs, id, Some(attribute)) {
            self.report_missing(language, &format!("{id}.{attribute}"));
            return self.format(Language::EnUs, id, Some(attribute), None);
        }
        None
    }

    /// An attribute with variables in a given language (else en-US); `None` when neither
    /// has it. Used for text copied for the caller, whose language may differ from the UI's.
    pub fn attribute_with_args_in(
        &self,
        language: Language,
        id: &str,
        attribute: &str,
        args: &[(&str, FluentValue<'_>)],
    ) -> Option<String> {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        if let Some(text) = self.format(language, id, Some(attribute), Some(&fluent_args)) {
            return Some(text);
        }
        if language != Language::EnUs && self.has(Language::EnUs, id, Some(attribute)) {
            self.report_missing(language, &format!("{id}.{attribute}"));
            return self.format(Language::EnUs, id, Some(attribute), Some(&fluent_args));
        }
        None
    }

    /// A message with variables in a given language (else en-US, else the id).
    pub fn text_with_args_in(&self, language: Language, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.lookup(language, id, None, Some(&fluent_args)).unwrap_or_else(|| {
            self.report_missing(Language::EnUs, id);
            id.to_owned()
        })
    }

    /// Whether `language` itself (without fallback) has the message, and the attribute when
    /// one is named.
    pub fn has(&self, language: Language, id: &str, attribute: Option<&str>) -> bool {
        self.bundle(language).get_message(id).is_some_and(|m| match attribute {
            Some(name) => m.get_attribute(name).is_some(),
            None => m.value().is_some(),
        })
    }

    /// Every message (and required attribute) the playbook needs that a language lacks,
    /// without fallback: ids of categories, steps (`.summary`, `.why`, `.check`, and
    /// `.uncertain` / `.caller` when the step has them), catalogue entries, places, links and
    /// actors.
    pub fn missing_messages(&self, playbook: &Playbook) -> Vec<MissingMessage> {
        let mut needed: Vec<(String, Option<&str>)> = Vec::new();
        for category in playbook.categories() {
            needed.push((category.message_id(), None));
            needed.push((category.message_id(), Some("intro")));
        }
        for step in playbook.steps() {
            let id = step.id.message_id();
            needed.push((id.clone(), None));
            for attribute in ["summary", "why", "check"] {
                needed.push((id.clone(), Some(attribute)));
            }
            if step.uncertain {
                needed.push((id.clone(), Some("uncertain")));
            }
            if step.caller_link.is_some() {
                needed.push((id, Some("caller")));
            }
        }
        for entry in playbook.catalogue() {
            let id = entry.id.message_id();
            needed.push((id.clone(), None));
            for attribute in ["symptom", "causes", "fix"] {
                needed.push((id.clone(), Some(attribute)));
            }
            if entry.uncertain {
                needed.push((id, Some("uncertain")));
            }
        }
        for change in playbook.changes() {
            let id = change.message_id();
            needed.push((id.clone(), None));
            for attribute in ["reports", "summary"] {
                needed.push((id.clone(), Some(attribute)));
            }
        }
        for place in SeenIn::ALL {
            needed.push((place.message_id(), None));
        }
        for link in playbook.links() {
            needed.push((link.id.message_id(), None));
        }
        for actor in Actor::ALL {
            needed.push((actor.message_id(), None));
        }
        if let Some(triage) = playbook.triage() {
            needed.extend(triage.messages().into_iter().map(|(id, attribute, _)| (id, attribute)));
        }
        let mut missing = Vec::new();
        for language in Language::ALL {
            for (id, attribute) in &needed {
                if !self.has(language, id, *attribute) {
                    missing.push(MissingMessage {
                        language,
                        id: id.clone(),
                        attribute: *attribute,
                    });
                }
            }
        }
        missing
    }

    /// Checks that every message the playbook needs exists in every language, with the
    /// attributes steps require. Returns one diagnostic per missing piece.
    pub fn check_playbook(&self, playbook: &Playbook) -> Vec<Diagnostic> {
        let mut diagnostics = Vec::new();
        // The triage's words are checked with the triage file's lines (see `check_triage`).
        for missing in self.missing_messages(playbook).into_iter().filter(|m| !m.id.starts_with("triage-")) {
            let tag = missing.language.tag();
            diagnostics.push(
                Diagnostic::warning(format!("locales/{tag}"), None, format!("message {} is missing", missing.what()))
                    .with_fix(format!("add it to the .ftl file of its area in locales/{tag}")),
            );
        }
        for step in playbook.steps() {
            if !step.uncertain {
                for language in Language::ALL {
                    if self.has(language, &step.id.message_id(), Some("uncertain")) {
                        diagnostics.push(
                            Diagnostic::warning(
                                format!("locales/{}", language.tag()),
                                None,
                                format!("step-{}.uncertain exists but the step is not marked uncertain = true", step.id),
                            )
                            .with_fix("set uncertain = true in the playbook or remove the attribute"),
                        );
                    }
                }
            }
        }
        diagnostics
    }

    /// Every message and attribute the triage names that a language lacks, as an error at the
    /// question or answer in the triage file that needs it: a triage with a gap is not shown
    /// (`content::load` makes it unavailable), so no button ever reads as a raw id.
    pub fn check_triage(&self, playbook: &Playbook) -> Vec<Diagnostic> {
        let Some(triage) = playbook.triage() else { return Vec::new() };
        let mut diagnostics = Vec::new();
        for (id, attribute, at) in triage.messages() {
            for language in Language::ALL {
                if !self.has(language, &id, attribute) {
                    let tag = language.tag();
                    let what = attribute.map_or_else(|| id.clone(), |a| format!("{id}.{a}"));
                    diagnostics.push(
                        Diagnostic::error(
                            &triage.file,
                            at,
                            format!("message {what} is missing in {tag}; triage is unavailable"),
                        )
                        .with_fix(format!("add it to locales/{tag}/triage.ftl")),
                    );
                }
            }
        }
        diagnostics
    }

    /// A calendar date as people write it in the current language: "1 Feb 2027", "2027年2月1日".
    pub fn date(&self, date: jiff::civil::Date) -> String {
        date_in(self.language, date)
    }

    /// Title of a category in the current language.
    pub fn category_title(&self, category: Category) -> String {
        self.text(&category.message_id())
    }
}

/// Adds the variables (`$name`) a Fluent pattern uses to `out`, including those inside
/// selectors, nested placeables and function or term arguments.
pub fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => call_variables(arguments, out),
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => call_variables(arguments, out),
        _ => {}
    }
}

fn call_variables(arguments: &ast::CallArguments<&str>, out: &mut BTreeSet<String>) {
    for argument in &arguments.positional {
        inline_variables(argument, out);
    }
    for argument in &arguments.named {
        inline_variables(&argument.value, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_triage_message_missing_in_one_language_is_an_error_at_its_line_in_the_triage_file() {
        let (playbook, _) = Playbook::builtin();
        let complete = Localizer::builtin(Language::EnUs).0;
        assert!(complete.check_triage(&playbook).is_empty());
        // Without the Chinese triage words, each question and answer is reported once per part.
        let sources: Vec<LocaleSource> = crate::i18n::loading::builtin_sources()
            .into_iter()
            .filter(|s| s.path != "locales/zh-CN/triage.ftl")
            .collect();
        let (partial, _) = Localizer::from_sources(Language::EnUs, &sources);
        let gaps = partial.check_triage(&playbook);
        let first = gaps.iter().find(|d| d.message.contains("triage-goal ")).unwrap();
        assert_eq!(first.file, "assets/playbook/triage.toml");
        assert!(first.line.is_some());
        assert!(
            first
                .to_string()
                .contains("message triage-goal is missing in zh-CN; triage is unavailable"),
            "{first}"
        );
        assert!(gaps.iter().all(|d| d.message.contains("zh-CN")));
    }

    fn source(language: Language, text: &str) -> LocaleSource {
        LocaleSource {
            language,
            path: format!("locales/{language}/t.ftl"),
            text: text.to_owned(),
        }
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        let day = jiff::civil::date(2027, 2, 1);
        assert_eq!(date_in(Language::EnUs, day), "1 Feb 2027");
        assert_eq!(date_in(Language::ZhCn, day), "2027年2月1日");
        assert_eq!(date_in(Language::EnUs, jiff::civil::date(2025, 11, 30)), "30 Nov 2025");
    }

    #[test]
    fn falls_back_per_message_and_never_isolates() {
        let (mut loc, diags) = Localizer::from_sources(
            Language::ZhCn,
            &[
                source(Language::EnUs, "hello = Hello, { $name }!\nonly-en = Only English\n"),
                source(Language::ZhCn, "hello = 你好，{ $name }！\n"),
            ],
        );
        assert!(diags.is_empty());
        assert_eq!(loc.text_with_args("hello", &[("name", "Alice".into())]), "你好，Alice！");
        assert_eq!(loc.text("only-en"), "Only English");
        assert_eq!(loc.text("missing-everywhere"), "missing-everywhere");
        loc.set_language(Language::EnUs);
        assert_eq!(loc.text_with_args("hello", &[("name", "Alice".into())]), "Hello, Alice!");
    }

    #[test]
    fn optional_attributes_are_none_when_absent() {
        let (loc, _) = Localizer::from_sources(
            Language::ZhCn,
            &[source(Language::EnUs, "a = A\n    .x = X\n"), source(Language::ZhCn, "a = 甲\n")],
        );
        assert_eq!(loc.attribute("a", "x").as_deref(), Some("X"));
        assert_eq!(loc.attribute("a", "y"), None);
    }

    #[test]
    fn duplicate_ids_are_reported_with_their_line() {
        let (_, diags) = Localizer::from_sources(Language::EnUs, &[source(Language::EnUs, "a = 1\nb = 2\na = 3\n")]);
        assert_eq!(diags.len(), 1);
        assert!(diags[0].message.contains("\"a\" is defined twice"), "{}", diags[0]);
        assert_eq!(diags[0].line, Some(3));
    }
}
