//! Where requests go: Bybit's named hosts, the practice exchange, or a custom base URL.

use std::net::IpAddr;

use reqwest::Url;
use serde::{Deserialize, Serialize};

/// A Bybit environment. API keys belong to exactly one of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Environment {
    /// The simulated exchange built into this app, on 127.0.0.1. No money moves.
    Practice,
    Testnet,
    Mainnet,
    /// Mainnet through its alternative host `api.bytick.com`.
    MainnetBytick,
    Netherlands,
    HongKong,
    Turkey,
    Kazakhstan,
    Georgia,
    Uae,
    Indonesia,
}

impl Environment {
    /// Every environment, in the order a merchant would look for it.
    pub const ALL: [Environment; 11] = [
        Environment::Practice,
        Environment::Mainnet,
        Environment::MainnetBytick,
        Environment::Testnet,
        Environment::Netherlands,
        Environment::HongKong,
        Environment::Turkey,
        Environment::Kazakhstan,
        Environment::Georgia,
        Environment::Uae,
        Environment::Indonesia,
    ];

    /// The short name used on the command line (`--env NAME`) and in the history.
    pub fn id(self) -> &'static str {
        match self {
            Environment::Practice => "practice",
            Environment::Testnet => "testnet",
            Environment::Mainnet => "mainnet",
            Environment::MainnetBytick => "mainnet-bytick",
            Environment::Netherlands => "nl",
            Environment::HongKong => "hk",
            Environment::Turkey => "tr",
            Environment::Kazakhstan => "kz",
            Environment::Georgia => "ge",
            Environment::Uae => "ae",
            Environment::Indonesia => "id",
        }
    }

    /// The name shown to a merchant, in the merchant's language.
    pub fn label(self) -> String {
        match self {
            Environment::Practice => crate::fl!("env-practice"),
            Environment::Testnet => crate::fl!("env-testnet"),
            Environment::Mainnet => crate::fl!("env-mainnet"),
            Environment::MainnetBytick => crate::fl!("env-mainnet-bytick"),
            Environment::Netherlands => crate::fl!("env-netherlands"),
            Environment::HongKong => crate::fl!("env-hong-kong"),
            Environment::Turkey => crate::fl!("env-turkey"),
            Environment::Kazakhstan => crate::fl!("env-kazakhstan"),
            Environment::Georgia => crate::fl!("env-georgia"),
            Environment::Uae => crate::fl!("env-uae"),
            Environment::Indonesia => crate::fl!("env-indonesia"),
        }
    }

    /// The host's base URL; `None` for practice, whose port is chosen when it starts.
    pub fn base_url(self) -> Option<&'static str> {
        match self {
            Environment::Practice => None,
            Environment::Testnet => Some("https://api-testnet.bybit.com"),
            Environment::Mainnet => Some("https://api.bybit.com"),
            Environment::MainnetBytick => Some("https://api.bytick.com"),
            Environment::Netherlands => Some("https://api.bybit.nl"),
            Environment::HongKong => Some("https://api.byhkbit.com"),
            Environment::Turkey => Some("https://api.bybit.tr"),
            Environment::Kazakhstan => Some("https://api.bybit.kz"),
            Environment::Georgia => Some("https://api.bybitgeorgia.ge"),
            Environment::Uae => Some("https://api.bybit.ae"),
            Environment::Indonesia => Some("https://api.bybit.id"),
        }
    }

    /// True where answers move real money (everything but practice and testnet).
    pub fn is_real_money(self) -> bool {
        !matches!(self, Environment::Practice | Environment::Testnet)
    }

    /// Parses a `--env` name (case-insensitive); the error lists the names that exist.
    pub fn parse(name: &str) -> Result<Self, String> {
        let wanted = name.trim().to_ascii_lowercase();
        Self::ALL
            .into_iter()
            .find(|e| e.id() == wanted)
            .ok_or_else(|| {
                let names: Vec<&str> = Self::ALL.iter().map(|e| e.id()).collect();
                crate::fl!("env-unknown", name = name, names = (names.join(", ")))
            })
    }
}

impl std::fmt::Display for Environment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label())
    }
}

/// A base URL the client is allowed to talk to, with the name recorded in the history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// `mainnet`, `practice`, ... or `custom` for a `--base-url`.
    pub name: String,
    pub base_url: Url,
}

impl Target {
    /// The environment in the merchant's language; for a `--base-url`, its host (and port).
    pub fn label(&self) -> String {
        match Environment::parse(&self.name) {
            Ok(environment) => environment.label(),
            Err(_) => {
                let host = self.base_url.host_str().unwrap_or(self.name.as_str());
                match self.base_url.port() {
                    Some(port) => format!("{host}:{port}"),
                    None => host.to_owned(),
                }
            }
        }
    }
}

/// Why a base URL was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum BaseUrlError {
    NotAUrl(String),
    NotHttps(String),
    HasExtras(String),
}

impl std::fmt::Display for BaseUrlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            BaseUrlError::NotAUrl(url) => crate::fl!("env-url-not-a-url", url = url),
            BaseUrlError::NotHttps(url) => crate::fl!("env-url-not-https", url = url),
            BaseUrlError::HasExtras(url) => crate::fl!("env-url-has-extras", url = url),
        };
        f.write_str(&text)
    }
}

impl Target {
    /// The target of a named Bybit environment. Practice has no fixed URL: use [`Target::custom`]
    /// with the address the practice exchange reports.
    pub fn named(environment: Environment) -> Option<Self> {
        let url = Url::parse(environment.base_url()?).ok()?;
        Some(Self {
            name: environment.id().to_owned(),
            base_url: url,
        })
    }

    /// A checked custom base URL: `https://` anywhere, `http://` only on a loopback address.
    pub fn custom(name: &str, url: &str) -> Result<Self, BaseUrlError> {
        let trimmed = url.trim();
        let parsed = Url::parse(trimmed).map_err(|_| BaseUrlError::NotAUrl(trimmed.to_owned()))?;
        if parsed.cannot_be_a_base() || parsed.host_str().is_none() {
            return Err(BaseUrlError::NotAUrl(trimmed.to_owned()));
        }
        let secure = match parsed.scheme() {
            "https" => true,
            "http" => is_loopback(&parsed),
            _ => false,
        };
        if !secure {
            return Err(BaseUrlError::NotHttps(trimmed.to_owned()));
        }
        let has_extras = (parsed.path() != "/" && !parsed.path().is_empty())
            || parsed.query().is_some()
            || parsed.fragment().is_some()
            || !parsed.username().is_empty()
            || parsed.password().is_some();
        if has_extras {
            return Err(BaseUrlError::HasExtras(trimmed.to_owned()));
        }
        Ok(Self {
            name: name.to_owned(),
            base_url: parsed,
        })
    }

    /// The full URL of an API path such as `/v5/p2p/order/info`.
    pub fn url(&self, path: &str) -> Url {
        let mut url = self.base_url.clone();
        url.set_path(path);
        url
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_named_environment_parses_back_from_its_id() {
        for env in Environment::ALL {
            assert_eq!(Environment::parse(env.id()), Ok(env));
            assert_eq!(env.base_url().is_none(), env == Environment::Practice);
        }
        assert_eq!(Environment::parse(" MAINNET "), Ok(Environment::Mainnet));
        let err = Environment::parse("moon").unwrap_err();
        assert!(err.contains("testnet") && err.contains("moon"), "{err}");
    }

    #[test]
    fn only_https_or_loopback_http_is_accepted() {
        for ok in [
            "https://api.bybit.com",
            "https://example.org:8443/",
            "http://127.0.0.1:8080",
            "http://127.5.6.7",
            "http://localhost:9",
            "http://[::1]:9000",
        ] {
            assert!(Target::custom("custom", ok).is_ok(), "{ok}");
        }
        for (bad, expected) in [
            (
                "http://api.bybit.com",
                BaseUrlError::NotHttps("http://api.bybit.com".into()),
            ),
            (
                "http://10.0.0.1",
                BaseUrlError::NotHttps("http://10.0.0.1".into()),
            ),
            (
                "http://localhost.evil.com",
                BaseUrlError::NotHttps("http://localhost.evil.com".into()),
            ),
            (
                "ftp://127.0.0.1",
                BaseUrlError::NotHttps("ftp://127.0.0.1".into()),
            ),
            (
                "api.bybit.com",
                BaseUrlError::NotAUrl("api.bybit.com".into()),
            ),
            (
                "https://api.bybit.com/v5",
                BaseUrlError::HasExtras("https://api.bybit.com/v5".into()),
            ),
            (
                "https://u:p@api.bybit.com",
                BaseUrlError::HasExtras("https://u:p@api.bybit.com".into()),
            ),
        ] {
            assert_eq!(Target::custom("custom", bad), Err(expected), "{bad}");
        }
    }

    #[test]
    fn paths_join_onto_the_base() {
        let t = Target::custom("custom", "http://127.0.0.1:5000").unwrap();
        assert_eq!(
            t.url("/v5/market/time").as_str(),
            "http://127.0.0.1:5000/v5/market/time"
        );
        let m = Target::named(Environment::Mainnet).unwrap();
        assert_eq!(
            m.url("/v5/p2p/order/info").as_str(),
            "https://api.bybit.com/v5/p2p/order/info"
        );
    }
}
