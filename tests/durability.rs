//! A crash or a power cut mid-send must leave a record, never nothing. A child process writes
//! history entries as fast as it can, saying "saved ID" after each commit; it is killed in the
//! middle (SIGKILL on Unix, TerminateProcess on Windows: no destructors either way); every entry
//! it reported as saved must still be there, and the file must open cleanly.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use p2p_cancel_review::history::{Completion, Filter, History, NewEntry, Outcome};
use p2p_cancel_review::review::{Decision, RejectReason};

const CHILD_ENV: &str = "P2P_DURABILITY_CHILD_DB";
const TEST_NAME: &str = "every_entry_reported_saved_survives_a_kill";

fn entry(i: u64) -> NewEntry {
    NewEntry {
        environment: "practice".into(),
        account: "Practice account".into(),
        order_id: format!("19{i:017}"),
        decision: Decision::Reject,
        reason: Some(RejectReason::HaveMadePayment),
        proofs: vec!["receipt.png".into()],
        remark: Some("paid".into()),
    }
}

/// The child: begin and complete entries forever, reporting each begin once committed.
fn write_until_killed(path: &str) -> ! {
    let history = History::open(std::path::Path::new(path)).expect("child opens the history");
    for i in 0.. {
        let id = history.begin(&entry(i)).expect("begin");
        println!("saved {id}");
        history
            .complete(
                id,
                &Completion {
                    outcome: Outcome::Accepted,
                    code: Some(0),
                    message: "SUCCESS".into(),
                    latency_ms: Some(10),
                    proofs_sent: None,
                    verification: None,
                },
            )
            .expect("complete");
        println!("completed {id}");
    }
    unreachable!("the loop ends only when the process is killed")
}

#[test]
fn every_entry_reported_saved_survives_a_kill() {
    if let Ok(path) = std::env::var(CHILD_ENV) {
        write_until_killed(&path);
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("history.sqlite3");
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", TEST_NAME, "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, &db)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut saved = Vec::new();
    let mut completed = Vec::new();
    // Let a burst go by, then kill it in the middle of writing.
    while saved.len() < 150 {
        let line = lines.next().expect("the child writes").unwrap();
        if let Some(id) = line.strip_prefix("saved ") {
            saved.push(id.parse::<i64>().unwrap());
        }
    }
    child.kill().unwrap(); // no destructors, no flush, no goodbye
    child.wait().unwrap();
    for line in lines.map_while(Result::ok) {
        if let Some(id) = line.strip_prefix("saved ") {
            saved.push(id.parse().unwrap());
        } else if let Some(id) = line.strip_prefix("completed ") {
            completed.push(id.parse::<i64>().unwrap());
        }
    }

    let (history, notice) = History::open_or_recover(&db).unwrap();
    assert!(
        notice.is_none(),
        "the file opens cleanly after the kill: {notice:?}"
    );
    for id in &saved {
        let entry = history
            .get(*id)
            .unwrap()
            .unwrap_or_else(|| panic!("entry {id} was reported saved but is gone"));
        assert!(
            matches!(entry.outcome, Outcome::Sending | Outcome::Accepted),
            "{entry:?}"
        );
    }
    for id in &completed {
        assert_eq!(
            history.get(*id).unwrap().unwrap().outcome,
            Outcome::Accepted,
            "completion {id} was reported"
        );
    }
    let total = history.count(&Filter::default()).unwrap();
    assert!(
        total >= saved.len() as u64,
        "{total} entries for {} reported",
        saved.len()
    );
}
