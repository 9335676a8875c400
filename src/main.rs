//! glocal: compiles a global core curriculum, regional overlays and translations into
//! a localized course website per (course, region, locale). This file parses the
//! command line, runs a command, prints diagnostics once and maps them to exit codes.

// A `Diagnostic` is the error of many stages. It is made only when the input is wrong,
// and carried once, so its size on the error path costs nothing worth boxing for.
#![allow(clippy::result_large_err)]

mod agenda;
mod benchmark;
mod cli;
mod commands;
mod delivery;
mod diagnostics;
mod embedded;
mod evaluation;
mod hashing;
mod kit;
mod l10n;
mod lms;
mod naming;
mod output;
mod overlay;
mod pipeline;
#[cfg(test)]
mod properties;
mod render;
mod serve;
mod source;
mod sources;
mod stages;
mod workspace;

use clap::Parser;

// Rendering thousands of pages allocates many short strings; mimalloc handles that
// pattern markedly faster than the system allocator (see the closing note's numbers).
// `--features system-allocator` leaves it out, so heap profilers (heaptrack) see every
// allocation.
#[cfg(not(feature = "system-allocator"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use cli::{Cli, Command};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build(args) => commands::build::run(args),
        Command::Check { root, format, drafts } => commands::check::run(root.root, format, drafts),
        Command::Status { root, format, today } => commands::status::run(root.root, format, today),
        Command::Serve { root, port, bind, open } => serve::run(serve::ServeArgs { root: root.root, port, bind, open }),
        Command::Report { root, course, region, quarter, format } => {
            let selection = evaluation::figures::Selection { course, region, quarter };
            commands::report::run(root.root, selection, format)
        }
        Command::Diff { root, region, course } => commands::diff::run(root.root, region, course),
        Command::Pin { root, region } => commands::pin::run(root.root, region),
        Command::New { what } => match what {
            cli::NewCommand::Workspace { dir } => commands::new::workspace(&dir),
            cli::NewCommand::Course { root, id } => commands::new::course(&root.root, &id),
            cli::NewCommand::Region { root, id, locales } => commands::new::region(&root.root, &id, &locales),
            cli::NewCommand::Locale { root, id } => commands::new::locale(&root.root, &id),
            cli::NewCommand::Cohort { root, region, id, course, locale } => {
                let request =
                    commands::new::cohort::Request { region: &region, id: &id, course: &course, locale: &locale };
                commands::new::cohort::cohort(&root.root, &request)
            }
        },
        Command::L10n { command: cli::L10nCommand::Stamp { root, files } } => commands::l10n::stamp(root.root, files),
        Command::GenerateBenchmark { dir, lessons, courses } => match benchmark::generate(&dir, lessons, courses) {
            Ok(()) => {
                println!("wrote a workspace of {lessons} lessons to {}", dir.display());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(1)
            }
        },
    }
}
