//! Reads the agent's settings file (`settings.toml`) leniently: one bad field costs only
//! itself. Written by `store::state`.

use crate::model::diagnostic::line_col;
use crate::model::settings::Settings;

/// Reads a settings file's text, field by field: a field whose value has the wrong shape
/// (`zoom = "big"`, `theme = 3`) or whose line is not TOML (`zoom = 99999999999999999999`,
/// a key written twice) is left at its default and named in the returned list, in file
/// order; every other field keeps its saved value. Unknown fields are ignored.
///
/// # Errors
/// The TOML parser's message, with its line and column, when no line of the text can be
/// read (not a settings file at all).
pub fn parse_settings(text: &str) -> Result<(Settings, Vec<String>), String> {
    if let Ok(settings) = toml::from_str::<Settings>(text) {
        return Ok((settings, Vec::new()));
    }
    let (settings, problems) = crate::store::toml_lines::read_settings(text);
    if settings.is_empty() && !problems.is_empty() {
        let whole = match toml::from_str::<toml::Table>(text) {
            Err(e) => {
                let (line, column) = e.span().map_or((1, 1), |s| line_col(text, s.start));
                format!("line {line}, column {column}: {}", e.message().trim().replace('\n', " "))
            }
            Ok(_) => "no setting could be read".to_owned(),
        };
        return Err(whole);
    }
    let mut bad: Vec<((usize, usize), String)> = problems
        .iter()
        .filter(|p| !p.duplicate)
        .map(|p| (p.at, p.key.clone().unwrap_or_else(|| format!("line {}", p.at.0))))
        .collect();
    let mut table = toml::Table::new();
    for setting in settings {
        if crate::store::toml_lines::check_field::<Settings>(&setting.key, &setting.value).is_ok() {
            table.insert(setting.key, setting.value);
        } else {
            bad.push((setting.key_at, setting.key));
        }
    }
    bad.sort();
    let settings = toml::Value::Table(table)
        .try_into::<Settings>()
        .map_err(|e| e.message().trim().replace('\n', " "))?;
    Ok((settings, bad.into_iter().map(|(_, key)| key).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::settings::ThemeChoice;

    #[test]
    fn a_caller_language_saved_by_an_older_version_is_ignored_quietly() {
        // It belongs to a call now (the session), not to the agent's settings.
        let (settings, bad) = parse_settings("language = \"en-US\"\ncaller_language = \"zh-CN\"\n").unwrap();
        assert!(bad.is_empty(), "{bad:?}");
        assert_eq!(settings.language.as_deref(), Some("en-US"));
    }

    #[test]
    fn a_field_of_the_wrong_shape_is_reset_and_the_others_kept() {
        let text = "language = \"zh-CN\"\nzoom = \"big\"\nboth_languages = true\ntheme = 3\nfuture_field = 1\n\n[window]\nx = 1.0\n";
        let (settings, bad) = parse_settings(text).unwrap();
        assert_eq!(bad, ["zoom", "theme", "window"]);
        assert_eq!(settings.language.as_deref(), Some("zh-CN"));
        assert!(settings.both_languages);
        assert_eq!((settings.zoom, settings.theme, settings.window), (1.0, ThemeChoice::System, None));
        // Not TOML at all: nothing can be saved, and the parser says where.
        let error = parse_settings("language = [oops").unwrap_err();
        assert!(error.starts_with("line 1, column"), "{error}");
        // One line that is not TOML costs only that setting.
        let (settings, bad) =
            parse_settings("language = \"zh-CN\"\nzoom = 99999999999999999999\nboth_languages = true\nboth_languages = false\n").unwrap();
        assert_eq!(bad, ["zoom"]);
        assert_eq!(settings.language.as_deref(), Some("zh-CN"));
        assert!(settings.both_languages);
        assert_eq!(parse_settings("").unwrap(), (Settings::default(), vec![]));
    }
}
