//! `keys add|list|delete`: accounts for the CLI and the window alike. The secret is read from a
//! hidden prompt, or from standard input when it is not a terminal; never from an argument.

use std::io::{BufRead, IsTerminal};

use clap::Subcommand;
use secrecy::SecretString;
use serde_json::json;
use zeroize::Zeroizing;

use super::exit;
use crate::accounts::{AccountBook, AccountChange, accounts_file};
use crate::bybit::{Credentials, Environment, Target};
use crate::secrets::{SecretError, Vault};

// Help texts come from the translations (see `super::Cli`).
#[derive(Subcommand, Debug)]
pub enum KeysCommand {
    #[command(about = crate::fl!("keys-about-add"))]
    Add {
        #[arg(help = crate::fl!("keys-help-add-name"))]
        name: String,
        #[arg(long, value_name = "NAME", help = crate::fl!("keys-help-env"))]
        env: String,
        #[arg(long, value_name = "URL", help = crate::fl!("keys-help-base-url"))]
        base_url: Option<String>,
    },
    #[command(about = crate::fl!("keys-about-list"))]
    List {
        #[arg(long, help = crate::fl!("keys-help-json"))]
        json: bool,
    },
    #[command(about = crate::fl!("keys-about-delete"))]
    Delete {
        #[arg(help = crate::fl!("keys-help-delete-name"))]
        name: String,
    },
}

pub fn run(command: KeysCommand) -> u8 {
    let result = match command {
        KeysCommand::Add {
            name,
            env,
            base_url,
        } => add(&name, &env, base_url),
        KeysCommand::List { json } => list(json),
        KeysCommand::Delete { name } => delete(&name),
    };
    match result {
        Ok(()) => exit::ACCEPTED,
        Err((code, message)) => {
            eprintln!("{message}");
            code
        }
    }
}

type Outcome = Result<(), (u8, String)>;

fn invalid(message: impl Into<String>) -> (u8, String) {
    (exit::INVALID, message.into())
}

fn add(name: &str, env: &str, base_url: Option<String>) -> Outcome {
    let environment = Environment::parse(env).map_err(invalid)?;
    if environment == Environment::Practice && base_url.is_none() {
        return Err(invalid(crate::fl!("keys-practice-needs-no-key")));
    }
    if let Some(url) = &base_url {
        Target::custom(environment.id(), url).map_err(|e| invalid(e.to_string()))?;
    }
    let path = accounts_file();
    let book = AccountBook::load(&path).map_err(|e| invalid(e.to_string()))?;
    let mut account = book.new_account(name, environment).map_err(invalid)?;
    account.base_url = base_url.map(|url| url.trim().to_owned());
    let vault = Vault::os();
    vault
        .keyring_status()
        .map_err(|why| invalid(crate::fl!("keys-nothing-saved", reason = why)))?;
    let (key, secret) = read_key_and_secret().map_err(invalid)?;
    let credentials = Credentials::new(key.as_str(), SecretString::from(secret.trim().to_owned()));
    vault
        .save(&account.id, &credentials)
        .map_err(|e| invalid(crate::fl!("keys-nothing-saved", reason = (e.to_string()))))?;
    AccountBook::update(&path, &AccountChange::Add(account.clone()))
        .map_err(|e| (exit::UNKNOWN, e.to_string()))?;
    println!(
        "{}",
        crate::fl!(
            "keys-saved",
            name = (account.name.as_str()),
            environment = (environment.label())
        )
    );
    Ok(())
}

/// Hidden prompts on a terminal; two lines from standard input otherwise.
fn read_key_and_secret() -> Result<(Zeroizing<String>, Zeroizing<String>), String> {
    let (key, secret) = if std::io::stdin().is_terminal() {
        if crate::platform::console::typing_is_shared() {
            return Err(crate::fl!("keys-no-prompt-on-shared-console"));
        }
        // The prompt ends with a space, before what is typed (Fluent drops a trailing one).
        let key = rpassword::prompt_password(format!("{} ", crate::fl!("keys-prompt-key")))
            .map_err(|e| e.to_string())?;
        let secret = rpassword::prompt_password(format!("{} ", crate::fl!("keys-prompt-secret")))
            .map_err(|e| e.to_string())?;
        (Zeroizing::new(key), Zeroizing::new(secret))
    } else {
        let mut lines = std::io::stdin().lock().lines();
        let mut next = || {
            lines
                .next()
                .transpose()
                .map_err(|e| e.to_string())
                .map(|l| Zeroizing::new(l.unwrap_or_default()))
        };
        (next()?, next()?)
    };
    if key.trim().is_empty() || secret.trim().is_empty() {
        return Err(crate::fl!("keys-two-lines-needed"));
    }
    Ok((Zeroizing::new(key.trim().to_owned()), secret))
}

fn list(json: bool) -> Outcome {
    let book = AccountBook::load(&accounts_file()).map_err(|e| invalid(e.to_string()))?;
    let vault = Vault::os();
    let rows: Vec<(String, Environment, KeyState)> = book
        .accounts
        .iter()
        .map(|a| {
            let state = match vault.load(&a.id) {
                Ok(_) => KeyState::InKeyring,
                Err(SecretError::NotFound) => KeyState::Missing,
                Err(_) => KeyState::KeyringUnavailable,
            };
            (a.name.clone(), a.environment, state)
        })
        .collect();
    if json {
        let items: Vec<_> = rows
            .iter()
            .map(|(name, env, state)| {
                json!({ "name": name, "environment": env.id(), "key": state.json() })
            })
            .collect();
        println!("{}", serde_json::Value::Array(items));
    } else if rows.is_empty() {
        println!("{}", crate::fl!("keys-no-accounts"));
    } else {
        for (name, env, state) in rows {
            println!("{name}  ({})  {}", env.label(), state.words());
        }
    }
    Ok(())
}

fn delete(name: &str) -> Outcome {
    let path = accounts_file();
    let book = AccountBook::load(&path).map_err(|e| invalid(e.to_string()))?;
    let account = book
        .find_by_name(name)
        .cloned()
        .ok_or_else(|| invalid(crate::fl!("keys-no-account-named", name = name)))?;
    Vault::os().delete(&account.id).map_err(|e| {
        (
            exit::UNKNOWN,
            crate::fl!("keys-key-not-removed", error = (e.to_string())),
        )
    })?;
    AccountBook::update(&path, &AccountChange::Remove(account.id))
        .map_err(|e| (exit::UNKNOWN, e.to_string()))?;
    println!(
        "{}",
        crate::fl!("keys-deleted", name = (account.name.as_str()))
    );
    Ok(())
}

/// Whether an account's key can be read.
#[derive(Clone, Copy)]
enum KeyState {
    InKeyring,
    Missing,
    KeyringUnavailable,
}

impl KeyState {
    /// For `keys list --json`: the same words in every language.
    fn json(self) -> &'static str {
        match self {
            KeyState::InKeyring => "key in the keyring",
            KeyState::Missing => "key missing: add it again",
            KeyState::KeyringUnavailable => "keyring unavailable",
        }
    }

    /// For the merchant, in their language.
    fn words(self) -> String {
        match self {
            KeyState::InKeyring => crate::fl!("keys-state-in-keyring"),
            KeyState::Missing => crate::fl!("keys-state-missing"),
            KeyState::KeyringUnavailable => crate::fl!("keys-state-keyring-unavailable"),
        }
    }
}
