//! `p2p-cancel-review`: the window, or a command (see `--help`).

// On Windows the app is a GUI program: double-clicking it opens no console window. Commands
// run from a terminal attach to that terminal's console instead (see `platform::console`).
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

use p2p_cancel_review::cli;
use p2p_cancel_review::platform::console::ParentConsole;

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
    let _log = p2p_cancel_review::logging::init(&p2p_cancel_review::paths::data_dir());
    match args.command {
        Some(command) => cli::run(command),
        None => {
            // The window lives on after the terminal that started it closes.
            drop(console);
            // --lang, when given, wins over the language picked in Settings.
            let language = args
                .lang
                .as_deref()
                .and_then(p2p_cancel_review::i18n::parse);
            match p2p_cancel_review::ui::run(args.practice, args.hidden, language) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!(
                        "{}",
                        p2p_cancel_review::fl!("main-window-failed", error = (e.to_string()))
                    );
                    ExitCode::FAILURE
                }
            }
        }
    }
}
