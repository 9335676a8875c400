//! What a batch of file events means for a rebuild: a pure function from changed paths
//! to the least work that shows them (as Zola's `filter_events` does).

use std::collections::BTreeSet;
use std::path::Path;

/// The work a batch of changes needs, from least to most.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Change {
    /// Nothing glocal reads (editor swap files, the output folder).
    Nothing,
    /// Lesson files only: re-parse them and re-render the pages that show them.
    Lessons(BTreeSet<String>),
    /// Other course files (YAML, overlays, translations, assets, course Fluent files):
    /// reload the workspace's content.
    Content,
    /// Templates, static files or Fluent files of the theme: re-render without
    /// reloading content (a full rebuild reuses nothing else today).
    Theme,
    /// glocal.yaml: everything.
    Config,
}

/// Classifies workspace-relative paths (with `/`), ignoring the output folder.
pub fn classify<'a>(paths: impl IntoIterator<Item = &'a str>, out_dir: Option<&str>) -> Change {
    let mut lessons = BTreeSet::new();
    let mut change = Change::Nothing;
    for path in paths {
        let kind = one(path, out_dir);
        if let Change::Lessons(set) = kind {
            lessons.extend(set);
            if change == Change::Nothing {
                change = Change::Lessons(BTreeSet::new());
            }
        } else if kind > change {
            change = kind;
        }
    }
    match change {
        Change::Lessons(_) => Change::Lessons(lessons),
        other => other,
    }
}

fn one(path: &str, out_dir: Option<&str>) -> Change {
    let name = path.rsplit('/').next().unwrap_or(path);
    let hidden = path.split('/').any(|p| p.starts_with('.'));
    let editor_temp = name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.starts_with(".#")
        || name == "4913";
    let outside =
        out_dir.is_some_and(|o| path == o || path.starts_with(&format!("{o}/"))) || path.starts_with("target/");
    if hidden || editor_temp || outside {
        return Change::Nothing;
    }
    if path == "glocal.yaml" {
        return Change::Config;
    }
    if path.starts_with("themes/") || path.starts_with("locales/") {
        return Change::Theme;
    }
    // Deliveries feed cohort pages, course homes and the staff list: a full rebuild.
    if path == crate::delivery::TRAINERS_FILE || path.starts_with("cohorts/") {
        return Change::Content;
    }
    if !path.starts_with("curricula/") {
        return Change::Nothing;
    }
    if path.ends_with('/') {
        // A folder created or renamed: modules and courses come and go with it.
        return Change::Content;
    }
    let parts: Vec<&str> = path.split('/').collect();
    let is_core_lesson = parts.len() == 4
        && name.ends_with(".md")
        && crate::naming::translation_locale(name.trim_end_matches(".md")).is_none()
        && parts[2] != "overlays";
    let source = name.ends_with(".md") || name.ends_with(".yaml") || name.ends_with(".ftl");
    let asset = parts.contains(&"assets");
    match (is_core_lesson, source || asset) {
        (true, _) => Change::Lessons(BTreeSet::from([path.to_string()])),
        (false, true) => Change::Content,
        // An editor's or sed's temporary file beside a lesson: not something a build reads.
        (false, false) => Change::Nothing,
    }
}

/// A path relative to the workspace root, with `/` separators.
pub fn relative(root: &Path, path: &Path) -> Option<String> {
    let rel = path.strip_prefix(root).ok()?;
    Some(rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lesson_edit_is_the_smallest_change() {
        let c = classify(["curricula/flp/01-m/01-a.md"], None);
        assert_eq!(c, Change::Lessons(BTreeSet::from(["curricula/flp/01-m/01-a.md".to_string()])));
    }

    #[test]
    fn translations_overlays_yaml_assets_and_deliveries_reload_content() {
        for path in [
            "curricula/flp/01-m/01-a.vi.md",
            "curricula/flp/overlays/sea/01-m/01-a.md",
            "curricula/flp/01-m/module.yaml",
            "curricula/flp/01-m/assets/x.svg",
            "curricula/flp/locales/en/course.ftl",
            "trainers.yaml",
            "cohorts/sea/hcm-2027.yaml",
        ] {
            assert_eq!(classify([path], None), Change::Content, "{path}");
        }
    }

    #[test]
    fn a_new_or_renamed_folder_reloads_content() {
        assert_eq!(classify(["curricula/flp/06-new-module/"], None), Change::Content);
    }

    #[test]
    fn the_theme_and_config_outrank_content_in_one_batch() {
        assert_eq!(
            classify(["curricula/flp/01-m/01-a.md", "themes/default/templates/lesson.html"], None),
            Change::Theme
        );
        assert_eq!(classify(["locales/de/theme.ftl", "glocal.yaml"], None), Change::Config);
    }

    #[test]
    fn editor_files_the_output_folder_and_git_are_ignored() {
        let paths = [
            "curricula/flp/01-m/.01-a.md.swp",
            "curricula/flp/01-m/01-a.md~",
            "public/index.html",
            ".git/index",
            "curricula/flp/01-m/4913",
        ];
        assert_eq!(classify(paths, Some("public")), Change::Nothing);
    }

    #[test]
    fn several_lessons_in_one_batch_stay_a_lesson_change() {
        let c = classify(["curricula/a/m/1.md", "curricula/a/m/2.md"], None);
        assert_eq!(
            c,
            Change::Lessons(BTreeSet::from(["curricula/a/m/1.md".to_string(), "curricula/a/m/2.md".to_string()]))
        );
    }
}
