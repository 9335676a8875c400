//! `glocal check`: every error and warning of the workspace, as snippets or JSON.

use super::{exit_code, print_diagnostics, usage};
use crate::cli::Format;
use crate::diagnostics;
use crate::pipeline;
use std::process::ExitCode;

pub fn run(root: std::path::PathBuf, format: Format, drafts: bool) -> ExitCode {
    let options = pipeline::Options { drafts, keep_translations: false, ..pipeline::Options::new(root) };
    // Everything is rendered, for rendering finds problems too, and nothing is kept.
    let outcome = match pipeline::build_into(&options, &crate::output::sink::Discard) {
        Ok(built) => built.outcome,
        Err(e) => return usage(e),
    };
    match format {
        Format::Json => print!("{}", diagnostics::render_json(&outcome.diagnostics)),
        Format::Text if outcome.diagnostics.is_empty() => eprintln!("no problems found"),
        Format::Text => print_diagnostics(outcome.workspace.as_ref(), &outcome.diagnostics),
    }
    exit_code(&outcome.diagnostics)
}
