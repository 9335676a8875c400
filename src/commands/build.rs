//! `glocal build`: render everything, and write it only when there is no error.

use super::{print_diagnostics, usage};
use crate::cli::BuildArgs;
use crate::diagnostics::Severity;
use crate::render::pages::KitMode;
use crate::{output, pipeline};
use std::process::ExitCode;

pub fn run(args: BuildArgs) -> ExitCode {
    let started = std::time::Instant::now();
    let options = pipeline::Options {
        root: args.root.root.clone(),
        drafts: args.drafts,
        course: args.course.clone(),
        region: args.region.clone(),
        locale: args.locale.clone(),
        kits: match (args.no_kits, &args.kits_out) {
            (true, _) => KitMode::Off,
            (false, Some(_)) => KitMode::Elsewhere,
            (false, None) => KitMode::Site,
        },
        progress: !args.quiet && std::io::IsTerminal::is_terminal(&std::io::stderr()),
    };
    // As in Zola, the default output belongs to the workspace, wherever the command runs.
    let out = args.out.clone().unwrap_or_else(|| options.root.join("public"));
    let kits_dir = args.kits_out.clone().unwrap_or_else(|| out.join("kits"));
    for dir in [&out, &kits_dir] {
        if let Err(e) = output::writer::check_out_dir(&options.root, dir) {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    }
    let mut outcome = match pipeline::run(&options) {
        Ok(o) => o,
        Err(e) => return usage(e),
    };
    let errors = outcome.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    if !args.quiet || errors > 0 {
        print_diagnostics(outcome.workspace.as_ref(), &outcome.diagnostics);
    }
    if errors > 0 {
        eprintln!("nothing was written: fix the errors above and build again");
        return ExitCode::from(1);
    }
    let clock = std::time::Instant::now();
    let mut report = output::writer::WriteReport::default();
    let site = if args.kits_only { Vec::new() } else { vec![(&out, &outcome.files)] };
    let kits = if options.kits == KitMode::Off { Vec::new() } else { vec![(&kits_dir, &outcome.kits)] };
    for (dir, files) in site.into_iter().chain(kits) {
        let narrowed = args.course.is_some() || args.region.is_some() || args.locale.is_some();
        match output::writer::write_with(dir, files, !narrowed) {
            Ok(r) => report.add(&r),
            Err(e) => {
                eprintln!("error: could not write to {}: {e}", dir.display());
                return ExitCode::from(1);
            }
        }
    }
    outcome.timings.push(("write", clock.elapsed()));
    if args.timings {
        for (stage, time) in &outcome.timings {
            eprintln!("{stage:>10}: {:>8.1} ms", time.as_secs_f64() * 1000.0);
        }
    }
    if !args.quiet && args.kits_only {
        eprintln!(
            "built {} kits in {:.0} ms ({} written, {} unchanged, {} removed) into {}",
            outcome.kits.len(),
            started.elapsed().as_secs_f64() * 1000.0,
            report.written,
            report.unchanged,
            report.deleted,
            kits_dir.display(),
        );
    } else if !args.quiet {
        let pages = outcome.files.iter().filter(|f| f.path.ends_with(".html")).count();
        eprintln!(
            "built {pages} pages for {} target{} in {:.0} ms ({} written, {} unchanged, {} removed); open {}",
            outcome.targets,
            if outcome.targets == 1 { "" } else { "s" },
            started.elapsed().as_secs_f64() * 1000.0,
            report.written,
            report.unchanged,
            report.deleted,
            out.join("index.html").display(),
        );
    }
    ExitCode::SUCCESS
}
