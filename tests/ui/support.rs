//! Test support: an app harness with injected language, size, storage and opener, and domain
//! verbs that find widgets by the same Fluent labels the user sees.

use std::path::PathBuf;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sspr_helpdesk::HelpdeskApp;
use sspr_helpdesk::model::category::Category;
use sspr_helpdesk::model::clock::ManualClock;
use sspr_helpdesk::model::language::Language;
use sspr_helpdesk::platform::Services;
use sspr_helpdesk::platform::opener::RecordingOpener;
use sspr_helpdesk::platform::save_dialog::FixedSaveDialog;
use sspr_helpdesk::startup::StartupOptions;
use sspr_helpdesk::ui::sidebar::progress_text_for;

/// How a test app starts.
pub struct Setup {
    pub kiosk: bool,
    pub config: sspr_helpdesk::model::config::AdminConfig,
    pub language: Option<Language>,
    pub os_locales: Vec<String>,
    pub data_dir: Option<PathBuf>,
    pub size: (f32, f32),
    pub opener: RecordingOpener,
    pub clock: ManualClock,
    pub save_dialog: FixedSaveDialog,
    /// `--pack DIR`.
    pub pack: Option<PathBuf>,
    /// The agent's time zone (UTC when `None`).
    pub time_zone: Option<jiff::tz::TimeZone>,
}

impl Default for Setup {
    fn default() -> Self {
        Self {
            kiosk: false,
            config: sspr_helpdesk::model::config::AdminConfig::default(),
            language: Some(Language::EnUs),
            os_locales: vec![],
            data_dir: None,
            size: (1280.0, 800.0),
            opener: RecordingOpener::new(),
            // 2026-11-29 09:00:00 UTC.
            clock: ManualClock::new(jiff::Timestamp::from_second(1_795_942_800).unwrap()),
            save_dialog: FixedSaveDialog::new(None),
            pack: None,
            time_zone: None,
        }
    }
}

/// A harness around the real app, on the checklist of the first category: a new session
/// opens on "Start here", and most areas test what comes after it, so the agent leaves it the
/// way they would, by clicking the first category (see [`leave_start_here`]). Tests of "Start
/// here" itself use [`app_on_start_here`].
pub fn app(setup: Setup) -> Harness<'static, HelpdeskApp> {
    let mut harness = app_on_start_here(setup);
    leave_start_here(&mut harness);
    harness
}

/// Clicks the first category in the sidebar when "Start here" is shown (a new session opens
/// on it; a restored call, a kiosk and an open dialog do not).
pub fn leave_start_here(harness: &mut Harness<'_, HelpdeskApp>) {
    if harness.state().is_kiosk() || !harness.state().is_start_here() {
        return;
    }
    let Some(first) = harness.state().playbook().categories().next() else {
        return;
    };
    open_category(harness, first);
}

/// A harness around the real app as it opens: a new session on "Start here".
pub fn app_on_start_here(setup: Setup) -> Harness<'static, HelpdeskApp> {
    let options = StartupOptions {
        language: setup.language,
        data_dir: setup.data_dir,
        os_locales: setup.os_locales,
        kiosk: setup.kiosk,
        config: setup.config,
        pack: setup.pack,
        ..StartupOptions::default()
    };
    let mut services = Services::fake(setup.opener, setup.clock, setup.save_dialog);
    if let Some(zone) = setup.time_zone {
        services.time_zone = zone;
    }
    // A repaint loop still fails `run()`, but a busy machine gets some slack: the search
    // index thread and the save timer can each ask for one more frame at any moment, more
    // than the default of 4 steps allows for on two loaded cores.
    let mut harness = Harness::builder()
        .with_max_steps(8)
        .with_size(egui::vec2(setup.size.0, setup.size.1))
        .build_eframe(move |cc| HelpdeskApp::from_creation_context(cc, options, services));
    harness.run();
    harness
}

/// An English app at 1280×800 with nothing on disk.
pub fn english_app() -> Harness<'static, HelpdeskApp> {
    app(Setup::default())
}

/// The text of a message in the app's current language.
pub fn text(harness: &Harness<'_, HelpdeskApp>, id: &str) -> String {
    harness.state().localizer().text(id)
}

/// The accessible label of a category's sidebar button: title and progress.
pub fn sidebar_label(harness: &Harness<'_, HelpdeskApp>, category: Category) -> String {
    let app = harness.state();
    format!(
        "{} {}",
        app.localizer().category_title(category),
        progress_text_for(app.localizer(), app.playbook(), app.session(), category)
    )
}

/// Clicks a category in the sidebar.
pub fn open_category(harness: &mut Harness<'_, HelpdeskApp>, category: Category) {
    let label = sidebar_label(harness, category);
    harness.get_by_label(&label).click();
    harness.run();
}

/// Clicks the checkbox of a step by its title.
pub fn tick_step(harness: &mut Harness<'_, HelpdeskApp>, step_id: &str) {
    let title = text(harness, &format!("step-{step_id}"));
    let node = harness.get_by_label(&title);
    node.scroll_to_me();
    harness.run();
    harness.get_by_label(&title).click();
    harness.run();
}

/// The text the app put on the clipboard in the last frame, if any.
pub fn copied_text(harness: &Harness<'_, HelpdeskApp>) -> Option<String> {
    harness.output().platform_output.commands.iter().rev().find_map(|c| match c {
        egui::OutputCommand::CopyText(text) => Some(text.clone()),
        _ => None,
    })
}

/// Clicks the button whose accessible label is `label`, scrolling it into view first.
pub fn click(harness: &mut Harness<'_, HelpdeskApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
}

/// Clicks the first widget labelled `label` (a link button shown in several steps), scrolling
/// it into view first.
pub fn click_first(harness: &mut Harness<'_, HelpdeskApp>, label: &str) {
    harness.get_all_by_label(label).next().unwrap().scroll_to_me();
    harness.run();
    harness.get_all_by_label(label).next().unwrap().click();
    harness.run();
}

/// Opens the note field of a step and types `note` into it; returns the field's label.
pub fn add_note(harness: &mut Harness<'_, HelpdeskApp>, step_id: &str, note: &str) -> String {
    let title = text(harness, &format!("step-{step_id}"));
    harness.get_by_label(&format!("Add note: {title}")).click();
    harness.run();
    let field = format!("Note for this step: {title}");
    harness.get_by_label(&field).focus();
    harness.run();
    harness.get_by_label(&field).type_text(note);
    harness.run();
    field
}

/// A setup that keeps settings and the session in `dir` (for restarts).
pub fn in_dir(dir: &std::path::Path) -> Setup {
    Setup {
        data_dir: Some(dir.to_path_buf()),
        ..Setup::default()
    }
}

/// Types `query` into the search box (focused first, as a user clicks into it).
pub fn search_for(harness: &mut Harness<'_, HelpdeskApp>, query: &str) {
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search").focus();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Search")
        .type_text(query);
    harness.run();
}

/// Opens the View menu and clicks `entry` in it.
pub fn view_menu(harness: &mut Harness<'_, HelpdeskApp>, entry: &str) {
    let view = text(harness, "top-view");
    harness.get_by_label(&view).click();
    harness.run();
    harness.get_by_label(entry).click();
    harness.run();
}

/// A clock at `y-m-d` 09:00 UTC.
pub fn clock_on(year: i16, month: i8, day: i8) -> ManualClock {
    let at = jiff::civil::date(year, month, day)
        .at(9, 0, 0, 0)
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .unwrap()
        .timestamp();
    ManualClock::new(at)
}

/// Focuses the session note (as a user clicks into it) and types `note` into it.
pub fn type_session_note(harness: &mut Harness<'_, HelpdeskApp>, note: &str) {
    let field = text(harness, "session-note");
    harness
        .get_by_role_and_label(egui::accesskit::Role::MultilineTextInput, &field)
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::MultilineTextInput, &field)
        .type_text(note);
    harness.run();
}

/// Opens the Decode pane with its shortcut (Ctrl+D).
pub fn open_decode(harness: &mut Harness<'_, HelpdeskApp>) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::D);
    harness.run();
}

/// Pastes `evidence` into the Decode pane's box (focused first, as a user clicks into it), as
/// Ctrl+V does: one paste event, which decodes at once.
pub fn paste_evidence(harness: &mut Harness<'_, HelpdeskApp>, evidence: &str) {
    let field = text(harness, "decode-pane-input");
    harness
        .get_by_role_and_label(egui::accesskit::Role::MultilineTextInput, &field)
        .focus();
    harness.run();
    harness.event(egui::Event::Paste(evidence.to_owned()));
    harness.run();
}

/// Clicks an answer of the "Start here" question shown (`dont-know` for "I don't know"),
/// scrolled into view first. An answer already given shows the same words as a label above
/// the question, so the button is found by its role.
pub fn answer_triage(harness: &mut Harness<'_, HelpdeskApp>, question: &str, answer: &str) {
    let id = if answer == "dont-know" {
        "triage-dont-know".to_owned()
    } else {
        format!("triage-{question}-{answer}")
    };
    let label = text(harness, &id);
    let role = egui::accesskit::Role::Button;
    harness.get_by_role_and_label(role, &label).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(role, &label).click();
    harness.run();
}

/// Clicks "Change" beside the answer to a "Start here" question (scrolled into view first).
pub fn change_triage_answer(harness: &mut Harness<'_, HelpdeskApp>, question: &str) {
    let asked = text(harness, &format!("triage-{question}"));
    let name = harness
        .state()
        .localizer()
        .text_with_args("triage-change-name", &[("question", asked.as_str().into())]);
    harness.get_by_label(&name).scroll_to_me();
    harness.run();
    harness.get_by_label(&name).click();
    harness.run();
}

/// A decoder fixture from `tests/fixtures/decode/` (synthetic; see tests/fixtures/README.md),
/// read as a dropped file would be (a `.reg` export is UTF-16).
pub fn decode_fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/decode")
        .join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    sspr_helpdesk::decode::text_from_bytes(&bytes).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()))
}
