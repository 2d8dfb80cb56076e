//! Sending one answer, the same way from the window and the CLI: record it as `sending`,
//! upload the proof files, send the answer once, record the result. When the network leaves
//! the result unknown, read the order to find out instead of sending again.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};
use tokio::sync::Notify;

use crate::bybit::{BybitError, Client};
use crate::history::{Completion, History, NewEntry, Outcome};
use crate::proof::read_proof_file;
use crate::review::{Decision, ValidReview};

/// Where a submission is, for a progress line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Progress {
    /// Uploading proof `index` (from 1) of `total`: `sent` of `size` bytes so far, and the
    /// time left at the speed so far, once known.
    Uploading {
        index: usize,
        total: usize,
        name: String,
        sent: u64,
        size: u64,
        left: Option<Duration>,
    },
    Sending,
    /// The answer's fate is unknown: reading the order to find out.
    Checking,
    /// Bybit asked to slow down (10006): sending again after this wait.
    SlowingDown {
        wait: std::time::Duration,
    },
}

/// Files from this size on have their progress told in megabytes.
pub const SIZE_WORTH_TELLING: u64 = 1024 * 1024;

/// How often an upload's progress is told (a terminal line or the window's bar).
const PROGRESS_EVERY: Duration = Duration::from_millis(200);

/// The merchant's Cancel while the proofs upload: stops the upload, and nothing is sent. Has
/// no effect once the answer itself is on its way (it takes well under a second).
#[derive(Clone, Debug, Default)]
pub struct Stop(Arc<(AtomicBool, Notify)>);

impl Stop {
    pub fn stop(&self) {
        self.0.0.store(true, Ordering::SeqCst);
        self.0.1.notify_waiters();
    }

    pub fn is_stopped(&self) -> bool {
        self.0.0.load(Ordering::SeqCst)
    }

    async fn stopped(&self) {
        loop {
            let notified = self.0.1.notified();
            if self.is_stopped() {
                return;
            }
            notified.await;
        }
    }
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
            Progress::Uploading {
                index,
                total,
                name,
                sent,
                size,
                left,
            } => {
                let start = crate::fl!(
                    "submit-uploading",
                    index = (*index),
                    total = (*total),
                    name = name
                );
                // Small files go in a moment: their sizes would only flicker past.
                if *size < SIZE_WORTH_TELLING {
                    return f.write_str(&start);
                }
                let reached = crate::format::megabytes_of(*sent, *size);
                f.write_str(&match left {
                    Some(left) => crate::fl!(
                        "submit-uploading-progress",
                        start = start,
                        reached = reached,
                        left = (crate::format::time_left(*left))
                    ),
                    None => crate::fl!(
                        "submit-uploading-progress-starting",
                        start = start,
                        reached = reached
                    ),
                })
            }
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
    pub async fn submit(
        &self,
        review: &ValidReview,
        progress: impl Fn(Progress),
        stop: &Stop,
    ) -> Report {
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

        let uploaded = match self.upload_proofs(review, &progress, stop).await {
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
                // The answer is given: its files are not needed again.
                if let Err(e) = self.history().forget_uploads(&self.upload_owner(review)) {
                    tracing::warn!("could not forget the uploads of an answered order: {e}");
                }
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

    /// Whose uploads these are: this account's, for this order.
    fn upload_owner(&self, review: &ValidReview) -> UploadOwner {
        UploadOwner {
            environment: self.client.target().name.clone(),
            account: self.account.to_owned(),
            order_id: review.order_id.clone(),
        }
    }

    /// Uploads the proof files, each once per answer: a file already uploaded for this order
    /// (an earlier try that failed later) is sent by the path Bybit gave it then.
    async fn upload_proofs(
        &self,
        review: &ValidReview,
        progress: &impl Fn(Progress),
        stop: &Stop,
    ) -> Result<Vec<String>, UploadFailure> {
        let Some(rejection) = &review.rejection else {
            return Ok(Vec::new());
        };
        let owner = self.upload_owner(review);
        let total = rejection.files.len();
        let mut paths = Vec::with_capacity(total);
        for (i, file) in rejection.files.iter().enumerate() {
            let told = |sent: u64, size: u64, left: Option<Duration>| {
                progress(Progress::Uploading {
                    index: i + 1,
                    total,
                    name: file.name.clone(),
                    sent,
                    size,
                    left,
                })
            };
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
            let size = bytes.len() as u64;
            let digest = hex::encode(Sha256::digest(&bytes));
            let earlier = self.history().reusable_upload(
                &owner,
                &digest,
                chrono::Utc::now().timestamp_millis(),
            );
            match earlier {
                Ok(Some(path)) => {
                    tracing::info!(order = %review.order_id, "proof {} uploaded before: sent by its path", i + 1);
                    told(size, size, None);
                    paths.push(path);
                    continue;
                }
                Ok(None) => {}
                Err(e) => tracing::warn!("could not look up earlier uploads: {e}"),
            }
            told(0, size, None);
            let uploaded = self
                .upload_one(file, &bytes, &told, stop)
                .await
                .map_err(|failure| failure.into_report(review, file))?;
            if let Err(e) = self.history().remember_upload(
                &owner,
                &digest,
                &uploaded,
                chrono::Utc::now().timestamp_millis(),
            ) {
                tracing::warn!("could not remember an upload (it would be sent again): {e}");
            }
            paths.push(uploaded);
        }
        Ok(paths)
    }

    /// One file's upload, its progress told every [`PROGRESS_EVERY`], stopped by `stop`.
    async fn upload_one(
        &self,
        file: &crate::proof::ProofFile,
        bytes: &[u8],
        told: &impl Fn(u64, u64, Option<Duration>),
        stop: &Stop,
    ) -> Result<String, OneUploadFailure> {
        let (sender, mut heard) = tokio::sync::mpsc::unbounded_channel();
        let listener: crate::bybit::upload::ProgressListener = Arc::new(move |sent, total| {
            let _ = sender.send((sent, total));
        });
        let upload = self
            .client
            .upload_proof(&file.name, file.kind.mime(), bytes, Some(listener));
        tokio::pin!(upload);
        let started = Instant::now();
        let mut last_told = None::<Instant>;
        let mut reached = (0u64, bytes.len() as u64);
        loop {
            tokio::select! {
                result = &mut upload => {
                    return result
                        .map(|uploaded| uploaded.url)
                        .map_err(OneUploadFailure::Bybit);
                }
                Some((sent, total)) = heard.recv() => {
                    // The request is the file and a few hundred bytes of frame: told as the
                    // file's bytes, so the figures match the size the merchant saw.
                    let size = bytes.len() as u64;
                    let sent = (u128::from(sent) * u128::from(size) / u128::from(total.max(1))) as u64;
                    reached = (sent, size);
                    let due = last_told.is_none_or(|at| at.elapsed() >= PROGRESS_EVERY);
                    if due || sent == size {
                        last_told = Some(Instant::now());
                        told(sent, size, time_left(sent, size, started.elapsed()));
                    }
                }
                () = stop.stopped() => return Err(OneUploadFailure::Stopped { reached }),
            }
        }
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

/// Whose uploads: an account's, for one order (an upload serves that answer only).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UploadOwner {
    pub environment: String,
    pub account: String,
    pub order_id: String,
}

/// Why one file did not go.
enum OneUploadFailure {
    Bybit(BybitError),
    /// The merchant pressed Cancel with this much of the file sent.
    Stopped {
        reached: (u64, u64),
    },
}

impl OneUploadFailure {
    fn into_report(self, review: &ValidReview, file: &crate::proof::ProofFile) -> UploadFailure {
        match self {
            OneUploadFailure::Bybit(e) => UploadFailure {
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
            },
            OneUploadFailure::Stopped { reached } => UploadFailure {
                outcome: Outcome::NotSent,
                code: None,
                exchange_message: None,
                sentence: crate::fl!(
                    "submit-report-upload-stopped",
                    order = (review.order_id.as_str()),
                    name = (file.name.as_str()),
                    reached = (crate::format::megabytes_of(reached.0, reached.1))
                ),
            },
        }
    }
}

/// The time left at the speed so far; none in the first second (too early to say).
fn time_left(sent: u64, total: u64, elapsed: Duration) -> Option<Duration> {
    if elapsed < Duration::from_secs(1) || sent == 0 {
        return None;
    }
    let speed = sent as f64 / elapsed.as_secs_f64();
    Some(Duration::from_secs_f64(
        (total.saturating_sub(sent)) as f64 / speed,
    ))
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
