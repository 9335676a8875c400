//! `results/kpi/<course>/<region>.csv` (Kirkpatrick level 4): the region's business
//! figures, one value per KPI and period (`2027-Q1` or `2027-03`), in the KPI's unit,
//! set against the baseline and target of the region's version of the course.

use super::reaction::first_time;
use super::require;
use super::table::Table;
use crate::diagnostics::{Diagnostic, Location};
use crate::overlay::Adaptation;
use crate::workspace::Workspace;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
pub struct KpiSeries {
    pub course: String,
    pub region: String,
    /// By KPI id, by period: the value.
    pub values: BTreeMap<String, BTreeMap<String, f64>>,
}

/// The quarter a period falls in: `2027-Q1` is itself, `2027-03` is `2027-Q1`.
pub fn quarter_of(period: &str) -> Option<String> {
    let (year, rest) = period.split_once('-')?;
    if year.len() != 4 || !year.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if let Some(q) = rest.strip_prefix('Q') {
        return matches!(q, "1" | "2" | "3" | "4").then(|| period.to_string());
    }
    let month: u32 = rest.parse().ok().filter(|_| rest.len() == 2 && rest.chars().all(|c| c.is_ascii_digit()))?;
    (1..=12).contains(&month).then(|| format!("{year}-Q{}", (month - 1) / 3 + 1))
}

pub fn load(
    ws: &Workspace,
    adaptations: &[Adaptation],
    course: &str,
    region: &str,
    file: &str,
    out: &mut Vec<Diagnostic>,
) -> Option<KpiSeries> {
    let Some(adapted) = adaptations.iter().find(|a| a.course.id == course && a.region == region) else {
        // Another run's selection (`--course`, `--region`), or an unknown name.
        if !ws.courses.iter().any(|c| c.id == course) {
            out.push(
                Diagnostic::error("unknown-course", Location::file(file), format!("no course `{course}`"))
                    .suggest(course, ws.courses.iter().map(|c| c.id.as_str())),
            );
        } else if ws.region(region).is_none() {
            out.push(
                Diagnostic::error(
                    "unknown-region",
                    Location::file(file),
                    format!("no region `{region}` in glocal.yaml"),
                )
                .suggest(region, ws.regions.iter().map(|r| r.id.as_str())),
            );
        }
        return None;
    };
    let t = Table::read(&ws.root, file, out)?;
    let [kpi, period, value] = require(&t, &["kpi", "period", "value"], out)?[..] else { return None };
    super::reaction::unknown_columns(&t, &["kpi", "period", "value"], out);
    let kpis = &adapted.course.meta.kpis;
    let mut series = KpiSeries { course: course.to_string(), region: region.to_string(), values: BTreeMap::new() };
    let mut seen: BTreeMap<(String, String), usize> = BTreeMap::new();
    t.rows(out, |row, out| {
        let k = row.get(kpi);
        if !kpis.iter().any(|x| x.id == k) {
            out.push(
                Diagnostic::error("unknown-kpi", row.at(kpi), format!("no KPI `{k}` in course `{course}`"))
                    .suggest(k, kpis.iter().map(|x| x.id.as_str())),
            );
            return;
        }
        let p = row.get(period);
        if quarter_of(p).is_none() {
            out.push(
                Diagnostic::error("period", row.at(period), format!("`{p}` is not a period"))
                    .help("write a quarter such as `2027-Q1` or a month such as `2027-03`"),
            );
            return;
        }
        // An empty value is a figure not collected yet.
        if row.get(value).is_empty() {
            return;
        }
        let Ok(v) =
            row.get(value).parse::<f64>().map_err(|_| ()).and_then(|v| if v.is_finite() { Ok(v) } else { Err(()) })
        else {
            out.push(
                Diagnostic::error("kpi-value", row.at(value), format!("`{}` is not a number", row.get(value)))
                    .help("write the value in the KPI's unit with a full stop for decimals, such as `99.4`"),
            );
            return;
        };
        if first_time(&mut seen, (k.to_string(), p.to_string()), row, kpi, out) {
            series.values.entry(k.to_string()).or_default().insert(p.to_string(), v);
        }
    });
    Some(series)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_month_or_a_quarter_names_its_quarter() {
        assert_eq!(quarter_of("2027-Q3").as_deref(), Some("2027-Q3"));
        assert_eq!(quarter_of("2027-03").as_deref(), Some("2027-Q1"));
        assert_eq!(quarter_of("2027-10").as_deref(), Some("2027-Q4"));
        assert_eq!(quarter_of("2027-Q5"), None);
        assert_eq!(quarter_of("2027-13"), None);
        assert_eq!(quarter_of("27-03"), None);
        assert_eq!(quarter_of("2027-3"), None);
        assert_eq!(quarter_of("2027-+3"), None);
    }
}
