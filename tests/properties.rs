//! Nothing malformed that the exchange (or anyone on the path) sends back, and nothing a
//! merchant types or pastes, can crash the app; and what the validators accept meets their
//! rules. Property tests (proptest) plus the odd inputs found along the way, kept as plain tests.

use std::collections::HashMap;

use p2p_cancel_review::bybit::model::{
    AccountInfo, ApiKeyInfo, OrderDetail, PendingPage, UploadedFile,
};
use p2p_cancel_review::bybit::parse_envelope;
use p2p_cancel_review::practice::{Exchange, Request};
use p2p_cancel_review::review::{
    MAX_ORDER_ID_DIGITS, MAX_PROOF_URL_CHARS, MAX_REMARK_CHARS, RejectReason,
    UPLOADED_PROOF_PREFIX, check_order_id, check_proof_url, check_remark,
};
use proptest::prelude::*;
use serde_json::Value;

/// Arbitrary JSON, a few levels deep, with the field names Bybit uses sprinkled in.
fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f)
            .map(Value::Number)
            .unwrap_or(Value::Null)),
        ".{0,20}".prop_map(Value::String),
    ];
    let key = prop_oneof![
        Just("retCode".to_owned()),
        Just("ret_code".to_owned()),
        Just("retMsg".to_owned()),
        Just("result".to_owned()),
        Just("id".to_owned()),
        Just("items".to_owned()),
        Just("count".to_owned()),
        Just("side".to_owned()),
        Just("needBuyerExamineCancel".to_owned()),
        Just("sellerCancelExamineRemainTime".to_owned()),
        Just("paymentTermList".to_owned()),
        Just("permissions".to_owned()),
        Just("url".to_owned()),
        "[a-zA-Z]{1,8}",
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..8)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_bytes_parse_to_a_result_or_an_error(status in 100u16..600, body in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = parse_envelope(status, &body, None);
    }

    #[test]
    fn any_json_envelope_is_judged_by_its_code(status in 100u16..600, value in json()) {
        let body = serde_json::to_vec(&value).unwrap();
        if let Ok(result) = parse_envelope(status, &body, None) {
            prop_assert!((200..300).contains(&status));
            let code = value.get("retCode").or_else(|| value.get("ret_code"));
            prop_assert!(code.is_some(), "success needs a code: {value}");
            prop_assert_eq!(Some(&result), value.get("result").or(Some(&Value::Null)));
        }
    }

    #[test]
    fn any_json_result_decodes_or_is_refused(value in json()) {
        let _ = serde_json::from_value::<OrderDetail>(value.clone());
        let _ = serde_json::from_value::<PendingPage>(value.clone());
        let _ = serde_json::from_value::<ApiKeyInfo>(value.clone());
        let _ = serde_json::from_value::<AccountInfo>(value.clone());
        if let Ok(detail) = serde_json::from_value::<OrderDetail>(value) {
            // Whatever came, the derived facts never panic.
            let _ = (detail.time_left_to_answer(), detail.status_words(), detail.payment_methods(), detail.created_ms());
        }
    }

    #[test]
    fn an_accepted_order_id_is_only_digits_of_bounded_length(raw in "\\PC{0,40}|[ 0-9]{0,40}") {
        if let Ok(id) = check_order_id(&raw) {
            prop_assert!(!id.is_empty() && id.len() <= MAX_ORDER_ID_DIGITS);
            prop_assert!(id.chars().all(|c| c.is_ascii_digit()));
            prop_assert_eq!(id.as_str(), raw.trim());
        }
    }

    #[test]
    fn an_accepted_proof_link_cannot_break_the_proof_list(raw in "\\PC{0,60}|https?://[a-z.,/ ]{0,30}") {
        if let Ok(url) = check_proof_url(&raw) {
            prop_assert!(!url.contains(','));
            prop_assert!(!url.chars().any(|c| c.is_whitespace() || c.is_control()));
            prop_assert!(url.chars().count() <= MAX_PROOF_URL_CHARS);
            prop_assert!(url.starts_with("http://") || url.starts_with("https://") || url.starts_with(UPLOADED_PROOF_PREFIX), "{}", url);
        }
    }

    #[test]
    fn an_accepted_remark_is_within_its_limit(raw in "\\PC{0,600}") {
        if let Ok(Some(remark)) = check_remark(&raw) {
            prop_assert!(remark.chars().count() <= MAX_REMARK_CHARS);
        }
    }

    #[test]
    fn only_the_three_documented_reasons_parse(raw in "\\PC{0,50}") {
        if let Ok(reason) = RejectReason::parse(&raw) {
            prop_assert!(RejectReason::ALL.contains(&reason));
        }
    }

    #[test]
    fn the_practice_exchange_answers_anything_without_crashing(
        method in prop_oneof![Just("GET"), Just("POST"), Just("PUT")],
        path in prop_oneof![
            Just("/v5/p2p/order/buyer/examine/sellerCancelOrderApply"),
            Just("/v5/p2p/oss/upload_file"),
            Just("/v5/p2p/order/info"),
            Just("/v5/p2p/order/pending/simplifyList"),
            Just("/v5/market/time"),
            Just("/nope"),
        ],
        headers in prop::collection::vec(("x-bapi-[a-z-]{1,12}|content-type", "\\PC{0,30}"), 0..6),
        body in prop::collection::vec(any::<u8>(), 0..256),
    ) {
        let mut exchange = Exchange::new(vec![], None, &p2p_cancel_review::practice::PracticeExchange::credentials());
        let request = Request {
            method: method.to_owned(),
            path: path.to_owned(),
            query: String::new(),
            headers: headers.into_iter().collect::<HashMap<_, _>>(),
            body,
        };
        let reply = exchange.handle(&request);
        prop_assert!((200..600).contains(&reply.status));
    }

    #[test]
    fn amounts_format_anything(raw in "\\PC{0,30}") {
        let _ = p2p_cancel_review::format::amount(&raw);
    }
}

/// Inputs that once looked dangerous, kept so they stay harmless.
#[test]
fn regressions() {
    for body in [
        &br#"{"retCode": 99999999999999999999}"#[..],
        br#"{"retCode": -0, "result": []}"#,
        br#"{"retCode": 1.5}"#,
        b"\xEF\xBB\xBF{\"retCode\":0}",
        br#"{"ret_code": "0x0"}"#,
        br#"{"retCode": 0, "retMsg": null, "result": {"url": 7}}"#,
        b"null",
        b"[]",
        b"\"retCode\"",
    ] {
        let _ = parse_envelope(200, body, None);
    }
    assert!(
        parse_envelope(200, br#"{"retCode": 99999999999999999999}"#, None).is_err(),
        "an overflowing code is no success"
    );
    assert!(
        parse_envelope(200, br#"{"retCode": 1.5}"#, None).is_err(),
        "a fractional code is no success"
    );
    let upload: Result<UploadedFile, _> = serde_json::from_value(serde_json::json!({"url": 7}));
    assert_eq!(
        upload.unwrap().url,
        "7",
        "numbers become strings, digit for digit"
    );
    assert!(
        check_order_id("\u{0660}\u{0661}").is_err(),
        "Arabic-Indic digits are not order digits"
    );
    assert!(
        check_proof_url("https://example.com/a\u{202E}gpj.exe").is_err(),
        "a right-to-left override hides the real name"
    );
}
