//! The proof upload body, built by hand (reference §4): the signature covers the whole
//! multipart body, so the bytes signed must be exactly the bytes sent.

use sha2::{Digest, Sha256};

/// The boundary every official SDK uses.
pub const UPLOAD_BOUNDARY: &str = "boundary-for-file";

/// Builds a `multipart/form-data` body with one part `upload_file`. Returns the boundary used
/// (the SDKs' fixed one, unless the file itself contains it) and the body bytes.
pub fn multipart_body(file_name: &str, mime: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    let boundary = if contains(bytes, UPLOAD_BOUNDARY.as_bytes()) {
        // A boundary inside the content would cut the file short; one derived from the
        // content's own hash cannot occur in it by accident.
        format!("boundary-{}", hex::encode(&Sha256::digest(bytes)[..16]))
    } else {
        UPLOAD_BOUNDARY.to_owned()
    };
    let name = header_safe_file_name(file_name);
    let mut body = Vec::with_capacity(bytes.len() + 256);
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"upload_file\"; filename=\"{name}\"\r\nContent-Type: {mime}\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (boundary, body)
}

/// A file name that cannot break the part header: ASCII letters, digits, `.`, `-` and `_`
/// only (others become `_`), at most 100 characters, never empty.
fn header_safe_file_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let cleaned = if cleaned.len() > 100 {
        // Keep the end, where the extension is.
        cleaned[cleaned.len() - 100..].to_owned()
    } else {
        cleaned
    };
    if cleaned.trim_matches(['.', '_']).is_empty() {
        "proof".to_owned()
    } else {
        cleaned
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_matches_the_sdk_layout_byte_for_byte() {
        let (boundary, body) = multipart_body("proof.png", "image/png", b"PNGDATA");
        assert_eq!(boundary, UPLOAD_BOUNDARY);
        let expected = "--boundary-for-file\r\nContent-Disposition: form-data; name=\"upload_file\"; filename=\"proof.png\"\r\nContent-Type: image/png\r\n\r\nPNGDATA\r\n--boundary-for-file--\r\n";
        assert_eq!(body, expected.as_bytes());
    }

    #[test]
    fn hostile_file_names_cannot_break_the_header() {
        let (_, body) = multipart_body("a\"b\r\nX: y.jpg", "image/jpeg", b"x");
        let head = String::from_utf8_lossy(&body[..body.len() - 30]).to_string();
        assert!(head.contains("filename=\"a_b__X__y.jpg\""), "{head}");
        let (_, body) = multipart_body("квитанция.pdf", "application/pdf", b"x");
        assert!(String::from_utf8_lossy(&body).contains("filename=\"_________.pdf\""));
        let (_, body) = multipart_body("...", "application/pdf", b"x");
        assert!(String::from_utf8_lossy(&body).contains("filename=\"proof\""));
    }

    #[test]
    fn content_holding_the_boundary_gets_another_one() {
        let content = b"xx--boundary-for-file--yy";
        let (boundary, body) = multipart_body("p.pdf", "application/pdf", content);
        assert_ne!(boundary, UPLOAD_BOUNDARY);
        assert!(body.ends_with(format!("\r\n--{boundary}--\r\n").as_bytes()));
    }
}
