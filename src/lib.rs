//! p2p-cancel-review: answer a Bybit P2P seller's cancel request (accept or refuse it).
//!
//! The library holds everything the desktop window and the CLI share: the Bybit client,
//! the review as a domain value, proof-file checks, the durable history, the order scan and
//! the practice exchange that speaks the same API on 127.0.0.1.

pub mod accounts;
pub mod bybit;
pub mod check;
pub mod cli;
pub mod decision;
pub mod format;
pub mod history;
pub mod i18n;
pub mod instance;
pub mod known_clocks;
pub mod logging;
pub mod orders;
pub mod paths;
pub mod platform;
pub mod practice;
pub mod proof;
pub mod redact;
pub mod review;
pub mod secrets;
pub mod settings;
pub mod submit;
pub mod ui;
pub mod watch;
pub mod worker;
