//! Presents diagnostics: rustc-style source snippets on a terminal (annotate-snippets),
//! or one JSON document for editors and CI.

use super::{Diagnostic, Severity};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// Renders every diagnostic with a snippet of its source line when `source_of` finds
/// the file's text, then a summary line.
pub fn render_terminal(diagnostics: &[Diagnostic], source_of: &dyn Fn(&str) -> Option<String>, color: bool) -> String {
    let renderer = if color { Renderer::styled() } else { Renderer::plain() };
    let mut out = String::new();
    // Diagnostics come sorted by file: each file's text and line starts are had once.
    let mut file: Option<(&str, Option<Lines>)> = None;
    for d in diagnostics {
        let level = match d.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        if file.as_ref().is_none_or(|(f, _)| *f != d.location.file) {
            file = Some((&d.location.file, source_of(&d.location.file).map(Lines::new)));
        }
        let lines = file.as_ref().and_then(|(_, l)| l.as_ref());
        let title = level.primary_title(d.message.as_str()).id(d.code);
        let group = match lines.and_then(|l| excerpt(l, d)) {
            Some((line_text, span)) => title.element(
                Snippet::source(line_text)
                    .line_start(d.location.line)
                    .path(d.location.file.as_str())
                    .annotation(AnnotationKind::Primary.span(span)),
            ),
            None => title.element(
                annotate_snippets::Origin::path(d.location.file.as_str())
                    .line(d.location.line)
                    .char_column(d.location.column),
            ),
        };
        let mut report: Vec<Group> = vec![group];
        if let Some(help) = &d.help {
            report.push(Group::with_title(Level::HELP.secondary_title(help.as_str())));
        }
        out.push_str(&renderer.render(&report));
        out.push_str("\n\n");
    }
    out.push_str(&summary(diagnostics));
    out
}

/// A file's text with where each line starts.
struct Lines {
    text: String,
    starts: Vec<usize>,
}

impl Lines {
    fn new(text: String) -> Lines {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        Lines { text, starts }
    }

    /// Line `n` (1-based) without its line end.
    fn line(&self, n: usize) -> Option<&str> {
        let start = *self.starts.get(n.checked_sub(1)?)?;
        let end = self.starts.get(n).map_or(self.text.len(), |&e| e - 1);
        (start <= end).then(|| self.text[start..end].trim_end_matches('\r'))
    }
}

/// The source line of a diagnostic and the byte span of its columns in that line.
fn excerpt<'t>(lines: &'t Lines, d: &Diagnostic) -> Option<(&'t str, std::ops::Range<usize>)> {
    let line = lines.line(d.location.line)?;
    let start = byte_of_column(line, d.location.column);
    let end = byte_of_column(line, d.location.column + d.location.len.max(1)).max(start);
    Some((line, start..end))
}

fn byte_of_column(line: &str, column: usize) -> usize {
    line.char_indices().nth(column.saturating_sub(1)).map_or(line.len(), |(i, _)| i)
}

fn summary(diagnostics: &[Diagnostic]) -> String {
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = diagnostics.len() - errors;
    format!("{} error{}, {} warning{}\n", errors, plural(errors), warnings, plural(warnings))
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// `{"errors": n, "warnings": n, "diagnostics": [...]}`, stable for scripts.
pub fn render_json(diagnostics: &[Diagnostic]) -> String {
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let doc = serde_json::json!({
        "errors": errors,
        "warnings": diagnostics.len() - errors,
        "diagnostics": diagnostics,
    });
    serde_json::to_string_pretty(&doc).expect("diagnostics serialize") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Location;

    #[test]
    fn terminal_report_shows_the_file_line_column_code_snippet_and_hint() {
        let d = Diagnostic::error(
            "unknown-directive",
            Location::new("a.md", 2, 5).with_len(7),
            "unknown directive `trainr`",
        )
        .help("did you mean `trainer`?");
        let text = "---\n::: trainr\n";
        let out = render_terminal(&[d], &|_| Some(text.to_string()), false);
        assert!(out.contains("error[unknown-directive]: unknown directive `trainr`"), "{out}");
        assert!(out.contains("a.md:2:5"), "{out}");
        assert!(out.contains("::: trainr"), "{out}");
        assert!(out.contains("help: did you mean `trainer`?"), "{out}");
        assert!(out.ends_with("1 error, 0 warnings\n"), "{out}");
    }

    #[test]
    fn json_report_counts_errors_and_warnings() {
        let d = Diagnostic::warning("w", Location::new("a.md", 1, 1), "m");
        let v: serde_json::Value = serde_json::from_str(&render_json(&[d])).unwrap();
        assert_eq!(v["warnings"], 1);
        assert_eq!(v["diagnostics"][0]["file"], "a.md");
        assert_eq!(v["diagnostics"][0]["line"], 1);
    }
}
