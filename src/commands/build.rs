//! `glocal build`: render everything, staging each file in its output folder as it is
//! made, and move the files into place only when the whole build has no error.

use super::{print_diagnostics, usage};
use crate::cli::BuildArgs;
use crate::diagnostics::Severity;
use crate::output::staging::{Folders, Staging};
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
            (false, None) => KitMode::Default,
        },
        progress: !args.quiet && std::io::IsTerminal::is_terminal(&std::io::stderr()),
        lms: !args.no_lms && !args.kits_only,
        pdf: None,
        keep_translations: false,
        cache: None,
    };
    let options = match args.pdf.then(crate::kit::pdf::find_chromium) {
        Some(Err(e)) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
        found => pipeline::Options { pdf: found.and_then(Result::ok), ..options },
    };
    // As in Zola, the default output belongs to the workspace, wherever the command runs.
    let out = args.out.clone().unwrap_or_else(|| options.root.join("public"));
    if let Err(e) = output::writer::check_out_dir(&options.root, &out) {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }
    // A build of sources, options and glocal that match the last good build's, into
    // folders still as it left them, would write nothing: say so and stop.
    // The sources as they stand before any is read: both the fingerprint and the build
    // cache key what was read.
    let clock = std::time::Instant::now();
    let before = std::sync::Arc::new(output::stamps::Before::take(&options.root));
    let fingerprint = output::fingerprint::of(&options.root, &described(&args), &before);
    let listed = crate::stages::Stage::since("sources", clock);
    let lms_dir = options.lms.then(|| args.lms_out.clone().unwrap_or_else(|| options.root.join(crate::lms::DIR)));
    let lms_settled = lms_dir.as_ref().is_none_or(|d| output::fingerprint::settled_with(d, &fingerprint));
    if !args.kits_only
        && lms_settled
        && let Some(last) = output::fingerprint::unchanged_since(&out, &fingerprint)
    {
        if !args.quiet {
            let warnings = match last.warnings {
                0 => String::new(),
                n => format!(" ({n} warning{}: `glocal check` shows them)", if n == 1 { "" } else { "s" }),
            };
            eprintln!("nothing changed since the last build{warnings}; open {}", out.join("index.html").display());
        }
        return ExitCode::SUCCESS;
    }
    let folders = Folders {
        root: options.root.clone(),
        site: out.clone(),
        kits_out: args.kits_out.clone(),
        kits_only: args.kits_only,
        lms: lms_dir.clone(),
    };
    let staging = Staging::new(folders);
    // A narrowed build or one of kits alone renders what it is asked and leaves the
    // cache as it is: the files it changes no longer match it.
    let narrowed = args.course.is_some() || args.region.is_some() || args.locale.is_some();
    let keyed = pipeline::Keyed { described: described(&args), before };
    let options = pipeline::Options { cache: (!narrowed && !args.kits_only).then_some(keyed), ..options };
    let (mut outcome, cache) = match pipeline::build_into(&options, &staging) {
        Ok(built) => (built.outcome, built.cache),
        Err(e) => {
            staging.abandon();
            return usage(e);
        }
    };
    if let Some(warning) = cache.as_ref().and_then(|c| c.warning.as_ref()).filter(|_| !args.quiet) {
        eprintln!("warning: {warning}");
    }
    let errors = outcome.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    if !args.quiet || errors > 0 {
        print_diagnostics(outcome.workspace.as_ref(), &outcome.diagnostics);
    }
    if errors > 0 {
        staging.abandon();
        eprintln!("nothing was written: fix the errors above and build again");
        return ExitCode::from(1);
    }
    let clock = std::time::Instant::now();
    let (kits_dir, kit_count, kits_beside) = (staging.kits_dir(), staging.kit_count(), staging.kits_beside());
    if let Some(cache) = &cache {
        output::reuse::forget(&cache.dir);
    }
    // The last build's fingerprint stays until this one is recorded: a commit that
    // fails before moving anything leaves the folders as that build left them, and one
    // killed or failing midway leaves its journal, which no fingerprint outlives.
    let report = match staging.commit(narrowed) {
        Ok(report) => report,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(if e.is_usage() { 2 } else { 1 });
        }
    };
    if let Some(cache) = cache {
        // Failing to keep it only costs the next build its shortcut.
        let _ = cache.record();
    }
    if !args.kits_only {
        let last = output::fingerprint::Last { fingerprint, warnings: outcome.diagnostics.len(), kits: kits_beside };
        record_fingerprint(&out, lms_dir.as_deref(), last);
    }
    outcome.timings.push(crate::stages::Stage::since("write", clock));
    outcome.timings.insert(0, listed);
    if args.timings {
        for stage in &outcome.timings {
            eprintln!("{}", stage.line());
        }
    }
    if !args.quiet {
        let kits = (kit_count, kits_dir.as_path());
        eprintln!("{}", summary(&args, &outcome, &report, kits, &out, started.elapsed()));
    }
    // The process ends here: freeing a large curriculum piece by piece takes longer
    // than the system takes to reclaim it whole.
    std::mem::forget(outcome);
    ExitCode::SUCCESS
}

/// Notes a good build's fingerprint in the site folder and the folders beside it.
/// Failing to note it only costs the next build its shortcut.
fn record_fingerprint(out: &std::path::Path, lms: Option<&std::path::Path>, last: output::fingerprint::Last) {
    let _ = output::fingerprint::record(out, &last);
    for dir in last.kits.as_deref().into_iter().chain(lms) {
        let copy = output::fingerprint::Last { kits: None, fingerprint: last.fingerprint.clone(), ..last };
        let _ = output::fingerprint::record(dir, &copy);
    }
}

/// The line a successful build ends with.
fn summary(
    args: &BuildArgs,
    outcome: &pipeline::Outcome,
    report: &output::writer::WriteReport,
    (kit_count, kits_dir): (usize, &std::path::Path),
    out: &std::path::Path,
    took: std::time::Duration,
) -> String {
    let (what, place) = if args.kits_only {
        (format!("{kit_count} kits"), format!("into {}", kits_dir.display()))
    } else {
        let targets = outcome.targets;
        let s = if targets == 1 { "" } else { "s" };
        (
            format!("{} pages for {targets} target{s}", outcome.pages),
            format!("open {}", out.join("index.html").display()),
        )
    };
    let taken = match outcome.taken {
        (0, _) => String::new(),
        (n, all) => format!("{n} of {all} courses as the last build left them; "),
    };
    format!(
        "built {what} in {:.0} ms ({taken}{} written, {} unchanged, {} removed); {place}",
        took.as_secs_f64() * 1000.0,
        report.written,
        report.unchanged,
        report.deleted,
    )
}

/// The options that decide what a build writes, with the kits folder made absolute
/// (the site folder is where the fingerprint is kept, so it need not be named).
fn described(args: &BuildArgs) -> String {
    let absolute =
        |p: &std::path::Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf()).display().to_string();
    format!(
        "course={:?} region={:?} locale={:?} drafts={} no_kits={} kits_out={:?} no_lms={} lms_out={:?} pdf={}",
        args.course,
        args.region,
        args.locale,
        args.drafts,
        args.no_kits,
        args.kits_out.as_deref().map(absolute),
        args.no_lms,
        args.lms_out.as_deref().map(absolute),
        args.pdf,
    )
}
