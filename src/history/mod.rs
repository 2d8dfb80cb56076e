//! The durable record of every answer sent, from the window or the CLI. An entry is written
//! *before* the request leaves (outcome `sending`) and completed after, so a crash mid-send
//! leaves a trace that says "check the order", never nothing. It never holds a secret or a
//! signature.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

pub mod csv;

use crate::review::{Decision, RejectReason};

/// How an attempt ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// Written before sending; still this after a crash means the result is unknown.
    Sending,
    /// The exchange accepted the answer.
    Accepted,
    /// The exchange refused it (its code and message are kept).
    Refused,
    /// It never left this computer complete (an upload failed, Bybit was unreachable).
    NotSent,
    /// It may or may not have been applied.
    Unknown,
}

impl Outcome {
    pub const ALL: [Outcome; 5] = [
        Outcome::Accepted,
        Outcome::Refused,
        Outcome::Unknown,
        Outcome::NotSent,
        Outcome::Sending,
    ];

    /// The stored value.
    pub fn id(self) -> &'static str {
        match self {
            Outcome::Sending => "sending",
            Outcome::Accepted => "accepted",
            Outcome::Refused => "refused",
            Outcome::NotSent => "not-sent",
            Outcome::Unknown => "unknown",
        }
    }

    /// Words for a merchant.
    pub fn label(self) -> String {
        match self {
            Outcome::Sending => crate::fl!("outcome-sending"),
            Outcome::Accepted => crate::fl!("outcome-accepted"),
            Outcome::Refused => crate::fl!("outcome-refused"),
            Outcome::NotSent => crate::fl!("outcome-not-sent"),
            Outcome::Unknown => crate::fl!("outcome-unknown"),
        }
    }

    fn from_id(id: &str) -> Self {
        Outcome::ALL
            .into_iter()
            .find(|o| o.id() == id)
            .unwrap_or(Outcome::Unknown)
    }
}

/// What is known before the answer is sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewEntry {
    pub environment: String,
    /// The account's name (never its key).
    pub account: String,
    pub order_id: String,
    pub decision: Decision,
    pub reason: Option<RejectReason>,
    /// File names and links, as the merchant gave them.
    pub proofs: Vec<String>,
    pub remark: Option<String>,
}

/// What is known after.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Completion {
    pub outcome: Outcome,
    pub code: Option<i64>,
    /// The exchange's message, or what happened in words.
    pub message: String,
    pub latency_ms: Option<u64>,
    /// The proofs as sent (uploaded paths and links), when the answer got that far.
    pub proofs_sent: Option<Vec<String>>,
    /// How an unknown outcome was settled by reading the order afterwards.
    pub verification: Option<String>,
}

/// One recorded attempt.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub id: i64,
    /// Milliseconds since the epoch.
    pub started_at_ms: i64,
    pub environment: String,
    pub account: String,
    pub order_id: String,
    pub decision: Decision,
    pub reason: Option<RejectReason>,
    pub proofs: Vec<String>,
    pub remark: Option<String>,
    pub outcome: Outcome,
    pub code: Option<i64>,
    pub message: String,
    pub latency_ms: Option<u64>,
    pub verification: Option<String>,
}

/// Narrows a listing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Part of an order id.
    pub order_id: String,
    pub outcome: Option<Outcome>,
}

/// The history could not be used.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    Sql(#[from] rusqlite::Error),
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    /// SQLite's own verdict on the file (not translated).
    Damaged(String),
}

impl std::fmt::Display for HistoryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            HistoryError::Open { path, source } => crate::fl!(
                "submit-history-open-failed",
                path = (path.display().to_string()),
                error = (source.to_string())
            ),
            HistoryError::Sql(source) => {
                crate::fl!("submit-history-unusable", error = (source.to_string()))
            }
            HistoryError::Folder { path, source } => crate::fl!(
                "submit-history-folder-failed",
                path = (path.display().to_string()),
                error = (source.to_string())
            ),
            HistoryError::Damaged(verdict) => {
                crate::fl!("submit-history-damaged", detail = (verdict.as_str()))
            }
        };
        f.write_str(&text)
    }
}

/// True for errors that mean the file's content is unusable (as opposed to the disk or the
/// permissions, where setting the file aside would not help).
fn is_damage(error: &HistoryError) -> bool {
    use rusqlite::ffi::ErrorCode;
    let sqlite = match error {
        HistoryError::Damaged(_) => return true,
        HistoryError::Open { source, .. } | HistoryError::Sql(source) => source,
        HistoryError::Folder { .. } => return false,
    };
    matches!(
        sqlite.sqlite_error_code(),
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt | ErrorCode::SchemaChanged)
    )
}

/// When an uploaded file's path stops working, from its `e=` parameter (seconds since the
/// epoch, as Bybit signs them), in ms.
fn upload_expiry_ms(path: &str) -> Option<i64> {
    let query = path.split_once('?')?.1;
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix("e="))
        .and_then(|e| e.parse::<i64>().ok())
        .map(|seconds| seconds * 1000)
}

/// The history database.
pub struct History {
    conn: Connection,
}

const SCHEMA_VERSION: i64 = 2;

/// An upload without an expiry in its path is reused this long.
const UPLOAD_KEPT_MS: i64 = 24 * 3600 * 1000;

/// An upload is reused only while its path stays valid at least this much longer, so the
/// answer that carries it is read well before it expires.
const UPLOAD_MARGIN_MS: i64 = 3600 * 1000;

impl History {
    /// Opens (or creates) the history at `path`.
    pub fn open(path: &Path) -> Result<Self, HistoryError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| HistoryError::Folder {
                path: parent.to_path_buf(),
                source,
            })?;
        }
        let open = |source| HistoryError::Open {
            path: path.to_path_buf(),
            source,
        };
        let conn = Connection::open(path).map_err(open)?;
        // WAL + FULL sync: a committed entry survives a crash or a power cut.
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(open)?;
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(open)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(open)?;
        let history = Self { conn };
        history.migrate().map_err(open)?;
        Ok(history)
    }

    /// Opens the history; if the file is damaged, keeps it aside (renamed, never deleted),
    /// starts a new one, and says so in the returned notice.
    pub fn open_or_recover(path: &Path) -> Result<(Self, Option<String>), HistoryError> {
        let damage = match Self::open(path).and_then(|h| h.check_integrity().map(|()| h)) {
            Ok(history) => return Ok((history, None)),
            Err(e) if is_damage(&e) => e,
            Err(e) => return Err(e),
        };
        let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let aside = path.with_file_name(format!("{file_name}.damaged-{stamp}"));
        std::fs::rename(path, &aside).map_err(|source| HistoryError::Folder {
            path: aside.clone(),
            source,
        })?;
        for suffix in ["-wal", "-shm"] {
            let companion = path.with_file_name(format!("{file_name}{suffix}"));
            if companion.exists() {
                // The journal belongs to the damaged file: keep it beside it.
                let _ = std::fs::rename(
                    &companion,
                    aside.with_file_name(format!("{}{suffix}", aside.display())),
                );
            }
        }
        tracing::warn!(
            "history damaged ({damage}); kept aside as {}",
            aside.display()
        );
        let history = Self::open(path)?;
        let notice = crate::fl!(
            "submit-history-recovered",
            error = (damage.to_string()),
            path = (aside.display().to_string())
        );
        Ok((history, Some(notice)))
    }

    /// SQLite's own check of the file's structure.
    fn check_integrity(&self) -> Result<(), HistoryError> {
        let verdict: String = self
            .conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        if verdict == "ok" {
            Ok(())
        } else {
            Err(HistoryError::Damaged(verdict))
        }
    }

    fn migrate(&self) -> rusqlite::Result<()> {
        let version: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version < 1 {
            self.conn.execute_batch(
                "CREATE TABLE IF NOT EXISTS attempts (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    started_at_ms INTEGER NOT NULL,
                    environment TEXT NOT NULL,
                    account TEXT NOT NULL,
                    order_id TEXT NOT NULL,
                    decision TEXT NOT NULL,
                    reason TEXT,
                    proofs TEXT NOT NULL,
                    remark TEXT,
                    outcome TEXT NOT NULL,
                    code INTEGER,
                    message TEXT NOT NULL DEFAULT '',
                    latency_ms INTEGER,
                    verification TEXT
                );
                CREATE INDEX IF NOT EXISTS attempts_order ON attempts(order_id);
                CREATE INDEX IF NOT EXISTS attempts_outcome ON attempts(outcome);",
            )?;
        }
        if version < 2 {
            // The files uploaded for an answer, so a retry sends their paths, not the files.
            self.conn.execute_batch(
                "CREATE TABLE IF NOT EXISTS uploads (
                    environment TEXT NOT NULL,
                    account TEXT NOT NULL,
                    order_id TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    path TEXT NOT NULL,
                    uploaded_at_ms INTEGER NOT NULL,
                    PRIMARY KEY (environment, account, order_id, sha256)
                );
                CREATE TABLE IF NOT EXISTS counterparties (
                    environment TEXT NOT NULL,
                    account TEXT NOT NULL,
                    order_id TEXT NOT NULL,
                    counterparty TEXT NOT NULL,
                    PRIMARY KEY (environment, account, order_id)
                );
                CREATE INDEX IF NOT EXISTS counterparties_name ON counterparties(counterparty);",
            )?;
        }
        if version < SCHEMA_VERSION {
            self.conn
                .pragma_update(None, "user_version", SCHEMA_VERSION)?;
        }
        Ok(())
    }

    /// The path Bybit gave this file when it was uploaded for this answer before, while it
    /// is still valid at `now_ms`.
    pub fn reusable_upload(
        &self,
        owner: &crate::submit::UploadOwner,
        sha256: &str,
        now_ms: i64,
    ) -> Result<Option<String>, HistoryError> {
        let found: Option<(String, i64)> = self
            .conn
            .query_row(
                "SELECT path, uploaded_at_ms FROM uploads
                 WHERE environment = ?1 AND account = ?2 AND order_id = ?3 AND sha256 = ?4",
                rusqlite::params![owner.environment, owner.account, owner.order_id, sha256],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        Ok(found
            .filter(|(path, at)| {
                let valid_until = upload_expiry_ms(path).unwrap_or(at + UPLOAD_KEPT_MS);
                valid_until > now_ms + UPLOAD_MARGIN_MS
            })
            .map(|(path, _)| path))
    }

    /// Keeps an upload's path for this answer; forgets uploads too old to serve any answer.
    pub fn remember_upload(
        &self,
        owner: &crate::submit::UploadOwner,
        sha256: &str,
        path: &str,
        now_ms: i64,
    ) -> Result<(), HistoryError> {
        self.conn.execute(
            "INSERT OR REPLACE INTO uploads
             (environment, account, order_id, sha256, path, uploaded_at_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            rusqlite::params![
                owner.environment,
                owner.account,
                owner.order_id,
                sha256,
                path,
                now_ms
            ],
        )?;
        self.conn.execute(
            "DELETE FROM uploads WHERE uploaded_at_ms < ?1",
            [now_ms - 3 * UPLOAD_KEPT_MS],
        )?;
        Ok(())
    }

    /// Keeps who the seller of an order with a cancel request was, so later requests from the
    /// same seller can be counted.
    pub fn remember_counterparty(
        &self,
        environment: &str,
        account: &str,
        order_id: &str,
        counterparty: &str,
    ) -> Result<(), HistoryError> {
        self.conn.execute(
            "INSERT OR REPLACE INTO counterparties (environment, account, order_id, counterparty)
             VALUES (?1, ?2, ?3, ?4)",
            rusqlite::params![environment, account, order_id, counterparty],
        )?;
        Ok(())
    }

    /// This seller's other orders with a cancel request to this account, and how the answers
    /// that were applied went.
    pub fn seller_history(
        &self,
        environment: &str,
        account: &str,
        counterparty: &str,
        except_order: &str,
    ) -> Result<crate::decision::SellerHistory, HistoryError> {
        let mut statement = self.conn.prepare(
            "SELECT (SELECT a.decision FROM attempts a
                     WHERE a.environment = c.environment AND a.account = c.account
                       AND a.order_id = c.order_id AND a.outcome = 'accepted'
                     ORDER BY a.id DESC LIMIT 1)
             FROM counterparties c
             WHERE c.environment = ?1 AND c.account = ?2 AND c.counterparty = ?3
               AND c.order_id != ?4",
        )?;
        let answers = statement
            .query_map(
                rusqlite::params![environment, account, counterparty, except_order],
                |r| r.get::<_, Option<String>>(0),
            )?
            .collect::<Result<Vec<_>, _>>()?;
        let mut history = crate::decision::SellerHistory::default();
        for answer in answers {
            history.requests += 1;
            match answer.as_deref().and_then(Decision::from_wire) {
                Some(Decision::Pass) => history.accepted += 1,
                Some(Decision::Reject) => history.refused += 1,
                None => {}
            }
        }
        Ok(history)
    }

    /// Forgets the uploads of an answer that was given.
    pub fn forget_uploads(&self, owner: &crate::submit::UploadOwner) -> Result<(), HistoryError> {
        self.conn.execute(
            "DELETE FROM uploads WHERE environment = ?1 AND account = ?2 AND order_id = ?3",
            rusqlite::params![owner.environment, owner.account, owner.order_id],
        )?;
        Ok(())
    }

    /// Records an attempt as `sending`, before anything leaves. Returns its id.
    pub fn begin(&self, entry: &NewEntry) -> Result<i64, HistoryError> {
        self.conn.execute(
            "INSERT INTO attempts (started_at_ms, environment, account, order_id, decision, reason, proofs, remark, outcome)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                now_ms(),
                entry.environment,
                entry.account,
                entry.order_id,
                entry.decision.wire(),
                entry.reason.map(RejectReason::wire),
                proofs_json(&entry.proofs),
                entry.remark,
                Outcome::Sending.id(),
            ],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Completes an attempt.
    pub fn complete(&self, id: i64, completion: &Completion) -> Result<(), HistoryError> {
        self.conn.execute(
            "UPDATE attempts SET outcome = ?2, code = ?3, message = ?4, latency_ms = ?5,
                 proofs = COALESCE(?6, proofs), verification = ?7 WHERE id = ?1",
            params![
                id,
                completion.outcome.id(),
                completion.code,
                completion.message,
                completion.latency_ms.map(|ms| ms as i64),
                completion.proofs_sent.as_deref().map(proofs_json),
                completion.verification,
            ],
        )?;
        Ok(())
    }

    /// Records finished attempts in one transaction (imports, tests and benchmarks: recording
    /// a live answer goes through [`History::begin`] and [`History::complete`]).
    pub fn insert_finished(
        &mut self,
        attempts: &[(NewEntry, Completion)],
    ) -> Result<(), HistoryError> {
        let tx = self.conn.transaction()?;
        {
            let mut insert = tx.prepare(
                "INSERT INTO attempts (started_at_ms, environment, account, order_id, decision, reason, proofs, remark,
                                       outcome, code, message, latency_ms, verification)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            )?;
            for (entry, done) in attempts {
                insert.execute(params![
                    now_ms(),
                    entry.environment,
                    entry.account,
                    entry.order_id,
                    entry.decision.wire(),
                    entry.reason.map(RejectReason::wire),
                    proofs_json(done.proofs_sent.as_deref().unwrap_or(&entry.proofs)),
                    entry.remark,
                    done.outcome.id(),
                    done.code,
                    done.message,
                    done.latency_ms.map(|ms| ms as i64),
                    done.verification,
                ])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// One entry by id.
    pub fn get(&self, id: i64) -> Result<Option<Entry>, HistoryError> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM attempts WHERE id = ?1"),
                [id],
                row_to_entry,
            )
            .optional()?)
    }

    /// How many entries match.
    pub fn count(&self, filter: &Filter) -> Result<u64, HistoryError> {
        let (clause, args) = where_clause(filter);
        let n: i64 = self.conn.query_row(
            &format!("SELECT COUNT(*) FROM attempts {clause}"),
            rusqlite::params_from_iter(args),
            |r| r.get(0),
        )?;
        Ok(n as u64)
    }

    /// Entries newest first, `limit` of them starting at `offset`: a window's visible rows
    /// without loading the rest.
    pub fn page(
        &self,
        filter: &Filter,
        offset: u64,
        limit: u64,
    ) -> Result<Vec<Entry>, HistoryError> {
        let (clause, mut args) = where_clause(filter);
        args.push(limit.to_string());
        args.push(offset.to_string());
        let n = args.len();
        let sql = format!(
            "SELECT {COLUMNS} FROM attempts {clause} ORDER BY id DESC LIMIT CAST(?{} AS INTEGER) OFFSET CAST(?{n} AS INTEGER)",
            n - 1
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), row_to_entry)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

const COLUMNS: &str = "id, started_at_ms, environment, account, order_id, decision, reason, proofs, remark, outcome, code, message, latency_ms, verification";

fn where_clause(filter: &Filter) -> (String, Vec<String>) {
    let mut conditions = Vec::new();
    let mut args = Vec::new();
    let order = filter.order_id.trim();
    if !order.is_empty() {
        args.push(format!("%{}%", order.replace(['%', '_'], "")));
        conditions.push(format!("order_id LIKE ?{}", args.len()));
    }
    if let Some(outcome) = filter.outcome {
        args.push(outcome.id().to_owned());
        conditions.push(format!("outcome = ?{}", args.len()));
    }
    if conditions.is_empty() {
        (String::new(), args)
    } else {
        (format!("WHERE {}", conditions.join(" AND ")), args)
    }
}

fn row_to_entry(row: &rusqlite::Row<'_>) -> rusqlite::Result<Entry> {
    let decision: String = row.get(5)?;
    let reason: Option<String> = row.get(6)?;
    let proofs: String = row.get(7)?;
    let outcome: String = row.get(9)?;
    let latency: Option<i64> = row.get(12)?;
    Ok(Entry {
        id: row.get(0)?,
        started_at_ms: row.get(1)?,
        environment: row.get(2)?,
        account: row.get(3)?,
        order_id: row.get(4)?,
        decision: Decision::from_wire(&decision).unwrap_or(Decision::Reject),
        reason: reason.and_then(|r| RejectReason::parse(&r).ok()),
        proofs: serde_json::from_str(&proofs).unwrap_or_default(),
        remark: row.get(8)?,
        outcome: Outcome::from_id(&outcome),
        code: row.get(10)?,
        message: row.get(11)?,
        latency_ms: latency.map(|ms| ms.max(0) as u64),
        verification: row.get(13)?,
    })
}

fn proofs_json(proofs: &[String]) -> String {
    serde_json::to_string(proofs).unwrap_or_else(|_| "[]".into())
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(order: &str) -> NewEntry {
        NewEntry {
            environment: "practice".into(),
            account: "Practice account".into(),
            order_id: order.into(),
            decision: Decision::Reject,
            reason: Some(RejectReason::Others),
            proofs: vec!["receipt.png".into()],
            remark: Some("备注".into()),
        }
    }

    #[test]
    fn an_upload_serves_its_answer_while_its_path_is_valid_and_is_forgotten_once_answered() {
        let dir = tempfile::tempdir().unwrap();
        let history = History::open(&dir.path().join("history.sqlite3")).unwrap();
        let owner = |order: &str| crate::submit::UploadOwner {
            environment: "practice".into(),
            account: "a".into(),
            order_id: order.into(),
        };
        let now = 1_800_000_000_000;
        let expires = now / 1000 + 72 * 3600;
        let path = format!("/fiat/p2p/oss/showObj/otc/9001/x.mp4?e={expires}&token=t");
        history
            .remember_upload(&owner("1"), "abc", &path, now)
            .unwrap();
        assert_eq!(
            history.reusable_upload(&owner("1"), "abc", now).unwrap(),
            Some(path.clone())
        );
        // Another order's answer, another file: not this upload.
        assert_eq!(
            history.reusable_upload(&owner("2"), "abc", now).unwrap(),
            None
        );
        assert_eq!(
            history.reusable_upload(&owner("1"), "abd", now).unwrap(),
            None
        );
        // An hour before its path expires it is no longer offered.
        let late = (expires - 1800) * 1000;
        assert_eq!(
            history.reusable_upload(&owner("1"), "abc", late).unwrap(),
            None
        );
        // Without an expiry in its path, a day.
        history
            .remember_upload(&owner("3"), "abc", "/fiat/p2p/oss/y.png", now)
            .unwrap();
        let day = 24 * 3600 * 1000;
        assert!(
            history
                .reusable_upload(&owner("3"), "abc", now + day - 2 * 3600 * 1000)
                .unwrap()
                .is_some()
        );
        assert!(
            history
                .reusable_upload(&owner("3"), "abc", now + day)
                .unwrap()
                .is_none()
        );
        history.forget_uploads(&owner("1")).unwrap();
        assert_eq!(
            history.reusable_upload(&owner("1"), "abc", now).unwrap(),
            None
        );
    }

    #[test]
    fn a_sellers_earlier_requests_are_counted_with_how_each_was_answered() {
        let dir = tempfile::tempdir().unwrap();
        let history = History::open(&dir.path().join("history.sqlite3")).unwrap();
        let (env, account) = ("practice", "Practice account");
        for (order, seller) in [
            ("1", "S"),
            ("2", "S"),
            ("3", "S"),
            ("4", "Other"),
            ("5", "S"),
        ] {
            history
                .remember_counterparty(env, account, order, seller)
                .unwrap();
        }
        let answer = |order: &str, decision: Decision, outcome: Outcome| {
            let id = history
                .begin(&NewEntry {
                    environment: env.into(),
                    account: account.into(),
                    order_id: order.into(),
                    decision,
                    reason: None,
                    proofs: Vec::new(),
                    remark: None,
                })
                .unwrap();
            history
                .complete(
                    id,
                    &Completion {
                        outcome,
                        code: None,
                        message: String::new(),
                        latency_ms: None,
                        proofs_sent: None,
                        verification: None,
                    },
                )
                .unwrap();
        };
        answer("1", Decision::Pass, Outcome::Accepted);
        answer("2", Decision::Pass, Outcome::Refused); // Bybit refused it: not an answer given
        answer("2", Decision::Reject, Outcome::Accepted);
        answer("4", Decision::Pass, Outcome::Accepted); // another seller
        let seen = history.seller_history(env, account, "S", "5").unwrap();
        assert_eq!(
            seen,
            crate::decision::SellerHistory {
                requests: 3,
                accepted: 1,
                refused: 1
            }
        );
    }

    #[test]
    fn an_attempt_is_recorded_before_and_completed_after() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested/history.sqlite3");
        let history = History::open(&path).unwrap();
        let id = history.begin(&entry("42")).unwrap();
        let pending = history.get(id).unwrap().unwrap();
        assert_eq!(pending.outcome, Outcome::Sending);
        assert_eq!(pending.outcome.label(), "unknown — check the order");
        history
            .complete(
                id,
                &Completion {
                    outcome: Outcome::Accepted,
                    code: Some(0),
                    message: "SUCCESS".into(),
                    latency_ms: Some(120),
                    proofs_sent: Some(vec!["/fiat/p2p/oss/x.png".into()]),
                    verification: None,
                },
            )
            .unwrap();
        drop(history);
        let reopened = History::open(&path).unwrap();
        let done = reopened.get(id).unwrap().unwrap();
        assert_eq!(done.outcome, Outcome::Accepted);
        assert_eq!(done.proofs, ["/fiat/p2p/oss/x.png"]);
        assert_eq!(done.remark.as_deref(), Some("备注"));
        assert_eq!(done.reason, Some(RejectReason::Others));
        assert_eq!(done.latency_ms, Some(120));
    }

    #[test]
    fn a_damaged_file_is_kept_aside_and_a_new_history_starts() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.sqlite3");
        std::fs::write(&path, b"this is not a database, it is a shopping list").unwrap();
        let (history, notice) = History::open_or_recover(&path).unwrap();
        let notice = notice.expect("the merchant is told");
        assert!(
            notice.contains("kept aside") && notice.contains(".damaged-"),
            "{notice}"
        );
        history.begin(&entry("7")).unwrap();
        let aside: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().contains(".damaged-"))
            .collect();
        assert_eq!(aside.len(), 1);
        assert_eq!(
            std::fs::read(aside[0].path()).unwrap(),
            b"this is not a database, it is a shopping list",
            "kept, not deleted"
        );
        drop(history);
        let (reopened, notice) = History::open_or_recover(&path).unwrap();
        assert!(notice.is_none(), "a healthy file opens quietly");
        assert_eq!(reopened.count(&Filter::default()).unwrap(), 1);
    }

    #[test]
    fn a_database_with_scrambled_pages_is_recovered_too() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.sqlite3");
        {
            let history = History::open(&path).unwrap();
            for i in 0..200 {
                history.begin(&entry(&i.to_string())).unwrap();
            }
            history
                .conn
                .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
                .unwrap();
        }
        let bytes = std::fs::read(&path).unwrap();
        // Keep the header page, scramble the pages behind it.
        let mut damaged = bytes[..4096.min(bytes.len())].to_vec();
        damaged.extend(std::iter::repeat_n(
            0xA5u8,
            bytes.len().saturating_sub(4096),
        ));
        std::fs::write(&path, damaged).unwrap();
        let (history, notice) = History::open_or_recover(&path).unwrap();
        assert!(notice.is_some());
        assert_eq!(history.count(&Filter::default()).unwrap(), 0);
    }

    #[test]
    fn pages_are_newest_first_and_filters_narrow_them() {
        let dir = tempfile::tempdir().unwrap();
        let history = History::open(&dir.path().join("h.sqlite3")).unwrap();
        for i in 0..25 {
            let id = history.begin(&entry(&format!("10{i:02}"))).unwrap();
            let outcome = if i % 5 == 0 {
                Outcome::Refused
            } else {
                Outcome::Accepted
            };
            history
                .complete(
                    id,
                    &Completion {
                        outcome,
                        code: None,
                        message: String::new(),
                        latency_ms: None,
                        proofs_sent: None,
                        verification: None,
                    },
                )
                .unwrap();
        }
        let all = Filter::default();
        assert_eq!(history.count(&all).unwrap(), 25);
        let first = history.page(&all, 0, 10).unwrap();
        assert_eq!(first.len(), 10);
        assert_eq!(first[0].order_id, "1024");
        assert_eq!(history.page(&all, 20, 10).unwrap().len(), 5);
        let refused = Filter {
            outcome: Some(Outcome::Refused),
            ..Default::default()
        };
        assert_eq!(history.count(&refused).unwrap(), 5);
        let by_order = Filter {
            order_id: "102".into(),
            ..Default::default()
        };
        assert_eq!(history.count(&by_order).unwrap(), 5);
        let wildcard = Filter {
            order_id: "%".into(),
            ..Default::default()
        };
        assert_eq!(
            history.count(&wildcard).unwrap(),
            25,
            "% is not a wildcard for the merchant"
        );
    }
}
