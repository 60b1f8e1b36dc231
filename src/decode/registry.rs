//! `reg query` output and `.reg` exports, checked against the documented blockers of the
//! sign-in-screen "Reset password" link (design note D.1, from "Enable Microsoft Entra
//! self-service password reset at the Windows sign-in screen",
//! <https://learn.microsoft.com/entra/identity/authentication/howto-sspr-windows>, page of
//! 2025: General limitations and Windows 10/11 prerequisites) and the writeback blocker
//! `RestrictRemoteSam` ("Password writeback error code SSPR_0029",
//! <https://learn.microsoft.com/troubleshoot/entra/entra-id/user-prov-sync/password-writeback-error-code-sspr-0029>).
//!
//! Read-only and pure: the rules are evaluated on what was pasted, and a value that is not in
//! the paste is reported as not checked rather than guessed.

use crate::model::catalogue::EntryId;

/// One registry value found in the paste.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegValue {
    /// 1-based line.
    pub line: usize,
    /// The key, spelt out and without `Computer\` (`HKEY_LOCAL_MACHINE\SOFTWARE\…`).
    pub key: String,
    /// The value name (`(Default)` for the default value).
    pub name: String,
    /// The data.
    pub data: RegData,
}

/// A value's data, as far as the rules need it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RegData {
    /// `REG_DWORD` / `dword:` (and `REG_QWORD` that fits).
    Number(u64),
    /// `REG_SZ` / `REG_EXPAND_SZ` / `"text"`.
    Text(String),
    /// Anything else, as written.
    Other(String),
}

impl RegData {
    /// The data as the agent reads it: a number in decimal, text as is.
    pub fn display(&self) -> String {
        match self {
            RegData::Number(n) => n.to_string(),
            RegData::Text(t) | RegData::Other(t) => t.clone(),
        }
    }

    fn number(&self) -> Option<u64> {
        match self {
            RegData::Number(n) => Some(*n),
            RegData::Text(t) => t.trim().parse().ok(),
            RegData::Other(_) => None,
        }
    }
}

/// The value (or combination) that blocks, per rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case", tag = "rule", content = "value")]
pub enum BlockerRule {
    /// Blocks when the value equals this number.
    Equals(u64),
    /// Blocks when the value is missing or not 1 (both the policy and the Intune value).
    MissingOrNotOne,
    /// Blocks when the build number is below this one (17134 = Windows 10 1803).
    BuildBelow(u64),
    /// Blocks when the shell is not `explorer.exe`.
    NotExplorer,
    /// Blocks in combination: lock-screen app notifications off, Ctrl+Alt+Del required and a
    /// Home edition.
    HomeCombination,
    /// A credential provider that is not one of Windows' own: a warning, not a certain block.
    ThirdPartyProvider,
    /// Blocks password writeback when the value is present at all.
    Present,
}

impl BlockerRule {
    /// Stable id; Fluent message `decode-rule-<id>` (with `$value` where it has one).
    pub fn id(self) -> &'static str {
        match self {
            BlockerRule::Equals(_) => "equals",
            BlockerRule::MissingOrNotOne => "missing-or-not-one",
            BlockerRule::BuildBelow(_) => "build-below",
            BlockerRule::NotExplorer => "not-explorer",
            BlockerRule::HomeCombination => "home-combination",
            BlockerRule::ThirdPartyProvider => "third-party-provider",
            BlockerRule::Present => "present",
        }
    }

    /// The number the rule compares with, if any.
    pub fn value(self) -> Option<u64> {
        match self {
            BlockerRule::Equals(n) | BlockerRule::BuildBelow(n) => Some(n),
            _ => None,
        }
    }
}

/// A documented blocker found in the paste.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Blocker {
    /// The catalogue entry that explains it and its fix.
    pub entry: EntryId,
    /// The key (`HKEY_LOCAL_MACHINE\…`).
    pub key: String,
    /// The value name.
    pub name: String,
    /// The value found (`None`: missing under a key that was pasted).
    pub found: Option<String>,
    /// What blocks.
    pub rule: BlockerRule,
    /// A warning only (third-party credential providers: "known to cause problems").
    pub warning: bool,
    /// 1-based line of the value (or of its key), when in the paste.
    pub line: Option<usize>,
}

/// One value the rules look at, and what the paste held for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedValue {
    /// The key (`HKEY_LOCAL_MACHINE\…`).
    pub key: String,
    /// The value name.
    pub name: String,
    /// The value found; `None` when the paste does not hold it.
    pub found: Option<String>,
}

/// The blocker check of one registry paste.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct RegistryReport {
    /// Every value in the paste.
    pub values: Vec<RegValue>,
    /// Blockers and warnings found, in rule order.
    pub blockers: Vec<Blocker>,
    /// Every value the rules check, found or absent ("no blocker found in what was pasted" lists
    /// these).
    pub checked: Vec<CheckedValue>,
}

const HKLM: &str = "HKEY_LOCAL_MACHINE\\";
const POLICIES_SYSTEM: &str = "SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System";
const CURRENT_VERSION: &str = "SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";
const AZURE_AD_ACCOUNT: &str = "SOFTWARE\\Policies\\Microsoft\\AzureADAccount";
const POLICY_MANAGER: &str = "SOFTWARE\\Microsoft\\PolicyManager\\current\\device\\Authentication";
const PROVIDERS: &str = "SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Authentication\\Credential Providers";
const PROVIDER_FILTERS: &str = "SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Authentication\\Credential Provider Filters";

/// Single-value rules: (key under HKLM, value name, rule, entry).
const SIMPLE_RULES: &[(&str, &str, BlockerRule, &str)] = &[
    (CURRENT_VERSION, "CurrentBuild", BlockerRule::BuildBelow(17134), "win-build-too-old"),
    (
        "SOFTWARE\\Policies\\Microsoft\\Windows\\Personalization",
        "NoLockScreen",
        BlockerRule::Equals(1),
        "win-lock-screen-disabled",
    ),
    (
        POLICIES_SYSTEM,
        "HideFastUserSwitching",
        BlockerRule::Equals(1),
        "win-fast-user-switching-hidden",
    ),
    (
        POLICIES_SYSTEM,
        "DontDisplayLastUserName",
        BlockerRule::Equals(1),
        "win-last-user-name-hidden",
    ),
    (
        "SOFTWARE\\Policies\\Microsoft\\Windows\\Appx",
        "BlockNonAdminUserInstall",
        BlockerRule::Equals(1),
        "win-nonadmin-app-install-blocked",
    ),
    (POLICIES_SYSTEM, "ScForceOption", BlockerRule::Equals(1), "win-smart-card-required"),
    (POLICIES_SYSTEM, "EnableLUA", BlockerRule::Equals(0), "win-uac-disabled"),
    (
        "SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon",
        "Shell",
        BlockerRule::NotExplorer,
        "win-custom-shell",
    ),
    (
        "SYSTEM\\CurrentControlSet\\Control\\Lsa",
        "RestrictRemoteSam",
        BlockerRule::Present,
        "writeback-restrict-remote-sam",
    ),
];

/// The combination rule's values: lock-screen app notifications, Ctrl+Alt+Del, edition.
const NOTIFICATIONS: (&str, &str) = (
    "SOFTWARE\\Policies\\Microsoft\\Windows\\System",
    "DisableLockScreenAppNotifications",
);
const DISABLE_CAD: (&str, &str) = (POLICIES_SYSTEM, "DisableCAD");
const EDITION: (&str, &str) = (CURRENT_VERSION, "EditionID");

/// Windows' own credential providers and filters (class ids as Windows 10/11 register them,
/// plus the SSPR add-in for Windows 7/8.1, `{86D2F0AC-…}`, from the D.1 source). The list is
/// from general knowledge of a default installation, not from a Microsoft page: a provider not
/// on it is a warning to check, never a certain blocker.
const MICROSOFT_PROVIDERS: &[&str] = &[
    "01a30791-40ae-4653-ab2e-fd210019ae88",
    "1b283861-754f-4022-ad47-a5eaaa618894",
    "1ee7337f-85ac-45e2-a23c-37c753209769",
    "2135f72a-90b5-4ed3-a7f1-8bb705ac276a",
    "25cbb996-92ed-457e-b28c-4774084bd562",
    "27fbdb57-b613-4af2-9d7e-4fa7a66c21ad",
    "2d8b3101-e025-480d-917c-835522c7f628",
    "3dd6bec0-8193-4ffe-ae25-e08e39ea4063",
    "48b4e58d-2791-456c-9091-d524c6c706f2",
    "600e7adb-da3e-41a4-9225-3c0399e88c0c",
    "60b78e88-ead8-445c-9cfd-0b87f74ea6cd",
    "86d2f0ac-2171-46cf-9998-4e33b3d7fd4f",
    "8af662bf-65a0-4d0a-a540-a338a999d36f",
    "8fd7e19c-3bf7-489b-a72c-846ab3678c96",
    "94596c7e-3744-41ce-893e-bbf09122f76a",
    "bec09223-b018-416d-a0ac-523971b639f5",
    "c5d7540a-cd51-453b-b22b-05305ba03f07",
    "c885aa15-1764-4293-b82a-0586adb10c2f",
    "cb82ea12-9f71-446d-89e1-8d0924e1256e",
    "d6886603-9d2f-4eb2-b667-1971041fa96b",
    "ddc0eed2-adbe-40b6-a217-ede16a79a0de",
    "e74e57b0-6c6d-44d5-9cda-fb2df5ed7435",
    "f64945df-4fa9-4068-a2fb-61af319edd33",
    "f8a0b131-5f68-486c-8040-7e8fc3c85bb6",
    "f8a1793b-7873-4046-b2a7-1f318747f427",
];

/// Whether `text` is a `.reg` export or `reg query` output: the export header, or a line
/// starting with a hive name followed by value lines (`REG_…` or `"Name"=`).
pub(crate) fn looks_like(text: &str) -> bool {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let Some(first) = lines.next() else { return false };
    if first.eq_ignore_ascii_case("Windows Registry Editor Version 5.00") || first.eq_ignore_ascii_case("REGEDIT4") {
        return true;
    }
    let mut saw_key = false;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()).take(200) {
        if full_key(line.trim_start_matches('[').trim_end_matches(']')).is_some() {
            saw_key = true;
        } else if saw_key && (value_line_query(line).is_some() || value_line_export(line).is_some()) {
            return true;
        }
    }
    false
}

/// `HKLM\…`, `HKEY_LOCAL_MACHINE\…` or `Computer\HKEY_LOCAL_MACHINE\…` spelt out in full;
/// `None` when `line` is not a key.
fn full_key(line: &str) -> Option<String> {
    let line = line.trim();
    let line = line.strip_prefix("Computer\\").unwrap_or(line);
    let (hive, rest) = line.split_once('\\').unwrap_or((line, ""));
    let hive = match hive.to_ascii_uppercase().as_str() {
        "HKLM" | "HKEY_LOCAL_MACHINE" => "HKEY_LOCAL_MACHINE",
        "HKCU" | "HKEY_CURRENT_USER" => "HKEY_CURRENT_USER",
        "HKU" | "HKEY_USERS" => "HKEY_USERS",
        "HKCR" | "HKEY_CLASSES_ROOT" => "HKEY_CLASSES_ROOT",
        "HKCC" | "HKEY_CURRENT_CONFIG" => "HKEY_CURRENT_CONFIG",
        _ => return None,
    };
    let rest = rest.trim_end_matches('\\');
    Some(if rest.is_empty() {
        hive.to_owned()
    } else {
        format!("{hive}\\{rest}")
    })
}

const TYPES: [&str; 8] = [
    "REG_SZ",
    "REG_EXPAND_SZ",
    "REG_MULTI_SZ",
    "REG_DWORD",
    "REG_QWORD",
    "REG_BINARY",
    "REG_NONE",
    "REG_DWORD_BIG_ENDIAN",
];

/// `    Name    REG_DWORD    0x1` (`reg query`): name, data.
fn value_line_query(line: &str) -> Option<(String, RegData)> {
    let words: Vec<(usize, &str)> = line
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - line.as_ptr() as usize, w))
        .collect();
    let (index, (at, kind)) = words.iter().enumerate().find(|(i, (_, w))| *i > 0 && TYPES.contains(w))?;
    let name = line[..*at].trim().to_owned();
    let data_text = words.get(index + 1).map_or("", |(start, _)| line[*start..].trim());
    let data = match *kind {
        "REG_DWORD" | "REG_QWORD" => parse_number(data_text).map_or_else(|| RegData::Other(data_text.to_owned()), RegData::Number),
        "REG_SZ" | "REG_EXPAND_SZ" => RegData::Text(data_text.to_owned()),
        _ => RegData::Other(data_text.to_owned()),
    };
    Some((name, data))
}

fn parse_number(text: &str) -> Option<u64> {
    let text = text.trim();
    match text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => text.parse().ok(),
    }
}

/// `"Name"=dword:00000001`, `"Name"="text"`, `@="text"` (`.reg`): name, data.
fn value_line_export(line: &str) -> Option<(String, RegData)> {
    let (name, rest) = if let Some(rest) = line.strip_prefix('@') {
        ("(Default)".to_owned(), rest)
    } else {
        let body = line.strip_prefix('"')?;
        let end = closing_quote(body)?;
        (unescape(&body[..end]), &body[end + 1..])
    };
    let data = rest.trim_start().strip_prefix('=')?.trim();
    let data = if let Some(hex) = data.strip_prefix("dword:") {
        u64::from_str_radix(hex.trim(), 16).map_or_else(|_| RegData::Other(data.to_owned()), RegData::Number)
    } else if let Some(body) = data.strip_prefix('"') {
        let end = closing_quote(body).unwrap_or(body.len());
        RegData::Text(unescape(&body[..end]))
    } else {
        RegData::Other(data.to_owned())
    };
    Some((name, data))
}

/// The byte index of the first unescaped `"`.
fn closing_quote(body: &str) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in body.char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => return Some(i),
            _ => escaped = false,
        }
    }
    None
}

fn unescape(text: &str) -> String {
    text.replace("\\\\", "\u{0}").replace("\\\"", "\"").replace('\u{0}', "\\")
}

/// Reads every key and value of the paste (keys that appear with no values count too).
fn parse(text: &str) -> (Vec<RegValue>, Vec<(String, usize)>) {
    let mut values = Vec::new();
    let mut keys = Vec::new();
    let mut key: Option<String> = None;
    let mut continued = false;
    for (number, raw) in text.lines().enumerate() {
        let line = raw.trim();
        let was_continued = continued;
        continued = line.ends_with('\\') && !line.starts_with('[');
        if was_continued || line.is_empty() || line.starts_with(';') {
            continue;
        }
        let bracketed = line.strip_prefix('[').and_then(|l| l.strip_suffix(']'));
        if let Some(found) = full_key(bracketed.unwrap_or(line)).filter(|_| bracketed.is_some() || !line.contains('=')) {
            keys.push((found.clone(), number + 1));
            key = Some(found);
            continue;
        }
        let Some(current) = &key else { continue };
        if let Some((name, data)) = value_line_export(line).or_else(|| value_line_query(line)) {
            values.push(RegValue {
                line: number + 1,
                key: current.clone(),
                name,
                data,
            });
        }
    }
    (values, keys)
}

/// Parses a registry paste and evaluates every rule on it.
pub(crate) fn check(text: &str) -> RegistryReport {
    let (values, keys) = parse(text);
    let mut report = RegistryReport {
        values,
        ..RegistryReport::default()
    };
    let find = |key: &str, name: &str| -> Option<&RegValue> {
        let key = format!("{HKLM}{key}");
        report
            .values
            .iter()
            .rev()
            .find(|v| v.key.eq_ignore_ascii_case(&key) && v.name.eq_ignore_ascii_case(name))
    };
    let key_line = |key: &str| -> Option<usize> {
        let key = format!("{HKLM}{key}");
        keys.iter().find(|(k, _)| k.eq_ignore_ascii_case(&key)).map(|(_, line)| *line)
    };
    let mut blockers = Vec::new();
    let mut checked = Vec::new();
    let mut note = |key: &str, name: &str, value: Option<&RegValue>| {
        checked.push(CheckedValue {
            key: format!("{HKLM}{key}"),
            name: name.to_owned(),
            found: value.map(|v| v.data.display()),
        });
    };
    // The feature itself: the policy (GPO / registry) or the Intune setting must be 1.
    let policy = find(AZURE_AD_ACCOUNT, "AllowPasswordReset");
    let intune = find(POLICY_MANAGER, "AllowAadPasswordReset");
    note(AZURE_AD_ACCOUNT, "AllowPasswordReset", policy);
    note(POLICY_MANAGER, "AllowAadPasswordReset", intune);
    let on = |v: Option<&RegValue>| v.and_then(|v| v.data.number()) == Some(1);
    let policy_line = key_line(AZURE_AD_ACCOUNT);
    if !on(policy) && !on(intune) && (policy.is_some() || intune.is_some() || policy_line.is_some()) {
        let (key, name, value) = match (policy, intune) {
            (Some(v), _) | (None, Some(v)) => (v.key.clone(), v.name.clone(), Some(v)),
            (None, None) => (format!("{HKLM}{AZURE_AD_ACCOUNT}"), "AllowPasswordReset".to_owned(), None),
        };
        blockers.push(Blocker {
            entry: EntryId::new("win-reset-link-not-enabled"),
            key,
            name,
            found: value.map(|v| v.data.display()),
            rule: BlockerRule::MissingOrNotOne,
            warning: false,
            line: value.map(|v| v.line).or(policy_line),
        });
    }
    for (key, name, rule, entry) in SIMPLE_RULES {
        let value = find(key, name);
        note(key, name, value);
        let Some(value) = value else { continue };
        let blocks = match rule {
            BlockerRule::Equals(n) => value.data.number() == Some(*n),
            BlockerRule::BuildBelow(n) => value.data.number().is_some_and(|b| b < *n),
            BlockerRule::NotExplorer => {
                let shell = value.data.display().trim().trim_matches('"').to_ascii_lowercase();
                shell != "explorer.exe" && !shell.ends_with("\\explorer.exe")
            }
            _ => true,
        };
        if blocks {
            blockers.push(Blocker {
                entry: EntryId::new(*entry),
                key: value.key.clone(),
                name: value.name.clone(),
                found: Some(value.data.display()),
                rule: *rule,
                warning: false,
                line: Some(value.line),
            });
        }
    }
    let notifications = find(NOTIFICATIONS.0, NOTIFICATIONS.1);
    let cad = find(DISABLE_CAD.0, DISABLE_CAD.1);
    let edition = find(EDITION.0, EDITION.1);
    for ((key, name), value) in [(NOTIFICATIONS, notifications), (DISABLE_CAD, cad), (EDITION, edition)] {
        note(key, name, value);
    }
    if let (Some(n), Some(c), Some(e)) = (notifications, cad, edition)
        && n.data.number() == Some(1)
        && c.data.number() == Some(0)
        && e.data.display().trim().to_ascii_lowercase().starts_with("core")
    {
        blockers.push(Blocker {
            entry: EntryId::new("win-lock-screen-notifications-ctrl-alt-del"),
            key: n.key.clone(),
            name: format!("{} + {} + {}", n.name, c.name, e.name),
            found: Some(format!("{} + {} + {}", n.data.display(), c.data.display(), e.data.display())),
            rule: BlockerRule::HomeCombination,
            warning: false,
            line: Some(n.line),
        });
    }
    // Each key's default value (a provider's name), looked up once per provider key.
    let defaults: std::collections::HashMap<String, String> = report
        .values
        .iter()
        .filter(|v| v.name == "(Default)")
        .map(|v| (v.key.to_ascii_lowercase(), v.data.display()))
        .collect();
    for root in [PROVIDERS, PROVIDER_FILTERS] {
        let prefix = format!("{HKLM}{root}\\").to_ascii_lowercase();
        for (key, line) in &keys {
            let lower = key.to_ascii_lowercase();
            let Some(guid) = lower.strip_prefix(&prefix) else { continue };
            let guid = guid.trim_start_matches('{').trim_end_matches('}');
            if guid.contains('\\') || MICROSOFT_PROVIDERS.contains(&guid) {
                continue;
            }
            let label = defaults.get(&lower).cloned();
            blockers.push(Blocker {
                entry: EntryId::new("win-third-party-credential-provider"),
                key: key.clone(),
                name: label.unwrap_or_else(|| "(Default)".to_owned()),
                found: Some(key.rsplit('\\').next().unwrap_or_default().to_owned()),
                rule: BlockerRule::ThirdPartyProvider,
                warning: true,
                line: Some(*line),
            });
        }
    }
    report.blockers = blockers;
    report.checked = checked;
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(report: &RegistryReport) -> Vec<&str> {
        report.blockers.iter().map(|b| b.entry.as_str()).collect()
    }

    #[test]
    fn reads_reg_query_lines_with_spaces_in_names_and_hex_numbers() {
        assert_eq!(
            value_line_query("    Allow Password Reset    REG_DWORD    0x1"),
            Some(("Allow Password Reset".to_owned(), RegData::Number(1)))
        );
        assert_eq!(
            value_line_query("    Shell    REG_SZ    C:\\Program Files\\shell.exe"),
            Some(("Shell".to_owned(), RegData::Text("C:\\Program Files\\shell.exe".to_owned())))
        );
        assert_eq!(value_line_query("REG_SZ alone"), None);
        assert_eq!(
            value_line_export(r#""Na\"me"=dword:0000000a"#),
            Some(("Na\"me".to_owned(), RegData::Number(10)))
        );
        assert_eq!(
            value_line_export(r#"@="PasswordProvider""#),
            Some(("(Default)".to_owned(), RegData::Text("PasswordProvider".to_owned())))
        );
        assert_eq!(
            full_key("Computer\\HKLM\\Software\\X\\").as_deref(),
            Some("HKEY_LOCAL_MACHINE\\Software\\X")
        );
        assert_eq!(full_key("HKXX\\Software"), None);
    }

    #[test]
    fn each_documented_value_that_blocks_names_its_entry() {
        let text = "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\AzureADAccount]\n\"AllowPasswordReset\"=dword:00000000\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System]\n\"HideFastUserSwitching\"=dword:00000001\n\"EnableLUA\"=dword:00000000\n\"ScForceOption\"=dword:00000001\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]\n\"Shell\"=\"C:\\\\Windows\\\\explorer.exe\"\n";
        assert!(looks_like(text));
        let report = check(text);
        assert_eq!(
            entries(&report),
            [
                "win-reset-link-not-enabled",
                "win-fast-user-switching-hidden",
                "win-smart-card-required",
                "win-uac-disabled"
            ]
        );
        assert_eq!(report.blockers[0].found.as_deref(), Some("0"));
        assert_eq!(report.blockers[0].line, Some(4));
        assert_eq!(report.checked.len(), 14);
    }

    #[test]
    fn the_intune_value_counts_and_an_absent_key_is_not_a_blocker() {
        let intune = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\PolicyManager\\current\\device\\Authentication\n    AllowAadPasswordReset    REG_DWORD    0x1\n";
        assert!(looks_like(intune));
        assert!(check(intune).blockers.is_empty());
        let other = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\n    CurrentBuild    REG_SZ    26100\n";
        let report = check(other);
        assert!(report.blockers.is_empty());
        let absent = report.checked.iter().filter(|c| c.found.is_none()).count();
        assert_eq!(absent, 13);
    }

    #[test]
    fn the_home_combination_needs_all_three_and_third_party_providers_warn() {
        let home = |edition: &str| {
            format!(
                "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\System\n    DisableLockScreenAppNotifications    REG_DWORD    0x1\nHKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\n    DisableCAD    REG_DWORD    0x0\nHKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\n    EditionID    REG_SZ    {edition}\n"
            )
        };
        assert_eq!(entries(&check(&home("Core"))), ["win-lock-screen-notifications-ctrl-alt-del"]);
        assert_eq!(
            entries(&check(&home("CoreSingleLanguage"))),
            ["win-lock-screen-notifications-ctrl-alt-del"]
        );
        assert!(entries(&check(&home("Professional"))).is_empty());
        let providers = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Authentication\\Credential Providers\\{60B78E88-EAD8-445C-9CFD-0B87F74EA6CD}\n    (Default)    REG_SZ    PasswordProvider\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Authentication\\Credential Provider Filters\\{11111111-2222-4333-8444-555555555555}\n    (Default)    REG_SZ    Vendor filter\n";
        let report = check(providers);
        assert_eq!(entries(&report), ["win-third-party-credential-provider"]);
        assert!(report.blockers[0].warning);
        assert_eq!(report.blockers[0].name, "Vendor filter");
    }

    #[test]
    fn restrict_remote_sam_blocks_writeback_whatever_its_value() {
        let text = "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa]\n\"RestrictRemoteSam\"=\"O:BAG:BAD:(A;;RC;;;BA)\"\n";
        assert_eq!(entries(&check(text)), ["writeback-restrict-remote-sam"]);
        assert!(!looks_like("HKEY_LOCAL_MACHINE is a hive"));
    }
}
