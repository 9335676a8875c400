//! `trainers.yaml`: who may deliver what. Each trainer's certifications are read with
//! their validity worked out (the entry's `expires`, else the course's
//! `certification_valid_months`, 12 by default), and every problem is reported at
//! its line with the closest valid id.

use super::{Certification, Context, TRAINERS_FILE, Trainer, parse_date};
use crate::diagnostics::{Diagnostic, Location};
use crate::source::yaml::{self, YamlSource};
use jiff::ToSpan;
use serde::Deserialize;

const SCHEMA: &[(&str, &[&str])] =
    &[("", &["id", "name", "regions", "languages", "certified"]), ("certified", &["course", "date", "expires"])];

#[derive(Deserialize)]
struct Raw {
    id: String,
    name: String,
    #[serde(default)]
    regions: Vec<String>,
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    certified: Vec<RawCertification>,
}

#[derive(Deserialize)]
struct RawCertification {
    course: String,
    date: String,
    #[serde(default)]
    expires: Option<String>,
}

/// The trainer network; empty when the workspace has no `trainers.yaml`.
pub fn load(ctx: &Context, out: &mut Vec<Diagnostic>) -> Vec<Trainer> {
    if !ctx.root.join(TRAINERS_FILE).exists() {
        return Vec::new();
    }
    let Some(text) = ctx.sources.read(ctx.root, TRAINERS_FILE) else { return Vec::new() };
    let src = YamlSource { file: TRAINERS_FILE, text: &text, line_offset: 0, schema: SCHEMA };
    let Some(raw) = yaml::parse::<Vec<Raw>>(&src, out) else { return Vec::new() };
    let mut trainers: Vec<Trainer> = Vec::new();
    // Each kept trainer's position in the file, for "first at line".
    let mut kept_at: Vec<usize> = Vec::new();
    for (i, r) in raw.into_iter().enumerate() {
        let at = |key: &str, len: usize| {
            let (line, column) = yaml::locate_path(&text, &format!("{i}.{key}"));
            Location::new(TRAINERS_FILE, line, column).with_len(len)
        };
        if let Some(first) = trainers.iter().position(|t| t.id == r.id) {
            let line = yaml::locate_path(&text, &format!("{}.id", kept_at[first])).0;
            out.push(Diagnostic::error(
                "duplicate-trainer",
                at("id", r.id.len()),
                format!("trainer `{}` is listed twice (first at line {line})", r.id),
            ));
            continue;
        }
        if !crate::source::attrs::is_safe_id(&r.id) {
            out.push(
                Diagnostic::error(
                    "id-characters",
                    at("id", r.id.len()),
                    format!("`{}` is not a valid trainer id", r.id),
                )
                .help(format!("use letters, digits, `-` and `_`: `{}`", crate::source::attrs::safe_id_for(&r.id))),
            );
        }
        check_regions(ctx, &r, &text, i, out);
        check_languages(&r, &text, i, out);
        let certifications = certifications(ctx, &r.certified, &text, i, out);
        trainers.push(Trainer { id: r.id, name: r.name, regions: r.regions, languages: r.languages, certifications });
        kept_at.push(i);
    }
    trainers
}

fn check_regions(ctx: &Context, r: &Raw, text: &str, i: usize, out: &mut Vec<Diagnostic>) {
    for region in r.regions.iter().filter(|x| ctx.regions.iter().all(|k| &k.id != *x)) {
        let (line, column) = near_in_entry(text, i, "regions", region);
        out.push(
            Diagnostic::error(
                "unknown-region",
                Location::new(TRAINERS_FILE, line, column).with_len(region.len()),
                format!("trainer `{}` lists region `{region}`, which glocal.yaml does not declare", r.id),
            )
            .suggest(region, ctx.regions.iter().map(|k| k.id.as_str())),
        );
    }
}

fn check_languages(r: &Raw, text: &str, i: usize, out: &mut Vec<Diagnostic>) {
    if r.languages.is_empty() {
        let (line, column) = yaml::locate_path(text, &format!("{i}.id"));
        out.push(
            Diagnostic::error(
                "trainer-language",
                Location::new(TRAINERS_FILE, line, column),
                format!("trainer `{}` lists no `languages`", r.id),
            )
            .help("add the languages they deliver in, such as `languages: [vi, en]`"),
        );
    }
    for lang in &r.languages {
        if lang.parse::<unic_langid::LanguageIdentifier>().is_err() || lang.contains('_') {
            let (line, column) = near_in_entry(text, i, "languages", lang);
            out.push(
                Diagnostic::error(
                    "locale-id",
                    Location::new(TRAINERS_FILE, line, column).with_len(lang.len()),
                    format!("`{lang}` is not a BCP 47 language tag"),
                )
                .help("write tags such as `en`, `vi` or `pt-BR`"),
            );
        }
    }
}

fn certifications(
    ctx: &Context,
    raw: &[RawCertification],
    text: &str,
    i: usize,
    out: &mut Vec<Diagnostic>,
) -> Vec<Certification> {
    let mut list = Vec::new();
    for (n, c) in raw.iter().enumerate() {
        let at = |key: &str, len: usize| {
            let (line, column) = yaml::locate_path(text, &format!("{i}.certified.{n}.{key}"));
            Location::new(TRAINERS_FILE, line, column).with_len(len)
        };
        let Some(course) = ctx.courses.iter().find(|x| x.id == c.course) else {
            out.push(
                Diagnostic::error("unknown-course", at("course", c.course.len()), format!("no course `{}`", c.course))
                    .suggest(&c.course, ctx.courses.iter().map(|x| x.id.as_str())),
            );
            continue;
        };
        let Some(date) = parse_date(&c.date) else {
            out.push(bad_date(at("date", c.date.len()), &c.date));
            continue;
        };
        let until = match &c.expires {
            Some(e) => match parse_date(e) {
                Some(d) if d >= date => d,
                Some(d) => {
                    out.push(Diagnostic::error(
                        "expires-before-date",
                        at("expires", e.len()),
                        format!("`expires: {d}` is before the certification's `date: {date}`"),
                    ));
                    continue;
                }
                None => {
                    out.push(bad_date(at("expires", e.len()), e));
                    continue;
                }
            },
            None => {
                let months = course.meta.certification_valid_months.unwrap_or(12);
                last_valid_day(date, months)
            }
        };
        list.push(Certification { course: course.id.clone(), date, until });
    }
    list
}

/// The last day of a certification that lasts `months` from `date`: 2026-10-15 for
/// 12 months is valid through 2027-10-14.
pub fn last_valid_day(date: jiff::civil::Date, months: u32) -> jiff::civil::Date {
    let end = date.checked_add(i64::from(months).months()).unwrap_or(date);
    // A day the later month lacks (the 31st, 29 February) ends on that month's last day.
    if end.day() < date.day() {
        return end;
    }
    end.yesterday().unwrap_or(end).max(date)
}

pub fn bad_date(at: Location, text: &str) -> Diagnostic {
    Diagnostic::error("date", at, format!("`{text}` is not a date"))
        .help("write dates as YYYY-MM-DD, like `2027-03-02`")
}

/// A list item (a region, a language) inside the `i`-th entry: its line and column.
fn near_in_entry(text: &str, i: usize, key: &str, item: &str) -> (usize, usize) {
    let (line, _) = yaml::locate_path(text, &format!("{i}.{key}"));
    let row = text.lines().nth(line - 1).unwrap_or("");
    match crate::diagnostics::find_place(row, item) {
        Some((_, column)) => (line, column),
        None => yaml::locate_path(text, &format!("{i}.{key}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_certification_lasts_its_months_less_a_day() {
        assert_eq!(last_valid_day(date(2026, 10, 15), 12), date(2027, 10, 14));
        assert_eq!(last_valid_day(date(2027, 1, 31), 1), date(2027, 2, 28), "February has no 31st: its last day");
        assert_eq!(last_valid_day(date(2028, 2, 29), 12), date(2029, 2, 28));
        assert_eq!(last_valid_day(date(2027, 1, 1), 0), date(2027, 1, 1));
    }

    #[test]
    fn dates_are_read_only_in_their_iso_form() {
        assert_eq!(parse_date("2027-03-02"), Some(date(2027, 3, 2)));
        assert_eq!(parse_date("2027-02-30"), None);
        assert_eq!(parse_date("2/3/2027"), None);
        assert_eq!(parse_date("2027-3-2"), None);
    }
}
