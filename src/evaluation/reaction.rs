//! `reaction.csv` (Kirkpatrick level 1): respondent, module (empty for the course as a
//! whole), a 1-5 score per reaction question id, and a comment that is never read
//! into any output.

use super::stats::Sum;
use super::table::{Row, Table};
use super::{Version, check_respondent, require};
use crate::diagnostics::Diagnostic;
use std::collections::{BTreeMap, BTreeSet};

/// Scores by (module, question), and how many answered per module.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reaction {
    pub scores: BTreeMap<(String, String), Sum>,
    pub respondents: BTreeMap<String, u32>,
}

impl Reaction {
    pub fn merge(&mut self, other: &Reaction) {
        for (k, s) in &other.scores {
            self.scores.entry(k.clone()).or_default().merge(*s);
        }
        for (k, n) in &other.respondents {
            *self.respondents.entry(k.clone()).or_default() += n;
        }
    }

    /// Every score given for a module, across its questions.
    pub fn module(&self, module: &str) -> Sum {
        self.scores.iter().filter(|((m, _), _)| m == module).fold(Sum::default(), |mut a, (_, s)| {
            a.merge(*s);
            a
        })
    }
}

pub fn read(t: &Table, v: &Version, out: &mut Vec<Diagnostic>) -> Option<Reaction> {
    let [respondent, module] = require(t, &["respondent", "module"], out)?[..] else { return None };
    let mut questions: Vec<(usize, &str)> = Vec::new();
    for (i, name) in t.columns.iter().enumerate() {
        if i == respondent || i == module || name == "comment" {
            continue;
        }
        if repeated(t, i, out) {
            continue;
        }
        match v.reaction.iter().find(|q| *q == name) {
            Some(q) => questions.push((i, q)),
            None => out.push(
                Diagnostic::error("unknown-question", t.header_at(i), format!("no reaction question `{name}`"))
                    .suggest(name, v.reaction.iter().map(String::as_str))
                    .help_if_none(format!("the reaction questions are: {}", v.reaction.join(", "))),
            ),
        }
    }
    let mut tally = Reaction::default();
    let mut seen: BTreeMap<(String, String), usize> = BTreeMap::new();
    let modules: BTreeSet<&str> = v.module_ids().collect();
    t.rows(out, |row, out| {
        if !check_respondent(row, respondent, out) {
            return;
        }
        let m = row.get(module);
        if !m.is_empty() && !modules.contains(m) {
            out.push(
                Diagnostic::error("unknown-module", row.at(module), format!("no module `{m}` in this cohort's course"))
                    .suggest(m, v.module_ids()),
            );
            return;
        }
        if !first_time(&mut seen, (row.get(respondent).to_string(), m.to_string()), row, respondent, out) {
            return;
        }
        // A person counts once they gave a score: empty rows must not pad a group.
        let mut answered = false;
        for (i, q) in &questions {
            if let Some(score) = score(row, *i, out) {
                tally.scores.entry((m.to_string(), q.to_string())).or_default().add(f64::from(score));
                answered = true;
            }
        }
        if answered {
            *tally.respondents.entry(m.to_string()).or_default() += 1;
        }
    });
    Some(tally)
}

/// A 1-5 score, or `None` for no answer (an empty cell) or a wrong one (reported).
pub fn score(row: &Row, i: usize, out: &mut Vec<Diagnostic>) -> Option<u8> {
    let cell = row.get(i);
    if cell.is_empty() {
        return None;
    }
    match cell.parse::<u8>() {
        Ok(n @ 1..=5) => Some(n),
        _ => {
            out.push(
                Diagnostic::error("score", row.at(i), format!("`{cell}` is not a score from 1 to 5"))
                    .help("write a whole number from 1 to 5, or leave the cell empty for no answer"),
            );
            None
        }
    }
}

/// Whether `key` is new in this file; a repeat is an error naming the first row.
pub fn first_time<K: Ord>(
    seen: &mut BTreeMap<K, usize>,
    key: K,
    row: &Row,
    column: usize,
    out: &mut Vec<Diagnostic>,
) -> bool {
    if let Some(first) = seen.get(&key) {
        out.push(
            Diagnostic::error(
                "duplicate-row",
                row.at(column),
                format!("the same answers again (first at line {first})"),
            )
            .help("each respondent answers once per module, phase or observation"),
        );
        return false;
    }
    seen.insert(key, row.line);
    true
}

/// Whether column `i` repeats an earlier one (an error: it would count answers twice).
pub fn repeated(t: &Table, i: usize, out: &mut Vec<Diagnostic>) -> bool {
    let name = &t.columns[i];
    let first = t.columns[..i].iter().position(|c| c == name);
    if first.is_some() {
        out.push(
            Diagnostic::error("csv-column", t.header_at(i), format!("column `{name}` appears twice"))
                .help("keep one column per question: the kit's template has each once"),
        );
    }
    first.is_some()
}

/// Columns a file does not read are reported, so a typo is not lost in silence.
pub fn unknown_columns(t: &Table, known: &[&str], out: &mut Vec<Diagnostic>) {
    for (i, name) in t.columns.iter().enumerate() {
        if !known.contains(&name.as_str()) {
            out.push(
                Diagnostic::error("csv-column", t.header_at(i), format!("no column `{name}` in this file"))
                    .suggest(name, known.iter().copied())
                    .help_if_none(format!("the columns are: {}", known.join(", "))),
            );
        } else {
            repeated(t, i, out);
        }
    }
}
