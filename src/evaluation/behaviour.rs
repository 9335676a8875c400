//! `behaviour.csv` (Kirkpatrick level 3): respondent, behaviour id, day (30, 60 or 90
//! after the cohort's last session), a 1-5 rating (never ... always) and the observer's
//! role, which no output shows.

use super::reaction::{first_time, score};
use super::stats::Share;
use super::table::Table;
use super::{Version, check_respondent, require};
use crate::diagnostics::Diagnostic;
use std::collections::{BTreeMap, BTreeSet};

pub const DAYS: [u32; 3] = [30, 60, 90];

/// Ratings of 4 or 5 by (behaviour, day), and how many people were observed each day.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Behaviours {
    pub ratings: BTreeMap<(String, u32), Share>,
    pub observed: BTreeMap<u32, u32>,
}

impl Behaviours {
    pub fn merge(&mut self, other: &Behaviours) {
        for (k, s) in &other.ratings {
            self.ratings.entry(k.clone()).or_default().merge(*s);
        }
        for (d, n) in &other.observed {
            *self.observed.entry(*d).or_default() += n;
        }
    }

    /// Every rating of a day, across behaviours.
    pub fn day(&self, day: u32) -> Share {
        self.ratings.iter().filter(|((_, d), _)| *d == day).fold(Share::default(), |mut a, (_, s)| {
            a.merge(*s);
            a
        })
    }
}

pub fn read(t: &Table, v: &Version, out: &mut Vec<Diagnostic>) -> Option<Behaviours> {
    let [respondent, behaviour, day, rating] = require(t, &["respondent", "behaviour", "day", "rating"], out)?[..]
    else {
        return None;
    };
    super::reaction::unknown_columns(t, &["respondent", "behaviour", "day", "rating", "observer"], out);
    let mut tally = Behaviours::default();
    let mut seen: BTreeMap<(String, String, u32), usize> = BTreeMap::new();
    let mut people: BTreeSet<(u32, String)> = BTreeSet::new();
    t.rows(out, |row, out| {
        if !check_respondent(row, respondent, out) {
            return;
        }
        let b = row.get(behaviour);
        if !v.behaviours.iter().any(|x| x == b) {
            out.push(
                Diagnostic::error(
                    "unknown-behaviour",
                    row.at(behaviour),
                    format!("no behaviour `{b}` in this cohort's course"),
                )
                .suggest(b, v.behaviours.iter().map(String::as_str)),
            );
            return;
        }
        let d = match row.get(day).parse::<u32>() {
            Ok(d) if DAYS.contains(&d) => d,
            _ => {
                out.push(
                    Diagnostic::error("day", row.at(day), format!("`{}` is not an observation day", row.get(day)))
                        .help("observations are made 30, 60 and 90 days after the cohort's last session"),
                );
                return;
            }
        };
        let who = row.get(respondent).to_string();
        if !first_time(&mut seen, (who.clone(), b.to_string(), d), row, respondent, out) {
            return;
        }
        if let Some(r) = score(row, rating, out) {
            tally.ratings.entry((b.to_string(), d)).or_default().add(r >= 4);
            people.insert((d, who));
        }
    });
    for (d, _) in people {
        *tally.observed.entry(d).or_default() += 1;
    }
    Some(tally)
}
