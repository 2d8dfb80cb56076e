//! The merchant's accounts: a name and an environment each, shared by the window and the CLI
//! (`accounts.json` in the data directory). Keys are never here: they live in the OS keyring,
//! under the account's id (see [`crate::secrets`]).

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::bybit::Environment;

/// The longest account name, in characters.
pub const MAX_NAME_CHARS: usize = 40;

/// One account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    /// Stable id; the keyring entry is named after it.
    pub id: String,
    pub name: String,
    pub environment: Environment,
    /// Another address for the environment's API (a proxy, a practice exchange kept running
    /// with `practice-server`); `None`: the environment's own.
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "baseUrl")]
    pub base_url: Option<String>,
}

impl Account {
    /// The built-in practice account (never saved).
    pub fn practice() -> Self {
        Self {
            id: PRACTICE_ACCOUNT_ID.to_owned(),
            name: crate::fl!("account-practice-name"),
            environment: Environment::Practice,
            base_url: None,
        }
    }

    /// The practice account built into the app (its exchange starts with the app).
    pub fn is_practice(&self) -> bool {
        self.id == PRACTICE_ACCOUNT_ID
    }

    /// The name a merchant reads: the practice account's in the language of the moment (it
    /// follows a language switch), a saved account's as the merchant wrote it.
    pub fn display_name(&self) -> String {
        if self.is_practice() {
            crate::fl!("account-practice-name")
        } else {
            self.name.clone()
        }
    }

    /// Where this account's requests go.
    pub fn target(&self) -> Option<crate::bybit::Target> {
        match &self.base_url {
            Some(url) => crate::bybit::Target::custom(self.environment.id(), url).ok(),
            None => crate::bybit::Target::named(self.environment),
        }
    }
}

/// The practice account's id.
pub const PRACTICE_ACCOUNT_ID: &str = "practice";

/// All accounts, and which one was in use last.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountBook {
    pub accounts: Vec<Account>,
    #[serde(default)]
    pub selected: Option<String>,
}

/// One change to the book.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AccountChange {
    Add(Account),
    Remove(String),
    Select(String),
}

/// The accounts file in the data directory.
pub fn accounts_file() -> std::path::PathBuf {
    crate::paths::data_dir().join("accounts.json")
}

/// The accounts file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum AccountsError {
    Read { path: String, reason: String },
    Write(String),
}

impl std::fmt::Display for AccountsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            AccountsError::Read { path, reason } => {
                crate::fl!("account-file-unreadable", path = path, reason = reason)
            }
            AccountsError::Write(reason) => crate::fl!("account-file-unsaved", reason = reason),
        };
        f.write_str(&text)
    }
}

impl AccountBook {
    /// Reads the book; a missing file is an empty book.
    pub fn load(path: &Path) -> Result<Self, AccountsError> {
        match std::fs::read(path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| AccountsError::Read {
                path: path.display().to_string(),
                reason: e.to_string(),
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(AccountsError::Read {
                path: path.display().to_string(),
                reason: e.to_string(),
            }),
        }
    }

    /// Writes the book atomically (a crash leaves the old file or the new one, never half).
    pub fn save(&self, path: &Path) -> Result<(), AccountsError> {
        crate::paths::write_json(path, self).map_err(|e| AccountsError::Write(e.to_string()))
    }

    /// Re-reads the file, applies one change, writes it back and returns the result: the window
    /// and the CLI may both change the book, and neither may undo the other's change.
    pub fn update(path: &Path, change: &AccountChange) -> Result<Self, AccountsError> {
        let mut book = Self::load(path)?;
        match change {
            AccountChange::Add(account) => book.upsert(account.clone()),
            AccountChange::Remove(id) => book.remove(id),
            AccountChange::Select(id) => book.selected = Some(id.clone()),
        }
        book.save(path)?;
        Ok(book)
    }

    /// Checks a new account's name against the rules and the names already taken.
    pub fn check_new_name(&self, name: &str) -> Result<String, String> {
        let name = name.trim();
        if name.is_empty() {
            return Err(crate::fl!("account-name-missing"));
        }
        if name.chars().count() > MAX_NAME_CHARS {
            return Err(crate::fl!("account-name-too-long", max = MAX_NAME_CHARS));
        }
        if name.chars().any(char::is_control) {
            return Err(crate::fl!("account-name-invisible"));
        }
        if self.find_by_name(name).is_some() || name.eq_ignore_ascii_case(&Account::practice().name)
        {
            return Err(crate::fl!("account-name-taken", name = name));
        }
        Ok(name.to_owned())
    }

    /// A new account (not yet added): its id is unique within this book.
    pub fn new_account(&self, name: &str, environment: Environment) -> Result<Account, String> {
        let name = self.check_new_name(name)?;
        let stem: String = name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        let stem = format!("{}-{}", stem.trim_matches('-'), environment.id());
        let mut id = stem.clone();
        let mut n = 2;
        while self.accounts.iter().any(|a| a.id == id) {
            id = format!("{stem}-{n}");
            n += 1;
        }
        Ok(Account {
            id,
            name,
            environment,
            base_url: None,
        })
    }

    /// An account by name, ignoring case.
    pub fn find_by_name(&self, name: &str) -> Option<&Account> {
        self.accounts
            .iter()
            .find(|a| a.name.eq_ignore_ascii_case(name.trim()))
    }

    pub fn find(&self, id: &str) -> Option<&Account> {
        self.accounts.iter().find(|a| a.id == id)
    }

    /// Adds or replaces an account (same id).
    pub fn upsert(&mut self, account: Account) {
        match self.accounts.iter_mut().find(|a| a.id == account.id) {
            Some(existing) => *existing = account,
            None => self.accounts.push(account),
        }
    }

    pub fn remove(&mut self, id: &str) {
        self.accounts.retain(|a| a.id != id);
        if self.selected.as_deref() == Some(id) {
            self.selected = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_ids_stable() {
        let mut book = AccountBook::default();
        let main = book
            .new_account(" Main shop ", Environment::Mainnet)
            .unwrap();
        assert_eq!(
            (main.name.as_str(), main.id.as_str()),
            ("Main shop", "main-shop-mainnet")
        );
        book.upsert(main);
        assert!(
            book.check_new_name("main SHOP")
                .unwrap_err()
                .contains("already")
        );
        assert!(book.check_new_name("Practice account").is_err());
        assert!(book.check_new_name("").is_err());
        let other = book.new_account("Main-shop", Environment::Mainnet).unwrap();
        assert_eq!(other.id, "main-shop-mainnet-2");
    }

    #[test]
    fn the_book_round_trips_through_its_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("accounts.json");
        assert_eq!(AccountBook::load(&path).unwrap(), AccountBook::default());
        let mut book = AccountBook::default();
        let account = book.new_account("Shop", Environment::Turkey).unwrap();
        book.selected = Some(account.id.clone());
        book.upsert(account);
        book.save(&path).unwrap();
        assert_eq!(AccountBook::load(&path).unwrap(), book);
        let stored: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        let fields: Vec<&String> = stored["accounts"][0].as_object().unwrap().keys().collect();
        assert_eq!(
            fields,
            ["environment", "id", "name"],
            "only these, never a key or secret"
        );
        let other = AccountBook::default()
            .new_account("Other", Environment::Testnet)
            .unwrap();
        let merged = AccountBook::update(&path, &AccountChange::Add(other.clone())).unwrap();
        assert_eq!(
            merged.accounts.len(),
            2,
            "an update keeps what another program wrote"
        );
        let removed = AccountBook::update(&path, &AccountChange::Remove(other.id)).unwrap();
        assert_eq!(removed, book);
        std::fs::write(&path, "{not json").unwrap();
        assert!(AccountBook::load(&path).is_err());
    }
}
