//! Bybit's error codes in a merchant's words (reference §6). One function per source of error,
//! so a new code is one match arm.

/// 10016: a server error Bybit asks clients to retry later.
pub const SERVER_ERROR: i64 = 10016;
/// 10002: the request's timestamp is outside the receive window.
pub const TIMESTAMP_OUT_OF_WINDOW: i64 = 10002;
/// 10006: too many requests for this account.
pub const TOO_MANY_VISITS: i64 = 10006;

/// A sentence for a non-zero Bybit code, followed by the code and the exchange's own message
/// (which stays as Bybit wrote it).
pub fn api_error(code: i64, message: &str) -> String {
    // The code is an identifier, passed as text (never written as a number with separators).
    let shown = code.to_string();
    let shown = shown.as_str();
    match code {
        10001 => crate::fl!("error-api-10001", code = shown, message = message),
        TIMESTAMP_OUT_OF_WINDOW => match clock_skew_seconds(message) {
            Some(skew) => {
                let seconds = crate::format::amount(&format!("{:.1}", skew.abs()));
                if skew > 0.0 {
                    crate::fl!(
                        "error-api-10002-ahead",
                        seconds = seconds,
                        code = shown,
                        message = message
                    )
                } else {
                    crate::fl!(
                        "error-api-10002-behind",
                        seconds = seconds,
                        code = shown,
                        message = message
                    )
                }
            }
            None => crate::fl!("error-api-10002", code = shown, message = message),
        },
        10003 => crate::fl!("error-api-10003", code = shown, message = message),
        10004 => crate::fl!("error-api-10004", code = shown, message = message),
        10005 => crate::fl!("error-api-10005", code = shown, message = message),
        TOO_MANY_VISITS => crate::fl!("error-api-10006", code = shown, message = message),
        10010 => crate::fl!("error-api-10010", code = shown, message = message),
        SERVER_ERROR => crate::fl!("error-api-10016", code = shown, message = message),
        10017 => crate::fl!("error-api-10017", code = shown, message = message),
        912000014 => crate::fl!("error-api-912000014", code = shown, message = message),
        _ => crate::fl!("error-api-other", code = shown, message = message),
    }
}

/// A sentence for an HTTP error status whose body carried no Bybit code.
pub fn http_status(status: u16, snippet: &str) -> String {
    let shown = status.to_string();
    let shown = shown.as_str();
    let advice = match status {
        401 => crate::fl!("http-401"),
        403 => crate::fl!("http-403"),
        404 => crate::fl!("http-404"),
        429 => crate::fl!("http-429"),
        500..=599 => crate::fl!("http-server-problem", status = shown),
        _ => crate::fl!("http-other", status = shown),
    };
    if snippet.is_empty() {
        advice
    } else {
        crate::fl!("http-with-snippet", explanation = advice, snippet = snippet)
    }
}

/// How far our clock is ahead of the server's (negative: behind), in seconds, read from a 10002
/// message such as `req_timestamp[1658384314791],server_timestamp[1658384312846]`.
pub fn clock_skew_seconds(message: &str) -> Option<f64> {
    let ours = bracketed_number(message, "req_timestamp[")?;
    let theirs = bracketed_number(message, "server_timestamp[")?;
    Some((ours - theirs) as f64 / 1000.0)
}

fn bracketed_number(message: &str, label: &str) -> Option<i64> {
    let start = message.find(label)? + label.len();
    let rest = &message[start..];
    let end = rest.find(']')?;
    rest[..end].trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_message_says_how_far_and_which_way() {
        let msg = "invalid request, please check your server timestamp or recv_window param. req_timestamp[1658384314791],server_timestamp[1658384312846],recv_window[5000]";
        assert_eq!(clock_skew_seconds(msg), Some(1.945));
        let text = api_error(10002, msg);
        assert!(text.contains("1.9 s ahead of"), "{text}");
        assert!(api_error(10002, "no numbers").contains("clock differs"));
    }

    #[test]
    fn known_codes_say_what_to_do() {
        assert!(
            api_error(10003, "API key is invalid.")
                .contains("mainnet key does not work on testnet")
        );
        assert!(api_error(10004, "error sign!").contains("secret is wrong"));
        assert!(api_error(912000014, "permission denied").contains("General Advertiser"));
        let unknown = api_error(123, "Order status is wrong");
        assert!(unknown.contains("Order status is wrong") && unknown.contains("123"));
        assert!(http_status(403, "").contains("10 minutes"));
        assert!(http_status(502, "<html>").contains("<html>"));
    }
}
