//! Which exchange, which key: from the command line's options, the environment variables and
//! the saved accounts.

use std::sync::Arc;
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};

use super::{Common, KEY_ENV, Refusal, SECRET_ENV, exit};
use crate::accounts::{AccountBook, accounts_file};
use crate::bybit::{Client, ClientOptions, Credentials, Environment, Target};
use crate::known_clocks::KnownClocks;
use crate::practice::{PracticeConfig, PracticeExchange};
use crate::secrets::{SecretError, Vault};

/// An open line to an exchange, with the practice exchange kept alive while it is used.
pub struct Connection {
    pub client: Arc<Client>,
    /// The account's name as the history and `--json` output record it (the same in every
    /// language).
    pub account: String,
    /// The account's name in sentences, in the merchant's language.
    pub shown: String,
    _practice: Option<PracticeExchange>,
}

impl Drop for Connection {
    /// Remembers what the command learnt of Bybit's clock, so the next one need not ask. (Not
    /// for the built-in practice exchange, which lives only as long as this command.)
    fn drop(&mut self) {
        if self._practice.is_some() {
            return;
        }
        if let Some(reading) = self.client.clock_reading() {
            let clocks = KnownClocks::in_data_dir(&crate::paths::data_dir());
            if let Err(e) = clocks.remember(self.client.target(), reading) {
                tracing::info!("Bybit's clock could not be remembered: {e}");
            }
        }
    }
}

/// Says on standard error when Bybit asks to slow down and the command waits (not with --json,
/// whose output stays one object).
fn say_when_slowing_down(client: &Client, json: bool) {
    if !json {
        client.on_slow_down(|wait| eprintln!("{}", crate::submit::slowing_down(wait)));
    }
}

pub fn connect(common: &Common) -> Result<Connection, Refusal> {
    let environment = match &common.env {
        Some(name) => Some(Environment::parse(name).map_err(Refusal::invalid)?),
        None => None,
    };
    let options = ClientOptions {
        request_timeout: Duration::from_secs(common.timeout),
        connect_timeout: Duration::from_secs(common.timeout.min(10)),
        ..ClientOptions::default()
    };
    if common.practice || environment == Some(Environment::Practice) {
        let exchange = PracticeExchange::start(PracticeConfig::default()).map_err(|e| {
            Refusal::other(crate::fl!(
                "cli-practice-not-started",
                error = (e.to_string())
            ))
        })?;
        let client = Client::new(exchange.target(), &PracticeExchange::credentials(), options)
            .map_err(|e| Refusal::other(e.to_string()))?;
        say_when_slowing_down(&client, common.json);
        return Ok(Connection {
            client: Arc::new(client),
            account: "Practice account".into(),
            shown: crate::accounts::Account::practice().name,
            _practice: Some(exchange),
        });
    }
    let profile = match &common.profile {
        Some(name) => {
            let book =
                AccountBook::load(&accounts_file()).map_err(|e| Refusal::invalid(e.to_string()))?;
            let account = book.find_by_name(name).cloned().ok_or_else(|| {
                Refusal::invalid(crate::fl!("cli-no-account-named", name = (name.as_str())))
            })?;
            Some(account)
        }
        None => None,
    };
    let target = match (&common.base_url, environment, &profile) {
        (Some(url), _, _) => {
            Target::custom("custom", url).map_err(|e| Refusal::invalid(e.to_string()))?
        }
        (None, None, Some(profile)) => profile
            .target()
            .ok_or_else(|| Refusal::invalid(crate::fl!("cli-account-address-invalid")))?,
        (None, environment, _) => Target::named(environment.unwrap_or(Environment::Mainnet))
            .ok_or_else(|| Refusal::invalid(crate::fl!("cli-environment-no-address")))?,
    };
    let (credentials, account, shown) = match (credentials_from_env(), &profile) {
        (Some(credentials), _) => (
            credentials,
            format!("key from {KEY_ENV}"),
            crate::fl!("cli-account-from-env", variable = (KEY_ENV)),
        ),
        (None, Some(profile)) => {
            let credentials = Vault::os().load(&profile.id).map_err(|e| match e {
                SecretError::NotFound => Refusal::invalid(crate::fl!(
                    "cli-no-key-saved",
                    name = (profile.name.as_str())
                )),
                other => Refusal::invalid(other.to_string()),
            })?;
            (credentials, profile.name.clone(), profile.name.clone())
        }
        (None, None) => {
            return Err(Refusal::invalid(crate::fl!(
                "cli-no-api-key",
                key_variable = (KEY_ENV),
                secret_variable = (SECRET_ENV)
            )));
        }
    };
    let options = ClientOptions {
        known_clock: KnownClocks::in_data_dir(&crate::paths::data_dir()).get(&target),
        ..options
    };
    let client =
        Client::new(target, &credentials, options).map_err(|e| Refusal::other(e.to_string()))?;
    say_when_slowing_down(&client, common.json);
    Ok(Connection {
        client: Arc::new(client),
        account,
        shown,
        _practice: None,
    })
}

/// Both variables, when both are set and not blank.
fn credentials_from_env() -> Option<Credentials> {
    let key = std::env::var(KEY_ENV)
        .ok()
        .filter(|k| !k.trim().is_empty())?;
    let secret = SecretString::from(std::env::var(SECRET_ENV).ok()?);
    let secret = secret.expose_secret().trim();
    if secret.is_empty() {
        return None;
    }
    Some(Credentials::new(key, SecretString::from(secret.to_owned())))
}

impl Refusal {
    /// A failure that is not the merchant's input (exit 3).
    pub fn other(message: impl Into<String>) -> Self {
        Self {
            code: exit::UNKNOWN,
            messages: vec![message.into()],
        }
    }
}
