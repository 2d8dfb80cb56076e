//! HTTP/1.1 plumbing for the practice exchange (hyper). Turns requests into
//! [`exchange::Request`](super::exchange::Request), replies back, and carries out the
//! delivery faults (late answers, dropped connections).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::sync::oneshot;

use super::exchange::{Delivery, Exchange, Request};

/// The largest request body read (a proof file is at most 20 MB, plus the multipart frame).
const MAX_BODY_BYTES: usize = 64 * 1024 * 1024;

/// Closing the connection without an answer: hyper does that when the service fails.
#[derive(Debug)]
struct DropConnection;

impl std::fmt::Display for DropConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped on purpose (practice fault)")
    }
}

impl std::error::Error for DropConnection {}

/// Accepts connections until `shutdown` fires.
pub async fn serve(
    listener: tokio::net::TcpListener,
    exchange: Arc<Mutex<Exchange>>,
    latency: Duration,
    mut shutdown: oneshot::Receiver<()>,
) {
    loop {
        tokio::select! {
            _ = &mut shutdown => break,
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                let exchange = exchange.clone();
                tokio::spawn(async move {
                    let service =
                        service_fn(move |request| answer(request, exchange.clone(), latency));
                    // A connection ending early (a client timeout, a dropped fault) is normal here.
                    let _ = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
                });
            }
        }
    }
}

async fn answer(
    request: hyper::Request<Incoming>,
    exchange: Arc<Mutex<Exchange>>,
    latency: Duration,
) -> Result<hyper::Response<Full<Bytes>>, DropConnection> {
    // The way there: half the simulated round trip before the exchange sees the request.
    tokio::time::sleep(latency / 2).await;
    let (parts, body) = request.into_parts();
    let pace = if parts.uri.path() == crate::bybit::client::paths::UPLOAD {
        let faults = exchange
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .faults
            .clone();
        UploadPace {
            bytes_per_second: faults.upload_bytes_per_second,
            stop_after: faults.upload_stops_after,
        }
    } else {
        UploadPace::default()
    };
    let Ok(collected) = read_body(body, pace).await else {
        return Ok(response(
            413,
            "text/plain",
            Bytes::from_static(b"request body too large"),
            &[],
        ));
    };
    let request = Request {
        method: parts.method.as_str().to_owned(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().unwrap_or_default().to_owned(),
        headers: parts
            .headers
            .iter()
            .filter_map(|(k, v)| {
                Some((k.as_str().to_ascii_lowercase(), v.to_str().ok()?.to_owned()))
            })
            .collect(),
        body: collected,
    };
    let reply = exchange
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .handle(&request);
    // The way back.
    tokio::time::sleep(latency - latency / 2).await;
    match reply.delivery {
        Delivery::Now => {}
        Delivery::After(delay) => tokio::time::sleep(delay).await,
        Delivery::Drop => return Err(DropConnection),
    }
    Ok(response(
        reply.status,
        reply.content_type,
        Bytes::from(reply.body),
        &reply.headers,
    ))
}

/// How an upload's body is read: at this pace, and stopping for good after this many bytes
/// (a link that stalls). Other requests are read at once.
#[derive(Clone, Copy, Default)]
struct UploadPace {
    bytes_per_second: Option<u64>,
    stop_after: Option<u64>,
}

/// Reads a request body, at most [`MAX_BODY_BYTES`], at the pace given. With the listener's
/// small receive buffer (see `PracticeExchange::start`), a slow reader here slows the
/// sender's upload as a slow link would.
async fn read_body(mut body: Incoming, pace: UploadPace) -> Result<Vec<u8>, ()> {
    let mut read = Vec::new();
    while let Some(frame) = body.frame().await {
        let Ok(frame) = frame else { return Err(()) };
        let Ok(data) = frame.into_data() else {
            continue;
        };
        if read.len() + data.len() > MAX_BODY_BYTES {
            return Err(());
        }
        read.extend_from_slice(&data);
        if pace
            .stop_after
            .is_some_and(|limit| read.len() as u64 >= limit)
        {
            // Reads nothing more: the client's silence limit must end this.
            std::future::pending::<()>().await;
        }
        if let Some(rate) = pace.bytes_per_second {
            tokio::time::sleep(Duration::from_secs_f64(data.len() as f64 / rate as f64)).await;
        }
    }
    Ok(read)
}

fn response(
    status: u16,
    content_type: &str,
    body: Bytes,
    headers: &[(&'static str, String)],
) -> hyper::Response<Full<Bytes>> {
    let mut builder = hyper::Response::builder()
        .status(status)
        .header("content-type", content_type);
    for (name, value) in headers {
        builder = builder.header(*name, value);
    }
    builder
        .body(Full::new(body.clone()))
        .unwrap_or_else(|_| hyper::Response::new(Full::new(body)))
}
