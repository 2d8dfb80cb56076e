//! The buyer's answer to a seller's cancel request, as a domain value: a draft as the merchant
//! typed it, the rules it must meet, and the validated review that can be sent.

use serde::{Deserialize, Serialize};

use crate::bybit::model::ReviewBody;
use crate::proof::ProofFile;

/// Bybit order ids are 19 digits; anything much longer is a paste gone wrong.
pub const MAX_ORDER_ID_DIGITS: usize = 32;
/// The longest remark accepted, in characters (not bytes: Chinese or Russian count the same).
pub const MAX_REMARK_CHARS: usize = 500;
/// The most proofs one answer carries. Bybit documents no limit (reference §7); its own app
/// takes a handful of images, and a long list helps nobody decide.
pub const MAX_PROOFS: usize = 9;
/// The longest proof URL accepted.
pub const MAX_PROOF_URL_CHARS: usize = 1024;
/// Proof paths returned by Bybit's own upload start with this.
pub const UPLOADED_PROOF_PREFIX: &str = "/fiat/p2p/oss/";

/// Accept or refuse the seller's request to cancel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Decision {
    /// Accept the cancellation (`PASS`).
    Pass,
    /// Refuse the cancellation (`REJECT`).
    Reject,
}

impl Decision {
    /// The wire value.
    pub fn wire(self) -> &'static str {
        match self {
            Decision::Pass => "PASS",
            Decision::Reject => "REJECT",
        }
    }

    /// What the choice means, in a merchant's words.
    pub fn label(self) -> String {
        match self {
            Decision::Pass => crate::fl!("decision-pass"),
            Decision::Reject => crate::fl!("decision-reject"),
        }
    }

    /// Parses the wire value (as stored in the history).
    pub fn from_wire(value: &str) -> Option<Self> {
        match value {
            "PASS" => Some(Decision::Pass),
            "REJECT" => Some(Decision::Reject),
            _ => None,
        }
    }
}

/// The three documented reasons for refusing. (The seed's `ITEM_NOT_RECEIVED` is not one.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RejectReason {
    HaveMadePayment,
    HaveNotReceivedFullRefund,
    Others,
}

impl RejectReason {
    pub const ALL: [RejectReason; 3] = [
        RejectReason::HaveMadePayment,
        RejectReason::HaveNotReceivedFullRefund,
        RejectReason::Others,
    ];

    /// The wire value.
    pub fn wire(self) -> &'static str {
        match self {
            RejectReason::HaveMadePayment => "buyerRefuseOrderCancelReason_haveMadePayment",
            RejectReason::HaveNotReceivedFullRefund => {
                "buyerRefuseOrderCancelReason_haveNotReceivedFullRefund"
            }
            RejectReason::Others => "buyerRefuseOrderCancelReason_others",
        }
    }

    /// The short name used on the command line.
    pub fn cli_name(self) -> &'static str {
        match self {
            RejectReason::HaveMadePayment => "have-made-payment",
            RejectReason::HaveNotReceivedFullRefund => "have-not-received-full-refund",
            RejectReason::Others => "others",
        }
    }

    /// The reason in a merchant's words.
    pub fn label(self) -> String {
        match self {
            RejectReason::HaveMadePayment => crate::fl!("reason-have-made-payment"),
            RejectReason::HaveNotReceivedFullRefund => {
                crate::fl!("reason-have-not-received-full-refund")
            }
            RejectReason::Others => crate::fl!("reason-others"),
        }
    }

    /// Accepts the short name or the full wire name, and nothing else.
    pub fn parse(value: &str) -> Result<Self, String> {
        let value = value.trim();
        Self::ALL
            .into_iter()
            .find(|r| r.cli_name().eq_ignore_ascii_case(value) || r.wire() == value)
            .ok_or_else(|| crate::fl!("reason-not-accepted", value = value))
    }
}

/// A part of the form, so a refusal can point at it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    OrderId,
    Decision,
    Reason,
    Proofs,
    Remark,
}

/// A rule a field did not meet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub message: String,
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// Checks an order id: surrounding spaces are forgiven (pasting adds them), then digits only.
pub fn check_order_id(raw: &str) -> Result<String, String> {
    let id = raw.trim();
    if id.is_empty() {
        return Err(crate::fl!("review-order-id-empty"));
    }
    if !id.chars().all(|c| c.is_ascii_digit()) {
        return Err(crate::fl!("review-order-id-not-digits"));
    }
    if id.len() > MAX_ORDER_ID_DIGITS {
        return Err(crate::fl!(
            "review-order-id-too-long",
            max = MAX_ORDER_ID_DIGITS,
            count = (id.len())
        ));
    }
    Ok(id.to_owned())
}

/// Checks a proof URL: http(s), or a path returned by Bybit's upload; no commas (they separate
/// proofs on the wire), spaces or control characters.
pub fn check_proof_url(raw: &str) -> Result<String, String> {
    let url = raw.trim();
    if url.is_empty() {
        return Err(crate::fl!("review-proof-link-empty"));
    }
    if url.chars().count() > MAX_PROOF_URL_CHARS {
        return Err(crate::fl!(
            "review-proof-link-too-long",
            max = MAX_PROOF_URL_CHARS
        ));
    }
    if url.contains(',') {
        return Err(crate::fl!("review-proof-link-comma", link = url));
    }
    if url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || is_invisible_format(c))
    {
        return Err(crate::fl!(
            "review-proof-link-invisible",
            link = (url.escape_debug().to_string())
        ));
    }
    if url.starts_with(UPLOADED_PROOF_PREFIX) {
        return Ok(url.to_owned());
    }
    match url::Url::parse(url) {
        Ok(parsed)
            if matches!(parsed.scheme(), "http" | "https") && parsed.host_str().is_some() =>
        {
            Ok(url.to_owned())
        }
        _ => Err(crate::fl!("review-proof-link-not-web", link = url)),
    }
}

/// Zero-width and text-direction characters: invisible, and able to make a link look like it
/// ends in something else (`…/a\u{202E}gpj.exe` shows as `…/aexe.jpg`).
fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// Checks a remark; an empty one is no remark.
pub fn check_remark(raw: &str) -> Result<Option<String>, String> {
    let remark = raw.trim();
    let count = remark.chars().count();
    if count > MAX_REMARK_CHARS {
        return Err(crate::fl!(
            "review-remark-too-long",
            count = count,
            max = MAX_REMARK_CHARS
        ));
    }
    if remark
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(crate::fl!("review-remark-control-characters"));
    }
    Ok((!remark.is_empty()).then(|| remark.to_owned()))
}

/// The form as the merchant filled it in. Proof files in it have already passed
/// [`crate::proof::check_proof_file`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReviewDraft {
    pub order_id: String,
    pub decision: Option<Decision>,
    pub reason: Option<RejectReason>,
    pub proof_files: Vec<ProofFile>,
    pub proof_urls: Vec<String>,
    pub remark: String,
}

/// What a REJECT carries besides the order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejection {
    pub reason: RejectReason,
    pub files: Vec<ProofFile>,
    pub urls: Vec<String>,
    pub remark: Option<String>,
}

/// A review that meets every local rule and can be sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidReview {
    pub order_id: String,
    /// `None` for PASS.
    pub rejection: Option<Rejection>,
}

impl ReviewDraft {
    /// Applies every rule; on failure lists each broken rule, in the order of the form.
    pub fn validate(&self) -> Result<ValidReview, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut fail = |field, message: String| errors.push(FieldError { field, message });
        let order_id = check_order_id(&self.order_id)
            .map_err(|m| fail(Field::OrderId, m))
            .ok();
        let rejection = match self.decision {
            None => {
                fail(Field::Decision, crate::fl!("review-decision-missing"));
                None
            }
            Some(Decision::Pass) => None,
            Some(Decision::Reject) => {
                let reason = self.reason;
                if reason.is_none() {
                    fail(Field::Reason, crate::fl!("review-reason-missing"));
                }
                let urls: Vec<String> = self
                    .proof_urls
                    .iter()
                    .filter_map(|u| check_proof_url(u).map_err(|m| fail(Field::Proofs, m)).ok())
                    .collect();
                let count = self.proof_files.len() + self.proof_urls.len();
                if count == 0 {
                    fail(Field::Proofs, crate::fl!("review-proofs-missing"));
                } else if count > MAX_PROOFS {
                    fail(
                        Field::Proofs,
                        crate::fl!(
                            "review-proofs-too-many",
                            max = MAX_PROOFS,
                            extra = (count - MAX_PROOFS)
                        ),
                    );
                }
                let remark = check_remark(&self.remark)
                    .map_err(|m| fail(Field::Remark, m))
                    .ok();
                reason.zip(remark).map(|(reason, remark)| Rejection {
                    reason,
                    files: self.proof_files.clone(),
                    urls,
                    remark,
                })
            }
        };
        if errors.is_empty()
            && let Some(order_id) = order_id
        {
            return Ok(ValidReview {
                order_id,
                rejection,
            });
        }
        Err(errors)
    }
}

impl ValidReview {
    pub fn decision(&self) -> Decision {
        if self.rejection.is_some() {
            Decision::Reject
        } else {
            Decision::Pass
        }
    }

    /// The wire body, given the paths Bybit returned for the uploaded files (in file order).
    /// Proofs are the uploaded paths first, then the links, each in the order given.
    pub fn body(&self, uploaded_paths: &[String]) -> ReviewBody {
        let Some(rejection) = &self.rejection else {
            return ReviewBody {
                order_id: self.order_id.clone(),
                examine_result: Decision::Pass.wire(),
                reject_reason: None,
                reject_proofs: None,
                reject_remark: None,
            };
        };
        let proofs: Vec<&str> = uploaded_paths
            .iter()
            .chain(&rejection.urls)
            .map(String::as_str)
            .collect();
        ReviewBody {
            order_id: self.order_id.clone(),
            examine_result: Decision::Reject.wire(),
            reject_reason: Some(rejection.reason.wire()),
            reject_proofs: Some(proofs.join(",")),
            reject_remark: rejection.remark.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reject_draft() -> ReviewDraft {
        ReviewDraft {
            order_id: " 1900004704665923584 ".into(),
            decision: Some(Decision::Reject),
            reason: Some(RejectReason::HaveMadePayment),
            proof_urls: vec![
                "https://example.com/proof1.jpg".into(),
                "https://example.com/proof2.jpg".into(),
            ],
            remark: "Payment was sent.".into(),
            ..Default::default()
        }
    }

    #[test]
    fn reasons_parse_from_short_and_wire_names_only() {
        for r in RejectReason::ALL {
            assert_eq!(RejectReason::parse(r.cli_name()), Ok(r));
            assert_eq!(RejectReason::parse(r.wire()), Ok(r));
        }
        assert!(
            RejectReason::parse("ITEM_NOT_RECEIVED").is_err(),
            "the seed's example value is not valid"
        );
        assert!(RejectReason::parse("").is_err());
    }

    #[test]
    fn order_ids_are_trimmed_digits_of_bounded_length() {
        assert_eq!(check_order_id(" 123\n"), Ok("123".into()));
        assert!(check_order_id("").is_err());
        assert!(check_order_id("12 34").is_err());
        assert!(
            check_order_id("１２３").is_err(),
            "full-width digits are not ASCII digits"
        );
        assert!(check_order_id("1e18").is_err());
        assert!(check_order_id(&"1".repeat(MAX_ORDER_ID_DIGITS + 1)).is_err());
    }

    #[test]
    fn proof_urls_are_http_or_uploaded_paths_without_separators() {
        assert!(check_proof_url("https://example.com/a.jpg").is_ok());
        assert!(check_proof_url("/fiat/p2p/oss/showObj/otc/9001/a.png?e=1&token=x").is_ok());
        for bad in [
            "ftp://example.com/a.jpg",
            "javascript:alert(1)",
            "https://example.com/a.jpg,https://x",
            "https://example.com/a b.jpg",
            "https://example.com/a\u{7}.jpg",
            "example.com/a.jpg",
            "",
        ] {
            assert!(check_proof_url(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn remarks_count_characters_not_bytes() {
        let chinese = "我已经付款".repeat(MAX_REMARK_CHARS / 5);
        assert_eq!(
            check_remark(&chinese).unwrap().unwrap().chars().count(),
            MAX_REMARK_CHARS
        );
        assert!(check_remark(&format!("{chinese}多")).is_err());
        assert_eq!(check_remark("  "), Ok(None));
        assert!(check_remark("line one\nline two").is_ok());
    }

    #[test]
    fn a_reject_body_lists_uploads_first_then_links() {
        let review = reject_draft().validate().unwrap();
        let body = review.body(&["/fiat/p2p/oss/a.png".into()]);
        assert_eq!(body.order_id, "1900004704665923584");
        assert_eq!(
            body.reject_reason,
            Some("buyerRefuseOrderCancelReason_haveMadePayment")
        );
        assert_eq!(
            body.reject_proofs.as_deref(),
            Some(
                "/fiat/p2p/oss/a.png,https://example.com/proof1.jpg,https://example.com/proof2.jpg"
            )
        );
        assert_eq!(body.reject_remark.as_deref(), Some("Payment was sent."));
    }

    #[test]
    fn a_pass_sends_nothing_but_order_and_decision_even_if_the_form_had_more() {
        let draft = ReviewDraft {
            decision: Some(Decision::Pass),
            ..reject_draft()
        };
        let body = draft.validate().unwrap().body(&[]);
        assert_eq!(
            serde_json::to_string(&body).unwrap(),
            r#"{"orderId":"1900004704665923584","examineResult":"PASS"}"#
        );
    }

    #[test]
    fn every_broken_rule_is_reported_with_its_field() {
        let draft = ReviewDraft {
            order_id: "12a".into(),
            decision: Some(Decision::Reject),
            remark: "x".repeat(MAX_REMARK_CHARS + 1),
            ..Default::default()
        };
        let fields: Vec<Field> = draft
            .validate()
            .unwrap_err()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            [Field::OrderId, Field::Reason, Field::Proofs, Field::Remark]
        );
        let undecided = ReviewDraft {
            order_id: "1".into(),
            ..Default::default()
        };
        assert_eq!(undecided.validate().unwrap_err()[0].field, Field::Decision);
        let too_many = ReviewDraft {
            proof_urls: vec!["https://e.com/a.png".into(); MAX_PROOFS + 1],
            ..reject_draft()
        };
        assert!(
            too_many.validate().unwrap_err()[0]
                .message
                .contains("remove 1")
        );
    }
}
