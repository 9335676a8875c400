//! One `Diagnostic` type for every error and warning a user can cause, with its place
//! in a source file and a hint; stages collect them into `Diagnostics` and never print.

use serde::Serialize;
use std::fmt;

mod report;
pub use report::{render_json, render_terminal};

/// How bad a diagnostic is: errors fail `check` and stop `build` from writing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A place in a source file: 1-based line and column (in characters), and how many
/// characters the problem spans (at least one when shown).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub column: usize,
    #[serde(skip)]
    pub len: usize,
    /// Text to find in the file, for stages that know what is wrong but not where it is
    /// written; [`place`] turns it into a line and column once sources are at hand.
    #[serde(skip)]
    pub near: Option<String>,
}

impl Location {
    pub fn new(file: impl Into<String>, line: usize, column: usize) -> Self {
        Location { file: file.into(), line: line.max(1), column: column.max(1), len: 1, near: None }
    }

    /// The first place in `file` where `needle` is written.
    pub fn near(file: impl Into<String>, needle: impl Into<String>) -> Self {
        Location { near: Some(needle.into()), ..Location::file(file) }
    }

    /// The whole file, for problems that have no better place (a missing file).
    pub fn file(file: impl Into<String>) -> Self {
        Location::new(file, 1, 1)
    }

    pub fn with_len(mut self, len: usize) -> Self {
        self.len = len.max(1);
        self
    }
}

/// Gives every diagnostic made with [`Location::near`] its line and column. Each
/// file is read once: thousands of warnings in one file cost one pass, not one each.
pub fn place(list: &mut [Diagnostic], text_of: impl Fn(&str) -> Option<std::sync::Arc<str>>) {
    let mut by_file: std::collections::BTreeMap<String, Vec<usize>> = Default::default();
    for (i, d) in list.iter().enumerate().filter(|(_, d)| d.location.near.is_some()) {
        by_file.entry(d.location.file.clone()).or_default().push(i);
    }
    for (file, indices) in by_file {
        let Some(text) = text_of(&file) else {
            for i in indices {
                list[i].location.near = None;
            }
            continue;
        };
        let keys = key_lines(&text);
        for i in indices {
            let d = &mut list[i];
            let needle = d.location.near.take().expect("grouped by its needle");
            let found = match keys.get(needle.as_str()) {
                Some(place) if is_key(&needle) => Some(*place),
                _ => find_place(&text, &needle),
            };
            if let Some((line, column)) = found {
                d.location = Location::new(&d.location.file, line, column).with_len(needle.chars().count());
            }
        }
    }
}

fn is_id_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

/// A needle the key index answers for: id characters only, not starting with `-`, and
/// perhaps a YAML key's colon.
fn is_key(needle: &str) -> bool {
    let word = needle.strip_suffix(':').unwrap_or(needle);
    !word.is_empty() && !word.starts_with('-') && word.chars().all(is_id_char)
}

/// The first line (and column) where each word stands as a key at a line's start, as
/// the first pass of [`find_place`] would find it.
fn key_lines(text: &str) -> std::collections::HashMap<&str, (usize, usize)> {
    let mut keys = std::collections::HashMap::new();
    for (i, line) in text.lines().enumerate() {
        let at = line.len() - line.trim_start_matches([' ', '\t', '-']).len();
        if line[..at].ends_with('-') {
            continue;
        }
        let word_len = line[at..].find(|c: char| !is_id_char(c)).unwrap_or(line.len() - at);
        if word_len > 0 {
            let place = (i + 1, line[..at].chars().count() + 1);
            keys.entry(&line[at..at + word_len]).or_insert(place);
            let rest = &line[at + word_len..];
            if rest.starts_with(':') && !rest[1..].starts_with(is_id_char) {
                keys.entry(&line[at..at + word_len + 1]).or_insert(place);
            }
        }
    }
    keys
}

/// Whether a match at a byte of a line counts in one pass of [`find_place`].
type Pass<'a> = dyn Fn(&str, usize) -> bool + 'a;

/// Where `needle` is written as a key or a whole word: first where a line (or a list
/// item) starts with it, else anywhere as a whole word, else anywhere at all.
pub fn find_place(text: &str, needle: &str) -> Option<(usize, usize)> {
    let id_char = |c: char| c.is_alphanumeric() || c == '-' || c == '_';
    let whole =
        |line: &str, at: usize| !line[..at].ends_with(id_char) && !line[at + needle.len()..].starts_with(id_char);
    let at_start = |line: &str, at: usize| line[..at].trim_start_matches([' ', '\t', '-']).is_empty();
    let passes: [&Pass; 3] = [&|l, at| at_start(l, at) && whole(l, at), &|l, at| whole(l, at), &|_, _| true];
    passes.iter().find_map(|pass| {
        text.lines().enumerate().find_map(|(i, line)| {
            let at = line.match_indices(needle).map(|(at, _)| at).find(|&at| pass(line, at))?;
            Some((i + 1, line[..at].chars().count() + 1))
        })
    })
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A short stable code, such as `broken-link`, that tests and scripts match on.
    pub code: &'static str,
    pub message: String,
    #[serde(flatten)]
    pub location: Location,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, location: Location, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Error, code, message: message.into(), location, help: None }
    }

    pub fn warning(code: &'static str, location: Location, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, code, message: message.into(), location, help: None }
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds `help` unless a hint is already there (a closer suggestion wins).
    pub fn help_if_none(self, help: String) -> Self {
        if self.help.is_some() { self } else { self.help(help) }
    }

    /// Adds "did you mean `x`?" when a candidate is close enough to be a likely typo.
    pub fn suggest<'a>(self, wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Self {
        match closest(wrong, candidates) {
            Some(best) => self.help(format!("did you mean `{best}`?")),
            None => self,
        }
    }
}

/// The candidate closest to `wrong`, if one is close enough to be a likely typo.
pub fn closest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(wrong, c), c))
        .filter(|(score, _)| *score > 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c)
}

/// The diagnostics of one run, gathered from every stage.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    #[cfg(test)]
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    /// Sorted by file and position and deduplicated: the same broken link seen by
    /// several build targets is one problem.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| {
            (&a.location, a.severity, a.code, &a.message).cmp(&(&b.location, b.severity, b.code, &b.message))
        });
        self.items.dedup();
        self.items
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_is_found_as_a_key_or_whole_word_before_any_substring() {
        let text =
            "title: Plan the duration: why\nkpis:\n  - { id: engagement-score }\n  - { id: score }\nduration: 5\n";
        assert_eq!(find_place(text, "duration:"), Some((5, 1)));
        assert_eq!(find_place(text, "score"), Some((4, 11)));
        assert_eq!(find_place(text, "engagement"), Some((3, 11)));
        assert_eq!(find_place(text, "absent"), None);
    }

    #[test]
    fn placing_many_diagnostics_in_a_file_finds_what_find_place_finds() {
        let text = "based_on:\n  s1: \"x\"\n  -s2: y\n  - s3\nwalks-safely: 1\nwalks: 2\n  s1: again\ntitle: s4 here\n";
        let needles = ["s1", "s2", "-s2", "s3", "walks", "walks-safely", "s4", "absent", "title:", "s1:", "walks:"];
        let mut list: Vec<Diagnostic> =
            needles.iter().map(|n| Diagnostic::warning("x", Location::near("f.md", *n), "m")).collect();
        let text_arc: std::sync::Arc<str> = text.into();
        place(&mut list, |_| Some(text_arc.clone()));
        for (d, n) in list.iter().zip(needles) {
            let want = find_place(text, n).unwrap_or((1, 1));
            assert_eq!((d.location.line, d.location.column), want, "{n}");
        }
    }

    #[test]
    fn closest_finds_a_typo_and_ignores_unrelated_names() {
        assert_eq!(closest("trainr", ["trainer", "activity", "question"]), Some("trainer"));
        assert_eq!(closest("zzz", ["trainer", "activity"]), None);
    }

    #[test]
    fn sorted_diagnostics_are_deduplicated_by_place_and_message() {
        let mut d = Diagnostics::default();
        let e = Diagnostic::error("x", Location::new("b.md", 2, 1), "m");
        d.push(e.clone());
        d.push(Diagnostic::error("x", Location::new("a.md", 9, 1), "m"));
        d.push(e);
        let sorted = d.into_sorted();
        assert_eq!(sorted.len(), 2);
        assert_eq!(sorted[0].location.file, "a.md");
    }
}
