//! `glocal new workspace|course|region|locale|cohort`: files that build at once and teach the
//! format by example, and glocal.yaml entries added without touching anything else in
//! the file (comments, order, other keys).

use crate::hashing::hash;
use crate::overlay::pin::source_of;
use crate::source::load::parse_lesson;
use std::path::Path;
use std::process::ExitCode;

pub mod cohort;
mod starter;

/// A request that cannot be done as asked (an id taken or malformed): a usage error.
fn refuse(message: String) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}

/// The disk said no.
fn fail(message: String) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(1)
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
}

fn write_all(root: &Path, files: &[(String, String)]) -> std::io::Result<()> {
    for (path, text) in files {
        let full = root.join(path);
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(full, text)?;
    }
    Ok(())
}

pub fn workspace(dir: &Path) -> ExitCode {
    if dir.join("glocal.yaml").exists() {
        return refuse(format!("{} already holds a workspace (glocal.yaml)", dir.display()));
    }
    let mut files = starter::workspace();
    // The overlay is pinned to the lesson it adapts, so the new workspace checks clean.
    let lesson = files
        .iter()
        .find(|(p, _)| p.ends_with("01-handover-basics.md") && !p.contains("overlays"))
        .expect("the starter lesson");
    let mut diags = Vec::new();
    let parsed =
        parse_lesson(&lesson.0, "01-handover-basics", &lesson.1, &mut diags).expect("the starter lesson parses");
    let pinned = hash(source_of(&parsed, "example").expect("the starter lesson has an example section"));
    for (path, text) in &mut files {
        *text = text.replace("{{PIN}}", &pinned);
        let _ = path;
    }
    // Build output stays out of git; a .gitignore already there is the user's own.
    if !dir.join(".gitignore").exists() {
        files.push((
            ".gitignore".into(),
            "# glocal build output: the site, the kits and the LMS packages\n/public/\n/kits/\n/lms/\n".into(),
        ));
    }
    match write_all(dir, &files) {
        Ok(()) => {
            eprintln!(
                "created a workspace in {}: run `glocal serve --root {}` and open the address it prints",
                dir.display(),
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(format!("could not write {}: {e}", dir.display())),
    }
}

pub fn course(root: &Path, id: &str) -> ExitCode {
    if !valid_id(id) {
        return refuse(format!("`{id}` is not a course id: use lowercase letters, digits and `-`"));
    }
    if !root.join("glocal.yaml").is_file() {
        return refuse(format!(
            "no glocal.yaml in {}: create a workspace with `glocal new workspace DIR`",
            root.display()
        ));
    }
    let dir = root.join("curricula").join(id);
    if dir.exists() {
        return refuse(format!("a course `{id}` exists already in {}", dir.display()));
    }
    match write_all(&dir, &starter::course(id)) {
        Ok(()) => {
            eprintln!("created curricula/{id}: edit course.yaml and 01-introduction/01-welcome.md");
            ExitCode::SUCCESS
        }
        Err(e) => fail(format!("could not write {}: {e}", dir.display())),
    }
}

pub fn region(root: &Path, id: &str, locales: &[String]) -> ExitCode {
    if !valid_id(id) || id == "global" {
        return refuse(format!(
            "`{id}` is not a region id you can add: use lowercase letters, digits and `-` (and not `global`)"
        ));
    }
    let locales: Vec<&str> =
        locales.iter().flat_map(|l| l.split(',')).map(str::trim).filter(|l| !l.is_empty()).collect();
    if locales.is_empty() {
        return refuse("a region needs its languages: `--locales en,vi`".into());
    }
    let item = format!("- id: {id}\n  name: {id}\n  locales: [{}]\n", locales.join(", "));
    edit_config(root, "regions", id, &item)
}

pub fn locale(root: &Path, id: &str) -> ExitCode {
    if id.parse::<unic_langid::LanguageIdentifier>().is_err() || id.contains('_') {
        return refuse(format!("`{id}` is not a BCP 47 language tag: write tags like `vi`, `pt-BR`, `zh-Hant`"));
    }
    let code = edit_config(root, "locales", id, &format!("- id: {id}\n"));
    if code != ExitCode::SUCCESS {
        return code;
    }
    let file = root.join("locales").join(id).join("workspace.ftl");
    if !file.exists() {
        let header = format!(
            "# Messages in {id}: this workspace's and the theme's strings, translated.\n# Copy ids from locales/<source locale>/*.ftl and write their {id} text.\n"
        );
        if let Err(e) = write_all(root, &[(format!("locales/{id}/workspace.ftl"), header)]) {
            return fail(format!("could not write {}: {e}", file.display()));
        }
    }
    ExitCode::SUCCESS
}

/// Adds an item to a list in glocal.yaml, refusing an id that is there already.
fn edit_config(root: &Path, key: &str, id: &str, item: &str) -> ExitCode {
    let path = root.join("glocal.yaml");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return refuse(format!("no glocal.yaml in {}", root.display()));
    };
    let mut diags = Vec::new();
    if let Some(config) = crate::workspace::config::parse(&text, &mut diags) {
        let exists = match key {
            "regions" => config.regions.iter().any(|r| r.id == id),
            _ => config.locales.iter().any(|l| l.id == id),
        };
        if exists {
            return refuse(format!("glocal.yaml already has a {} `{id}`", key.trim_end_matches('s')));
        }
    }
    let flow =
        text.lines().any(|l| l.starts_with(&format!("{key}:")) && l.contains('[') && !l.trim_end().ends_with("[]"));
    if flow {
        return refuse(format!(
            "glocal.yaml writes `{key}` as a flow list (`{key}: [...]`); write it as a block list (one `- id:` per line) and run this again"
        ));
    }
    let nl = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let item: String = item.lines().map(|l| format!("{l}{nl}")).collect();
    match std::fs::write(&path, append_list_item(&text, key, &item)) {
        Ok(()) => {
            eprintln!("added {} `{id}` to glocal.yaml", key.trim_end_matches('s'));
            ExitCode::SUCCESS
        }
        Err(e) => fail(format!("could not write glocal.yaml: {e}")),
    }
}

/// Appends `item` (block YAML, unindented) to the top-level list `key`, indented like
/// its items, and leaves every other line as it was. Adds the key when it is missing.
pub fn append_list_item(text: &str, key: &str, item: &str) -> String {
    let nl = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let Some(start) = lines.iter().position(|l| l.starts_with(&format!("{key}:"))) else {
        let sep = if text.is_empty() || text.ends_with('\n') { "" } else { nl };
        return format!("{text}{sep}{key}:{nl}{}", indent(item, "  "));
    };
    let inline_empty = lines[start].trim_end().ends_with("[]");
    let end = (start + 1..lines.len())
        .find(|&i| {
            let l = lines[i];
            !l.trim().is_empty()
                && !l.starts_with(' ')
                && !l.starts_with('\t')
                && !l.starts_with('#')
                && !l.starts_with('-')
        })
        .unwrap_or(lines.len());
    let last_item = (start + 1..end)
        .rev()
        .find(|&i| !lines[i].trim().is_empty() && !lines[i].trim_start().starts_with('#'))
        .unwrap_or(start);
    let prefix = lines[start + 1..end]
        .iter()
        .find(|l| l.trim_start().starts_with("- "))
        .map(|l| l[..l.len() - l.trim_start().len()].to_string())
        .unwrap_or_else(|| "  ".into());
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate() {
        if i == start && inline_empty {
            out.push_str(&format!("{key}:{nl}"));
        } else {
            out.push_str(l);
        }
        if i == last_item {
            if !out.ends_with('\n') {
                out.push_str(nl);
            }
            out.push_str(&indent(item, &prefix));
        }
    }
    out
}

/// Indents every line of `item`, keeping its line endings.
fn indent(item: &str, prefix: &str) -> String {
    item.split_inclusive('\n').map(|l| format!("{prefix}{l}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_joins_its_list_with_the_same_indent_and_everything_else_stays() {
        let text = "title: A # the academy\nregions:\n    # partners\n    - id: sea\n      locales: [vi]\n\n# budgets\nadaptation_budget: 20%\n";
        let out = append_list_item(text, "regions", "- id: emea\n  locales: [de]\n");
        assert_eq!(
            out,
            "title: A # the academy\nregions:\n    # partners\n    - id: sea\n      locales: [vi]\n    - id: emea\n      locales: [de]\n\n# budgets\nadaptation_budget: 20%\n"
        );
    }

    #[test]
    fn a_missing_or_empty_list_is_made() {
        assert_eq!(append_list_item("title: A\n", "locales", "- id: vi\n"), "title: A\nlocales:\n  - id: vi\n");
        assert_eq!(
            append_list_item("locales: []\ntitle: A\n", "locales", "- id: vi\n"),
            "locales:\n  - id: vi\ntitle: A\n"
        );
    }
}
