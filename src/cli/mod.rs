//! The command line: the same client, the same checks and the same history as the window.
//!
//! Exit status: 0 the exchange accepted; 1 it refused; 2 invalid input or usage, nothing
//! sent; 3 network failure or unknown outcome.

mod check;
mod connect;
mod keys;
mod orders;
mod parse;
mod progress;
mod watch;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Mutex;

use clap::{Args, Parser, Subcommand};
use serde_json::{Value, json};

use crate::history::{History, Outcome};
use crate::practice::{PracticeConfig, PracticeExchange};
use crate::proof::check_proof_file;
use crate::review::{Decision, Field, RejectReason, ReviewDraft};
use crate::submit::{Report, Sender};
use connect::connect;
pub use parse::{Stop, parse};

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

// Help texts are explicit `help`/`about` attributes (not doc comments) so that they come from
// the translations: clap evaluates them when the command line is parsed, after the language is
// chosen. Short help has no final period (as clap writes help taken from doc comments).
#[derive(Parser, Debug)]
#[command(
    name = "p2p-cancel-review",
    version,
    about = crate::fl!("cli-about"),
    long_about = crate::fl!("cli-long-about"),
    after_help = crate::fl!("cli-after-help")
)]
pub struct Cli {
    #[arg(long, help = crate::fl!("cli-help-practice-window"))]
    pub practice: bool,
    // Read before parsing (see `language_for`): here so that clap accepts it everywhere.
    #[arg(long, global = true, value_name = "CODE", help = crate::fl!("cli-help-lang"))]
    pub lang: Option<String>,
    #[arg(long, help = crate::fl!("cli-help-hidden"))]
    pub hidden: bool,
    #[arg(long, value_name = "ID", help = crate::fl!("cli-help-window-order"))]
    pub order: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    #[command(about = crate::fl!("cli-about-review"))]
    Review(ReviewArgs),
    #[command(about = crate::fl!("cli-about-orders"))]
    Orders(OrdersArgs),
    #[command(about = crate::fl!("cli-about-order"))]
    Order(OrderArgs),
    #[command(about = crate::fl!("cli-about-check"))]
    Check(CheckArgs),
    #[command(about = crate::fl!("cli-about-watch"))]
    Watch(WatchArgs),
    #[command(about = crate::fl!("cli-about-practice-server"))]
    PracticeServer(PracticeServerArgs),
    #[command(subcommand, about = crate::fl!("cli-about-keys"))]
    Keys(keys::KeysCommand),
}

// Where to send and how long to wait; shared by the commands that talk to an exchange.
#[derive(Args, Debug, Clone)]
pub struct Common {
    #[arg(long, value_name = "NAME", conflicts_with_all = ["base_url", "practice"], help = crate::fl!("cli-help-env"))]
    pub env: Option<String>,
    #[arg(long, value_name = "URL", conflicts_with = "practice", help = crate::fl!("cli-help-base-url"))]
    pub base_url: Option<String>,
    #[arg(long, help = crate::fl!("cli-help-practice"))]
    pub practice: bool,
    #[arg(long, value_name = "NAME", conflicts_with_all = ["env", "practice"], help = crate::fl!("cli-help-profile"))]
    pub profile: Option<String>,
    #[arg(long, value_name = "SECONDS", default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..=300), help = crate::fl!("cli-help-timeout"))]
    pub timeout: u64,
    #[arg(long, help = crate::fl!("cli-help-json"))]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ReviewArgs {
    #[arg(long, value_name = "ID", help = crate::fl!("cli-help-order"))]
    pub order: String,
    #[arg(long, conflicts_with_all = ["reject", "reason", "proofs", "proof_files", "remark"], help = crate::fl!("cli-help-pass"))]
    pub pass: bool,
    #[arg(long, requires = "pass", help = crate::fl!("cli-help-refund-received"))]
    pub refund_received: bool,
    #[arg(long, help = crate::fl!("cli-help-reject"))]
    pub reject: bool,
    #[arg(long, value_name = "REASON", help = crate::fl!("cli-help-reason"))]
    pub reason: Option<String>,
    #[arg(long = "proof", value_name = "URL", help = crate::fl!("cli-help-proof"))]
    pub proofs: Vec<String>,
    #[arg(
        long = "proof-file",
        value_name = "PATH",
        help = crate::fl!("cli-help-proof-file", megabytes = (crate::proof::MAX_PROOF_FILE_BYTES / 1_048_576))
    )]
    pub proof_files: Vec<PathBuf>,
    #[arg(
        long,
        value_name = "TEXT",
        help = crate::fl!("cli-help-remark", characters = (crate::review::MAX_REMARK_CHARS))
    )]
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
    #[arg(value_name = "ID", help = crate::fl!("cli-help-order"))]
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
    #[arg(long, value_name = "SECONDS", default_value_t = crate::watch::AS_SOON_AS_POSSIBLE.as_secs(), value_parser = clap::value_parser!(u64).range(1..=3600), help = crate::fl!("cli-help-interval"))]
    pub interval: u64,
    #[arg(long, conflicts_with_all = ["profile", "env", "base_url", "practice"], help = crate::fl!("cli-help-all"))]
    pub all: bool,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Args, Debug)]
pub struct PracticeServerArgs {
    #[arg(long, default_value_t = 0, help = crate::fl!("cli-help-port"))]
    pub port: u16,
    #[arg(long, value_enum, default_value = "none", help = crate::fl!("cli-help-trouble"))]
    pub trouble: crate::practice::Trouble,
    #[arg(long, value_name = "SECONDS", default_value_t = 30, help = crate::fl!("cli-help-late-by"))]
    pub late_by: u64,
    // Used by the benchmarks.
    #[arg(long, value_name = "MS", default_value_t = 0, help = crate::fl!("cli-help-latency"))]
    pub latency: u64,
    #[arg(long, help = crate::fl!("cli-help-second-book"))]
    pub second_book: bool,
    #[arg(long, value_name = "COUNT", conflicts_with = "second_book", help = crate::fl!("cli-help-paid"))]
    pub paid: Option<usize>,
    #[arg(long, value_name = "COUNT", default_value_t = 0, requires = "paid", help = crate::fl!("cli-help-unpaid"))]
    pub unpaid: usize,
    #[arg(long, value_name = "SECONDS", default_value_t = 0, help = crate::fl!("cli-help-new-request-every"))]
    pub new_request_every: u64,
}

/// The language of a command line, chosen before it is parsed (its help is text too): English
/// for `--json` (a machine reads it), else `--lang CODE`, else the system's (on Unix `LANGUAGE`,
/// `LC_ALL`, `LC_MESSAGES`, `LANG`).
pub fn language_for(args: &[std::ffi::OsString]) -> &'static crate::i18n::Language {
    let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    if args.contains(&"--json") {
        return &crate::i18n::LANGUAGES[0];
    }
    let lang = args.iter().enumerate().find_map(|(i, arg)| {
        arg.strip_prefix("--lang=").or_else(|| {
            (*arg == "--lang")
                .then(|| args.get(i + 1).copied())
                .flatten()
        })
    });
    lang.and_then(crate::i18n::parse)
        .unwrap_or_else(crate::i18n::system)
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
            messages: vec![crate::fl!("cli-could-not-start", error = (e.to_string()))],
        })
}

/// Applies every local rule; returns the validated review or every refusal at once.
fn checked_review(args: &ReviewArgs) -> Result<crate::review::ValidReview, Refusal> {
    let mut messages = Vec::new();
    let decision = match (args.pass, args.reject) {
        // Accepting a paid order loses the money unless it came back: said, not sent.
        (true, false) if !args.refund_received => {
            messages.push(crate::fl!("cli-pass-needs-refund-received"));
            None
        }
        (true, false) => Some(Decision::Pass),
        (false, true) => Some(Decision::Reject),
        _ => {
            messages.push(crate::fl!("cli-choose-pass-or-reject"));
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
            let field_messages = errors
                .into_iter()
                .filter(|e| {
                    // A missing decision or reason was already explained above, in CLI terms
                    // (told by its field: the words depend on the language).
                    !(e.field == Field::Decision
                        || (args.reason.is_some() && e.field == Field::Reason))
                })
                .map(|e| e.message);
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
                messages: vec![crate::fl!("cli-nothing-sent", error = (e.to_string()))],
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
    let progress = progress::Steps::new(json);
    let stop = crate::submit::Stop::default();
    let report = runtime.block_on(async {
        let submit = sender.submit(&review, |step| progress.tell(step), &stop);
        tokio::pin!(submit);
        loop {
            tokio::select! {
                report = &mut submit => break report,
                // Ctrl+C while the proofs upload stops them, and nothing is sent; the history
                // says so. (Once the answer itself is on its way it is let finish.)
                Ok(()) = tokio::signal::ctrl_c() => stop.stop(),
            }
        }
    });
    progress.finish();
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
    // Tenths of a second, written the way the merchant's language writes numbers.
    let seconds = crate::format::amount(&format!("{:.1}", offset_ms.abs() as f64 / 1000.0));
    Some(if offset_ms < 0 {
        crate::fl!("cli-clock-ahead", seconds = seconds)
    } else {
        crate::fl!("cli-clock-behind", seconds = seconds)
    })
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

/// Prints each cancel request the practice exchange opens, as it opens them.
fn tell_requests_as_they_open(exchange: &PracticeExchange) -> ! {
    let mut told = 0;
    loop {
        let opened: Vec<(String, i64)> = exchange.with(|e| e.opened_requests()[told..].to_vec());
        told += opened.len();
        for (order, at_ms) in opened {
            println!(
                "{}",
                crate::fl!(
                    "cli-practice-request-opened",
                    time = (crate::format::local_time_seconds(at_ms)),
                    order = (order.as_str())
                )
            );
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

fn practice_server(args: PracticeServerArgs) -> u8 {
    let config = PracticeConfig {
        port: args.port,
        latency: std::time::Duration::from_millis(args.latency),
        book: match (args.paid, args.second_book) {
            (Some(paid), _) => crate::practice::Book::Busy {
                paid,
                unpaid: args.unpaid,
            },
            (None, true) => crate::practice::Book::Second,
            (None, false) => crate::practice::Book::Standard,
        },
        new_request_every: (args.new_request_every > 0)
            .then(|| std::time::Duration::from_secs(args.new_request_every)),
        ..PracticeConfig::default()
    };
    match PracticeExchange::start(config) {
        Ok(exchange) => {
            exchange.set_faults(
                args.trouble
                    .faults(std::time::Duration::from_secs(args.late_by)),
            );
            let url = exchange.base_url();
            println!(
                "{}",
                crate::fl!("cli-practice-listening", url = (url.as_str()))
            );
            if args.trouble != crate::practice::Trouble::None {
                println!(
                    "{}",
                    crate::fl!("cli-practice-simulating", trouble = (args.trouble.label()))
                );
            }
            if args.latency > 0 {
                println!(
                    "{}",
                    crate::fl!("cli-practice-latency", milliseconds = (args.latency))
                );
            }
            let (key, secret) = (
                crate::practice::PRACTICE_API_KEY,
                crate::practice::PRACTICE_API_SECRET,
            );
            println!("{}", crate::fl!("cli-practice-api-key", key = key));
            println!("{}", crate::fl!("cli-practice-api-secret", secret = secret));
            println!(
                "{}",
                crate::fl!(
                    "cli-practice-try",
                    key = key,
                    secret = secret,
                    url = (url.as_str())
                )
            );
            println!("{}", crate::fl!("cli-stop-ctrl-c"));
            if args.new_request_every > 0 {
                tell_requests_as_they_open(&exchange);
            }
            exchange.wait();
            exit::ACCEPTED
        }
        Err(e) => {
            eprintln!(
                "{}",
                crate::fl!(
                    "cli-practice-not-started-on-port",
                    port = (args.port.to_string()),
                    error = (e.to_string())
                )
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
