//! The history as CSV, for a spreadsheet or an accountant.

use std::io::Write;
use std::path::Path;

use super::{Entry, Filter, History, HistoryError};

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Shown as the history's own error.
    History(#[from] HistoryError),
    Write(#[from] std::io::Error),
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExportError::History(e) => std::fmt::Display::fmt(e, f),
            ExportError::Write(e) => {
                f.write_str(&crate::fl!("csv-write-failed", error = (e.to_string())))
            }
        }
    }
}

/// The header row, in the merchant's language (the rows below keep the stored values).
fn header() -> [String; 14] {
    [
        crate::fl!("csv-column-time"),
        crate::fl!("csv-column-environment"),
        crate::fl!("csv-column-account"),
        crate::fl!("csv-column-order"),
        crate::fl!("csv-column-decision"),
        crate::fl!("csv-column-reason"),
        crate::fl!("csv-column-proofs"),
        crate::fl!("csv-column-remark"),
        crate::fl!("csv-column-outcome"),
        crate::fl!("csv-column-code"),
        crate::fl!("csv-column-message"),
        crate::fl!("csv-column-latency-ms"),
        crate::fl!("csv-column-verification"),
        crate::fl!("csv-column-id"),
    ]
}

/// Writes every entry matching `filter`, newest first, reading `chunk` rows at a time.
/// Returns the number of rows written. Writes to a temporary file first, so a failed export
/// never leaves half a file under the chosen name.
pub fn export(
    history: &History,
    filter: &Filter,
    path: &Path,
    chunk: u64,
) -> Result<u64, ExportError> {
    let temp = path.with_extension("csv.partial");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&temp)?);
    write_row(&mut out, header().into_iter())?;
    let mut offset = 0;
    loop {
        let page = history.page(filter, offset, chunk)?;
        for entry in &page {
            write_row(&mut out, fields(entry))?;
        }
        offset += page.len() as u64;
        if (page.len() as u64) < chunk {
            break;
        }
    }
    out.flush()?;
    drop(out);
    std::fs::rename(&temp, path)?;
    Ok(offset)
}

fn fields(e: &Entry) -> impl Iterator<Item = String> {
    [
        crate::format::local_time_seconds(e.started_at_ms),
        e.environment.clone(),
        e.account.clone(),
        e.order_id.clone(),
        e.decision.wire().to_owned(),
        e.reason.map(|r| r.wire().to_owned()).unwrap_or_default(),
        e.proofs.join(" "),
        e.remark.clone().unwrap_or_default(),
        e.outcome.id().to_owned(),
        e.code.map(|c| c.to_string()).unwrap_or_default(),
        e.message.clone(),
        e.latency_ms.map(|l| l.to_string()).unwrap_or_default(),
        e.verification.clone().unwrap_or_default(),
        e.id.to_string(),
    ]
    .into_iter()
}

fn write_row(out: &mut impl Write, fields: impl Iterator<Item = String>) -> std::io::Result<()> {
    let row: Vec<String> = fields.map(|f| escape(&f)).collect();
    writeln!(out, "{}", row.join(","))
}

/// RFC 4180 quoting, plus a leading `'` on text a spreadsheet would run as a formula (a
/// remark or an exchange message starting with `=`, `+`, `-`, `@`).
fn escape(field: &str) -> String {
    let defused =
        if field.starts_with(['=', '+', '-', '@', '\t', '\r']) && field.parse::<f64>().is_err() {
            format!("'{field}")
        } else {
            field.to_owned()
        };
    if defused.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::{Completion, NewEntry, Outcome};
    use crate::review::{Decision, RejectReason};

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(escape("plain"), "plain");
        assert_eq!(escape("a,b"), "\"a,b\"");
        assert_eq!(escape("say \"hi\"\nbye"), "\"say \"\"hi\"\"\nbye\"");
        assert_eq!(escape("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(escape("-12"), "-12", "numbers stay numbers");
    }

    #[test]
    fn exports_every_matching_row_across_chunks() {
        let dir = tempfile::tempdir().unwrap();
        let history = History::open(&dir.path().join("h.sqlite3")).unwrap();
        for i in 0..7 {
            let id = history
                .begin(&NewEntry {
                    environment: "practice".into(),
                    account: "Shop, main".into(),
                    order_id: format!("{i}"),
                    decision: Decision::Reject,
                    reason: Some(RejectReason::Others),
                    proofs: vec!["a.png".into(), "https://e.com/b.jpg".into()],
                    remark: Some("=cmd".into()),
                })
                .unwrap();
            history
                .complete(
                    id,
                    &Completion {
                        outcome: Outcome::Accepted,
                        code: Some(0),
                        message: "SUCCESS".into(),
                        latency_ms: Some(42),
                        proofs_sent: None,
                        verification: None,
                    },
                )
                .unwrap();
        }
        let path = dir.path().join("out.csv");
        assert_eq!(export(&history, &Filter::default(), &path, 3).unwrap(), 7);
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 8);
        assert!(lines[0].starts_with("time,environment,account,order"));
        assert!(lines[1].contains(",\"Shop, main\",6,REJECT,buyerRefuseOrderCancelReason_others,a.png https://e.com/b.jpg,'=cmd,accepted,0,SUCCESS,42,"), "{}", lines[1]);
        assert!(!dir.path().join("out.csv.partial").exists());
    }
}
