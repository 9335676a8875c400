//! `glocal build`: render everything, and write it only when there is no error.

use super::{print_diagnostics, usage};
use crate::cli::BuildArgs;
use crate::diagnostics::Severity;
use crate::output::OutputFile;
use crate::pipeline::Outcome;
use crate::render::pages::KitMode;
use crate::{output, pipeline};
use std::path::{Path, PathBuf};
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
    };
    // As in Zola, the default output belongs to the workspace, wherever the command runs.
    let out = args.out.clone().unwrap_or_else(|| options.root.join("public"));
    if let Err(e) = output::writer::check_out_dir(&options.root, &out) {
        eprintln!("error: {e}");
        return ExitCode::from(2);
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
    let plan = match Plan::new(&args, &options, &out, &mut outcome) {
        Ok(plan) => plan,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let narrowed = args.course.is_some() || args.region.is_some() || args.locale.is_some();
    let mut report = output::writer::WriteReport::default();
    for (dir, files, whole) in plan.folders(&outcome) {
        let waiting = || eprintln!("waiting for the other glocal build writing to {} to finish", dir.display());
        match output::writer::write_waiting(dir, files, whole && !narrowed, waiting) {
            Ok(r) => report.add(&r),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(if e.is_usage() { 2 } else { 1 });
            }
        }
    }
    let kits_dir = &plan.kits_dir;
    outcome.timings.push(("write", clock.elapsed()));
    if args.timings {
        for (stage, time) in &outcome.timings {
            eprintln!("{stage:>10}: {:>8.1} ms", time.as_secs_f64() * 1000.0);
        }
    }
    if !args.quiet && args.kits_only {
        eprintln!(
            "built {} kits in {:.0} ms ({} written, {} unchanged, {} removed) into {}",
            plan.kit_count,
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

/// Which folders a build writes: the site, and the kits beside it unless they are part
/// of the site (`kits_public`); each folder keeps its own record, so they may not overlap.
struct Plan {
    site: Option<PathBuf>,
    kits: Option<PathBuf>,
    kits_dir: PathBuf,
    /// False when only the kits inside the site are written: the pages stay.
    whole_site: bool,
    kit_count: usize,
}

impl Plan {
    fn new(args: &BuildArgs, options: &pipeline::Options, out: &Path, outcome: &mut Outcome) -> Result<Plan, String> {
        let in_site = outcome.kit_mode == KitMode::Site;
        let kit_count = outcome.kits.len();
        let kits_dir = match (&args.kits_out, in_site) {
            (Some(dir), _) => dir.clone(),
            (None, true) => out.join("kits"),
            (None, false) => options.root.join("kits"),
        };
        if in_site {
            let kits = std::mem::take(&mut outcome.kits);
            let kits = kits.into_iter().map(|k| OutputFile::new(format!("kits/{}", k.path), k.bytes));
            if args.kits_only {
                outcome.files = kits.collect();
            } else {
                outcome.files.extend(kits);
                outcome.files.sort_by(|a, b| a.path.cmp(&b.path));
            }
            let whole_site = !args.kits_only;
            return Ok(Plan { site: Some(out.to_path_buf()), kits: None, kits_dir, whole_site, kit_count });
        }
        let kits = (outcome.kit_mode != KitMode::Off).then(|| kits_dir.clone());
        if let Some(dir) = &kits {
            output::writer::check_out_dir(&options.root, dir)?;
            if !args.kits_only {
                output::guard::check_apart(("the site folder", out), ("the kits folder", dir))?;
            }
        }
        let site = (!args.kits_only).then(|| out.to_path_buf());
        Ok(Plan { site, kits, kits_dir, whole_site: true, kit_count })
    }

    /// Each folder with its files, and whether they are all it should hold.
    fn folders<'a>(&'a self, outcome: &'a Outcome) -> impl Iterator<Item = (&'a PathBuf, &'a [OutputFile], bool)> {
        let site = self.site.iter().map(|d| (d, outcome.files.as_slice(), self.whole_site));
        site.chain(self.kits.iter().map(|d| (d, outcome.kits.as_slice(), true)))
    }
}
