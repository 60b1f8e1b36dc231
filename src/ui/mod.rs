//! The egui front end. Panels read the model and the [`Localizer`] through a [`View`] and push
//! [`Action`]s; [`HelpdeskApp`] applies them after the frame, in one place (`apply.rs`), where
//! links are checked and opened, text is copied and state is saved.
//!
//! The files follow the screen and the app's concerns:
//! - `app.rs`: [`HelpdeskApp`] (`logic` for timers, `ui` to draw), `apply.rs` (every state
//!   change), `status.rs` (banner notices, status bar), `window.rs` (title, geometry, zoom,
//!   renderer), `shortcuts.rs`, `modals.rs`, `view.rs` ([`View`] and the central panel);
//! - one file per pane: `top_bar`, `sidebar`, `checklist_pane`, `catalogue_pane`,
//!   `search_results`, `session_panel`, `diagnostics_banner`, `about`, and `decode_pane/`
//!   (pasted evidence → cards; the paste lives in its state only);
//! - shared widgets in `widgets.rs`, tokens in `theme.rs`, fonts in `fonts.rs`;
//! - `triage/`: "Start here", the first questions of a call, and the checklists' "This
//!   caller only" bar;
//! - `kiosk/`: the end-user screens (`screen.rs`) and the kiosk frame (`frame.rs`).
//!
//! [`Localizer`]: crate::i18n::Localizer

pub mod about;
pub mod action;
pub mod app;
mod apply;
pub mod catalogue_pane;
pub mod changes;
pub mod checklist_pane;
pub mod decode_pane;
pub mod diagnostics_banner;
pub mod fonts;
pub mod kiosk;
mod modals;
pub mod outcome;
pub mod qr;
pub(crate) mod search_index;
pub mod search_results;
pub mod session_panel;
mod shortcuts;
pub mod sidebar;
mod status;
pub mod theme;
pub mod top_bar;
pub mod triage;
pub mod view;
pub mod widgets;
mod window;

pub use action::{Action, ErrorsView};
pub use app::HelpdeskApp;
pub use view::{Highlight, View, central_pane_ui};

/// Most search results shown in the window.
pub const MAX_RESULTS: usize = 50;
/// How long "Undo" stays offered after "New session", in seconds.
pub const UNDO_SECONDS: i64 = 10;
/// How long after the last change the session is saved, in milliseconds.
const SAVE_DELAY_MS: u64 = 800;
/// Smallest window size, in points (width, height).
pub const MIN_WINDOW: [f32; 2] = [720.0, 520.0];
/// Smallest and largest zoom factor.
const ZOOM_RANGE: (f32, f32) = (0.6, 3.0);
