//! One error type for everything that can go wrong talking to Bybit. Its `Display` is a
//! sentence for a merchant (what happened, what to do); the exchange's own code and message
//! come last.

use super::explain;

/// What went wrong with one call.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BybitError {
    /// Bybit answered with a non-zero `retCode` / `ret_code`: it refused the request.
    #[error("{}", explain::api_error(*code, message))]
    Api {
        code: i64,
        /// The exchange's own message, trimmed, with the API key masked.
        message: String,
        http_status: u16,
        /// `X-Bapi-Limit-Reset-Timestamp`, when Bybit sent one (ms since the epoch).
        limit_reset_ms: Option<i64>,
    },
    /// An HTTP error status without a Bybit code in the body.
    #[error("{}", explain::http_status(*status, snippet))]
    HttpStatus { status: u16, snippet: String },
    /// HTTP 2xx, but the body is not a Bybit answer (not JSON, or JSON without a code).
    #[error(
        "Bybit's answer could not be understood (HTTP {status}), so the result is unknown. It began with: {snippet}"
    )]
    UnexpectedAnswer { status: u16, snippet: String },
    /// The connection could not be opened: nothing was sent.
    #[error(
        "Could not reach {host}; nothing was sent. Check the internet connection and try again. ({detail})"
    )]
    Unreachable { host: String, detail: String },
    /// The request may have been sent but no answer came in time.
    #[error("No answer from Bybit within {seconds} s, so the result is unknown.")]
    Timeout { seconds: u64 },
    /// The connection broke after the request may have left.
    #[error(
        "The connection to Bybit broke before the answer arrived, so the result is unknown. ({detail})"
    )]
    ConnectionLost { detail: String },
    /// The HTTP client could not be set up on this computer.
    #[error(
        "This computer cannot open secure connections: {0}. On Linux, install the package ca-certificates."
    )]
    Setup(String),
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
            BybitError::Api { .. } | BybitError::Unreachable { .. } | BybitError::Setup(_) => false,
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
            BybitError::Setup(_) => false,
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
