//! The URL allow-list: an [`AllowedUrl`] is an `https` URL on a Microsoft host from the fact
//! sheet, or it cannot be constructed. Only [`crate::platform::opener`] hands URLs to the OS,
//! and it only takes `AllowedUrl`s.

use std::fmt;

use url::{Host, Url};

/// Hosts the app may open, exactly as written (no wildcards): every host of a URL in the fact
/// sheet's section 1 (end-user pages, admin pages, documentation).
/// Source: `../shared/domain/sspr-facts.md` §1, from <https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr>
/// and the pages it links.
pub const MICROSOFT_HOSTS: &[&str] = &[
    "account.activedirectory.windowsazure.com",
    "admin.microsoft.com",
    "aka.ms",
    "entra.microsoft.com",
    "go.microsoft.com",
    "learn.microsoft.com",
    "myaccount.microsoft.com",
    "myapps.microsoft.com",
    "mysignins.microsoft.com",
    "passwordreset.microsoftonline.com",
    "portal.azure.com",
    "support.microsoft.com",
];

/// Why a URL was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum UrlRejection {
    /// The text is not a URL at all.
    #[error("not a valid URL ({0})")]
    Unparsable(String),
    /// Only `https` is allowed (no `http`, `file`, `javascript`, …).
    #[error("uses {0}; only https is allowed")]
    NotHttps(String),
    /// URLs with `user:password@` are refused: they are a classic phishing disguise.
    #[error("contains a user name or password; remove the part before '@'")]
    Credentials,
    /// An explicit port (`:8443`) is refused: none of the allowed sites uses one.
    #[error("names a port; remove it")]
    Port,
    /// The URL has no host name (or an IP address instead of one).
    #[error("has no host name")]
    NoHost,
    /// The host is not on the allow-list.
    #[error("host {0} is not on the allow-list")]
    HostNotAllowed(String),
}

/// An `https` URL whose host is on the allow-list, without credentials or port.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AllowedUrl(Url);

impl AllowedUrl {
    /// Parses `text` and checks it against [`MICROSOFT_HOSTS`].
    ///
    /// # Errors
    /// [`UrlRejection`] says why the URL is refused.
    pub fn parse(text: &str) -> Result<Self, UrlRejection> {
        Self::parse_with_hosts(text, MICROSOFT_HOSTS)
    }

    /// Parses `text` and checks it against `hosts` (exact, lowercase, punycode host names).
    ///
    /// # Errors
    /// [`UrlRejection`] says why the URL is refused.
    pub fn parse_with_hosts(text: &str, hosts: &[&str]) -> Result<Self, UrlRejection> {
        Self::parse_checked(text, |host| hosts.contains(&host))
    }

    /// Parses `text` and checks it against an [`AllowList`] (the Microsoft hosts plus a
    /// content pack's `allowed_hosts`).
    ///
    /// # Errors
    /// [`UrlRejection`] says why the URL is refused.
    pub fn parse_allowed(text: &str, allow: &AllowList) -> Result<Self, UrlRejection> {
        Self::parse_checked(text, |host| allow.allows(host))
    }

    fn parse_checked(text: &str, allowed: impl Fn(&str) -> bool) -> Result<Self, UrlRejection> {
        let url = Url::parse(text.trim()).map_err(|e| UrlRejection::Unparsable(e.to_string()))?;
        if url.scheme() != "https" {
            return Err(UrlRejection::NotHttps(url.scheme().to_owned()));
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(UrlRejection::Credentials);
        }
        if url.port().is_some() {
            return Err(UrlRejection::Port);
        }
        // `Url` lowercases and punycode-encodes the host, so a look-alike such as
        // "microsoftonIine.com" or a Cyrillic "о" can never equal an allowed name.
        let host = match url.host() {
            Some(Host::Domain(domain)) => domain.trim_end_matches('.').to_owned(),
            _ => return Err(UrlRejection::NoHost),
        };
        if !allowed(&host) {
            return Err(UrlRejection::HostNotAllowed(host));
        }
        Ok(Self(url))
    }

    /// The URL as text, as it will be opened or copied.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The host name (lowercase, punycode).
    pub fn host(&self) -> &str {
        self.0.host_str().unwrap_or_default()
    }
}

impl fmt::Display for AllowedUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One entry of a content pack's `allowed_hosts`: an exact host (`reset.contoso.com`) or a
/// suffix (`*.contoso.com`: any host below contoso.com, at any depth, but not contoso.com
/// itself). Stored lowercase and in punycode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostPattern {
    /// Exactly this host.
    Exact(String),
    /// Any host ending in `.` + this domain.
    Suffix(String),
}

/// Domains where anyone can get a host (a tenant, a site, a bucket) but that the Public Suffix
/// List does not list: a wildcard on them is accepted with a warning.
pub const SHARED_DOMAINS: &[&str] = &[
    "atlassian.net",
    "freshdesk.com",
    "freshservice.com",
    "onmicrosoft.com",
    "powerappsportals.com",
    "service-now.com",
    "sharepoint.com",
    "wordpress.com",
    "weebly.com",
    "wixsite.com",
    "zendesk.com",
];

/// Why an `allowed_hosts` entry is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HostPatternError {
    /// A bare `*` (or `*.`) would allow every site.
    #[error("\"{0}\" would allow every site")]
    Everything(String),
    /// `*` anywhere but as the whole first label (`*.contoso.com`).
    #[error("\"{0}\" has a '*' that is not the whole first label")]
    MisplacedWildcard(String),
    /// `*.com`, `*.co.uk`, `*.azurewebsites.net`: anybody can own a host below a public suffix.
    #[error("\"{0}\" allows every site under the public suffix \"{1}\"")]
    PublicSuffix(String, String),
    /// A URL, path, port or user name instead of a host name.
    #[error("\"{0}\" is not a host name")]
    NotAHost(String),
    /// IP addresses are refused, as in link URLs.
    #[error("\"{0}\" is an IP address")]
    IpAddress(String),
    /// `localhost` names whatever computer the app runs on.
    #[error("\"{0}\" names the computer the app runs on, not a site")]
    Localhost(String),
}

impl HostPattern {
    /// Parses one `allowed_hosts` entry. International names are converted to punycode
    /// (`bücher.example` → `xn--bcher-kva.example`), so they compare as URLs do.
    ///
    /// # Errors
    /// [`HostPatternError`] says why the entry is refused: a bare `*`, a misplaced `*`, a
    /// wildcard on a public suffix (checked against the Public Suffix List, ICANN and private
    /// sections), an IP address, or text that is not a host name.
    pub fn parse(text: &str) -> Result<Self, HostPatternError> {
        let trimmed = text.trim();
        if trimmed == "*" || trimmed == "*." || trimmed == "*.*" {
            return Err(HostPatternError::Everything(trimmed.to_owned()));
        }
        let (wildcard, rest) = match trimmed.strip_prefix("*.") {
            Some(rest) => (true, rest),
            None => (false, trimmed),
        };
        if rest.contains('*') {
            return Err(HostPatternError::MisplacedWildcard(trimmed.to_owned()));
        }
        if rest.is_empty() || rest.contains(['/', ':', '@', '?', '#', ' ', '\\']) {
            return Err(HostPatternError::NotAHost(trimmed.to_owned()));
        }
        let domain = match Host::parse(rest) {
            Ok(Host::Domain(domain)) => domain.trim_end_matches('.').to_owned(),
            Ok(Host::Ipv4(_) | Host::Ipv6(_)) => return Err(HostPatternError::IpAddress(trimmed.to_owned())),
            Err(_) => return Err(HostPatternError::NotAHost(trimmed.to_owned())),
        };
        if domain.is_empty() || domain.split('.').any(str::is_empty) {
            return Err(HostPatternError::NotAHost(trimmed.to_owned()));
        }
        if domain == "localhost" || domain.ends_with(".localhost") {
            return Err(HostPatternError::Localhost(trimmed.to_owned()));
        }
        if !wildcard {
            return Ok(HostPattern::Exact(domain));
        }
        // `psl::domain` is `None` when the name is itself a public suffix (or shorter): then
        // anybody could register a host under it. Unlisted top-level names (`*.intranet`)
        // count as suffixes too, by the list's default rule.
        if psl::domain(domain.as_bytes()).is_none() {
            let suffix =
                psl::suffix(domain.as_bytes()).map_or_else(|| domain.clone(), |s| String::from_utf8_lossy(s.as_bytes()).into_owned());
            return Err(HostPatternError::PublicSuffix(trimmed.to_owned(), suffix));
        }
        Ok(HostPattern::Suffix(domain))
    }

    /// Whether `host` (lowercase, punycode, as [`Url`] gives it) matches. A suffix pattern
    /// never matches a host under a deeper public suffix: `*.windows.net` does not allow
    /// `attacker.blob.core.windows.net`, because anybody can own a host under
    /// `blob.core.windows.net`.
    pub fn matches(&self, host: &str) -> bool {
        let host = host.trim_end_matches('.');
        match self {
            HostPattern::Exact(exact) => host == exact,
            HostPattern::Suffix(domain) => {
                host.strip_suffix(domain.as_str())
                    .is_some_and(|rest| rest.len() > 1 && rest.ends_with('.'))
                    && psl::suffix(host.as_bytes()).map(|s| s.as_bytes()) == psl::suffix(domain.as_bytes()).map(|s| s.as_bytes())
            }
        }
    }

    /// For `*.sharepoint.com` and the like: a suffix pattern on a domain many organisations
    /// share (each tenant gets a host under it, but the domain is not on the Public Suffix
    /// List). Returns that domain.
    pub fn shared_domain(&self) -> Option<&str> {
        match self {
            HostPattern::Suffix(domain) if SHARED_DOMAINS.contains(&domain.as_str()) => Some(domain),
            _ => None,
        }
    }
}

impl fmt::Display for HostPattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HostPattern::Exact(host) => f.write_str(host),
            HostPattern::Suffix(domain) => write!(f, "*.{domain}"),
        }
    }
}

/// The hosts links may use: [`MICROSOFT_HOSTS`] plus a content pack's patterns.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AllowList {
    extra: Vec<HostPattern>,
}

impl AllowList {
    /// The built-in Microsoft hosts only.
    pub fn microsoft() -> Self {
        Self::default()
    }

    /// The Microsoft hosts plus `extra`.
    pub fn with_patterns(extra: Vec<HostPattern>) -> Self {
        Self { extra }
    }

    /// Whether `host` (lowercase, punycode) is allowed.
    pub fn allows(&self, host: &str) -> bool {
        MICROSOFT_HOSTS.contains(&host) || self.extra.iter().any(|p| p.matches(host))
    }

    /// The pack's patterns, in the order written.
    pub fn extra(&self) -> &[HostPattern] {
        &self.extra
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_reset_portal() {
        let url = AllowedUrl::parse("https://aka.ms/sspr").unwrap();
        assert_eq!(url.as_str(), "https://aka.ms/sspr");
        assert_eq!(url.host(), "aka.ms");
        assert!(AllowedUrl::parse("https://AKA.MS/sspr").is_ok());
    }

    #[test]
    fn refuses_what_is_not_https_on_the_list() {
        use UrlRejection::*;
        let cases = [
            ("http://aka.ms/sspr", NotHttps("http".into())),
            ("file:///etc/passwd", NotHttps("file".into())),
            ("javascript:alert(1)", NotHttps("javascript".into())),
            ("https://evil.example.com/", HostNotAllowed("evil.example.com".into())),
            ("https://microsoftonIine.com/", HostNotAllowed("microsoftoniine.com".into())),
            (
                "https://passwordreset.microsoftonline.com.evil.io/",
                HostNotAllowed("passwordreset.microsoftonline.com.evil.io".into()),
            ),
            ("https://user:pass@aka.ms/sspr", Credentials),
            ("https://user@aka.ms/sspr", Credentials),
            ("https://aka.ms:8443/sspr", Port),
            ("https://13.107.6.152/", NoHost),
        ];
        for (text, expected) in cases {
            assert_eq!(AllowedUrl::parse(text), Err(expected), "{text}");
        }
        assert!(matches!(AllowedUrl::parse("not a url"), Err(Unparsable(_))));
    }

    #[test]
    fn idn_look_alikes_are_compared_in_punycode() {
        // Cyrillic "а" in "аka.ms".
        let err = AllowedUrl::parse("https://\u{0430}ka.ms/sspr").unwrap_err();
        assert_eq!(err, UrlRejection::HostNotAllowed("xn--ka-6kc.ms".to_owned()));
    }

    #[test]
    fn host_patterns_follow_the_pack_rules() {
        use HostPatternError::*;
        assert_eq!(
            HostPattern::parse("Reset.Contoso.com"),
            Ok(HostPattern::Exact("reset.contoso.com".into()))
        );
        assert_eq!(HostPattern::parse("*.contoso.com"), Ok(HostPattern::Suffix("contoso.com".into())));
        assert_eq!(
            HostPattern::parse("*.contoso.co.uk"),
            Ok(HostPattern::Suffix("contoso.co.uk".into()))
        );
        assert_eq!(
            HostPattern::parse("bücher.example"),
            Ok(HostPattern::Exact("xn--bcher-kva.example".into()))
        );
        assert_eq!(HostPattern::parse("*"), Err(Everything("*".into())));
        assert_eq!(HostPattern::parse("*.com"), Err(PublicSuffix("*.com".into(), "com".into())));
        assert_eq!(HostPattern::parse("*.co.uk"), Err(PublicSuffix("*.co.uk".into(), "co.uk".into())));
        assert_eq!(
            HostPattern::parse("*.azurewebsites.net"),
            Err(PublicSuffix("*.azurewebsites.net".into(), "azurewebsites.net".into()))
        );
        assert_eq!(
            HostPattern::parse("*.intranet"),
            Err(PublicSuffix("*.intranet".into(), "intranet".into()))
        );
        assert_eq!(HostPattern::parse("reset.*.com"), Err(MisplacedWildcard("reset.*.com".into())));
        assert_eq!(
            HostPattern::parse("*.*.contoso.com"),
            Err(MisplacedWildcard("*.*.contoso.com".into()))
        );
        assert_eq!(
            HostPattern::parse("https://contoso.com"),
            Err(NotAHost("https://contoso.com".into()))
        );
        assert_eq!(HostPattern::parse("contoso.com:8443"), Err(NotAHost("contoso.com:8443".into())));
        assert_eq!(HostPattern::parse("10.0.0.1"), Err(IpAddress("10.0.0.1".into())));
        assert_eq!(HostPattern::parse(""), Err(NotAHost(String::new())));
        assert_eq!(HostPattern::parse("localhost"), Err(Localhost("localhost".into())));
        assert_eq!(
            HostPattern::parse("*.sharepoint.com").unwrap().shared_domain(),
            Some("sharepoint.com")
        );
    }

    #[test]
    fn suffix_patterns_match_below_the_domain_only() {
        let allow = AllowList::with_patterns(vec![
            HostPattern::parse("*.contoso.com").unwrap(),
            HostPattern::parse("kb.fabrikam.com").unwrap(),
        ]);
        assert!(allow.allows("reset.contoso.com"));
        assert!(allow.allows("a.b.contoso.com"));
        assert!(!allow.allows("contoso.com"));
        assert!(!allow.allows("evilcontoso.com"));
        assert!(allow.allows("kb.fabrikam.com"));
        assert!(!allow.allows("x.kb.fabrikam.com"));
        assert!(allow.allows("aka.ms"));
        assert!(allow.allows("reset.contoso.com."));
        // Not through a deeper public suffix.
        let azure = AllowList::with_patterns(vec![HostPattern::parse("*.windows.net").unwrap()]);
        assert!(azure.allows("contoso.windows.net"));
        assert!(!azure.allows("attacker.blob.core.windows.net"));
        let url = AllowedUrl::parse_allowed("https://reset.contoso.com/sspr", &allow).unwrap();
        assert_eq!(url.host(), "reset.contoso.com");
        assert_eq!(
            AllowedUrl::parse_allowed("https://evilcontoso.com/", &allow),
            Err(UrlRejection::HostNotAllowed("evilcontoso.com".into()))
        );
        // An international host is compared and shown in punycode.
        let allow = AllowList::with_patterns(vec![HostPattern::parse("*.bücher.example").unwrap()]);
        let url = AllowedUrl::parse_allowed("https://hilfe.bücher.example/", &allow).unwrap();
        assert_eq!(url.as_str(), "https://hilfe.xn--bcher-kva.example/");
    }
}
