//! The command line: the same client, the same checks and the same history as the window.
//!
//! Exit status: 0 the exchange accepted; 1 it refused; 2 invalid input or usage, nothing
//! sent; 3 network failure or unknown outcome.

mod check;
mod connect;
mod keys;
mod orders;
mod watch;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Mutex;

use clap::{Args, Parser, Subcommand};
use serde_json::{Value, json};

use crate::history::{History, Outcome};
use crate::practice::{PracticeConfig, PracticeExchange};
use crate::proof::check_proof_file;
use crate::review::{Decision, RejectReason, ReviewDraft};
use crate::submit::{Report, Sender};
use connect::connect;

/// Exit statuses.
pub mod exit {
    pub const ACCEPTED: u8 = 0;
    pub const REFUSED: u8 = 1;
    pub const INVALID: u8 = 2;
    pub const UNKNOWN: u8 = 3;
}

/// Environment variables holding the credentials.
pub const KEY_ENV: &str = "BYBIT_API_KEY";
pub const SECRET_ENV: &str = "BYBIT_API_SECRET";

#[derive(Parser, Debug)]
#[command(
    name = "p2p-cancel-review",
    version,
    about = "Answer a Bybit P2P seller's request to cancel an order you bought: accept it or refuse it with proof.",
    long_about = "Answer a Bybit P2P seller's request to cancel an order you bought: accept it or refuse it with proof.\n\nWithout a command, opens the window. Credentials for the commands come from an account saved with `keys add` (--profile NAME) or from the environment variables BYBIT_API_KEY and BYBIT_API_SECRET; --practice needs none.",
    after_help = "Exit status: 0 accepted by the exchange, 1 refused by the exchange, 2 invalid input (nothing sent), 3 network failure or unknown outcome."
)]
pub struct Cli {
    /// Open the window in practice mode: a simulated exchange on this computer, no API key needed.
    #[arg(long)]
    pub practice: bool,
    /// Start in the tray without showing the window (as when starting at login); where no tray
    /// shows, the window opens as usual.
    #[arg(long)]
    pub hidden: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Answer a seller's request to cancel an order you bought.
    Review(ReviewArgs),
    /// List your buy orders whose seller asked to cancel and that await your answer.
    Orders(OrdersArgs),
    /// Show one order: amounts, seller, status, payment, and the seller's cancel request.
    Order(OrderArgs),
    /// Test the connection: the clock against Bybit's, what the key may do, the P2P account.
    Check(CheckArgs),
    /// Watch for cancel requests until stopped with Ctrl+C: one line per new request and per
    /// deadline warning (3 minutes left), first for those already waiting.
    Watch(WatchArgs),
    /// Run the practice exchange on 127.0.0.1 until stopped with Ctrl+C.
    PracticeServer(PracticeServerArgs),
    /// Save, list or delete the API keys of your accounts (kept in the OS keyring).
    #[command(subcommand)]
    Keys(keys::KeysCommand),
}

/// Where to send and how long to wait; shared by the commands that talk to an exchange.
#[derive(Args, Debug, Clone)]
pub struct Common {
    /// Bybit environment: mainnet (default), mainnet-bytick, testnet, nl, hk, tr, kz, ge, ae, id, or practice.
    #[arg(long, value_name = "NAME", conflicts_with_all = ["base_url", "practice"])]
    pub env: Option<String>,
    /// Any other Bybit API host (https only; http only on 127.0.0.1 or localhost).
    #[arg(long, value_name = "URL", conflicts_with = "practice")]
    pub base_url: Option<String>,
    /// Use the built-in practice exchange and its practice account (no key needed).
    #[arg(long)]
    pub practice: bool,
    /// Use an account saved with `keys add` (its key from the keyring, its environment).
    /// BYBIT_API_KEY and BYBIT_API_SECRET still win when set.
    #[arg(long, value_name = "NAME", conflicts_with_all = ["env", "practice"])]
    pub profile: Option<String>,
    /// Seconds to wait for each answer from the exchange (1 to 300).
    #[arg(long, value_name = "SECONDS", default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..=300))]
    pub timeout: u64,
    /// Print one JSON object instead of a sentence.
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ReviewArgs {
    /// The order number (digits only).
    #[arg(long, value_name = "ID")]
    pub order: String,
    /// Accept the seller's cancellation. Sends only the order and the decision.
    #[arg(long, conflicts_with_all = ["reject", "reason", "proofs", "proof_files", "remark"])]
    pub pass: bool,
    /// Refuse the seller's cancellation; needs --reason and at least one --proof or --proof-file.
    #[arg(long)]
    pub reject: bool,
    /// Why you refuse: have-made-payment, have-not-received-full-refund or others.
    #[arg(long, value_name = "REASON")]
    pub reason: Option<String>,
    /// A proof link (https:// or http://, no commas or spaces). Repeat for more.
    #[arg(long = "proof", value_name = "URL")]
    pub proofs: Vec<String>,
    /// A proof file to upload first: .jpg, .jpeg, .png, .pdf or .mp4, at most 20 MB. Repeat for more.
    #[arg(long = "proof-file", value_name = "PATH")]
    pub proof_files: Vec<PathBuf>,
    /// A remark for the refusal (at most 500 characters).
    #[arg(long, value_name = "TEXT")]
    pub remark: Option<String>,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Args, Debug)]
pub struct OrdersArgs {
    #[command(flatten)]
    pub common: Common,
}

#[derive(Args, Debug)]
pub struct OrderArgs {
    /// The order number (digits only).
    #[arg(value_name = "ID")]
    pub id: String,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    #[command(flatten)]
    pub common: Common,
}

#[derive(Args, Debug)]
pub struct WatchArgs {
    /// Seconds between readings of each account (1 to 3600).
    #[arg(long, value_name = "SECONDS", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub interval: u64,
    /// Watch every account saved with `keys add`, each with its own key and rate budget.
    #[arg(long, conflicts_with_all = ["profile", "env", "base_url", "practice"])]
    pub all: bool,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Args, Debug)]
pub struct PracticeServerArgs {
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 0)]
    pub port: u16,
    /// Simulate trouble, to see how the app copes.
    #[arg(long, value_enum, default_value = "none")]
    pub trouble: crate::practice::Trouble,
    /// With --trouble late-answer: how late the answer comes, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    pub late_by: u64,
    /// Add a network's round trip to every answer, in milliseconds (to see the wait of a
    /// merchant far from Bybit; used by the benchmarks).
    #[arg(long, value_name = "MS", default_value_t = 0)]
    pub latency: u64,
    /// Hold a second set of sample orders (other orders, other sellers), to practise with two
    /// accounts at once: save this exchange as an account with `keys add NAME --env practice
    /// --base-url URL`.
    #[arg(long)]
    pub second_book: bool,
}

/// Runs a parsed command line that has a command. (No command means the window.)
pub fn run(command: Command) -> ExitCode {
    let code = match command {
        Command::Review(args) => review(args),
        Command::Orders(args) => orders::list(args),
        Command::Order(args) => orders::show(args),
        Command::Check(args) => check::run(args),
        Command::Watch(args) => watch::run(args),
        Command::PracticeServer(args) => practice_server(args),
        Command::Keys(command) => keys::run(command),
    };
    ExitCode::from(code)
}

/// A failure before anything was sent.
struct Refusal {
    code: u8,
    messages: Vec<String>,
}

impl Refusal {
    fn invalid(message: impl Into<String>) -> Self {
        Self {
            code: exit::INVALID,
            messages: vec![message.into()],
        }
    }

    fn print(&self, json: bool) -> u8 {
        if json {
            println!(
                "{}",
                json!({ "ok": false, "outcome": if self.code == exit::INVALID { "invalid-input" } else { "not-sent" }, "errors": self.messages })
            );
        } else {
            for m in &self.messages {
                eprintln!("{m}");
            }
        }
        self.code
    }
}

/// The exchange connection and a runtime to drive it: the start of every networked command.
fn connect_with_runtime(
    common: &Common,
) -> Result<(connect::Connection, tokio::runtime::Runtime), Refusal> {
    Ok((connect(common)?, runtime()?))
}

fn runtime() -> Result<tokio::runtime::Runtime, Refusal> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Refusal {
            code: exit::UNKNOWN,
            messages: vec![format!("Could not start: {e}")],
        })
}

/// Applies every local rule; returns the validated review or every refusal at once.
fn checked_review(args: &ReviewArgs) -> Result<crate::review::ValidReview, Refusal> {
    let mut messages = Vec::new();
    let decision = match (args.pass, args.reject) {
        (true, false) => Some(Decision::Pass),
        (false, true) => Some(Decision::Reject),
        _ => {
            messages
                .push("Say --pass to accept the cancellation or --reject to refuse it.".to_owned());
            None
        }
    };
    let reason = match &args.reason {
        Some(r) => RejectReason::parse(r).map_err(|m| messages.push(m)).ok(),
        None => None,
    };
    let proof_files = args
        .proof_files
        .iter()
        .filter_map(|p| {
            check_proof_file(p)
                .map_err(|e| messages.push(e.to_string()))
                .ok()
        })
        .collect::<Vec<_>>();
    let draft = ReviewDraft {
        order_id: args.order.clone(),
        decision,
        reason,
        proof_files,
        proof_urls: args.proofs.clone(),
        remark: args.remark.clone().unwrap_or_default(),
    };
    let validated = draft.validate();
    match validated {
        Ok(review) if messages.is_empty() => Ok(review),
        Ok(_) => Err(Refusal {
            code: exit::INVALID,
            messages,
        }),
        Err(errors) => {
            let field_messages = errors.into_iter().map(|e| e.message).filter(|m| {
                // A missing decision or reason was already explained above, in CLI terms.
                !(m.starts_with("Choose whether")
                    || (args.reason.is_some() && m.starts_with("Choose why")))
            });
            messages.extend(field_messages);
            Err(Refusal {
                code: exit::INVALID,
                messages,
            })
        }
    }
}

fn review(args: ReviewArgs) -> u8 {
    let json = args.common.json;
    let review = match checked_review(&args) {
        Ok(review) => review,
        Err(refusal) => return refusal.print(json),
    };
    let connection = match connect(&args.common) {
        Ok(c) => c,
        Err(refusal) => return refusal.print(json),
    };
    let history = match History::open_or_recover(&crate::paths::history_file()) {
        Ok((h, notice)) => {
            if let Some(notice) = notice {
                eprintln!("{notice}");
            }
            Mutex::new(h)
        }
        Err(e) => {
            return Refusal {
                code: exit::UNKNOWN,
                messages: vec![format!("Nothing was sent: {e}")],
            }
            .print(json);
        }
    };
    let runtime = match runtime() {
        Ok(r) => r,
        Err(refusal) => return refusal.print(json),
    };
    let sender = Sender {
        client: &connection.client,
        history: &history,
        account: &connection.account,
    };
    let report = runtime.block_on(sender.submit(&review, |step| {
        if !json {
            eprintln!("{step}");
        }
    }));
    let offset = connection.client.clock_offset_ms();
    if json {
        let mut value = report_json(&report, &connection.client.target().name);
        value["clockOffsetMs"] = json!(offset);
        println!("{value}");
    } else {
        println!("{}", report.sentence);
        if let Some(warning) = clock_warning(offset) {
            eprintln!("{warning}");
        }
    }
    exit_status(&report)
}

/// A sentence when this computer's clock is a second or more off Bybit's (`offset_ms` is
/// server time minus ours).
pub fn clock_warning(offset_ms: i64) -> Option<String> {
    if offset_ms.abs() < 1000 {
        return None;
    }
    let way = if offset_ms < 0 { "ahead of" } else { "behind" };
    Some(format!(
        "Note: this computer's clock is {:.1} s {way} Bybit's. The app corrected for it; turn on automatic date and time in your system settings.",
        offset_ms.abs() as f64 / 1000.0
    ))
}

fn exit_status(report: &Report) -> u8 {
    match report.outcome {
        Outcome::Accepted => exit::ACCEPTED,
        Outcome::Refused => exit::REFUSED,
        Outcome::NotSent | Outcome::Unknown | Outcome::Sending => exit::UNKNOWN,
    }
}

fn report_json(report: &Report, environment: &str) -> Value {
    json!({
        "ok": report.outcome == Outcome::Accepted,
        "outcome": report.outcome,
        "environment": environment,
        "orderId": report.order_id,
        "decision": report.decision.wire(),
        "code": report.code,
        "exchangeMessage": report.exchange_message,
        "message": report.sentence,
        "proofs": report.proofs_sent,
        "latencyMs": report.latency_ms,
        "safeToSendAgain": report.safe_to_send_again,
        "historyId": report.history_id,
    })
}

fn practice_server(args: PracticeServerArgs) -> u8 {
    let config = PracticeConfig {
        port: args.port,
        latency: std::time::Duration::from_millis(args.latency),
        book: if args.second_book {
            crate::practice::Book::Second
        } else {
            crate::practice::Book::Standard
        },
        ..PracticeConfig::default()
    };
    match PracticeExchange::start(config) {
        Ok(exchange) => {
            exchange.set_faults(
                args.trouble
                    .faults(std::time::Duration::from_secs(args.late_by)),
            );
            println!("Practice exchange listening on {}", exchange.base_url());
            if args.trouble != crate::practice::Trouble::None {
                println!("Simulating: {}.", args.trouble.label());
            }
            if args.latency > 0 {
                println!(
                    "Every answer takes {} ms more, like a distant network.",
                    args.latency
                );
            }
            println!("API key: {}", crate::practice::PRACTICE_API_KEY);
            println!("API secret: {}", crate::practice::PRACTICE_API_SECRET);
            println!(
                "Try: BYBIT_API_KEY={} BYBIT_API_SECRET={} p2p-cancel-review orders --base-url {}",
                crate::practice::PRACTICE_API_KEY,
                crate::practice::PRACTICE_API_SECRET,
                exchange.base_url()
            );
            println!("Stop with Ctrl+C.");
            exchange.wait();
            exit::ACCEPTED
        }
        Err(e) => {
            eprintln!(
                "The practice exchange could not start on port {}: {e}",
                args.port
            );
            exit::UNKNOWN
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn the_start_at_login_argument_starts_hidden() {
        let args =
            Cli::try_parse_from(["p2p-cancel-review", crate::platform::autostart::HIDDEN_ARG])
                .unwrap();
        assert!(args.hidden && args.command.is_none());
    }

    #[test]
    fn help_states_the_limits_the_code_enforces() {
        let mut cmd = Cli::command();
        let review = cmd.find_subcommand_mut("review").unwrap();
        let help = review.render_long_help().to_string();
        let mb = crate::proof::MAX_PROOF_FILE_BYTES / 1_048_576;
        assert!(help.contains(&format!("at most {mb} MB")), "{help}");
        assert!(
            help.contains(&format!(
                "at most {} characters",
                crate::review::MAX_REMARK_CHARS
            )),
            "{help}"
        );
    }
}
