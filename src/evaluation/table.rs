//! One results CSV (SPEC 9): a header row naming the columns in any order, then rows
//! read one at a time and handed on, so memory holds one row, never the file's
//! records. A problem is placed at its line and column, worked out from the file's
//! text only when there is one to report.

use crate::diagnostics::{Diagnostic, Location};
use std::path::Path;

/// A results file's text, read whole (one cohort's answers), and its header.
pub struct Table {
    pub file: String,
    text: String,
    pub columns: Vec<String>,
}

/// One data row: its cells and where it starts in the file.
pub struct Row<'t> {
    pub record: csv::StringRecord,
    pub line: usize,
    byte: usize,
    table: &'t Table,
}

impl Table {
    /// Reads `rel`; `None`, with the reason in `out`, when it cannot be read or has no header.
    pub fn read(root: &Path, rel: &str, out: &mut Vec<Diagnostic>) -> Option<Table> {
        let text = match crate::sources::read_text(&root.join(rel)) {
            Ok(text) => text,
            Err(e) => {
                out.push(e.diagnostic(rel));
                return None;
            }
        };
        let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
        let header = match reader.records().next() {
            Some(Ok(h)) => h.iter().map(|c| c.trim().to_string()).collect::<Vec<_>>(),
            Some(Err(e)) => {
                out.push(malformed(rel, &e));
                return None;
            }
            None => {
                out.push(
                    Diagnostic::error("csv-header", Location::file(rel), "the file is empty: it needs a header row")
                        .help("start with the column names, as the kit's results template has them"),
                );
                return None;
            }
        };
        Some(Table { file: rel.to_string(), text, columns: header })
    }

    /// The position of a named column.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c == name)
    }

    /// The header cell of column `i`, as a place.
    pub fn header_at(&self, i: usize) -> Location {
        let (line, column) = field_place(&self.text, 0, i);
        Location::new(&self.file, line, column).with_len(self.columns.get(i).map_or(1, |c| c.chars().count()))
    }

    /// Hands each data row to `each`; malformed rows are reported and skipped.
    pub fn rows(&self, out: &mut Vec<Diagnostic>, mut each: impl FnMut(&Row, &mut Vec<Diagnostic>)) {
        let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(self.text.as_bytes());
        let mut record = csv::StringRecord::new();
        loop {
            match reader.read_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {
                    let position = record.position().cloned().unwrap_or_else(csv::Position::new);
                    if record.iter().all(|c| c.trim().is_empty()) {
                        continue;
                    }
                    let row = Row {
                        record: std::mem::take(&mut record),
                        line: position.line() as usize,
                        byte: position.byte() as usize,
                        table: self,
                    };
                    each(&row, out);
                    record = row.record;
                }
                Err(e) => {
                    out.push(malformed(&self.file, &e));
                    if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                        break;
                    }
                }
            }
        }
    }
}

impl Row<'_> {
    /// The trimmed cell of column `i` ("" when the row is short).
    pub fn get(&self, i: usize) -> &str {
        self.record.get(i).map_or("", str::trim)
    }

    /// The place of the cell in column `i`.
    pub fn at(&self, i: usize) -> Location {
        let (line, column) = field_place(&self.table.text, self.byte, i);
        Location::new(&self.table.file, line, column).with_len(self.get(i).chars().count())
    }
}

fn malformed(file: &str, e: &csv::Error) -> Diagnostic {
    let line = e.position().map_or(1, |p| p.line() as usize);
    let message = match e.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!("this row has {len} cells where the header has {expected_len}")
        }
        csv::ErrorKind::Utf8 { .. } => "this row is not UTF-8 text".to_string(),
        _ => format!("this row cannot be read as CSV: {e}"),
    };
    Diagnostic::error("csv", Location::new(file, line, 1), message)
        .help("each row needs one cell per header column; quote a cell that holds a comma")
}

/// The line and column (1-based, in characters) where field `index` of the record
/// starting at byte `start` begins, following RFC 4180 quoting.
fn field_place(text: &str, start: usize, index: usize) -> (usize, usize) {
    let start = start.min(text.len());
    let mut line = text[..start].matches('\n').count() + 1;
    let mut line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let (mut field, mut quoted) = (0, false);
    let mut at = start;
    for (i, c) in text[start..].char_indices() {
        let pos = start + i;
        if field == index {
            at = pos;
            break;
        }
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => {
                field += 1;
                at = pos + 1;
            }
            '\n' if quoted => {
                line += 1;
                line_start = pos + 1;
            }
            '\n' => break,
            _ => {}
        }
    }
    (line, text[line_start..at.max(line_start)].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_is_placed_at_its_column_past_quoted_commas_and_line_breaks() {
        let text = "respondent,module,comment\nr1,m1,\"a, b\"\nr2,\"m\n2\",x\n";
        assert_eq!(field_place(text, 0, 1), (1, 12));
        assert_eq!(field_place(text, 26, 2), (2, 7));
        let second = text.find("r2").unwrap();
        assert_eq!(field_place(text, second, 1), (3, 4));
        assert_eq!(field_place(text, second, 2), (4, 4));
    }
}
