//! `p2p-cancel-review`: the window, or a command (see `--help`).

use std::process::ExitCode;

use clap::Parser;
use p2p_cancel_review::cli::{self, Cli};

fn main() -> ExitCode {
    let args = match Cli::try_parse() {
        Ok(args) => args,
        Err(e) => {
            let _ = e.print();
            // clap: 0 for --help/--version, 2 for usage errors; both are our conventions too.
            return ExitCode::from(e.exit_code().clamp(0, 255) as u8);
        }
    };
    // Logs go to the data folder; the guard flushes them when main returns.
    let _log = p2p_cancel_review::logging::init(&p2p_cancel_review::paths::data_dir());
    match args.command {
        Some(command) => cli::run(command),
        None => match p2p_cancel_review::ui::run(args.practice) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("The window could not open: {e}");
                ExitCode::FAILURE
            }
        },
    }
}
