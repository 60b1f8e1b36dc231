//! The outcome controls shared by checklist steps and catalogue entries: the outcome buttons,
//! and for an escalation or an instruction to the caller, the field saying to whom or what
//! (with a few presets for escalations).

use egui::{Button, RichText, Role, TextEdit, WidgetInfo};

use crate::model::session::{MAX_DETAIL_CHARS, StepRecord, StepState};
use crate::ui::View;
use crate::ui::action::Action;

/// Outcomes offered as buttons after the checkbox (or, on an entry, on their own).
pub const OUTCOME_BUTTONS: [StepState; 5] = [
    StepState::Resolved,
    StepState::Escalated,
    StepState::UserTold,
    StepState::NotApplicable,
    StepState::Failed,
];

/// Escalation targets offered as one-click presets (Fluent ids); free text is always possible.
const PRESETS: [&str; 4] = [
    "outcome-preset-ad-team",
    "outcome-preset-tier-2",
    "outcome-preset-identity-admins",
    "outcome-preset-microsoft",
];

/// One outcome button per state in `states`; `name` (the step's or entry's title) goes into the
/// accessible name. `set` makes the action for a state and its detail; a selected outcome
/// clicked again clears it.
pub fn outcome_buttons_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    name: &str,
    record: Option<&StepRecord>,
    states: &[StepState],
    set: &dyn Fn(StepState, String) -> Action,
    actions: &mut Vec<Action>,
) {
    let loc = view.loc;
    let current = record.map_or(StepState::NotStarted, |r| r.state);
    for &state in states {
        let label = loc.text(&state.message_id());
        let selected = current == state;
        let response = ui
            .add(Button::selectable(selected, RichText::new(&label).small()))
            .on_hover_text(loc.text_with_args("step-state-hint", &[("state", label.as_str().into())]));
        let accessible = format!("{label}: {name}");
        response.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, &accessible));
        if response.clicked() {
            actions.push(if selected {
                set(StepState::NotStarted, String::new())
            } else {
                set(state, String::new())
            });
        }
    }
}

/// For an escalation or an instruction to the caller: the field for whom or what (hidden
/// while presenting, as it can name people).
pub fn outcome_detail_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    name: &str,
    record: Option<&StepRecord>,
    set: &dyn Fn(StepState, String) -> Action,
    actions: &mut Vec<Action>,
) {
    let Some(record) = record.filter(|r| r.state.takes_detail()) else {
        return;
    };
    if view.presenting {
        return;
    }
    let loc = view.loc;
    let (label, hint) = match record.state {
        StepState::Escalated => ("outcome-escalated-to", "outcome-escalated-hint"),
        _ => ("outcome-user-told-to", "outcome-user-told-hint"),
    };
    ui.horizontal_wrapped(|ui| {
        let label = loc.text(label);
        ui.label(RichText::new(&label).small());
        let mut detail = record.detail.clone();
        let response = ui.add(
            TextEdit::singleline(&mut detail)
                .char_limit(MAX_DETAIL_CHARS)
                .hint_text(loc.text(hint))
                .desired_width(220.0),
        );
        let accessible = format!("{label} {name}");
        response.widget_info(|| {
            let mut info = WidgetInfo::text_edit(true, &record.detail, &detail, "");
            info.label = Some(accessible.clone());
            info
        });
        if response.changed() {
            actions.push(set(record.state, detail));
        }
        if record.state == StepState::Escalated {
            for preset in PRESETS {
                let text = loc.text(preset);
                if ui.add(Button::new(RichText::new(&text).small())).clicked() {
                    actions.push(set(StepState::Escalated, text));
                }
            }
        }
    });
}
