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
        if !hosts.iter().any(|allowed| *allowed == host) {
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
}
