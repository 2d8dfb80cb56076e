//! The desktop window (eframe/egui). Views read the state and push actions; [`app::ReviewApp`]
//! applies them after each frame and talks to the worker; the worker does all the IO.

mod about_dialog;
mod accounts_dialog;
mod app;
mod check_dialog;
mod confirm;
mod fonts;
mod history_panel;
mod order_details;
mod orders_panel;
mod proofs;
mod review_form;
mod settings_dialog;
pub mod state;
mod style;
mod top_bar;
mod welcome;

pub use app::{APP_ID, APP_NAME, AppConfig, Launch, ReviewApp, app_title, run};
pub use style::{ContrastPair, contrast_report};
