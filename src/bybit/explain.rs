//! Bybit's error codes in a merchant's words (reference §6). One function per source of error,
//! so a new code is one match arm.

/// 10016: a server error Bybit asks clients to retry later.
pub const SERVER_ERROR: i64 = 10016;
/// 10002: the request's timestamp is outside the receive window.
pub const TIMESTAMP_OUT_OF_WINDOW: i64 = 10002;
/// 10006: too many requests for this account.
pub const TOO_MANY_VISITS: i64 = 10006;

/// A sentence for a non-zero Bybit code, followed by the code and the exchange's own message.
pub fn api_error(code: i64, message: &str) -> String {
    let advice = match code {
        10001 => format!(
            "Bybit refused a field of the request: {message}. Check the order number, the reason and the proofs."
        ),
        TIMESTAMP_OUT_OF_WINDOW => match clock_skew_seconds(message) {
            Some(skew) => format!(
                "Your computer's clock is {:.1} s {} Bybit's, so Bybit refused the request. Turn on automatic time in your system settings and try again.",
                skew.abs(),
                if skew > 0.0 { "ahead of" } else { "behind" }
            ),
            None => "Your computer's clock differs from Bybit's, so Bybit refused the request. Turn on automatic time in your system settings and try again.".to_owned(),
        },
        10003 => "Bybit does not recognise this API key. Check the key, and that it was made for this environment: a mainnet key does not work on testnet, and the reverse.".to_owned(),
        10004 => "The signature did not match, which means the API secret is wrong. Enter the secret again, or create a new API key on Bybit.".to_owned(),
        10005 => "This API key is not allowed to manage P2P orders. On Bybit, edit the key and tick the P2P order permission (FiatP2P).".to_owned(),
        TOO_MANY_VISITS => "Too many requests from this account in a short time. Wait a few seconds and try again.".to_owned(),
        10010 => "This API key only works from other IP addresses. On Bybit, add this computer's IP address to the key, or remove the IP restriction.".to_owned(),
        SERVER_ERROR => "Bybit had an internal error. Try again in a minute.".to_owned(),
        10017 => "Bybit does not know this request. Check that the environment or address is a Bybit API host.".to_owned(),
        912000014 => "This Bybit account may not use the P2P API: Bybit allows it only for P2P General Advertisers. Apply for advertiser status on Bybit's P2P page.".to_owned(),
        _ => format!("Bybit refused the request: {message}."),
    };
    format!("{advice} (Bybit code {code}: {message})")
}

/// A sentence for an HTTP error status whose body carried no Bybit code.
pub fn http_status(status: u16, snippet: &str) -> String {
    let advice = match status {
        401 => "Bybit refused the credentials (HTTP 401). Check the API key and secret.".to_owned(),
        403 => "Bybit blocked requests from this IP address (HTTP 403). Either there were too many requests (wait at least 10 minutes before trying again) or Bybit does not serve the country this computer connects from.".to_owned(),
        404 => "Bybit does not know this address (HTTP 404). Check the environment or base URL.".to_owned(),
        429 => "Bybit is limiting traffic right now (HTTP 429). Try again in a minute.".to_owned(),
        500..=599 => format!("Bybit had a server problem (HTTP {status}). Try again in a few minutes."),
        _ => format!("Bybit answered with HTTP {status}."),
    };
    if snippet.is_empty() {
        advice
    } else {
        format!("{advice} The answer began with: {snippet}")
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
