//! `p2p-cancel-review`: the window, or a command (see `--help`).

// On Windows the app is a GUI program: double-clicking it opens no console window. Commands
// run from a terminal attach to that terminal's console instead (see `platform::console`).
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

use p2p_cancel_review::cli;
use p2p_cancel_review::instance::{self, Claim};
use p2p_cancel_review::platform::console::ParentConsole;
use p2p_cancel_review::{fl, paths, platform, ui};

fn main() -> ExitCode {
    // Before parsing: --help, --version and usage errors print too, in the chosen language.
    let console = ParentConsole::attach();
    let raw: Vec<std::ffi::OsString> = std::env::args_os().collect();
    p2p_cancel_review::i18n::set(cli::language_for(&raw));
    let args = match cli::parse(&raw) {
        Ok(args) => args,
        // 0 for --help/--version, 2 for usage errors: our conventions too.
        Err(stop) => return ExitCode::from(stop.print()),
    };
    // Logs go to the data folder; the guard flushes them when main returns.
    let _log = p2p_cancel_review::logging::init(&paths::data_dir());
    let Some(command) = args.command else {
        // The window lives on after the terminal that started it closes.
        drop(console);
        return window(args.practice, args.hidden, args.order, args.lang.as_deref());
    };
    cli::run(command)
}

/// Opens the window, or hands over to the one already open on this data folder.
fn window(practice: bool, hidden: bool, order_id: Option<String>, lang: Option<&str>) -> ExitCode {
    let data_dir = paths::data_dir();
    let instance = match instance::claim(&data_dir) {
        Ok(Claim::First(instance)) => Some(instance),
        Ok(Claim::Running) => {
            let request = instance::Request {
                show: !hidden,
                order_id,
                practice,
            };
            return match instance::hand_over(&data_dir, &request, instance::HAND_OVER_WAIT) {
                Ok(()) => {
                    tracing::info!("handed over to the app already running");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    tracing::error!("the app already running did not answer: {e}");
                    tell_failure(&fl!("main-running-not-answering", error = (e.to_string())));
                    ExitCode::FAILURE
                }
            };
        }
        Err(e) => {
            // Better two apps than none: the window opens, unguarded.
            tracing::warn!("opening without the one-app-at-a-time lock: {e}");
            None
        }
    };
    // --lang, when given, wins over the language picked in Settings.
    let language = lang.and_then(p2p_cancel_review::i18n::parse);
    let launch = ui::Launch {
        practice,
        hidden,
        order_id,
        language,
        instance,
    };
    match ui::run(launch) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("the window could not open: {e}");
            tell_failure(&fl!("main-window-failed", error = (e.to_string())));
            ExitCode::FAILURE
        }
    }
}

/// Says why the app cannot go on: on the terminal, and in a message box, since an app started
/// from a menu or by a double-click has no terminal.
fn tell_failure(message: &str) {
    eprintln!("{message}");
    platform::message_box::error(&ui::app_title(), message);
}
