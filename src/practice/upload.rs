//! Reads the one-part multipart body of a proof upload, byte for byte.

/// The file part of an upload.
#[derive(Debug, Clone)]
pub struct UploadPart {
    pub file_name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

impl UploadPart {
    /// The accepted extension and Bybit's `type` for it, or `None` for other files and for a
    /// part whose Content-Type is not the real MIME type of its extension.
    pub fn kind(&self) -> Option<(&'static str, &'static str)> {
        let extension = self.file_name.rsplit('.').next()?.to_ascii_lowercase();
        let (extension, kind, mime) = match extension.as_str() {
            "jpg" => ("jpg", "IMAGE", "image/jpeg"),
            "jpeg" => ("jpeg", "IMAGE", "image/jpeg"),
            "png" => ("png", "IMAGE", "image/png"),
            "pdf" => ("pdf", "PDF", "application/pdf"),
            "mp4" => ("mp4", "VIDEO", "video/mp4"),
            _ => return None,
        };
        self.content_type
            .eq_ignore_ascii_case(mime)
            .then_some((extension, kind))
    }
}

/// Parses `multipart/form-data` with a part named `upload_file` that carries a file name.
pub fn parse_upload(content_type: &str, body: &[u8]) -> Result<UploadPart, String> {
    let boundary = content_type
        .split(';')
        .map(str::trim)
        .find_map(|p| p.strip_prefix("boundary="))
        .map(|b| b.trim_matches('"'))
        .filter(|_| content_type.trim_start().starts_with("multipart/form-data"))
        .ok_or("Content-Type must be multipart/form-data with a boundary")?;
    let opening = format!("--{boundary}\r\n");
    let rest = body
        .strip_prefix(opening.as_bytes())
        .ok_or("the body does not start with the boundary")?;
    let header_end = find(rest, b"\r\n\r\n").ok_or("the part has no header end")?;
    let headers =
        std::str::from_utf8(&rest[..header_end]).map_err(|_| "the part headers are not text")?;
    let content = &rest[header_end + 4..];
    let closing = format!("\r\n--{boundary}--");
    let end = find(content, closing.as_bytes()).ok_or("the body has no closing boundary")?;
    let mut file_name = None;
    let mut name = None;
    let mut part_type = String::new();
    for line in headers.split("\r\n") {
        let (key, value) = line.split_once(':').ok_or("a part header has no colon")?;
        match key.trim().to_ascii_lowercase().as_str() {
            "content-disposition" => {
                name = quoted(value, "name=");
                file_name = quoted(value, "filename=");
            }
            "content-type" => part_type = value.trim().to_owned(),
            _ => {}
        }
    }
    if name.as_deref() != Some("upload_file") {
        return Err("the part must be named upload_file".into());
    }
    let file_name = file_name
        .filter(|f| !f.is_empty())
        .ok_or("upload_file needs a filename")?;
    if end == 0 {
        return Err("upload_file is empty".into());
    }
    Ok(UploadPart {
        file_name,
        content_type: part_type,
        bytes: content[..end].to_vec(),
    })
}

/// The value of `key="..."` in a header, where `key` is a whole parameter name.
fn quoted(header: &str, key: &str) -> Option<String> {
    header.split(';').map(str::trim).find_map(|p| {
        let value = p.strip_prefix(key)?;
        Some(value.trim_matches('"').to_owned())
    })
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bybit::multipart_body;

    #[test]
    fn reads_back_what_the_client_builds() {
        let (boundary, body) =
            multipart_body("receipt.png", "image/png", b"\x89PNG\r\n--x\r\n\r\nbytes");
        let part =
            parse_upload(&format!("multipart/form-data; boundary={boundary}"), &body).unwrap();
        assert_eq!(part.file_name, "receipt.png");
        assert_eq!(part.content_type, "image/png");
        assert_eq!(part.bytes, b"\x89PNG\r\n--x\r\n\r\nbytes");
        assert_eq!(part.kind(), Some(("png", "IMAGE")));
    }

    #[test]
    fn refuses_malformed_bodies() {
        assert!(parse_upload("application/json", b"{}").is_err());
        assert!(parse_upload("multipart/form-data; boundary=b", b"--b\r\nno end").is_err());
        let (_, body) = multipart_body("a.png", "image/png", b"x");
        let wrong_name = String::from_utf8(body)
            .unwrap()
            .replace("upload_file", "file");
        assert!(
            parse_upload(
                "multipart/form-data; boundary=boundary-for-file",
                wrong_name.as_bytes()
            )
            .is_err()
        );
        let (_, body) = multipart_body("a.pdf", "image/png", b"x");
        let part = parse_upload("multipart/form-data; boundary=boundary-for-file", &body).unwrap();
        assert_eq!(
            part.kind(),
            None,
            "a MIME type that does not match the name is refused"
        );
    }
}
