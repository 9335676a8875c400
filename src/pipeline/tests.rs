//! What the pipeline does with the shares the build cache knows: takes them as counted,
//! counts the others, and counts a course again when one of its sources was not read as
//! the cache keyed it.

use super::*;
use crate::output::stamps::Before;
use std::path::Path;
use std::sync::Arc;

/// A copy of the `languages` fixture (regions `sea` and `mena` adapt `onboarding`).
fn workspace() -> tempfile::TempDir {
    let from = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/languages");
    let dir = tempfile::tempdir().unwrap();
    for entry in walkdir::WalkDir::new(&from).into_iter().map(Result::unwrap) {
        let to = dir.path().join(entry.path().strip_prefix(&from).unwrap());
        match entry.file_type().is_dir() {
            true => std::fs::create_dir_all(&to).unwrap(),
            false => drop(std::fs::copy(entry.path(), &to).unwrap()),
        }
    }
    dir
}

/// Options keyed by the sources as they stand now.
fn keyed(root: &Path) -> Options {
    let before = Arc::new(Before::take(root));
    Options { cache: Some(Keyed { described: "build".into(), before }), ..Options::new(root.to_path_buf()) }
}

/// A share no count of the fixture gives.
fn sentinel() -> Share {
    Share { delivered: 7, regional: 3, core_words: 7, removed: 0, percent: 42.0, contributions: Vec::new() }
}

fn known() -> Known {
    [("onboarding".to_string(), [("sea".to_string(), sentinel())].into())].into()
}

fn share(prepared: &Prepared, region: &str) -> Option<Share> {
    prepared.adaptations.iter().find(|a| a.region == region).and_then(|a| a.share.clone())
}

#[test]
fn a_known_share_is_taken_as_counted_and_a_region_without_one_is_counted() {
    let dir = workspace();
    let prepared = prepare_knowing(&keyed(dir.path()), known).unwrap();
    assert_eq!(share(&prepared, "sea"), Some(sentinel()));
    assert!(share(&prepared, "mena").is_some_and(|s| s != sentinel() && s.core_words > 0));
}

#[test]
fn a_course_edited_after_the_cache_keyed_it_is_counted_from_what_was_read() {
    let dir = workspace();
    let options = keyed(dir.path());
    // Saved after the build took the stamps, before it read the workspace.
    let lesson = dir.path().join("curricula/onboarding/01-basics/01-welcome.md");
    let text = std::fs::read_to_string(&lesson).unwrap();
    std::fs::write(&lesson, format!("{text}\nA paragraph saved meanwhile.\n")).unwrap();
    let prepared = prepare_knowing(&options, known).unwrap();
    assert!(share(&prepared, "sea").is_some_and(|s| s != sentinel()));
}
