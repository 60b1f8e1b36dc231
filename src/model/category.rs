//! The four SSPR problem categories, with stable ids and display order.

use std::fmt;

/// One of the four SSPR problem areas a helpdesk call falls into.
///
/// The set and order come from the Azure portal self-help page "I'm having a problem with
/// self-service password reset" (fact sheet, source S1), which is also the seed page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// Enabling SSPR, scope, licensing, admin blades, the FAQ.
    Configure,
    /// SSPR_00xx codes, uncoded portal messages, writeback events.
    Errors,
    /// The user reset policy and the separate administrator (two-gate) policy.
    Policy,
    /// Security-info registration, pre-populating data, and password writeback.
    Registration,
}

impl Category {
    /// All categories in sidebar order.
    pub const ALL: [Category; 4] = [Category::Configure, Category::Errors, Category::Policy, Category::Registration];

    /// Stable id used in the playbook files, Fluent message ids (`category-<id>`) and state.
    pub fn id(self) -> &'static str {
        match self {
            Category::Configure => "configure",
            Category::Errors => "errors",
            Category::Policy => "policy",
            Category::Registration => "registration",
        }
    }

    /// The category with this stable id, if any.
    pub fn from_id(id: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.id() == id)
    }

    /// Fluent message id of the category's title (its `.intro` attribute holds the intro).
    pub fn message_id(self) -> String {
        format!("category-{}", self.id())
    }

    /// 1-based position in the sidebar: the number key that selects it.
    pub fn number(self) -> usize {
        Category::ALL.iter().position(|c| *c == self).unwrap_or(0) + 1
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for c in Category::ALL {
            assert_eq!(Category::from_id(c.id()), Some(c));
        }
        assert_eq!(Category::from_id("nope"), None);
        assert_eq!(Category::Registration.number(), 4);
    }
}
