//! `glocal report [--course C] [--region R] [--quarter Q] [--format text|json|csv]`:
//! the evaluation figures of SPEC 9 for a terminal, a script or a spreadsheet. Results
//! with errors give no figures: `check` says what to fix.

use super::{has_errors, prepare, print_diagnostics};
use crate::evaluation::figures::{self, CourseFigures, Figures, Report, Selection};
use crate::evaluation::stats::Shown;
use crate::pipeline;
use std::fmt::Write;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Text,
    Json,
    Csv,
}

pub fn run(root: std::path::PathBuf, selection: Selection, format: ReportFormat) -> ExitCode {
    if let Some(q) = &selection.quarter
        && crate::evaluation::kpi::quarter_of(q).as_deref() != Some(q.as_str())
    {
        eprintln!("error: `{q}` is not a quarter: write it as 2027-Q2");
        return ExitCode::from(2);
    }
    // Every region is read even when one is asked for: a region's figures are withheld
    // as the whole course's protection decides, never re-decided on a narrower view.
    let mut options = pipeline::Options::reporting(root);
    options.course = selection.course.clone();
    let (ws, prepared) = match prepare(&options) {
        Ok(p) => p,
        Err(code) => return code,
    };
    if let Some(r) = &selection.region
        && ws.region(r).is_none()
    {
        let hint = crate::diagnostics::closest(r, ws.regions.iter().map(|x| x.id.as_str()))
            .map_or(String::new(), |c| format!("; did you mean `{c}`?"));
        eprintln!("error: no region `{r}` in this workspace{hint}");
        return ExitCode::from(2);
    }
    if has_errors(&prepared.diagnostics) {
        print_diagnostics(Some(&ws), &prepared.diagnostics);
        eprintln!("error: the workspace has errors; fix them (`glocal check`) for figures you can trust");
        return ExitCode::from(1);
    }
    let report = figures::report(&ws, &prepared.adaptations, &prepared.results, &selection);
    match format {
        ReportFormat::Json => println!("{}", serde_json::to_string_pretty(&report).expect("serializes")),
        ReportFormat::Text => print!("{}", text(&report)),
        ReportFormat::Csv => print!("{}", String::from_utf8(csv(&report)).expect("csv of UTF-8 text")),
    }
    ExitCode::SUCCESS
}

fn shown(s: &Shown, percent: bool) -> String {
    match s.value {
        Some(v) if percent => format!("{:.1}%", v * 100.0),
        Some(v) => format!("{v:.2}"),
        None if s.suppressed => format!("(withheld, n={})", s.n),
        None => "-".to_string(),
    }
}

fn text(r: &Report) -> String {
    let mut out = String::new();
    let scope = r.quarter.as_deref().map_or(String::new(), |q| format!(", cohorts ending in {q}"));
    let _ = writeln!(
        out,
        "figures from at least {} people{scope} (a figure is withheld below that, or where it would reveal one); modules below {} flagged",
        r.min_group, r.flag_below
    );
    if r.courses.is_empty() {
        out.push_str("no results yet: add results/<cohort>/*.csv (the kits carry templates)\n");
    }
    for c in &r.courses {
        let _ = writeln!(out, "\n{} ({})", c.title, c.course);
        course_text(c, &mut out);
    }
    out
}

fn course_text(c: &CourseFigures, out: &mut String) {
    for region in &c.regions {
        let _ = writeln!(out, "  {} ({}): {} cohorts", region.name, region.region, region.cohorts.len());
        for k in &region.cohorts {
            let rate = k
                .response_rate
                .map_or(String::new(), |r| format!(" of {} ({:.0}%)", k.participants.unwrap_or(0), r * 100.0));
            let _ = writeln!(
                out,
                "    {:<22} {} respondents{rate}  reaction {}  pre {}  post {}",
                k.cohort,
                k.respondents,
                shown(&k.reaction, false),
                shown(&k.pre, true),
                shown(&k.post, true)
            );
        }
        figures_text(&region.figures, out);
        for k in &region.kpis {
            let periods: Vec<String> = k.periods.iter().map(|p| format!("{} {}", p.period, p.value)).collect();
            let _ = writeln!(
                out,
                "    L4 {} ({}): baseline {} target {}; {}",
                k.kpi,
                k.unit,
                k.baseline,
                k.target,
                periods.join(", ")
            );
        }
    }
    if c.regions.len() > 1 {
        let _ = writeln!(out, "  all regions:");
        figures_text(&c.overall, out);
    }
}

fn figures_text(f: &Figures, out: &mut String) {
    let _ = writeln!(out, "    L1 reaction {}", shown(&f.reaction, false));
    for m in &f.modules {
        let flag = if m.flagged { "  FLAGGED" } else { "" };
        let _ = writeln!(out, "       {:<34} {}{flag}", m.module, shown(&m.mean, false));
    }
    let _ = writeln!(
        out,
        "    L2 pre {}  post {}  gain {}",
        shown(&f.pre, true),
        shown(&f.post, true),
        shown(&f.gain, true)
    );
    for q in f.questions.iter().filter(|q| q.flagged) {
        let wrong =
            q.most_chosen_wrong.map_or(String::new(), |(l, s)| format!(", most chosen wrong: {l} ({:.0}%)", s * 100.0));
        let _ = writeln!(
            out,
            "       {} right {}{wrong}  FLAGGED ({}/{})",
            q.question,
            shown(&q.right, true),
            q.module,
            q.lesson
        );
    }
    let days: Vec<String> =
        f.behaviour_days.iter().map(|d| format!("day {} {}", d.day, shown(&d.share, true))).collect();
    let _ = writeln!(out, "    L3 rated 4-5: {}", days.join("  "));
}

/// One row per figure: what a spreadsheet pivots.
fn csv(r: &Report) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["course", "region", "cohort", "level", "measure", "item", "period", "value", "n", "suppressed"])
        .expect("in-memory csv");
    let mut row = |fields: [&str; 7], s: &Shown| {
        let value = s.value.map_or(String::new(), |v| v.to_string());
        let (n, sup) = (s.n.to_string(), s.suppressed.to_string());
        let text = crate::output::spreadsheet_text;
        let record = [
            &text(fields[0]),
            &text(fields[1]),
            &text(fields[2]),
            fields[3],
            fields[4],
            &text(fields[5]),
            fields[6],
            &*value,
            &*n,
            &*sup,
        ];
        w.write_record(record).expect("in-memory csv");
    };
    for c in &r.courses {
        for region in &c.regions {
            for k in &region.cohorts {
                row([&c.course, &region.region, &k.cohort, "1", "mean", "", ""], &k.reaction);
                row([&c.course, &region.region, &k.cohort, "2", "pre", "", ""], &k.pre);
                row([&c.course, &region.region, &k.cohort, "2", "post", "", ""], &k.post);
            }
            figure_rows(&mut row, &c.course, &region.region, &region.figures);
            for k in &region.kpis {
                for p in &k.periods {
                    let s = Shown { value: Some(p.value), n: 0, suppressed: false };
                    row([&c.course, &region.region, "", "4", "value", &k.kpi, &p.period], &s);
                    let s = Shown { value: p.progress, n: 0, suppressed: false };
                    row([&c.course, &region.region, "", "4", "progress", &k.kpi, &p.period], &s);
                }
            }
        }
        figure_rows(&mut row, &c.course, "", &c.overall);
    }
    w.into_inner().expect("in-memory csv")
}

/// A region's (or, with no region, the course's) figures as rows.
fn figure_rows(row: &mut impl FnMut([&str; 7], &Shown), course: &str, region: &str, f: &Figures) {
    row([course, region, "", "1", "mean", "", ""], &f.reaction);
    for m in &f.modules {
        row([course, region, "", "1", "module-mean", &m.module, ""], &m.mean);
        for (q, s) in &m.questions {
            row([course, region, "", "1", "question-mean", &format!("{}/{q}", m.module), ""], s);
        }
    }
    row([course, region, "", "2", "pre", "", ""], &f.pre);
    row([course, region, "", "2", "post", "", ""], &f.post);
    row([course, region, "", "2", "gain", "", ""], &f.gain);
    for q in &f.questions {
        row([course, region, "", "2", "right", &q.question, ""], &q.right);
        if let Some((letter, share)) = q.most_chosen_wrong {
            let s = Shown { value: Some(share), n: q.right.n, suppressed: false };
            row([course, region, "", "2", "most-chosen-wrong", &format!("{}/{letter}", q.question), ""], &s);
        }
    }
    for d in &f.behaviour_days {
        row([course, region, "", "3", "rated-4-5", "", &format!("day-{}", d.day)], &d.share);
    }
    for b in &f.behaviours {
        for d in &b.days {
            row([course, region, "", "3", "rated-4-5", &b.behaviour, &format!("day-{}", d.day)], &d.share);
        }
    }
}
