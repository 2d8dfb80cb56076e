//! `check`: test the connection, as the window's "Test connection" does.

use serde_json::json;

use super::{CheckArgs, connect_with_runtime, exit};
use crate::check::{Verdict, check_connection};

pub fn run(args: CheckArgs) -> u8 {
    let json = args.common.json;
    let (connection, runtime) = match connect_with_runtime(&args.common) {
        Ok(pair) => pair,
        Err(refusal) => return refusal.print(json),
    };
    let report = runtime.block_on(check_connection(&connection.client));
    let overall = report.overall();
    if json {
        println!(
            "{}",
            json!({
                "ok": overall != Verdict::Problem,
                "environment": connection.client.target().name,
                "account": connection.account,
                "overall": overall,
                "steps": report.steps,
            })
        );
    } else {
        println!(
            "Checking {} ({}):",
            connection.account,
            connection.client.target().name
        );
        for step in &report.steps {
            let mark = match step.verdict {
                Verdict::Good => "OK     ",
                Verdict::Warning => "WARNING",
                Verdict::Problem => "PROBLEM",
            };
            println!("  {mark}  {}: {}", step.name, step.finding);
            if let Some(advice) = &step.advice {
                println!("           What to do: {advice}");
            }
        }
    }
    match (report.unreachable, overall) {
        (true, _) => exit::UNKNOWN,
        (false, Verdict::Problem) => exit::REFUSED,
        _ => exit::ACCEPTED,
    }
}
