//! Scrubbing secrets out of text that leaves the program (logs, diagnostics). Every key and
//! secret that enters the program through [`crate::bybit::Credentials`] is registered here, so
//! whatever writes a log line — this app or a library — cannot leak them.

use std::sync::RwLock;

use zeroize::Zeroizing;

/// What replaces a secret.
pub const MASK: &str = "[redacted]";

static SECRETS: RwLock<Vec<Zeroizing<String>>> = RwLock::new(Vec::new());

/// Strings shorter than this are not registered: masking them would mangle ordinary text.
const MIN_LEN: usize = 6;

/// Registers a secret (an API key or secret) to be scrubbed from anything logged.
pub fn register(secret: &str) {
    let secret = secret.trim();
    if secret.len() < MIN_LEN {
        return;
    }
    let mut secrets = SECRETS.write().unwrap_or_else(|e| e.into_inner());
    if !secrets.iter().any(|s| s.as_str() == secret) {
        secrets.push(Zeroizing::new(secret.to_owned()));
    }
}

/// `text` with every registered secret, and every 64-hex-digit run (an HMAC-SHA256
/// signature), replaced by [`MASK`].
pub fn scrub(text: &str) -> String {
    let mut out = text.to_owned();
    for secret in SECRETS.read().unwrap_or_else(|e| e.into_inner()).iter() {
        if out.contains(secret.as_str()) {
            out = out.replace(secret.as_str(), MASK);
        }
    }
    mask_signatures(&out)
}

fn mask_signatures(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        let run = bytes[i..]
            .iter()
            .take_while(|b| b.is_ascii_hexdigit())
            .count();
        if run == 0 {
            // Copy one whole character.
            let ch = text[i..].chars().next().unwrap_or(' ');
            out.push(ch);
            i += ch.len_utf8();
        } else {
            if run == 64 {
                out.push_str("[signature]");
            } else {
                out.push_str(&text[i..i + run]);
            }
            i += run;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registered_secrets_and_signatures_are_scrubbed() {
        register("sEcReT-for-redact-test");
        register("abc"); // too short to register
        let sig = "e759092405ce837b090eaf82216785115c46cc87bedf6a86fb46e27c420bae46";
        let line = format!("key=sEcReT-for-redact-test sign={sig} order=1900004704665923584 abc");
        assert_eq!(
            scrub(&line),
            "key=[redacted] sign=[signature] order=1900004704665923584 abc"
        );
        assert_eq!(scrub("Обмен 深圳"), "Обмен 深圳", "other text is untouched");
    }
}
