//! `watch`: the window's background watch for a script or a small server. One line per new
//! cancel request and per deadline warning (JSON Lines with `--json`) until interrupted.

use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};
use tokio::sync::{Notify, mpsc, watch};

use super::connect::{Connection, connect};
use super::{Common, Refusal, WatchArgs, exit, runtime};
use crate::accounts::{AccountBook, accounts_file};
use crate::bybit::model::OrderDetail;
use crate::watch::{Bybit, Report, Schedule, Tracker};

pub fn run(args: WatchArgs) -> u8 {
    let json = args.common.json;
    let connections = match connections(&args) {
        Ok(c) => c,
        Err(refusal) => return refusal.print(json),
    };
    let runtime = match runtime() {
        Ok(r) => r,
        Err(refusal) => return refusal.print(json),
    };
    let every = Duration::from_secs(args.interval);
    if !json {
        let names: Vec<&str> = connections.iter().map(|c| c.account.as_str()).collect();
        eprintln!(
            "Watching {} every {} s: first the requests already waiting, then each new one. Stop with Ctrl+C.",
            names.join(", "),
            args.interval
        );
    }
    runtime.block_on(async {
        let (_schedule, receiver) = watch::channel(Schedule {
            every,
            paused: false,
        });
        let (reports, mut queue) = mpsc::unbounded_channel();
        for (index, connection) in connections.iter().enumerate() {
            let reports = reports.clone();
            tokio::spawn(crate::watch::run(
                Arc::new(Bybit(connection.client.clone())),
                // A script wants every request, those already waiting included.
                Tracker::new(true),
                receiver.clone(),
                Arc::new(Notify::new()),
                move |report| {
                    let _ = reports.send((index, report));
                },
            ));
        }
        let mut failures: Vec<Option<String>> = vec![None; connections.len()];
        loop {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => break,
                received = queue.recv() => {
                    let Some((index, report)) = received else { break };
                    let account = &connections[index].account;
                    // A reader that went away (`| head`) ends the watch quietly.
                    if print_report(account, report, &mut failures[index], json).is_err() {
                        break;
                    }
                }
            }
        }
    });
    // Dropping the connections remembers what was learnt of Bybit's clock.
    drop(connections);
    exit::ACCEPTED
}

/// The accounts to watch: every saved one with `--all`, else the one the common options name.
fn connections(args: &WatchArgs) -> Result<Vec<Connection>, Refusal> {
    if !args.all {
        return Ok(vec![connect(&args.common)?]);
    }
    let book = AccountBook::load(&accounts_file()).map_err(|e| Refusal::invalid(e.to_string()))?;
    if book.accounts.is_empty() {
        return Err(Refusal::invalid(
            "No account is saved yet: add one with `p2p-cancel-review keys add`.",
        ));
    }
    book.accounts
        .iter()
        .map(|account| {
            connect(&Common {
                profile: Some(account.name.clone()),
                ..args.common.clone()
            })
        })
        .collect()
}

fn print_report(
    account: &str,
    report: Report,
    failure: &mut Option<String>,
    json: bool,
) -> std::io::Result<()> {
    let now = chrono::Utc::now();
    match report {
        Report::NewRequest(order) => {
            *failure = None;
            print_alert("newRequest", "new cancel request", account, &order, json)
        }
        Report::DeadlineSoon(order) => {
            print_alert("deadlineSoon", "deadline soon", account, &order, json)
        }
        Report::Listed { .. } => {
            *failure = None;
            Ok(())
        }
        Report::Failed { message, .. } => {
            // Said once, not at every reading, until it changes or the account recovers.
            if failure.as_ref() == Some(&message) {
                return Ok(());
            }
            *failure = Some(message.clone());
            if json {
                line(
                    &json!({
                        "event": "error",
                        "at": now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                        "account": account,
                        "message": message,
                    })
                    .to_string(),
                )
            } else {
                eprintln!(
                    "{}  {account}: could not be checked. {message}",
                    crate::format::local_time_seconds(now.timestamp_millis())
                );
                Ok(())
            }
        }
    }
}

/// One line on standard output, at once (a script reads it as it comes).
fn line(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}")?;
    out.flush()
}

fn print_alert(
    event: &str,
    words: &str,
    account: &str,
    order: &OrderDetail,
    json: bool,
) -> std::io::Result<()> {
    let now = chrono::Utc::now();
    let left = order.time_left_to_answer();
    if json {
        let mut value: Value = super::orders::order_json(order);
        value["event"] = json!(event);
        value["at"] = json!(now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
        value["account"] = json!(account);
        line(&value.to_string())
    } else {
        line(&format!(
            "{}  {words}  {account}  order {}  {} {}  seller {}  {} left to answer",
            crate::format::local_time_seconds(now.timestamp_millis()),
            order.id,
            crate::format::amount(&order.amount),
            order.currency_id,
            order.target_nick_name,
            left.map(crate::format::time_left)
                .unwrap_or_else(|| "little time".into()),
        ))
    }
}
