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
            "{}",
            crate::fl!(
                "cli-check-heading",
                account = (connection.shown.as_str()),
                environment = (connection.client.target().label())
            )
        );
        // The marks in a column as wide as the longest, the advice lined up under the findings.
        let (good, warning, problem) = (
            crate::fl!("cli-check-mark-ok"),
            crate::fl!("cli-check-mark-warning"),
            crate::fl!("cli-check-mark-problem"),
        );
        let width = [&good, &warning, &problem]
            .iter()
            .map(|m| m.chars().count())
            .max()
            .unwrap_or(0);
        let indent = " ".repeat(width + 4);
        for step in &report.steps {
            let mark = match step.verdict {
                Verdict::Good => &good,
                Verdict::Warning => &warning,
                Verdict::Problem => &problem,
            };
            println!("  {mark:<width$}  {}: {}", step.name, step.finding);
            if let Some(advice) = &step.advice {
                println!(
                    "{indent}{}",
                    crate::fl!("cli-check-advice", advice = (advice.as_str()))
                );
            }
        }
    }
    match (report.unreachable, overall) {
        (true, _) => exit::UNKNOWN,
        (false, Verdict::Problem) => exit::REFUSED,
        _ => exit::ACCEPTED,
    }
}
