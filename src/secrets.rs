//! API keys in the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service on
//! Linux), through `keyring-core` and one store crate per OS. Never a file: where no keyring
//! exists, a key can be kept in memory until the app closes, and only if the merchant asks.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use keyring_core::{CredentialStore, Entry};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::bybit::Credentials;

/// The keyring service name every entry of this app uses.
pub const SERVICE: &str = "p2p-cancel-review";

/// Why a key could not be kept or found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SecretError {
    /// No keyring on this computer (or it refused access): the explanation, already written.
    Unavailable(String),
    NotFound,
    /// Written, but reading it back gave something else.
    NotKept,
    Failed(String),
}

impl std::fmt::Display for SecretError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SecretError::Unavailable(why) => f.write_str(why),
            SecretError::NotFound => f.write_str(&crate::fl!("keyring-not-found")),
            SecretError::NotKept => f.write_str(&crate::fl!("keyring-not-kept")),
            SecretError::Failed(detail) => {
                f.write_str(&crate::fl!("keyring-failed", detail = detail))
            }
        }
    }
}

/// What is stored under one account: both halves in one entry, so one unlock reads both.
#[derive(Serialize, Deserialize)]
struct Stored {
    #[serde(rename = "apiKey")]
    api_key: String,
    #[serde(rename = "apiSecret")]
    api_secret: String,
}

/// Where keys are kept.
pub struct Vault {
    keyring: Result<Arc<CredentialStore>, String>,
    /// Keys the merchant chose to use only until the app closes.
    session: Mutex<HashMap<String, Credentials>>,
}

impl Vault {
    /// The OS keyring of this computer, or the reason there is none.
    pub fn os() -> Self {
        Self {
            keyring: os_store(),
            session: Mutex::new(HashMap::new()),
        }
    }

    /// A vault over a given store (tests use `keyring_core::mock::Store`).
    pub fn with_store(store: Arc<CredentialStore>) -> Self {
        Self {
            keyring: Ok(store),
            session: Mutex::new(HashMap::new()),
        }
    }

    /// A vault with no keyring at all, as on a Linux desktop without a Secret Service.
    pub fn without_keyring(reason: &str) -> Self {
        Self {
            keyring: Err(reason.to_owned()),
            session: Mutex::new(HashMap::new()),
        }
    }

    /// `Err(why)` when keys cannot be saved on this computer.
    pub fn keyring_status(&self) -> Result<(), String> {
        self.keyring.as_ref().map(|_| ()).map_err(Clone::clone)
    }

    /// Saves a key in the keyring, then reads it back to prove it was kept.
    pub fn save(&self, account_id: &str, credentials: &Credentials) -> Result<(), SecretError> {
        let entry = self.entry(account_id)?;
        let blob = Zeroizing::new(
            serde_json::to_string(&Stored {
                api_key: credentials.api_key.clone(),
                api_secret: credentials.api_secret.expose_secret().to_owned(),
            })
            .map_err(|e| SecretError::Failed(e.to_string()))?,
        );
        entry.set_password(&blob).map_err(keyring_error)?;
        let read_back = self.load_from_keyring(account_id)?;
        let same = read_back.api_key == credentials.api_key
            && read_back.api_secret.expose_secret() == credentials.api_secret.expose_secret();
        if same {
            Ok(())
        } else {
            Err(SecretError::NotKept)
        }
    }

    /// Keeps a key in memory only, until the app closes.
    pub fn keep_for_session(&self, account_id: &str, credentials: Credentials) {
        self.session_keys()
            .insert(account_id.to_owned(), credentials);
    }

    /// True when this account's key lives only in memory.
    pub fn is_session_only(&self, account_id: &str) -> bool {
        self.session_keys().contains_key(account_id)
    }

    /// The key of an account: from memory if kept there, else from the keyring.
    pub fn load(&self, account_id: &str) -> Result<Credentials, SecretError> {
        if let Some(credentials) = self.session_keys().get(account_id) {
            return Ok(credentials.clone());
        }
        self.load_from_keyring(account_id)
    }

    /// Forgets a key everywhere. Deleting a key that was never saved is not an error.
    pub fn delete(&self, account_id: &str) -> Result<(), SecretError> {
        let was_in_session = self.session_keys().remove(account_id).is_some();
        match self.entry(account_id) {
            Ok(entry) => match entry.delete_credential() {
                Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
                Err(e) => Err(keyring_error(e)),
            },
            Err(_) if was_in_session => Ok(()),
            Err(e) => Err(e),
        }
    }

    fn load_from_keyring(&self, account_id: &str) -> Result<Credentials, SecretError> {
        let blob = Zeroizing::new(
            self.entry(account_id)?
                .get_password()
                .map_err(keyring_error)?,
        );
        let stored: Stored = serde_json::from_str(&blob)
            .map_err(|_| SecretError::Failed(crate::fl!("keyring-damaged")))?;
        let Stored {
            api_key,
            api_secret,
        } = stored;
        Ok(Credentials::new(api_key, SecretString::from(api_secret)))
    }

    fn entry(&self, account_id: &str) -> Result<Entry, SecretError> {
        let store = self
            .keyring
            .as_ref()
            .map_err(|reason| SecretError::Unavailable(reason.clone()))?;
        Entry::new_in_store(store, SERVICE, account_id).map_err(keyring_error)
    }

    fn session_keys(&self) -> std::sync::MutexGuard<'_, HashMap<String, Credentials>> {
        self.session.lock().unwrap_or_else(|e| e.into_inner())
    }
}

fn keyring_error(e: keyring_core::Error) -> SecretError {
    match e {
        keyring_core::Error::NoEntry => SecretError::NotFound,
        keyring_core::Error::NoStorageAccess(inner) => {
            SecretError::Unavailable(crate::fl!("keyring-locked", detail = (inner.to_string())))
        }
        other => SecretError::Failed(other.to_string()),
    }
}

/// The explanation shown where Linux has no Secret Service, in the merchant's language.
pub fn no_secret_service() -> String {
    crate::fl!("keyring-no-secret-service")
}

#[cfg(all(unix, not(target_os = "macos")))]
fn os_store() -> Result<Arc<CredentialStore>, String> {
    match zbus_secret_service_keyring_store::Store::new() {
        Ok(store) => Ok(store),
        Err(e) => {
            tracing::warn!("no Secret Service: {e}");
            Err(no_secret_service())
        }
    }
}

#[cfg(target_os = "macos")]
fn os_store() -> Result<Arc<CredentialStore>, String> {
    apple_native_keyring_store::keychain::Store::new()
        .map(|s| s as Arc<CredentialStore>)
        .map_err(|e| crate::fl!("keyring-macos-unavailable", detail = (e.to_string())))
}

#[cfg(target_os = "windows")]
fn os_store() -> Result<Arc<CredentialStore>, String> {
    windows_native_keyring_store::Store::new()
        .map(|s| s as Arc<CredentialStore>)
        .map_err(|e| crate::fl!("keyring-windows-unavailable", detail = (e.to_string())))
}

#[cfg(not(any(unix, target_os = "windows")))]
fn os_store() -> Result<Arc<CredentialStore>, String> {
    Err(crate::fl!("keyring-unsupported-system"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mock_vault() -> Vault {
        Vault::with_store(keyring_core::mock::Store::new().unwrap())
    }

    fn creds(secret: &str) -> Credentials {
        Credentials::new("KEY123", SecretString::from(secret.to_owned()))
    }

    #[test]
    fn a_saved_key_reads_back_and_deletes() {
        let vault = mock_vault();
        vault.save("shop-mainnet", &creds("s3cret")).unwrap();
        let loaded = vault.load("shop-mainnet").unwrap();
        assert_eq!(loaded.api_key, "KEY123");
        assert_eq!(loaded.api_secret.expose_secret(), "s3cret");
        vault.delete("shop-mainnet").unwrap();
        assert_eq!(
            vault.load("shop-mainnet").unwrap_err(),
            SecretError::NotFound
        );
        vault.delete("shop-mainnet").unwrap();
    }

    #[test]
    fn accounts_do_not_share_keys() {
        let vault = mock_vault();
        vault.save("a", &creds("one")).unwrap();
        vault.save("b", &creds("two")).unwrap();
        assert_eq!(vault.load("a").unwrap().api_secret.expose_secret(), "one");
        assert_eq!(vault.load("b").unwrap().api_secret.expose_secret(), "two");
    }

    #[test]
    fn a_keyring_that_fails_is_reported_not_hidden() {
        let store = keyring_core::mock::Store::new().unwrap();
        let vault = Vault::with_store(store.clone());
        // The mock store lets a test make the next operation on an entry fail.
        let entry = Entry::new_in_store(&(store as Arc<CredentialStore>), SERVICE, "x").unwrap();
        let mock: &keyring_core::mock::Cred = entry.as_any().downcast_ref().unwrap();
        mock.set_error(keyring_core::Error::NoStorageAccess(Box::new(
            std::io::Error::other("locked"),
        )));
        let err = vault.save("x", &creds("s")).unwrap_err();
        assert!(
            matches!(err, SecretError::Unavailable(ref m) if m.contains("Unlock it")),
            "{err:?}"
        );
    }

    #[test]
    fn without_a_keyring_keys_live_only_in_memory_and_only_when_asked() {
        let vault = Vault::without_keyring(&no_secret_service());
        assert!(
            vault
                .keyring_status()
                .unwrap_err()
                .contains("gnome-keyring")
        );
        assert!(matches!(
            vault.save("a", &creds("s")),
            Err(SecretError::Unavailable(_))
        ));
        assert!(matches!(vault.load("a"), Err(SecretError::Unavailable(_))));
        vault.keep_for_session("a", creds("s"));
        assert!(vault.is_session_only("a"));
        assert_eq!(vault.load("a").unwrap().api_secret.expose_secret(), "s");
        vault.delete("a").unwrap();
        assert!(!vault.is_session_only("a"));
    }
}
