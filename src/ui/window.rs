//! The window itself: its title, its geometry and zoom (kept on screen, saved on exit), the
//! theme, and which renderer draws it.

use crate::content::PackStatus;
use crate::model::settings::{Settings, ThemeChoice, WindowGeometry};
use crate::ui::{HelpdeskApp, MIN_WINDOW, ZOOM_RANGE, theme};

/// The window title: the app's name, and the active pack's name and version.
pub(super) fn window_title(pack: Option<&PackStatus>) -> String {
    match pack {
        Some(pack) => format!("SSPR Helpdesk Assistant — {}", pack.label()),
        None => "SSPR Helpdesk Assistant".to_owned(),
    }
}

/// Names the renderer and its adapter or GL renderer from eframe's creation context.
pub(super) fn renderer_description(cc: &eframe::CreationContext<'_>) -> String {
    if let Some(state) = &cc.wgpu_render_state {
        let info = state.adapter.get_info();
        return format!(
            "wgpu ({:?}): {} ({:?}, driver {})",
            info.backend, info.name, info.device_type, info.driver_info
        );
    }
    if let Some(gl) = &cc.gl {
        use eframe::glow::HasContext as _;
        #[expect(
            unsafe_code,
            reason = "glGetString on the thread that owns the context, which eframe's creator runs on"
        )]
        let (renderer, version) = unsafe {
            (
                gl.get_parameter_string(eframe::glow::RENDERER),
                gl.get_parameter_string(eframe::glow::VERSION),
            )
        };
        return format!("glow (OpenGL): {renderer}, {version}");
    }
    "none".to_owned()
}

/// Applies the theme and zoom of `settings` to the context.
pub(super) fn apply_view_settings(ctx: &egui::Context, settings: &Settings) {
    if settings.high_contrast {
        ctx.set_visuals_of(egui::Theme::Dark, theme::high_contrast_visuals());
        ctx.set_theme(egui::ThemePreference::Dark);
    } else {
        ctx.set_visuals_of(egui::Theme::Dark, egui::Visuals::dark());
        ctx.set_visuals_of(egui::Theme::Light, egui::Visuals::light());
        ctx.set_theme(match settings.theme {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
    }
    ctx.set_zoom_factor(settings.zoom.clamp(ZOOM_RANGE.0, ZOOM_RANGE.1));
}

impl HelpdeskApp {
    /// Tracks zoom changes made with egui's own Ctrl +/− and the window's geometry.
    pub(super) fn track_view(&mut self, ctx: &egui::Context) {
        let zoom = ctx.zoom_factor();
        if self.presenting.is_none() && self.kiosk.is_none() && (zoom - self.settings.zoom).abs() > 0.001 {
            self.settings.zoom = zoom;
            self.save_settings();
        }
        let (outer, inner, monitor) = ctx.input(|i| (i.viewport().outer_rect, i.viewport().inner_rect, i.viewport().monitor_size));
        if let (Some(outer), Some(inner)) = (outer, inner) {
            let seen = WindowGeometry {
                x: outer.min.x,
                y: outer.min.y,
                width: inner.width(),
                height: inner.height(),
            };
            // A window restored onto a monitor that is gone or smaller comes back on screen.
            if let (false, Some(monitor)) = (self.window_checked, monitor) {
                self.window_checked = true;
                let fitted = seen.clamped_to((monitor.x, monitor.y), (MIN_WINDOW[0], MIN_WINDOW[1]));
                if fitted != seen {
                    ctx.send_viewport_cmd(egui::ViewportCommand::OuterPosition(egui::pos2(fitted.x, fitted.y)));
                    ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(egui::vec2(fitted.width, fitted.height)));
                }
            }
            self.window = Some(seen);
        }
    }
}
