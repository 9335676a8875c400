//! `glocal new cohort REGION ID --course C --locale L`: a cohort file with one line per
//! session of the course's schedule, each naming the session and its start, for the
//! regional manager to fill in the dates, trainers and where to join.

use super::{fail, refuse};
use crate::delivery::COHORTS_DIR;
use crate::workspace::{self, LoadOptions, Workspace};
use std::path::Path;
use std::process::ExitCode;

pub struct Request<'a> {
    pub region: &'a str,
    pub id: &'a str,
    pub course: &'a str,
    pub locale: &'a str,
}

pub fn cohort(root: &Path, request: &Request) -> ExitCode {
    let mut diagnostics = Vec::new();
    let Some(ws) = workspace::load(root, &LoadOptions { drafts: false, translations: false }, &mut diagnostics) else {
        return refuse(format!("no workspace in {}: run it where glocal.yaml is, or pass --root", root.display()));
    };
    if let Err(message) = check(&ws, request) {
        return refuse(message);
    }
    let rel = format!("{COHORTS_DIR}/{}/{}.yaml", request.region, request.id);
    let path = root.join(&rel);
    if path.exists() {
        return refuse(format!("{rel} already exists"));
    }
    if let Some(other) = ws.deliveries.cohorts.iter().find(|c| c.id == request.id) {
        return refuse(format!("cohort id `{}` is taken by {}: results are kept by cohort id", request.id, other.file));
    }
    let text = file_text(&ws, request);
    if let Err(e) =
        std::fs::create_dir_all(path.parent().expect("under cohorts/")).and_then(|_| std::fs::write(&path, text))
    {
        return fail(format!("could not write {rel}: {e}"));
    }
    println!("wrote {rel}: fill in each session's date and the trainers, then run `glocal check`");
    ExitCode::SUCCESS
}

fn check(ws: &Workspace, r: &Request) -> Result<(), String> {
    let hint = |wrong: &str, known: Vec<&str>| match crate::diagnostics::closest(wrong, known.iter().copied()) {
        Some(best) => format!("did you mean `{best}`?"),
        None => format!("known: {}", known.join(", ")),
    };
    if !crate::source::attrs::is_safe_id(r.id) {
        return Err(format!("`{}` is not a cohort id: use letters, digits and `-`", r.id));
    }
    let Some(region) = ws.region(r.region) else {
        return Err(format!(
            "no region `{}`; {}",
            r.region,
            hint(r.region, ws.regions.iter().map(|x| x.id.as_str()).collect())
        ));
    };
    if !ws.courses.iter().any(|c| c.id == r.course) {
        return Err(format!(
            "no course `{}`; {}",
            r.course,
            hint(r.course, ws.courses.iter().map(|c| c.id.as_str()).collect())
        ));
    }
    if !region.locales.iter().any(|l| l == r.locale) {
        let known = region.locales.iter().map(String::as_str).collect();
        return Err(format!("region `{}` is not delivered in `{}`; {}", region.id, r.locale, hint(r.locale, known)));
    }
    Ok(())
}

/// The cohort file: every key with a comment that says what it takes.
fn file_text(ws: &Workspace, r: &Request) -> String {
    let course = ws.courses.iter().find(|c| c.id == r.course).expect("checked");
    let region = ws.region(r.region).expect("checked");
    let zone = region.timezone.clone().unwrap_or_else(|| "Area/City".into());
    let schedule = course.meta.schedule.as_ref();
    let start = schedule.map_or("09:00".to_string(), |s| s.start.to_string());
    let titles: Vec<String> = match schedule {
        Some(s) if !s.sessions.is_empty() => s.sessions.iter().map(|x| x.title.clone()).collect(),
        _ => vec![course.meta.title.clone()],
    };
    let lead = ws.deliveries.trainers.iter().find(|t| {
        t.regions.contains(&region.id) && t.speaks(r.locale) && t.certifications.iter().any(|c| c.course == course.id)
    });
    let mut out = format!(
        "# Cohort `{id}`: {title} in {name}, in `{locale}`. Fill in each session's date\n\
         # (YYYY-MM-DD), the trainers from trainers.yaml and where or how to join, then\n\
         # run `glocal check`: a lead must be certified for the course on every date.\n\
         course: {course}\nlocale: {locale}\ntitle: {title}\n",
        id = r.id,
        title = yaml_text(&course.meta.title),
        name = region.name,
        locale = r.locale,
        course = course.id,
    );
    if region.timezone.is_none() {
        out.push_str("timezone: Area/City             # the IANA time zone the times are in\n");
    } else {
        out.push_str(&format!("# timezone: {zone}     # the region's; set one to use another\n"));
    }
    out.push_str("delivery: in-person            # in-person | virtual | hybrid\n");
    out.push_str("location: \"\"                   # the room, for in-person and hybrid\n");
    out.push_str("# join_url: https://...        # the meeting link, for virtual and hybrid\n");
    out.push_str("trainers:\n");
    match lead {
        Some(t) => out.push_str(&format!("  - {{ id: {}, role: lead }}\n", t.id)),
        None => {
            out.push_str("  # - { id: TRAINER-ID, role: lead }   (no certified trainer of the region speaks it yet)\n")
        }
    }
    out.push_str("participants: 0                # a headcount, never names\nsessions:\n");
    for title in titles {
        out.push_str(&format!("  # {title}: starts {start} ({zone}); add `start: \"HH:MM\"` to move it\n"));
        out.push_str("  - { date: YYYY-MM-DD }\n");
    }
    out
}

/// A title as a YAML scalar: quoted when YAML would read it otherwise.
fn yaml_text(text: &str) -> String {
    let plain = !text.is_empty()
        && !text.starts_with(|c: char| "-?:,[]{}#&*!|>'\"%@`".contains(c) || c.is_whitespace())
        && !text.contains(": ")
        && !text.contains(" #");
    if plain { text.to_string() } else { format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\"")) }
}
