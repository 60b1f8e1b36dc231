//! Applies [`TriageAction`]s: part of the one place state changes (`ui/apply.rs` hands them
//! here), so answers are saved with the session like every other change.

use super::{TriageAction, TriageUi};
use crate::model::category::Category;
use crate::model::playbook::StepId;
use crate::model::triage::{AnswerKind, Found};
use crate::report::caller_question;
use crate::search::{Target, lookup_all};
use crate::ui::HelpdeskApp;
use crate::ui::action::{Action, ErrorsView};
use crate::ui::decode_pane::DecodeAction;
use crate::ui::status::Status;

impl HelpdeskApp {
    /// A step the agent goes to on purpose (a result, a search hit, an entry's step) is never
    /// hidden behind "This caller only": the filter goes off when it would hide it.
    pub(in crate::ui) fn show_if_hidden(&mut self, id: &StepId) {
        if self.triage_ui.caller_only
            && self
                .playbook
                .triage()
                .is_some_and(|t| t.ruled_out(self.session.triage()).contains(id))
        {
            self.triage_ui.caller_only = false;
        }
    }

    /// Applies one "Start here" action.
    pub(in crate::ui) fn apply_triage(&mut self, ctx: &egui::Context, action: TriageAction) {
        let now = self.services.clock.now();
        match action {
            TriageAction::Open => {
                self.triage_ui.open = true;
                self.decode.open = false;
                self.highlight = None;
                self.last_query = None;
                if !self.query.is_empty() {
                    self.query.clear();
                    self.results.clear();
                }
            }
            TriageAction::Answer(question, answer) => {
                self.session.answer_triage(&question, &answer);
                self.session_changed();
            }
            TriageAction::Change(question) => {
                self.session.unanswer_triage(&question);
                self.session_changed();
            }
            TriageAction::SetCode(code) => {
                self.triage_ui.code = code;
                self.triage_ui.code_not_found = false;
            }
            TriageAction::LookUpCode => {
                let code = self.triage_ui.code.trim().to_owned();
                if code.is_empty() {
                    return;
                }
                let Some(triage) = self.playbook.triage() else { return };
                let Some((question, answer)) = triage.questions.iter().find_map(|q| {
                    q.answers
                        .iter()
                        .find(|a| a.kind == AnswerKind::Code)
                        .map(|a| (q.id.clone(), a.id.clone()))
                }) else {
                    return;
                };
                self.session.answer_triage(&question, &answer);
                self.session.set_triage_code(&code);
                self.session_changed();
                // A code names the problem: go straight to its entry, as search would.
                match lookup_all(&self.playbook, &code).first().map(|e| e.id.clone()) {
                    Some(id) => self.apply_triage(ctx, TriageAction::OpenFound(Found::Entry(id))),
                    None => self.triage_ui.code_not_found = true,
                }
            }
            TriageAction::Evidence => {
                let Some(triage) = self.playbook.triage() else { return };
                let found = triage.questions.iter().find_map(|q| {
                    q.answers
                        .iter()
                        .find(|a| a.kind == AnswerKind::Evidence)
                        .map(|a| (q.id.clone(), a.id.clone()))
                });
                if let Some((question, answer)) = found {
                    self.session.answer_triage(&question, &answer);
                    self.session_changed();
                }
                // Pasted evidence is read by the Decode pane (a kiosk has none: search instead).
                if self.kiosk.is_none() {
                    self.apply(ctx, Action::Decode(DecodeAction::Show(true)));
                } else {
                    self.focus_search = true;
                }
            }
            TriageAction::CopyForCaller(question) => {
                let language = self.session.caller_language;
                let Some(question) = self.playbook.triage().and_then(|t| t.question(&question)) else {
                    return;
                };
                if let Some(text) = caller_question(&self.loc, question, language) {
                    ctx.copy_text(text.clone());
                    self.status = Some(Status::CallerCopied { language, text });
                }
            }
            TriageAction::ShowMore(on) => self.triage_ui.show_more = on,
            TriageAction::Clear => {
                self.session.clear_triage();
                self.triage_ui = TriageUi {
                    open: true,
                    ..TriageUi::new_call()
                };
                self.session_changed();
            }
            TriageAction::SetCallerOnly(on) => self.triage_ui.caller_only = on,
            TriageAction::OpenFound(found) => {
                self.triage_ui.open = false;
                self.last_query = None;
                match found {
                    Found::Step(id) => {
                        if let Some(step) = self.playbook.step(&id) {
                            self.session.select(step.category);
                            self.errors_view = ErrorsView::Checklist;
                            self.show_if_hidden(&id);
                            self.highlight(Target::Step(id));
                            self.session_changed();
                        }
                    }
                    Found::Entry(id) => {
                        self.session.read_entry(&id, now);
                        self.session.select(Category::Errors);
                        self.errors_view = ErrorsView::Catalogue;
                        self.catalogue.filter = None;
                        self.catalogue.open = Some(id.clone());
                        self.highlight(Target::Entry(id));
                        self.session_changed();
                    }
                }
            }
        }
    }
}
