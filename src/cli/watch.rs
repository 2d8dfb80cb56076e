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
use crate::watch::{Bybit, HostBans, Report, Schedule, Tracker};

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
        let names: Vec<&str> = connections.iter().map(|c| c.shown.as_str()).collect();
        eprintln!(
            "{}",
            crate::fl!(
                "cli-watch-start",
                accounts = (names.join(", ")),
                seconds = (args.interval)
            )
        );
    }
    runtime.block_on(async {
        let (_schedule, receiver) = watch::channel(Schedule {
            every,
            paused: false,
        });
        let (reports, mut queue) = mpsc::unbounded_channel();
        let bans = Arc::new(HostBans::default());
        for (index, connection) in connections.iter().enumerate() {
            let reports = reports.clone();
            tokio::spawn(crate::watch::run(
                Arc::new(Bybit(connection.client.clone())),
                // A script wants every request, those already waiting included.
                Tracker::new(true),
                receiver.clone(),
                Arc::new(Notify::new()),
                bans.clone(),
                move |report| {
                    let _ = reports.send((index, report));
                },
            ));
        }
        let mut told: Vec<Told> = vec![Told::default(); connections.len()];
        loop {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => break,
                received = queue.recv() => {
                    let Some((index, report)) = received else { break };
                    let connection = &connections[index];
                    // A reader that went away (`| head`) ends the watch quietly.
                    if print_report(connection, report, &mut told[index], json).is_err() {
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
        return Err(Refusal::invalid(crate::fl!("cli-watch-no-accounts")));
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

/// What was last said of an account, so each thing is said once until it changes.
#[derive(Default, Clone)]
struct Told {
    failure: Option<String>,
    unread: Vec<crate::orders::Unread>,
}

fn print_report(
    connection: &Connection,
    report: Report,
    told: &mut Told,
    json: bool,
) -> std::io::Result<()> {
    let Told {
        failure,
        unread: unread_told,
    } = told;
    match report {
        Report::NewRequest(order) => {
            *failure = None;
            print_alert(Alerted::NewRequest, connection, &order, json)
        }
        Report::DeadlineSoon(order) => print_alert(Alerted::DeadlineSoon, connection, &order, json),
        Report::Listed { unread, .. } => {
            *failure = None;
            // Said when it changes, not at every round.
            if *unread_told == unread {
                return Ok(());
            }
            *unread_told = unread.clone();
            for missed in unread {
                let message = crate::fl!(
                    "orders-unread-order",
                    order = (missed.order_id.as_str()),
                    error = (missed.error.to_string())
                );
                say_problem(connection, Note::OrderUnread, &message, json)?;
            }
            Ok(())
        }
        Report::SlowedDown { every, lasting } => {
            let message = crate::fl!(
                "notice-watch-slowed",
                account = (connection.shown.as_str()),
                seconds = (every.as_secs()),
                minutes = (lasting.as_secs() / 60)
            );
            say_problem(connection, Note::SlowedDown, &message, json)
        }
        Report::HostPaused { host, until_ms, .. } => {
            let time = crate::format::local_time(until_ms);
            let message = crate::fl!(
                "orders-host-paused",
                host = (host.as_str()),
                time = (time.get(11..).unwrap_or(&time))
            );
            say_problem(connection, Note::HostPaused, &message, json)
        }
        Report::Failed { message, .. } => {
            // Said once, not at every reading, until it changes or the account recovers.
            if failure.as_ref() == Some(&message) {
                return Ok(());
            }
            *failure = Some(message.clone());
            say_problem(connection, Note::Failed, &message, json)
        }
    }
}

/// What a note about the watch is: its JSON event, and its line's words.
#[derive(Clone, Copy)]
enum Note {
    Failed,
    OrderUnread,
    SlowedDown,
    HostPaused,
}

/// A note about the watch itself: a JSON line with `--json`, else a line on standard error.
fn say_problem(
    connection: &Connection,
    note: Note,
    message: &str,
    json: bool,
) -> std::io::Result<()> {
    let now = chrono::Utc::now();
    let event = match note {
        Note::Failed => "error",
        Note::OrderUnread => "orderUnread",
        Note::SlowedDown => "slowedDown",
        Note::HostPaused => "hostPaused",
    };
    if json {
        line(
            &json!({
                "event": event,
                "at": now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                "account": connection.account,
                "message": message,
            })
            .to_string(),
        )
    } else {
        let time = crate::format::local_time_seconds(now.timestamp_millis());
        let account = connection.shown.as_str();
        eprintln!(
            "{}",
            match note {
                // "could not be checked": the account's list was not read.
                Note::Failed => crate::fl!(
                    "cli-watch-failed",
                    time = time,
                    account = account,
                    message = message
                ),
                _ => crate::fl!(
                    "cli-watch-note",
                    time = time,
                    account = account,
                    message = message
                ),
            }
        );
        Ok(())
    }
}

/// One line on standard output, at once (a script reads it as it comes).
fn line(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}")?;
    out.flush()
}

/// What a watch line announces.
#[derive(Clone, Copy)]
enum Alerted {
    NewRequest,
    DeadlineSoon,
}

fn print_alert(
    alerted: Alerted,
    connection: &Connection,
    order: &OrderDetail,
    json: bool,
) -> std::io::Result<()> {
    let now = chrono::Utc::now();
    let left = order.time_left_to_answer();
    if json {
        let mut value: Value = super::orders::order_json(order);
        value["event"] = json!(match alerted {
            Alerted::NewRequest => "newRequest",
            Alerted::DeadlineSoon => "deadlineSoon",
        });
        value["at"] = json!(now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
        value["account"] = json!(connection.account);
        line(&value.to_string())
    } else {
        let time = crate::format::local_time_seconds(now.timestamp_millis());
        let account = connection.shown.as_str();
        let amount = crate::format::amount(&order.amount);
        let left = crate::format::time_left_or_little(left);
        let text = match alerted {
            Alerted::NewRequest => crate::fl!(
                "cli-watch-new-request",
                time = time,
                account = account,
                order = (order.id.as_str()),
                amount = amount,
                currency = (order.currency_id.as_str()),
                seller = (order.target_nick_name.as_str()),
                left = left
            ),
            Alerted::DeadlineSoon => crate::fl!(
                "cli-watch-deadline-soon",
                time = time,
                account = account,
                order = (order.id.as_str()),
                amount = amount,
                currency = (order.currency_id.as_str()),
                seller = (order.target_nick_name.as_str()),
                left = left
            ),
        };
        line(&text)
    }
}
