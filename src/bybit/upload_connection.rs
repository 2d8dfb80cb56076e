//! A proof upload's own connection, with a small send buffer. Through the shared HTTP client
//! the system would take megabytes of a file into its send buffer at once: the progress would
//! jump to the end and then stand still for minutes on a slow link while the buffer drains,
//! and a stalled link could not be told from a slow one. With a buffer of [`SEND_BUFFER`],
//! what the connection has taken is within a fraction of a second of what left the computer,
//! on every system. HTTP/1.1, one request, then closed.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::BodyExt;
use hyper_util::rt::TokioIo;
use reqwest::Url;
use tokio::net::TcpSocket;

use super::error::BybitError;
use super::upload::ProgressBody;

/// The system's send buffer for an upload: a second of sending at 0.5 Mbit/s.
const SEND_BUFFER: u32 = 64 * 1024;

/// A request ready to go: the method is POST; headers as signed.
pub struct Upload<'a> {
    pub url: Url,
    pub headers: Vec<(&'static str, String)>,
    pub body: ProgressBody,
    pub tls: &'a Arc<rustls::ClientConfig>,
    pub connect_timeout: Duration,
    pub user_agent: &'a str,
}

/// What came back: the status, the rate-limit reset header, the body.
pub type Answer = (u16, Option<i64>, Bytes);

/// Sends `upload` and reads the whole answer.
pub async fn send(upload: Upload<'_>) -> Result<Answer, BybitError> {
    let host = upload.url.host_str().unwrap_or_default().to_owned();
    let https = upload.url.scheme() == "https";
    let port = upload
        .url
        .port_or_known_default()
        .unwrap_or(if https { 443 } else { 80 });
    let unreachable = |detail: String| BybitError::Unreachable {
        host: host.clone(),
        detail,
    };
    let stream = tokio::time::timeout(upload.connect_timeout, connect(&host, port))
        .await
        .map_err(|_| unreachable("connection timed out".into()))?
        .map_err(|e| unreachable(e.to_string()))?;
    let authority = match upload.url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.clone(),
    };
    // Origin form, as a client speaking to the server itself sends it.
    let target = match upload.url.query() {
        Some(query) => format!("{}?{query}", upload.url.path()),
        None => upload.url.path().to_owned(),
    };
    let mut request = hyper::Request::post(target)
        .header(hyper::header::HOST, authority)
        .header(hyper::header::USER_AGENT, upload.user_agent);
    for (name, value) in &upload.headers {
        request = request.header(*name, value);
    }
    let request = request
        .body(upload.body)
        .map_err(|e| BybitError::Setup(e.to_string()))?;
    if https {
        let name = rustls::pki_types::ServerName::try_from(host.clone())
            .map_err(|e| BybitError::Setup(e.to_string()))?;
        let tls = tokio_rustls::TlsConnector::from(upload.tls.clone())
            .connect(name, stream)
            .await
            .map_err(|e| unreachable(e.to_string()))?;
        exchange(TokioIo::new(tls), request).await
    } else {
        exchange(TokioIo::new(stream), request).await
    }
}

/// Opens a TCP connection to the first address of `host` that answers.
async fn connect(host: &str, port: u16) -> std::io::Result<tokio::net::TcpStream> {
    let mut last = None;
    for addr in tokio::net::lookup_host((host, port)).await? {
        let socket = if addr.is_ipv4() {
            TcpSocket::new_v4()?
        } else {
            TcpSocket::new_v6()?
        };
        socket.set_send_buffer_size(SEND_BUFFER)?;
        socket.set_nodelay(true)?;
        match socket.connect(addr).await {
            Ok(stream) => return Ok(stream),
            Err(e) => last = Some(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("no address found")))
}

async fn exchange<T>(io: T, request: hyper::Request<ProgressBody>) -> Result<Answer, BybitError>
where
    T: hyper::rt::Read + hyper::rt::Write + Unpin + Send + 'static,
{
    let lost = |e: hyper::Error| BybitError::ConnectionLost {
        detail: e.to_string(),
    };
    let (mut sender, connection) = hyper::client::conn::http1::handshake(io)
        .await
        .map_err(lost)?;
    // The connection runs beside the request; it ends with it.
    let driving = tokio::spawn(connection);
    let response = sender.send_request(request).await.map_err(lost);
    let answer = match response {
        Ok(response) => {
            let status = response.status().as_u16();
            let reset = response
                .headers()
                .get("X-Bapi-Limit-Reset-Timestamp")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse().ok());
            let body = response.into_body().collect().await.map_err(lost)?;
            Ok((status, reset, body.to_bytes()))
        }
        Err(e) => Err(e),
    };
    driving.abort();
    answer
}
