//! An account's API key and secret, wrapped so neither ends up in a log or on screen by accident.

use secrecy::SecretString;

/// An API key and its secret. `Debug` shows only the first characters of the key.
#[derive(Clone)]
pub struct Credentials {
    pub api_key: String,
    pub api_secret: SecretString,
}

impl Credentials {
    /// Wraps a key and its secret, and registers both to be scrubbed from anything logged.
    pub fn new(api_key: impl Into<String>, api_secret: SecretString) -> Self {
        let api_key = api_key.into().trim().to_owned();
        crate::redact::register(&api_key);
        crate::redact::register(secrecy::ExposeSecret::expose_secret(&api_secret));
        Self {
            api_key,
            api_secret,
        }
    }
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("api_key", &mask_key(&self.api_key))
            .field("api_secret", &"[redacted]")
            .finish()
    }
}

/// The first four characters of a key followed by an ellipsis: enough for a merchant to tell
/// two keys apart, too little to use.
pub fn mask_key(key: &str) -> String {
    let shown: String = key.chars().take(4).collect();
    format!("{shown}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_masks_key_and_hides_secret() {
        let c = Credentials::new(" AbCdEfGhIjKl ", SecretString::from("s3cr3t-value"));
        assert_eq!(c.api_key, "AbCdEfGhIjKl", "pasted spaces are trimmed");
        let text = format!("{c:?}");
        assert!(text.contains("AbCd…"));
        assert!(!text.contains("AbCdEfGhIjKl"));
        assert!(!text.contains("s3cr3t-value"));
    }
}
