//! The subcommands: each turns the pipeline's results into what a user reads, and
//! diagnostics into exit codes (0 ok, 1 content errors, 2 usage errors).

pub mod build;
pub mod check;
pub mod diff;
pub mod l10n;
pub mod new;
pub mod pin;
pub mod report;
pub mod status;

use crate::diagnostics::{self, Diagnostic, Severity};
use crate::pipeline::{self, UsageError};
use crate::workspace::Workspace;
use std::io::IsTerminal;
use std::process::ExitCode;

/// Colour on a terminal unless `NO_COLOR` is set.
pub fn color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
}

/// Prints diagnostics once, on standard error, with source snippets.
pub fn print_diagnostics(ws: Option<&Workspace>, list: &[Diagnostic]) {
    if list.is_empty() {
        return;
    }
    let source_of = |file: &str| -> Option<String> {
        let ws = ws?;
        ws.sources.for_snippet(&ws.root, file)
    };
    eprint!("{}", diagnostics::render_terminal(list, &source_of, color()));
}

pub fn usage(e: UsageError) -> ExitCode {
    eprintln!("error: {}", e.0);
    ExitCode::from(2)
}

pub fn exit_code(list: &[Diagnostic]) -> ExitCode {
    if has_errors(list) { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

pub fn has_errors(list: &[Diagnostic]) -> bool {
    list.iter().any(|d| d.severity == Severity::Error)
}

/// Loads and adapts for commands that report on regions; prints why when it cannot.
pub fn prepare(options: &pipeline::Options) -> Result<(Workspace, pipeline::Prepared), ExitCode> {
    let mut prepared = pipeline::prepare(options).map_err(usage)?;
    match prepared.workspace.take() {
        Some(ws) => Ok((ws, prepared)),
        None => {
            print_diagnostics(None, &prepared.diagnostics);
            Err(ExitCode::from(1))
        }
    }
}
