//! Sending one answer, the same way from the window and the CLI: record it as `sending`,
//! upload the proof files, send the answer once, record the result. When the network leaves
//! the result unknown, read the order to find out instead of sending again.

use std::sync::Mutex;
use std::time::Instant;

use crate::bybit::{BybitError, Client};
use crate::history::{Completion, History, NewEntry, Outcome};
use crate::proof::read_proof_file;
use crate::review::{Decision, ValidReview};

/// Where a submission is, for a progress line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Progress {
    /// Uploading proof `index` (from 1) of `total`.
    Uploading {
        index: usize,
        total: usize,
        name: String,
    },
    Sending,
    /// The answer's fate is unknown: reading the order to find out.
    Checking,
    /// Bybit asked to slow down (10006): sending again after this wait.
    SlowingDown {
        wait: std::time::Duration,
    },
}

/// What the merchant reads while the app waits for Bybit's rate limit to reset.
pub fn slowing_down(wait: std::time::Duration) -> String {
    crate::fl!(
        "submit-slowing-down",
        seconds = (wait.as_secs_f64().ceil().max(1.0) as u64)
    )
}

impl std::fmt::Display for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Progress::Uploading { index, total, name } => f.write_str(&crate::fl!(
                "submit-uploading",
                index = (*index),
                total = (*total),
                name = name
            )),
            Progress::Sending => f.write_str(&crate::fl!("submit-sending")),
            Progress::Checking => f.write_str(&crate::fl!("submit-checking")),
            Progress::SlowingDown { wait } => f.write_str(&slowing_down(*wait)),
        }
    }
}

/// What became of a submission.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub order_id: String,
    pub decision: Decision,
    pub outcome: Outcome,
    /// One sentence for the merchant.
    pub sentence: String,
    pub code: Option<i64>,
    /// The exchange's own message, when it sent one.
    pub exchange_message: Option<String>,
    pub latency_ms: Option<u64>,
    pub proofs_sent: Vec<String>,
    /// True when reading the order proved the answer was not applied.
    pub safe_to_send_again: bool,
    pub history_id: Option<i64>,
}

/// Who sends, where: recorded with each attempt.
pub struct Sender<'a> {
    pub client: &'a Client,
    pub history: &'a Mutex<History>,
    /// The account's name (never its key).
    pub account: &'a str,
}

impl Sender<'_> {
    /// Sends one validated answer. Never sends the answer twice; never returns without a
    /// history entry unless the history itself could not be written (then nothing is sent).
    pub async fn submit(&self, review: &ValidReview, progress: impl Fn(Progress)) -> Report {
        let decision = review.decision();
        let mut report = Report {
            order_id: review.order_id.clone(),
            decision,
            outcome: Outcome::NotSent,
            sentence: String::new(),
            code: None,
            exchange_message: None,
            latency_ms: None,
            proofs_sent: Vec::new(),
            safe_to_send_again: false,
            history_id: None,
        };
        let entry = self.new_entry(review);
        let id = match self.history().begin(&entry) {
            Ok(id) => id,
            Err(e) => {
                report.sentence =
                    crate::fl!("submit-report-history-unwritable", error = (e.to_string()));
                return report;
            }
        };
        report.history_id = Some(id);
        tracing::info!(order = %review.order_id, decision = decision.wire(), proofs = entry.proofs.len(), "sending an answer");

        let uploaded = match self.upload_proofs(review, &progress).await {
            Ok(paths) => paths,
            Err(failure) => {
                report.outcome = failure.outcome;
                report.code = failure.code;
                report.exchange_message = failure.exchange_message;
                report.sentence = failure.sentence;
                self.record(id, &report, None);
                return report;
            }
        };

        let body = review.body(&uploaded);
        report.proofs_sent = body
            .reject_proofs
            .iter()
            .flat_map(|p| p.split(','))
            .map(str::to_owned)
            .collect();
        progress(Progress::Sending);
        let started = Instant::now();
        let result = self.client.review(&body).await;
        report.latency_ms = Some(started.elapsed().as_millis() as u64);
        let mut verification = None;
        match result {
            Ok(()) => {
                report.outcome = Outcome::Accepted;
                report.code = Some(0);
                report.sentence = accepted_sentence(review, &self.client.target().label());
            }
            Err(error) if error.outcome_unknown() => {
                progress(Progress::Checking);
                let (outcome, sentence, safe) = self.settle_unknown(review, &error).await;
                report.outcome = outcome;
                report.safe_to_send_again = safe;
                report.exchange_message = error.exchange_message().map(str::to_owned);
                report.sentence = sentence.clone();
                verification = Some(sentence);
            }
            Err(error) => {
                report.outcome = match error {
                    BybitError::Unreachable { .. } | BybitError::Setup(_) => Outcome::NotSent,
                    _ => Outcome::Refused,
                };
                report.code = error.code();
                report.exchange_message = error.exchange_message().map(str::to_owned);
                report.sentence = crate::fl!(
                    "submit-report-not-applied",
                    order = (review.order_id.as_str()),
                    error = (error.to_string())
                );
            }
        }
        self.record(id, &report, verification);
        tracing::info!(
            order = %report.order_id,
            outcome = report.outcome.id(),
            code = report.code,
            latency_ms = report.latency_ms,
            "answer finished: {}",
            report.sentence
        );
        report
    }

    fn history(&self) -> std::sync::MutexGuard<'_, History> {
        self.history.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn new_entry(&self, review: &ValidReview) -> NewEntry {
        let (reason, proofs, remark) = match &review.rejection {
            None => (None, Vec::new(), None),
            Some(r) => (
                Some(r.reason),
                r.files
                    .iter()
                    .map(|f| f.name.clone())
                    .chain(r.urls.iter().cloned())
                    .collect(),
                r.remark.clone(),
            ),
        };
        NewEntry {
            environment: self.client.target().name.clone(),
            account: self.account.to_owned(),
            order_id: review.order_id.clone(),
            decision: review.decision(),
            reason,
            proofs,
            remark,
        }
    }

    fn record(&self, id: i64, report: &Report, verification: Option<String>) {
        let completion = Completion {
            outcome: report.outcome,
            code: report.code,
            message: report
                .exchange_message
                .clone()
                .unwrap_or_else(|| report.sentence.clone()),
            latency_ms: report.latency_ms,
            proofs_sent: (!report.proofs_sent.is_empty()).then(|| report.proofs_sent.clone()),
            verification,
        };
        if let Err(e) = self.history().complete(id, &completion) {
            // The entry stays `sending`, which reads "unknown — check the order": still true.
            tracing::error!("could not complete history entry {id}: {e}");
        }
    }

    async fn upload_proofs(
        &self,
        review: &ValidReview,
        progress: &impl Fn(Progress),
    ) -> Result<Vec<String>, UploadFailure> {
        let Some(rejection) = &review.rejection else {
            return Ok(Vec::new());
        };
        let total = rejection.files.len();
        let mut paths = Vec::with_capacity(total);
        for (i, file) in rejection.files.iter().enumerate() {
            progress(Progress::Uploading {
                index: i + 1,
                total,
                name: file.name.clone(),
            });
            let bytes = read_proof_file(file).map_err(|e| UploadFailure {
                outcome: Outcome::NotSent,
                code: None,
                exchange_message: None,
                sentence: crate::fl!(
                    "submit-report-proof-refused",
                    order = (review.order_id.as_str()),
                    error = (e.to_string())
                ),
            })?;
            let uploaded = self
                .client
                .upload_proof(&file.name, file.kind.mime(), &bytes)
                .await
                .map_err(|e| UploadFailure {
                    outcome: if matches!(e, BybitError::Api { .. }) {
                        Outcome::Refused
                    } else {
                        Outcome::NotSent
                    },
                    code: e.code(),
                    exchange_message: e.exchange_message().map(str::to_owned),
                    sentence: crate::fl!(
                        "submit-report-upload-failed",
                        order = (review.order_id.as_str()),
                        name = (file.name.as_str()),
                        error = (e.to_string())
                    ),
                })?;
            paths.push(uploaded.url);
        }
        Ok(paths)
    }

    /// Reads the order after an unknown outcome. Returns the outcome to record, a sentence, and
    /// whether sending again is safe.
    async fn settle_unknown(
        &self,
        review: &ValidReview,
        error: &BybitError,
    ) -> (Outcome, String, bool) {
        let order = &review.order_id;
        match self.client.order_detail(order).await {
            Ok(detail) if detail.awaits_my_answer() => (
                Outcome::NotSent,
                crate::fl!(
                    "submit-report-checked-not-applied",
                    error = (error.to_string()),
                    order = (order.as_str())
                ),
                true,
            ),
            Ok(detail) => (
                Outcome::Accepted,
                crate::fl!(
                    "submit-report-checked-applied",
                    error = (error.to_string()),
                    order = (order.as_str()),
                    status = (detail.status_words())
                ),
                false,
            ),
            Err(check) => (
                Outcome::Unknown,
                crate::fl!(
                    "submit-report-check-failed",
                    error = (error.to_string()),
                    order = (order.as_str()),
                    check = (check.to_string())
                ),
                false,
            ),
        }
    }
}

struct UploadFailure {
    outcome: Outcome,
    code: Option<i64>,
    exchange_message: Option<String>,
    sentence: String,
}

fn accepted_sentence(review: &ValidReview, environment: &str) -> String {
    match &review.rejection {
        None => crate::fl!(
            "submit-report-accepted",
            order = (review.order_id.as_str()),
            environment = environment
        ),
        Some(r) => crate::fl!(
            "submit-report-refused",
            order = (review.order_id.as_str()),
            environment = environment,
            reason = (r.reason.label()),
            count = (r.files.len() + r.urls.len())
        ),
    }
}
