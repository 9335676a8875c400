//! glocal: compiles a global core curriculum, regional overlays and translations into
//! a localized course website per (course, region, locale). This file parses the
//! command line, runs a command, prints diagnostics once and maps them to exit codes.

mod agenda;
mod benchmark;
mod cli;
mod diagnostics;
mod embedded;
mod l10n;
mod output;
mod pipeline;
mod render;
mod source;
mod workspace;

use clap::Parser;
use cli::{BuildArgs, Cli, Command, Format};
use diagnostics::{Diagnostic, Severity};
use std::io::IsTerminal;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build(args) => build(args),
        Command::Check { root, format, drafts } => check(root.root, format, drafts),
        Command::GenerateBenchmark { dir, lessons } => match benchmark::generate(&dir, lessons) {
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

fn color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
}

fn print_diagnostics(outcome: &pipeline::Outcome) {
    if outcome.diagnostics.is_empty() {
        return;
    }
    let source_of = |file: &str| -> Option<String> {
        let ws = outcome.workspace.as_ref()?;
        ws.sources.get(file).map(|t| t.to_string()).or_else(|| std::fs::read_to_string(ws.root.join(file)).ok())
    };
    eprint!("{}", diagnostics::render_terminal(&outcome.diagnostics, &source_of, color()));
}

fn run(options: &pipeline::Options) -> Result<pipeline::Outcome, ExitCode> {
    pipeline::run(options).map_err(|e| {
        eprintln!("error: {}", e.0);
        ExitCode::from(2)
    })
}

fn check(root: std::path::PathBuf, format: Format, drafts: bool) -> ExitCode {
    let options = pipeline::Options { root, drafts, course: None, region: None, locale: None };
    let outcome = match run(&options) {
        Ok(o) => o,
        Err(code) => return code,
    };
    match format {
        Format::Json => print!("{}", diagnostics::render_json(&outcome.diagnostics)),
        Format::Text if outcome.diagnostics.is_empty() => eprintln!("no problems found"),
        Format::Text => print_diagnostics(&outcome),
    }
    exit_code(&outcome.diagnostics)
}

fn exit_code(diagnostics: &[Diagnostic]) -> ExitCode {
    if diagnostics.iter().any(|d| d.severity == Severity::Error) { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

fn build(args: BuildArgs) -> ExitCode {
    let started = std::time::Instant::now();
    let options = pipeline::Options {
        root: args.root.root.clone(),
        drafts: args.drafts,
        course: args.course.clone(),
        region: args.region.clone(),
        locale: args.locale.clone(),
    };
    if let Err(e) = output::writer::check_out_dir(&options.root, &args.out) {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }
    let mut outcome = match run(&options) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let errors = outcome.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    if !args.quiet || errors > 0 {
        print_diagnostics(&outcome);
    }
    if errors > 0 {
        eprintln!("nothing was written: fix the errors above and build again");
        return ExitCode::from(1);
    }
    let clock = std::time::Instant::now();
    let report = match output::writer::write(&args.out, &outcome.files) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: could not write to {}: {e}", args.out.display());
            return ExitCode::from(1);
        }
    };
    outcome.timings.push(("write", clock.elapsed()));
    if args.timings {
        for (stage, time) in &outcome.timings {
            eprintln!("{stage:>10}: {:>8.1} ms", time.as_secs_f64() * 1000.0);
        }
    }
    if !args.quiet {
        let pages = outcome.files.iter().filter(|f| f.path.ends_with(".html")).count();
        eprintln!(
            "built {pages} pages for {} target{} in {:.0} ms ({} written, {} unchanged, {} removed); open {}",
            outcome.targets,
            if outcome.targets == 1 { "" } else { "s" },
            started.elapsed().as_secs_f64() * 1000.0,
            report.written,
            report.unchanged,
            report.deleted,
            args.out.join("index.html").display(),
        );
    }
    ExitCode::SUCCESS
}
