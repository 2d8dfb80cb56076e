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

#[derive(Subcommand, Debug)]
pub enum KeysCommand {
    /// Save an account's API key and secret in the OS keyring. Asks for both (the secret
    /// hidden); from a script, give them on standard input, the key on the first line and the
    /// secret on the second.
    Add {
        /// A name for the account, used with --profile.
        name: String,
        /// The Bybit environment the key was made for: mainnet, mainnet-bytick, testnet, nl, hk, tr, kz, ge, ae or id.
        #[arg(long, value_name = "NAME")]
        env: String,
        /// Send this account's requests to another address (https only; http only on this
        /// computer, such as a practice exchange kept running with `practice-server`).
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
    },
    /// List the saved accounts (never their keys).
    List {
        /// One JSON array instead of lines.
        #[arg(long)]
        json: bool,
    },
    /// Delete an account and remove its key from the keyring.
    Delete {
        /// The account's name.
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
        return Err(invalid(
            "The practice account needs no key: use --practice. (For a practice exchange kept running with `practice-server`, give its --base-url.)",
        ));
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
        .map_err(|why| invalid(format!("Nothing was saved. {why}")))?;
    let (key, secret) = read_key_and_secret().map_err(invalid)?;
    let credentials = Credentials::new(key.as_str(), SecretString::from(secret.trim().to_owned()));
    vault
        .save(&account.id, &credentials)
        .map_err(|e| invalid(format!("Nothing was saved. {e}")))?;
    AccountBook::update(&path, &AccountChange::Add(account.clone()))
        .map_err(|e| (exit::UNKNOWN, e.to_string()))?;
    println!(
        "Saved \"{}\" ({}): the key is in this computer's keyring. Use it with --profile \"{}\".",
        account.name,
        environment.label(),
        account.name
    );
    Ok(())
}

/// Hidden prompts on a terminal; two lines from standard input otherwise.
fn read_key_and_secret() -> Result<(Zeroizing<String>, Zeroizing<String>), String> {
    let (key, secret) = if std::io::stdin().is_terminal() {
        let key = rpassword::prompt_password("API key (hidden): ").map_err(|e| e.to_string())?;
        let secret =
            rpassword::prompt_password("API secret (hidden): ").map_err(|e| e.to_string())?;
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
        return Err(
            "Nothing was saved: give the API key on the first line and the secret on the second."
                .into(),
        );
    }
    Ok((Zeroizing::new(key.trim().to_owned()), secret))
}

fn list(json: bool) -> Outcome {
    let book = AccountBook::load(&accounts_file()).map_err(|e| invalid(e.to_string()))?;
    let vault = Vault::os();
    let rows: Vec<(String, Environment, &'static str)> = book
        .accounts
        .iter()
        .map(|a| {
            let state = match vault.load(&a.id) {
                Ok(_) => "key in the keyring",
                Err(SecretError::NotFound) => "key missing: add it again",
                Err(_) => "keyring unavailable",
            };
            (a.name.clone(), a.environment, state)
        })
        .collect();
    if json {
        let items: Vec<_> = rows
            .iter()
            .map(
                |(name, env, state)| json!({ "name": name, "environment": env.id(), "key": state }),
            )
            .collect();
        println!("{}", serde_json::Value::Array(items));
    } else if rows.is_empty() {
        println!("No accounts yet. Add one with: p2p-cancel-review keys add NAME --env mainnet");
    } else {
        for (name, env, state) in rows {
            println!("{name}  ({})  {state}", env.label());
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
        .ok_or_else(|| invalid(format!("No account is named \"{name}\".")))?;
    Vault::os()
        .delete(&account.id)
        .map_err(|e| (exit::UNKNOWN, format!("The key could not be removed: {e}")))?;
    AccountBook::update(&path, &AccountChange::Remove(account.id))
        .map_err(|e| (exit::UNKNOWN, e.to_string()))?;
    println!(
        "Deleted \"{}\" and removed its key from the keyring.",
        account.name
    );
    Ok(())
}
