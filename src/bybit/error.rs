//! One error type for everything that can go wrong talking to Bybit. Its `Display` is a
//! sentence for a merchant (what happened, what to do); the exchange's own code and message
//! come last.

use super::explain;

/// What went wrong with one call.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BybitError {
    /// Bybit answered with a non-zero `retCode` / `ret_code`: it refused the request.
    Api {
        code: i64,
        /// The exchange's own message, trimmed, with the API key masked.
        message: String,
        http_status: u16,
        /// `X-Bapi-Limit-Reset-Timestamp`, when Bybit sent one (ms since the epoch).
        limit_reset_ms: Option<i64>,
    },
    /// An HTTP error status without a Bybit code in the body.
    HttpStatus { status: u16, snippet: String },
    /// HTTP 2xx, but the body is not a Bybit answer (not JSON, or JSON without a code).
    UnexpectedAnswer { status: u16, snippet: String },
    /// The connection could not be opened: nothing was sent.
    Unreachable { host: String, detail: String },
    /// The request may have been sent but no answer came in time.
    Timeout { seconds: u64 },
    /// An upload stopped moving: nothing was taken by the connection for `seconds`, after
    /// `sent` of `total` bytes.
    Stalled { seconds: u64, sent: u64, total: u64 },
    /// The connection broke after the request may have left.
    ConnectionLost { detail: String },
    /// The HTTP client could not be set up on this computer.
    Setup(String),
}

impl std::fmt::Display for BybitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            BybitError::Api { code, message, .. } => explain::api_error(*code, message),
            BybitError::HttpStatus { status, snippet } => explain::http_status(*status, snippet),
            BybitError::UnexpectedAnswer { status, snippet } => crate::fl!(
                "error-unexpected-answer",
                status = (status.to_string()),
                snippet = snippet
            ),
            BybitError::Unreachable { host, detail } => {
                crate::fl!("error-unreachable", host = host, detail = detail)
            }
            BybitError::Timeout { seconds } => crate::fl!("error-timeout", seconds = (*seconds)),
            BybitError::Stalled {
                seconds,
                sent,
                total,
            } => crate::fl!(
                "error-upload-stalled",
                seconds = (*seconds),
                reached = (crate::format::megabytes_of(*sent, *total))
            ),
            BybitError::ConnectionLost { detail } => {
                crate::fl!("error-connection-lost", detail = detail)
            }
            BybitError::Setup(detail) => crate::fl!("error-setup", detail = detail),
        };
        f.write_str(&text)
    }
}

impl BybitError {
    /// Bybit's numeric code, when it answered with one.
    pub fn code(&self) -> Option<i64> {
        match self {
            BybitError::Api { code, .. } => Some(*code),
            _ => None,
        }
    }

    /// The exchange's own words (its message, or the first bytes of its answer), if any.
    pub fn exchange_message(&self) -> Option<&str> {
        match self {
            BybitError::Api { message, .. } => Some(message),
            BybitError::HttpStatus { snippet, .. }
            | BybitError::UnexpectedAnswer { snippet, .. } => Some(snippet),
            _ => None,
        }
    }

    /// The HTTP status of the answer, when one arrived.
    pub fn http_status(&self) -> Option<u16> {
        match self {
            BybitError::Api { http_status, .. } => Some(*http_status),
            BybitError::HttpStatus { status, .. } | BybitError::UnexpectedAnswer { status, .. } => {
                Some(*status)
            }
            _ => None,
        }
    }

    /// True when a state-changing request may or may not have been applied: the request could
    /// have reached Bybit, but no trustworthy answer came back.
    pub fn outcome_unknown(&self) -> bool {
        match self {
            BybitError::Timeout { .. }
            | BybitError::ConnectionLost { .. }
            | BybitError::UnexpectedAnswer { .. } => true,
            BybitError::HttpStatus { status, .. } => *status >= 500,
            BybitError::Api { .. }
            | BybitError::Unreachable { .. }
            | BybitError::Stalled { .. }
            | BybitError::Setup(_) => false,
        }
    }

    /// True for failures a read may simply try again: network trouble, overload, server errors.
    pub fn is_transient(&self) -> bool {
        match self {
            BybitError::Unreachable { .. }
            | BybitError::Timeout { .. }
            | BybitError::ConnectionLost { .. }
            | BybitError::UnexpectedAnswer { .. } => true,
            BybitError::HttpStatus { status, .. } => *status == 429 || *status >= 500,
            BybitError::Api { code, .. } => *code == explain::SERVER_ERROR,
            BybitError::Stalled { .. } | BybitError::Setup(_) => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(code: i64) -> BybitError {
        BybitError::Api {
            code,
            message: "msg".into(),
            http_status: 200,
            limit_reset_ms: None,
        }
    }

    #[test]
    fn a_refusal_is_never_an_unknown_outcome() {
        assert!(!api(10001).outcome_unknown());
        assert!(
            !BybitError::Unreachable {
                host: "h".into(),
                detail: "d".into()
            }
            .outcome_unknown()
        );
        assert!(
            !BybitError::HttpStatus {
                status: 403,
                snippet: String::new()
            }
            .outcome_unknown()
        );
        assert!(
            BybitError::HttpStatus {
                status: 502,
                snippet: String::new()
            }
            .outcome_unknown()
        );
        assert!(BybitError::Timeout { seconds: 5 }.outcome_unknown());
        assert!(
            BybitError::UnexpectedAnswer {
                status: 200,
                snippet: "<html>".into()
            }
            .outcome_unknown()
        );
    }

    #[test]
    fn display_explains_first_and_keeps_the_code() {
        let text = api(10005).to_string();
        assert!(text.starts_with("This API key"), "{text}");
        assert!(text.contains("10005") && text.contains("msg"), "{text}");
    }
}
