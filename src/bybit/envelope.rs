//! Bybit's two response envelopes (reference §3):
//! V5 `{"retCode","retMsg","result",...}` and older P2P `{"ret_code","ret_msg","result",...}`.
//! Business errors arrive with HTTP 200, so success is decided by the code, not the status.

use serde_json::Value;

use super::error::BybitError;

/// How many characters of an unexpected answer are quoted back to the merchant.
const SNIPPET_CHARS: usize = 160;

/// Parses one answer. Returns the `result` object (or `Null`) when the code is 0.
pub fn parse_envelope(
    status: u16,
    body: &[u8],
    limit_reset_ms: Option<i64>,
) -> Result<Value, BybitError> {
    let Ok(Value::Object(mut map)) = serde_json::from_slice::<Value>(body) else {
        return Err(non_envelope(status, body));
    };
    let code = ["retCode", "ret_code"]
        .iter()
        .find_map(|k| map.get(*k).and_then(as_code));
    let Some(code) = code else {
        return Err(non_envelope(status, body));
    };
    let message = ["retMsg", "ret_msg"]
        .iter()
        .find_map(|k| map.get(*k).and_then(Value::as_str))
        .unwrap_or_default()
        .trim()
        .to_owned();
    if code != 0 {
        return Err(BybitError::Api {
            code,
            message,
            http_status: status,
            limit_reset_ms,
        });
    }
    if !(200..300).contains(&status) {
        return Err(BybitError::HttpStatus {
            status,
            snippet: snippet(body),
        });
    }
    Ok(map.remove("result").unwrap_or(Value::Null))
}

/// Codes arrive as numbers, and on some older paths as numeric strings.
fn as_code(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn non_envelope(status: u16, body: &[u8]) -> BybitError {
    if (200..300).contains(&status) {
        BybitError::UnexpectedAnswer {
            status,
            snippet: snippet(body),
        }
    } else {
        BybitError::HttpStatus {
            status,
            snippet: snippet(body),
        }
    }
}

/// The first characters of a body, printable and on one line, for an error message.
pub fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut out: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(SNIPPET_CHARS)
        .collect();
    out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() > SNIPPET_CHARS {
        out.push('…');
    }
    if out.is_empty() {
        "(an empty answer)".to_owned()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn v5_envelope_success_returns_result() {
        let body =
            br#"{"retCode":0,"retMsg":"OK","result":{"a":1},"retExtInfo":{},"time":1671017382656}"#;
        assert_eq!(parse_envelope(200, body, None).unwrap(), json!({"a":1}));
    }

    #[test]
    fn older_envelope_success_returns_result() {
        let body = br#"{"ret_code":0,"ret_msg":"SUCCESS","result":{"url":"/x"},"ext_code":"","ext_info":{},"time_now":"1741832095.851844"}"#;
        assert_eq!(
            parse_envelope(200, body, None).unwrap(),
            json!({"url":"/x"})
        );
    }

    #[test]
    fn success_without_result_is_null() {
        let body = br#"{"retCode":0,"retMsg":"SUCCESS","retExtInfo":{}}"#;
        assert_eq!(parse_envelope(200, body, None).unwrap(), Value::Null);
    }

    #[test]
    fn refusal_keeps_code_and_trimmed_message_in_both_spellings() {
        for body in [
            &br#"{"retCode":912000014,"retMsg":"permission denied\t","result":{}}"#[..],
            &br#"{"ret_code":"912000014","ret_msg":" permission denied\t","result":null}"#[..],
        ] {
            let err = parse_envelope(200, body, Some(5)).unwrap_err();
            assert_eq!(
                err,
                BybitError::Api {
                    code: 912000014,
                    message: "permission denied".into(),
                    http_status: 200,
                    limit_reset_ms: Some(5)
                }
            );
        }
    }

    #[test]
    fn non_json_answers_quote_their_first_bytes() {
        let err =
            parse_envelope(200, b"<html>\n<body>Bad Gateway</body></html>", None).unwrap_err();
        assert_eq!(
            err,
            BybitError::UnexpectedAnswer {
                status: 200,
                snippet: "<html> <body>Bad Gateway</body></html>".into()
            }
        );
        let err = parse_envelope(502, b"<html>bad gateway</html>", None).unwrap_err();
        assert!(matches!(err, BybitError::HttpStatus { status: 502, .. }));
        let long = vec![b'x'; 1000];
        let BybitError::UnexpectedAnswer { snippet, .. } =
            parse_envelope(200, &long, None).unwrap_err()
        else {
            panic!("expected UnexpectedAnswer");
        };
        assert_eq!(snippet.chars().count(), SNIPPET_CHARS + 1);
        assert!(matches!(
            parse_envelope(200, b"", None).unwrap_err(),
            BybitError::UnexpectedAnswer { ref snippet, .. } if snippet == "(an empty answer)"
        ));
    }

    #[test]
    fn json_without_a_code_is_not_success() {
        assert!(matches!(
            parse_envelope(200, br#"{"result":{}}"#, None).unwrap_err(),
            BybitError::UnexpectedAnswer { .. }
        ));
        assert!(matches!(
            parse_envelope(200, br#"[1,2]"#, None).unwrap_err(),
            BybitError::UnexpectedAnswer { .. }
        ));
        assert!(matches!(
            parse_envelope(401, br#"{"message":"unauthorized"}"#, None).unwrap_err(),
            BybitError::HttpStatus { status: 401, .. }
        ));
    }

    #[test]
    fn code_zero_with_error_status_is_not_success() {
        assert!(matches!(
            parse_envelope(500, br#"{"retCode":0,"retMsg":"OK"}"#, None).unwrap_err(),
            BybitError::HttpStatus { status: 500, .. }
        ));
    }
}
