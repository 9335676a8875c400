//! `cohorts/<region>/<cohort>.yaml`: one delivery of a course. Every rule of SPEC 8
//! is checked here and reported at its line with the closest valid id: the course,
//! the locale among the region's, trainers in the network who speak the cohort's
//! language, a lead certified on every session date, one session per scheduled
//! session in date order, a real IANA time zone, a start the clocks show, and an
//! https `join_url`.

use super::{COHORTS_DIR, Cohort, CohortSession, Context, Delivery, Role, Trainer, parse_date, zone};
use crate::diagnostics::{Diagnostic, Location};
use crate::source::model::{ClockTime, Course};
use crate::source::yaml::{self, YamlSource};
use crate::workspace::Region;
use serde::Deserialize;

const SCHEMA: &[(&str, &[&str])] = &[
    (
        "",
        &[
            "course",
            "locale",
            "title",
            "timezone",
            "delivery",
            "location",
            "join_url",
            "trainers",
            "participants",
            "sessions",
        ],
    ),
    ("trainers", &["id", "role"]),
    ("sessions", &["date", "start"]),
];

#[derive(Deserialize)]
struct Raw {
    course: String,
    locale: String,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    timezone: Option<String>,
    delivery: Delivery,
    #[serde(default)]
    location: Option<String>,
    #[serde(default)]
    join_url: Option<String>,
    #[serde(default)]
    trainers: Vec<RawTrainer>,
    #[serde(default)]
    participants: Option<u32>,
    #[serde(default)]
    sessions: Vec<RawSession>,
}

#[derive(Deserialize)]
struct RawTrainer {
    id: String,
    role: Role,
}

#[derive(Deserialize)]
struct RawSession {
    date: String,
    #[serde(default)]
    start: Option<ClockTime>,
}

/// Every cohort file, checked; cohorts whose course or time zone is unknown are left out.
pub fn load(ctx: &Context, trainers: &[Trainer], out: &mut Vec<Diagnostic>) -> Vec<Cohort> {
    let listing = crate::source::listing::list(ctx.root, COHORTS_DIR, ctx.sources);
    let mut cohorts: Vec<Cohort> = Vec::new();
    for rel in &listing.files {
        let file = format!("{COHORTS_DIR}/{rel}");
        let Some((region, id)) = cohort_path(rel) else {
            out.push(
                Diagnostic::warning(
                    "cohort-file",
                    Location::file(&file),
                    "not read: a cohort is `cohorts/<region>/<cohort>.yaml`",
                )
                .help("move the file, or rename it to end in `.yaml`"),
            );
            continue;
        };
        if !crate::source::listing::names_are_safe(&file, &[region, id], out) {
            continue;
        }
        let Some(region) = ctx.regions.iter().find(|r| r.id == region) else {
            out.push(
                Diagnostic::error(
                    "unknown-region",
                    Location::file(&file),
                    format!("no region `{region}` in glocal.yaml"),
                )
                .suggest(region, ctx.regions.iter().map(|r| r.id.as_str()))
                .help_if_none("the folder under cohorts/ is the region's id".into()),
            );
            continue;
        };
        let Some(text) = ctx.sources.read(ctx.root, &file) else { continue };
        let Some(cohort) = one(ctx, trainers, region, id, &file, &text, out) else { continue };
        if let Some(other) = cohorts.iter().find(|c| c.id == cohort.id) {
            out.push(
                Diagnostic::error(
                    "duplicate-cohort",
                    Location::file(&file),
                    format!("cohort id `{}` is also used by {}", cohort.id, other.file),
                )
                .help("results are kept under results/<cohort>/, so each cohort id must be unique"),
            );
            continue;
        }
        cohorts.push(cohort);
    }
    cohorts.sort_by(|a, b| (a.first_date(), &a.id).cmp(&(b.first_date(), &b.id)));
    cohorts
}

/// `emea/hamburg-2027.yaml` is the cohort `hamburg-2027` of region `emea`.
fn cohort_path(rel: &str) -> Option<(&str, &str)> {
    let (region, name) = rel.split_once('/')?;
    let id = name.strip_suffix(".yaml")?;
    (!name.contains('/') && !id.is_empty()).then_some((region, id))
}

/// Reads one cohort and checks it against the course, the region and the network.
fn one(
    ctx: &Context,
    trainers: &[Trainer],
    region: &Region,
    id: &str,
    file: &str,
    text: &str,
    out: &mut Vec<Diagnostic>,
) -> Option<Cohort> {
    let src = YamlSource { file, text, line_offset: 0, schema: SCHEMA };
    let raw: Raw = yaml::parse(&src, out)?;
    let at = |path: &str, len: usize| {
        let (line, column) = yaml::locate_path(text, path);
        Location::new(file, line, column).with_len(len)
    };
    // An unknown course stops what needs the course (sessions, certification), not the rest.
    let course = ctx.courses.iter().find(|c| c.id == raw.course);
    if course.is_none() {
        out.push(
            Diagnostic::error("unknown-course", at("course", raw.course.len()), format!("no course `{}`", raw.course))
                .suggest(&raw.course, ctx.courses.iter().map(|c| c.id.as_str())),
        );
    }
    if !region.locales.contains(&raw.locale) {
        out.push(
            Diagnostic::error(
                "cohort-locale",
                at("locale", raw.locale.len()),
                format!("region `{}` is not delivered in `{}`", region.id, raw.locale),
            )
            .suggest(&raw.locale, region.locales.iter().map(String::as_str))
            .help_if_none(format!("region `{}` lists: {}", region.id, region.locales.join(", "))),
        );
    }
    let join_ok = check_join(&raw, &at, out);
    // Without a known zone the times cannot be placed, but everything else is checked.
    let tz_name = time_zone(ctx, &raw, region, &at, out);
    let tz = tz_name.as_deref().and_then(|name| Some((zone::get(name)?, name)));
    let schedule = course.and_then(|c| ctx.schedule(c, &region.id));
    let sessions = match course {
        Some(c) => sessions(c, schedule.as_ref(), &raw, tz.as_ref(), &at, out),
        None => Vec::new(),
    };
    let cohort = Cohort {
        id: id.to_string(),
        region: region.id.clone(),
        file: file.to_string(),
        course: raw.course.clone(),
        locale: raw.locale,
        title: raw.title.filter(|t| !t.trim().is_empty()),
        timezone: tz_name.clone().unwrap_or_default(),
        delivery: raw.delivery,
        location: raw.location.filter(|l| !l.trim().is_empty()),
        join_url: raw.join_url.filter(|_| join_ok),
        trainers: raw.trainers.iter().map(|t| (t.id.clone(), t.role)).collect(),
        participants: raw.participants,
        sessions,
    };
    check_trainers(&cohort, &raw.trainers, trainers, course.is_some(), &at, out);
    (course.is_some() && tz_name.is_some()).then_some(cohort)
}

type At<'a> = dyn Fn(&str, usize) -> Location + 'a;

/// Where and how to join: a place for the room, an https link for the screen. Whether
/// the link may be used.
fn check_join(raw: &Raw, at: &At, out: &mut Vec<Diagnostic>) -> bool {
    let mut ok = true;
    if let Some(url) = &raw.join_url {
        let host = url.strip_prefix("https://").map(|r| r.split(['/', '?', '#']).next().unwrap_or(""));
        // No space or control character anywhere: the link goes into pages and calendars.
        let clean = !url.chars().any(|c| c.is_whitespace() || c.is_control());
        ok = clean && host.is_some_and(|h| !h.is_empty());
        if !ok {
            out.push(
                Diagnostic::error("join-url", at("join_url", url.chars().count()), format!("`{url}` is not an https link"))
                    .help("participants follow this link from the cohort page and their calendar: use the meeting's https:// address"),
            );
        }
    }
    let given = |v: &Option<String>| v.as_deref().is_some_and(|t| !t.trim().is_empty());
    let (room, screen) = (given(&raw.location), given(&raw.join_url));
    let missing = match raw.delivery {
        Delivery::InPerson if !room => Some(("location", "an in-person cohort needs a `location`")),
        Delivery::Virtual if !screen => Some(("join_url", "a virtual cohort needs a `join_url`")),
        Delivery::Hybrid if !room => Some(("location", "a hybrid cohort needs a `location` for those in the room")),
        Delivery::Hybrid if !screen => {
            Some(("join_url", "a hybrid cohort needs a `join_url` for those joining online"))
        }
        _ => None,
    };
    if let Some((key, message)) = missing {
        out.push(
            Diagnostic::warning("cohort-join", at("delivery", raw.delivery.id().len()), message)
                .help(format!("add `{key}:` so participants know where to be")),
        );
    }
    ok
}

/// The cohort's IANA zone, or its region's; `None` when neither names one.
fn time_zone(ctx: &Context, raw: &Raw, region: &Region, at: &At, out: &mut Vec<Diagnostic>) -> Option<String> {
    let (name, place) = match (&raw.timezone, &region.timezone) {
        (Some(tz), _) => (tz.clone(), at("timezone", tz.chars().count())),
        // The region's zone is wrong in glocal.yaml: the cohort cannot be placed.
        (None, Some(tz)) if zone::get(tz).is_none() => {
            let text = ctx.sources.get(crate::workspace::config::FILE).unwrap_or_default();
            let (line, column) = crate::source::yaml::find_line(&text, tz);
            let place = Location::new(crate::workspace::config::FILE, line, column).with_len(tz.chars().count());
            (tz.clone(), place)
        }
        (None, Some(tz)) => (tz.clone(), at("timezone", 1)),
        (None, None) => {
            out.push(
                Diagnostic::error(
                    "no-timezone",
                    at("sessions", 8),
                    format!("region `{}` has no time zone, so this cohort's times cannot be placed", region.id),
                )
                .help("add `timezone: Area/City` to the cohort or to the region in glocal.yaml"),
            );
            return None;
        }
    };
    if zone::get(&name).is_some() {
        return Some(name);
    }
    let names = zone::names();
    out.push(
        Diagnostic::error(
            "unknown-timezone",
            place,
            format!("`{name}` is not an IANA time zone, so the cohorts in it cannot be placed on the clock"),
        )
        .suggest(&name, names.iter().map(String::as_str))
        .help_if_none("write a name such as `Europe/Berlin` or `Asia/Ho_Chi_Minh`".into()),
    );
    None
}

/// One session per scheduled session, in date order, each starting at a time the
/// clocks of its zone show that day.
fn sessions(
    course: &Course,
    schedule: Option<&crate::source::model::Schedule>,
    raw: &Raw,
    tz: Option<&(jiff::tz::TimeZone, &str)>,
    at: &At,
    out: &mut Vec<Diagnostic>,
) -> Vec<CohortSession> {
    let wanted = schedule.map_or(1, |s| s.sessions.len().max(1));
    if raw.sessions.len() != wanted {
        let titles: Vec<&str> = schedule.map_or(Vec::new(), |s| s.sessions.iter().map(|x| x.title.as_str()).collect());
        out.push(
            Diagnostic::error(
                "session-count",
                at("sessions", 8),
                format!(
                    "course `{}` is scheduled in {wanted} session{}; this cohort lists {}",
                    course.id,
                    if wanted == 1 { "" } else { "s" },
                    raw.sessions.len()
                ),
            )
            .help(if titles.is_empty() {
                "give one `- { date: YYYY-MM-DD }` for the course's one session".to_string()
            } else {
                format!("one `- {{ date: YYYY-MM-DD }}` per session, in order: {}", titles.join("; "))
            }),
        );
    }
    let default_start = schedule.map_or(ClockTime(9 * 60), |s| s.start);
    let mut list: Vec<CohortSession> = Vec::new();
    for (i, s) in raw.sessions.iter().enumerate() {
        let date_at = at(&format!("sessions.{i}.date"), s.date.len());
        let Some(date) = parse_date(&s.date) else {
            out.push(super::trainers::bad_date(date_at, &s.date));
            continue;
        };
        if let Some(previous) = list.last().filter(|p| p.date >= date) {
            out.push(
                Diagnostic::error(
                    "session-order",
                    date_at.clone(),
                    format!("session {} on {date} is not after the session before it ({})", i + 1, previous.date),
                )
                .help("list sessions in the order they happen, one date each"),
            );
        }
        let start = s.start.unwrap_or(default_start);
        let local = date.at((start.0 / 60) as i8, (start.0 % 60) as i8, 0, 0);
        let start_at = if s.start.is_some() { at(&format!("sessions.{i}.start"), 5) } else { date_at };
        let Some((tz, tz_name)) = tz else {
            list.push(CohortSession { date, start: s.start });
            continue;
        };
        match zone::place(tz, local) {
            Ok((_, None)) => {}
            Ok((_, Some(twice))) => {
                out.push(Diagnostic::warning("time-twice", start_at, twice.describe(local, tz_name)));
            }
            Err(gap) => out.push(
                Diagnostic::error("time-gap", start_at, gap.describe(local, tz_name))
                    .help("start the session at a time the clocks show that day, such as an hour later"),
            ),
        }
        list.push(CohortSession { date, start: s.start });
    }
    list
}

/// Trainers exist, speak the cohort's language, and a lead is certified on every date.
fn check_trainers(
    cohort: &Cohort,
    raw: &[RawTrainer],
    network: &[Trainer],
    course_known: bool,
    at: &At,
    out: &mut Vec<Diagnostic>,
) {
    for (i, r) in raw.iter().enumerate() {
        let place = at(&format!("trainers.{i}.id"), r.id.chars().count());
        if raw[..i].iter().any(|x| x.id == r.id) {
            out.push(Diagnostic::error("duplicate-trainer", place, format!("trainer `{}` is listed twice", r.id)));
            continue;
        }
        let Some(trainer) = network.iter().find(|t| t.id == r.id) else {
            out.push(
                Diagnostic::error("unknown-trainer", place, format!("no trainer `{}` in trainers.yaml", r.id))
                    .suggest(&r.id, network.iter().map(|t| t.id.as_str())),
            );
            continue;
        };
        if !trainer.speaks(&cohort.locale) {
            out.push(
                Diagnostic::error(
                    "trainer-language",
                    place.clone(),
                    format!(
                        "trainer `{}` delivers in {}, not in this cohort's `{}`",
                        r.id,
                        trainer.languages.join(", "),
                        cohort.locale
                    ),
                )
                .help("choose a trainer who speaks the cohort's language, or add it to their `languages`"),
            );
        }
        if !trainer.regions.is_empty() && !trainer.regions.contains(&cohort.region) {
            out.push(Diagnostic::warning(
                "trainer-region",
                place.clone(),
                format!(
                    "trainer `{}` is listed for {}, not region `{}`",
                    r.id,
                    trainer.regions.join(", "),
                    cohort.region
                ),
            ));
        }
        if r.role == Role::Lead && course_known {
            check_lead(cohort, trainer, place, out);
        }
    }
    if !raw.iter().any(|t| t.role == Role::Lead) {
        out.push(
            Diagnostic::warning("no-lead", at("trainers", 8), "this cohort has no lead trainer")
                .help("add `- { id: ..., role: lead }` with a trainer certified for the course"),
        );
    }
}

/// A lead must hold a valid certification for the course on each session's date.
fn check_lead(cohort: &Cohort, trainer: &Trainer, place: Location, out: &mut Vec<Diagnostic>) {
    let uncovered: Vec<jiff::civil::Date> =
        cohort.sessions.iter().map(|s| s.date).filter(|d| trainer.certified_on(&cohort.course, *d).is_none()).collect();
    let Some(first) = uncovered.first() else { return };
    let held: Vec<&super::Certification> =
        trainer.certifications.iter().filter(|c| c.course == cohort.course).collect();
    let why = match held.iter().map(|c| c.until).max() {
        None => format!("has no certification for `{}`", cohort.course),
        Some(until) if until < *first => format!("was certified until {until}"),
        Some(_) => {
            let from = held.iter().map(|c| c.date).min().expect("one held");
            format!("is certified from {from} through {}", held.iter().map(|c| c.until).max().expect("one held"))
        }
    };
    let dates: Vec<String> = uncovered.iter().map(ToString::to_string).collect();
    out.push(
        Diagnostic::error(
            "lead-not-certified",
            place,
            format!("lead trainer `{}` {why}, so is not certified on {}", trainer.id, dates.join(", ")),
        )
        .help("choose a certified lead, renew the certification in trainers.yaml, or make this trainer a `co-trainer`"),
    );
}
