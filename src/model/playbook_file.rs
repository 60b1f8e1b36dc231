//! The serde shape of the playbook files, exactly as written (strings, with their positions).
//! [`crate::model::playbook`] turns these into validated types and reports what is wrong.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

/// `playbook.toml`: content version and category order.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexFile {
    /// Content version shown in the About box and ticket summaries, e.g. `"2026.11.29"`.
    pub content_version: Spanned<String>,
    /// Category ids in sidebar order.
    pub categories: Vec<Spanned<String>>,
}

/// `links.toml`: every URL the content can show or open, by link id.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinksFile {
    /// Link id → link.
    pub links: BTreeMap<Spanned<String>, LinkEntry>,
}

/// One `[links.<id>]` table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkEntry {
    /// The URL as written; must pass the allow-list.
    pub url: Spanned<String>,
    /// `"end-user"`, `"admin"` or `"docs"`.
    pub audience: Spanned<String>,
    /// True when the fact sheet marks this URL as unverified.
    #[serde(default)]
    pub uncertain: bool,
    /// The page's `ms.date` (docs links): the date of the version our text was checked against.
    #[serde(default)]
    pub page_date: Option<Spanned<toml::value::Datetime>>,
    /// When we last checked our text against the page (docs links).
    #[serde(default)]
    pub checked: Option<Spanned<toml::value::Datetime>>,
    /// True when the page's date could not be confirmed.
    #[serde(default)]
    pub page_date_uncertain: bool,
}

/// `<category>.toml`: the steps of one category, in order.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryFile {
    /// The `[[step]]` array.
    #[serde(default)]
    pub step: Vec<Spanned<StepEntry>>,
}

/// One `[[step]]` table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepEntry {
    /// Step id; starts with the category id and a dash.
    pub id: Spanned<String>,
    /// Who acts: `user`, `helpdesk`, `tenant-admin`, `on-prem-admin`.
    pub actors: Vec<Spanned<String>>,
    /// Link id of the docs page the step's facts come from.
    pub source: Spanned<String>,
    /// Link ids shown as action buttons, in order.
    #[serde(default)]
    pub links: Vec<Spanned<String>>,
    /// True when a fact of this step is marked uncertain in the fact sheet.
    #[serde(default)]
    pub uncertain: bool,
    /// Link id of the end-user page the caller is sent to; with it, the step's `.caller`
    /// message (instructions for the caller, `{ $url }` inside) is offered to copy.
    #[serde(default)]
    pub caller_link: Option<Spanned<String>>,
}
