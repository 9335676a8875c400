//! Splits a Markdown file into its YAML front matter and its body, keeping the line
//! numbers of both so that errors point into the file.

/// A Markdown file cut in two. `yaml_line` and `body_line` are the 1-based file lines
/// where each part starts.
#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    pub yaml: &'a str,
    pub yaml_line: usize,
    pub body: &'a str,
    pub body_line: usize,
}

/// Front matter is a first line `---`, YAML, and a line `---` (or `...`). A file without
/// it is all body.
pub fn split(text: &str) -> Split<'_> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let no_front = Split { yaml: "", yaml_line: 1, body: text, body_line: 1 };
    let Some(rest) = text.strip_prefix("---\n") else {
        return no_front;
    };
    let mut offset = 0;
    for (i, line) in rest.split_inclusive('\n').enumerate() {
        let bare = line.trim_end();
        if bare == "---" || bare == "..." {
            let body = &rest[offset + line.len()..];
            return Split { yaml: &rest[..offset], yaml_line: 2, body, body_line: i + 3 };
        }
        offset += line.len();
    }
    no_front
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_lines_map_to_the_file() {
        let s = split("---\ntitle: A\nduration: 5\n---\nBody\n");
        assert_eq!(s.yaml, "title: A\nduration: 5\n");
        assert_eq!(s.yaml_line, 2);
        assert_eq!(s.body, "Body\n");
        assert_eq!(s.body_line, 5);
    }

    #[test]
    fn a_file_without_front_matter_is_all_body() {
        let s = split("# Title\n");
        assert_eq!(s.yaml, "");
        assert_eq!(s.body_line, 1);
    }

    #[test]
    fn an_unterminated_front_matter_is_body() {
        assert_eq!(split("---\ntitle: A\n").body, "---\ntitle: A\n");
    }
}
