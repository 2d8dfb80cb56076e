//! V5 request signing (HMAC-SHA256).
//!
//! The string to sign is `timestamp + apiKey + recvWindow + payload` with no separators, where
//! the payload is the exact body bytes of a POST or the exact query string of a GET. The caller
//! serialises once and sends the very bytes that were signed.

use hmac::{Hmac, KeyInit, Mac};
use secrecy::{ExposeSecret, SecretString};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// Signs requests for one API key. Holds a pre-keyed MAC rather than the raw secret, so the
/// secret itself does not stay in memory longer than it takes to build the signer.
#[derive(Clone)]
pub struct Signer {
    api_key: String,
    keyed_mac: HmacSha256,
}

impl Signer {
    /// Builds a signer for `api_key` keyed with `secret`.
    pub fn new(api_key: &str, secret: &SecretString) -> Self {
        Self {
            api_key: api_key.to_owned(),
            keyed_mac: keyed_mac(secret.expose_secret().as_bytes()),
        }
    }

    /// The public API key this signer signs for.
    pub fn api_key(&self) -> &str {
        &self.api_key
    }

    /// The lowercase hex `X-BAPI-SIGN` value for one request.
    pub fn sign(&self, timestamp_ms: i64, recv_window_ms: u64, payload: &[u8]) -> String {
        let mut mac = self.keyed_mac.clone();
        feed(
            &mut mac,
            &self.api_key,
            timestamp_ms,
            recv_window_ms,
            payload,
        );
        hex::encode(mac.finalize().into_bytes())
    }

    /// Checks a received `X-BAPI-SIGN` in constant time (used by the practice exchange).
    pub fn verify(
        &self,
        timestamp_ms: i64,
        recv_window_ms: u64,
        payload: &[u8],
        signature_hex: &str,
    ) -> bool {
        let Ok(signature) = hex::decode(signature_hex) else {
            return false;
        };
        let mut mac = self.keyed_mac.clone();
        feed(
            &mut mac,
            &self.api_key,
            timestamp_ms,
            recv_window_ms,
            payload,
        );
        mac.verify_slice(&signature).is_ok()
    }
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Signer")
            .field("api_key", &super::credentials::mask_key(&self.api_key))
            .field("secret", &"[redacted]")
            .finish()
    }
}

fn keyed_mac(secret: &[u8]) -> HmacSha256 {
    // HMAC accepts keys of any length, so this cannot fail; the fallback keeps `expect` out.
    HmacSha256::new_from_slice(secret).unwrap_or_else(|_| HmacSha256::new(&Default::default()))
}

fn feed(
    mac: &mut HmacSha256,
    api_key: &str,
    timestamp_ms: i64,
    recv_window_ms: u64,
    payload: &[u8],
) {
    mac.update(timestamp_ms.to_string().as_bytes());
    mac.update(api_key.as_bytes());
    mac.update(recv_window_ms.to_string().as_bytes());
    mac.update(payload);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signer(key: &str) -> Signer {
        Signer::new(key, &SecretString::from("test-secret"))
    }

    /// Every vector of `bybit-p2p-reference.md` §2.
    #[test]
    fn reproduces_the_reference_vectors() {
        let vectors: [(&str, i64, &str, &str); 5] = [
            (
                "XXXXXXXXXX",
                1658384314791,
                "category=option&symbol=BTC-29JUL22-25000-C",
                "236d8f7132d3e4c8bad803010e296f3d07211356e54c01455b26c8229a682297",
            ),
            (
                "test-key",
                1741832094881,
                r#"{"orderId":"1234567890","examineResult":"REJECT","rejectReason":"buyerRefuseOrderCancelReason_haveMadePayment","rejectProofs":"https://example.com/proof1.jpg,https://example.com/proof2.jpg","rejectRemark":"Payment was sent."}"#,
                "e759092405ce837b090eaf82216785115c46cc87bedf6a86fb46e27c420bae46",
            ),
            (
                "test-key",
                1741832094881,
                r#"{"orderId":"1234567890","examineResult":"PASS"}"#,
                "23559c7edb0dd2f999e54c15089cba447a5d379c8ee65b3891da252a046e3cf4",
            ),
            (
                "test-key",
                1741832094881,
                "{}",
                "5b4e5fa5a57e5bb340c0538072167852787d4b09e4a33de2bcac6b66ee7dc776",
            ),
            (
                "test-key",
                1741832094881,
                r#"{"orderId":"1900004704665923584"}"#,
                "4d847bd1ffe83ddf784f9be40d9894187a389a4179ec68c16a7e5c17d6802e6f",
            ),
        ];
        for (key, ts, payload, expected) in vectors {
            let s = signer(key);
            assert_eq!(
                s.sign(ts, 5000, payload.as_bytes()),
                expected,
                "payload {payload}"
            );
            assert!(s.verify(ts, 5000, payload.as_bytes(), expected));
        }
    }

    #[test]
    fn verify_rejects_a_wrong_or_malformed_signature() {
        let s = signer("test-key");
        let good = s.sign(1, 5000, b"{}");
        assert!(!s.verify(2, 5000, b"{}", &good), "other timestamp");
        assert!(!s.verify(1, 5000, b"{ }", &good), "other body bytes");
        assert!(!s.verify(1, 5000, b"{}", "zz"), "not hex");
        let other = Signer::new("test-key", &SecretString::from("other-secret"));
        assert!(!other.verify(1, 5000, b"{}", &good), "other secret");
    }

    #[test]
    fn debug_output_hides_the_secret() {
        let text = format!("{:?}", signer("test-key-1234"));
        assert!(!text.contains("test-secret"));
        assert!(
            !text.contains("test-key-1234"),
            "the key is masked too: {text}"
        );
    }
}
