//! `knowledge.csv` (Kirkpatrick level 2): respondent, phase (`pre` or `post`), then per
//! question id the letters chosen, in the order the region's kit printed the options
//! (`b`, or `a;c` for several). Scored against that version's `[x]` marks, keeping
//! which wrong options were chosen, for item analysis.

use super::reaction::first_time;
use super::stats::{Share, Sum};
use super::table::{Row, Table};
use super::{Question, Version, check_respondent, require};
use crate::diagnostics::Diagnostic;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Knowledge {
    pub pre: Phase,
    pub post: Phase,
}

/// One sitting of the test: each respondent's score, and each question's answers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Phase {
    /// Per respondent, the share of questions answered rightly.
    pub scores: Sum,
    pub items: BTreeMap<String, Item>,
}

/// A question's answers: how many were right, and each wrong option's count (by its
/// position in the region's version).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Item {
    pub right: Share,
    pub wrong_choices: BTreeMap<usize, u32>,
}

impl Phase {
    pub fn merge(&mut self, other: &Phase) {
        self.scores.merge(other.scores);
        for (id, item) in &other.items {
            let mine = self.items.entry(id.clone()).or_default();
            mine.right.merge(item.right);
            for (o, n) in &item.wrong_choices {
                *mine.wrong_choices.entry(*o).or_default() += n;
            }
        }
    }
}

impl Knowledge {
    pub fn merge(&mut self, other: &Knowledge) {
        self.pre.merge(&other.pre);
        self.post.merge(&other.post);
    }
}

impl Item {
    /// The wrong option chosen most often, and how often (the first on a tie).
    pub fn most_chosen_wrong(&self) -> Option<(usize, u32)> {
        self.wrong_choices.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).map(|(o, n)| (*o, *n))
    }
}

pub fn letter(i: usize) -> char {
    char::from(b'a' + (i % 26) as u8)
}

pub fn read(t: &Table, v: &Version, out: &mut Vec<Diagnostic>) -> Option<Knowledge> {
    let [respondent, phase] = require(t, &["respondent", "phase"], out)?[..] else { return None };
    let mut questions: Vec<(usize, &Question)> = Vec::new();
    for (i, name) in t.columns.iter().enumerate() {
        if i == respondent || i == phase {
            continue;
        }
        if super::reaction::repeated(t, i, out) {
            continue;
        }
        match v.questions.iter().find(|q| q.id == *name) {
            Some(q) => questions.push((i, q)),
            None => out.push(
                Diagnostic::error(
                    "unknown-question",
                    t.header_at(i),
                    format!("no question `{name}` in this cohort's knowledge check"),
                )
                .suggest(name, v.questions.iter().map(|q| q.id.as_str())),
            ),
        }
    }
    let mut tally = Knowledge::default();
    let mut seen: BTreeMap<(String, bool), usize> = BTreeMap::new();
    t.rows(out, |row, out| {
        if !check_respondent(row, respondent, out) {
            return;
        }
        let post = match row.get(phase) {
            "pre" => false,
            "post" => true,
            other => {
                out.push(
                    Diagnostic::error("phase", row.at(phase), format!("`{other}` is not a phase"))
                        .help("write `pre` (before the course) or `post` (after it)"),
                );
                return;
            }
        };
        if !first_time(&mut seen, (row.get(respondent).to_string(), post), row, respondent, out) {
            return;
        }
        let sitting = if post { &mut tally.post } else { &mut tally.pre };
        let (mut right, mut answered) = (0, 0);
        for (i, q) in &questions {
            // A blank cell is no answer: it scores 0 for the person, and is left out of
            // the question's own figures.
            let Some(chosen) = choices(row, *i, q, out) else { continue };
            answered += 1;
            let item = sitting.items.entry(q.id.clone()).or_default();
            let is_right = chosen == q.correct;
            item.right.add(is_right);
            right += u32::from(is_right);
            for wrong in chosen.iter().filter(|o| !q.correct.contains(o)) {
                *item.wrong_choices.entry(*wrong).or_default() += 1;
            }
        }
        if answered > 0 {
            sitting.scores.add(f64::from(right) / questions.len() as f64);
        }
    });
    Some(tally)
}

/// The options a cell chose (`b`, `a;c`), `None` for no answer or a wrong letter.
fn choices(row: &Row, i: usize, q: &Question, out: &mut Vec<Diagnostic>) -> Option<BTreeSet<usize>> {
    let cell = row.get(i);
    if cell.is_empty() {
        return None;
    }
    let mut chosen = BTreeSet::new();
    for part in cell.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let mut chars = part.chars();
        let (Some(c), None) = (chars.next(), chars.next()) else {
            out.push(bad_letters(row, i, cell, q));
            return None;
        };
        let n = (c.to_ascii_lowercase() as usize).wrapping_sub('a' as usize);
        if !c.is_ascii_alphabetic() || n >= q.options {
            out.push(bad_letters(row, i, cell, q));
            return None;
        }
        chosen.insert(n);
    }
    Some(chosen)
}

fn bad_letters(row: &Row, i: usize, cell: &str, q: &Question) -> Diagnostic {
    let last = letter(q.options.saturating_sub(1));
    Diagnostic::error("answer-letter", row.at(i), format!("`{cell}` is not an answer to question `{}`", q.id))
        .help(format!("write the letters chosen, a to {last} as the kit printed them, several as `a;c`"))
}
