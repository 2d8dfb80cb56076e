//! Reading the command line with clap, and clap's own words in the merchant's language: the
//! headings and built-in flags of `--help`, default and possible values, and the usage errors.
//! (The help texts of our commands and flags are translated where `Cli` declares them.)

use std::ffi::OsString;

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind, RichFormatter};
use clap::{Arg, Command, CommandFactory, FromArgMatches};

use super::Cli;

/// A usage error or `--help`/`--version`, ready to print (it knows its exit status).
pub enum Stop {
    /// Said in the merchant's language.
    Translated(clap::error::Error<Translated>),
    /// A rare kind of error, in clap's English.
    English(clap::error::Error<RichFormatter>),
}

impl Stop {
    /// Prints it (help and version to stdout, errors to stderr) and gives the exit status:
    /// 0 for help and version, 2 for usage errors.
    pub fn print(&self) -> u8 {
        // Nothing better to do when the terminal is gone.
        let code = match self {
            Stop::Translated(e) => e.print().map(|()| e.exit_code()),
            Stop::English(e) => e.print().map(|()| e.exit_code()),
        };
        code.unwrap_or(2).clamp(0, 255) as u8
    }
}

/// Reads `raw` (the program's name first), in the language already set for this run.
pub fn parse(raw: &[OsString]) -> Result<Cli, Stop> {
    let mut command = translated(Cli::command());
    command
        .try_get_matches_from_mut(raw)
        .and_then(|matches| Cli::from_arg_matches(&matches))
        .map_err(|e| {
            let e = e.format(&mut command);
            if translated_kind(e.kind()) {
                Stop::Translated(e.apply())
            } else {
                Stop::English(e)
            }
        })
}

/// The command with clap's words in the current language.
fn translated(mut command: Command) -> Command {
    // Building adds the built-in help and version flags and the help command, so that they
    // can be reworded too.
    command.build();
    reword(command)
}

fn reword(command: Command) -> Command {
    let usage = crate::fl!("cli-usage", usage = "{usage}");
    let command = command
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(crate::fl!("cli-heading-commands"))
        .mut_args(reword_arg);
    command.mut_subcommands(|sub| {
        if sub.get_name() == "help" {
            reword(sub.about(crate::fl!("cli-help-help-command")))
        } else {
            reword(sub)
        }
    })
}

fn reword_arg(arg: Arg) -> Arg {
    // The built-in flags: one text, short and long help alike.
    let built_in = match arg.get_id().as_str() {
        "help" => Some(crate::fl!("cli-help-help")),
        "version" => Some(crate::fl!("cli-help-version")),
        _ => None,
    };
    let arg = match built_in {
        Some(text) => arg.help(text.clone()).long_help(text),
        None => arg,
    };
    let arg = if arg.get_help_heading().is_none() {
        let heading = if arg.is_positional() {
            crate::fl!("cli-heading-arguments")
        } else {
            crate::fl!("cli-heading-options")
        };
        arg.help_heading(heading)
    } else {
        arg
    };
    // clap writes "[default: …]" and "[possible values: …]" in English: ours instead.
    let mut notes = Vec::new();
    let takes_values = arg.get_action().takes_values();
    if takes_values && !arg.is_hide_default_value_set() && !arg.get_default_values().is_empty() {
        let value = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy())
            .collect::<Vec<_>>()
            .join(", ");
        notes.push(crate::fl!("cli-default", value = value));
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect();
    if takes_values && !arg.is_hide_possible_values_set() && !possible.is_empty() {
        notes.push(crate::fl!(
            "cli-error-possible-values",
            values = (possible.join(", "))
        ));
    }
    if notes.is_empty() {
        return arg;
    }
    let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
    arg.hide_default_value(true)
        .hide_possible_values(true)
        .help(format!("{help} [{}]", notes.join("; ")))
}

/// The usage errors a merchant meets, said in their language; the rest stay clap's.
fn translated_kind(kind: ErrorKind) -> bool {
    matches!(
        kind,
        ErrorKind::MissingRequiredArgument
            | ErrorKind::UnknownArgument
            | ErrorKind::InvalidSubcommand
            | ErrorKind::InvalidValue
            | ErrorKind::ValueValidation
            | ErrorKind::ArgumentConflict
            | ErrorKind::MissingSubcommand
    )
}

/// clap's errors in the merchant's language: what is wrong, a suggestion when clap has one,
/// the command's usage, and where to read more.
pub struct Translated;

impl ErrorFormatter for Translated {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let context = |kind| error.get(kind).map(text);
        let argument = context(ContextKind::InvalidArg).unwrap_or_default();
        let value = context(ContextKind::InvalidValue).unwrap_or_default();
        let mut message = match error.kind() {
            ErrorKind::MissingRequiredArgument => {
                crate::fl!("cli-error-missing", arguments = argument)
            }
            ErrorKind::UnknownArgument => {
                crate::fl!("cli-error-unknown-argument", argument = argument)
            }
            ErrorKind::InvalidSubcommand => crate::fl!(
                "cli-error-unknown-command",
                command = (context(ContextKind::InvalidSubcommand).unwrap_or_default())
            ),
            ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
                let mut message = crate::fl!(
                    "cli-error-invalid-value",
                    value = (format!("'{value}'")),
                    argument = argument
                );
                // A validator's reason ("0 is not in 1..=300"): figures more than words.
                if let Some(reason) = std::error::Error::source(error) {
                    message.push_str(&format!(" ({reason})"));
                }
                if let Some(values) = context(ContextKind::ValidValue) {
                    message.push_str("; ");
                    message.push_str(&crate::fl!("cli-error-possible-values", values = values));
                }
                message
            }
            ErrorKind::ArgumentConflict => crate::fl!(
                "cli-error-conflict",
                argument = argument,
                other = (context(ContextKind::PriorArg).unwrap_or_default())
            ),
            _ => crate::fl!("cli-error-missing-command"),
        };
        let suggestion = context(ContextKind::SuggestedArg)
            .or_else(|| context(ContextKind::SuggestedSubcommand))
            .or_else(|| context(ContextKind::SuggestedValue));
        if let Some(suggestion) = suggestion {
            message.push_str("\n\n  ");
            message.push_str(&crate::fl!("cli-error-similar", suggestion = suggestion));
        }
        let mut out = crate::fl!("cli-error", message = message);
        if let Some(usage) = context(ContextKind::Usage) {
            // clap's usage comes with its English heading.
            let usage = usage.trim_start();
            let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim();
            out.push_str("\n\n");
            out.push_str(&crate::fl!("cli-usage", usage = usage));
        }
        out.push_str("\n\n");
        out.push_str(&crate::fl!("cli-error-more"));
        out.push('\n');
        StyledStr::from(out)
    }
}

/// A context value as plain text (styles stripped), lists comma-separated.
fn text(value: &ContextValue) -> String {
    match value {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(list) => list.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(list) => list
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        ContextValue::Number(n) => n.to_string(),
        other => other.to_string(),
    }
}
