//! The Bybit V5 P2P client: signing, transport, envelopes, errors. Knows nothing of the UI.

pub mod client;
pub mod clock;
mod credentials;
mod envelope;
mod environment;
mod error;
mod explain;
pub mod model;
mod multipart;
mod rate;
pub mod sign;
mod tls;
pub mod upload;
mod upload_connection;

pub use client::{Client, ClientOptions};
pub use clock::ClockReading;
pub use credentials::Credentials;
pub use envelope::parse_envelope;
pub use environment::{BaseUrlError, Environment, Target};
pub use error::BybitError;
pub use multipart::{UPLOAD_BOUNDARY, multipart_body};
pub use rate::{RateLimiter, ReadBudget};
