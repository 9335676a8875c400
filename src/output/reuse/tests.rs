//! The build cache's rules: what changes a course's key, when a stored hash is trusted, when a
//! course is taken, and that a corrupt or foreign cache is never trusted.

use super::*;
use crate::overlay::share::Contribution;

fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for (path, text) in [
        ("glocal.yaml", "title: T\n"),
        ("curricula/a/course.yaml", "title: A\n"),
        ("curricula/a/m/l.md", "# L\n"),
        ("curricula/b/course.yaml", "title: B\n"),
        ("locales/en/site.ftl", "x = y\n"),
    ] {
        std::fs::create_dir_all(root.join(path).parent().unwrap()).unwrap();
        std::fs::write(root.join(path), text).unwrap();
    }
    dir
}

#[test]
fn a_course_key_changes_with_its_own_files_and_the_shared_ones_only() {
    let dir = workspace();
    let root = dir.path();
    let first = hash_inputs(root, "r", "build", None, &Before::take(root));
    std::fs::write(root.join("curricula/a/m/l.md"), "# Changed\n").unwrap();
    let edited = hash_inputs(root, "r", "build", None, &Before::take(root));
    assert_ne!(first.keys["a"], edited.keys["a"]);
    assert_eq!(first.keys["b"], edited.keys["b"], "another course's edit leaves b's key");
    std::fs::write(root.join("locales/en/site.ftl"), "x = z\n").unwrap();
    let shared = hash_inputs(root, "r", "build", None, &Before::take(root));
    assert!(shared.keys["a"] != edited.keys["a"] && shared.keys["b"] != edited.keys["b"]);
    assert_ne!(
        hash_inputs(root, "r", "build --no-kits", None, &Before::take(root)).keys["b"],
        shared.keys["b"],
        "options count"
    );
}

#[test]
fn a_file_with_the_same_size_and_time_is_not_read_again() {
    let dir = workspace();
    let root = dir.path();
    let first = hash_inputs(root, "r", "build", None, &Before::take(root));
    let mut last = Cache { sources: first.sources.clone(), ..Default::default() };
    // A stamp that matches is trusted: the hash recorded for it is taken as it is.
    last.sources.get_mut("curricula/b/course.yaml").unwrap().sha256 = "recorded".into();
    let again = hash_inputs(root, "r", "build", Some(&last), &Before::take(root));
    assert_eq!(again.sources["curricula/b/course.yaml"].sha256, "recorded");
    assert_eq!(again.sources["curricula/a/course.yaml"], first.sources["curricula/a/course.yaml"]);
}

#[test]
fn a_corrupt_or_foreign_cache_is_ignored_with_a_warning() {
    let dir = workspace();
    let out = tempfile::tempdir().unwrap();
    std::fs::write(out.path().join(FILE), "{ not json").unwrap();
    let (reuse, warning) = Reuse::open(out.path(), dir.path(), "build", &Before::take(dir.path()));
    assert!(reuse.same.is_empty());
    assert!(warning.unwrap().contains("is not a glocal build cache"));

    let other = Cache { format: FORMAT, root: "/somewhere/else".into(), ..Default::default() };
    std::fs::write(out.path().join(FILE), serde_json::to_vec(&other).unwrap()).unwrap();
    let (reuse, warning) = Reuse::open(out.path(), dir.path(), "build", &Before::take(dir.path()));
    assert!(reuse.same.is_empty());
    assert!(warning.unwrap().contains("another workspace"));

    std::fs::remove_file(out.path().join(FILE)).unwrap();
    let (_, warning) = Reuse::open(out.path(), dir.path(), "build", &Before::take(dir.path()));
    assert!(warning.is_none(), "no cache yet is not worth a warning");
}

#[test]
fn a_course_is_taken_only_while_its_files_are_as_written() {
    let dir = workspace();
    let out = tempfile::tempdir().unwrap();
    std::fs::write(out.path().join("page.html"), "page").unwrap();
    let at = Locator { site: Some(out.path().to_path_buf()), kits: None, lms: None };
    let made = Made {
        course: "a".into(),
        taken: false,
        outputs: vec![(Folder::Site, "page.html".into())],
        coverage: vec![],
        warnings: vec![],
        shares: [("emea".to_string(), emea_share())].into(),
    };
    let (reuse, _) = Reuse::open(out.path(), dir.path(), "build", &Before::take(dir.path()));
    save(out.path(), &reuse.finish(vec![made], &at).unwrap()).unwrap();
    let (reuse, _) = Reuse::open(out.path(), dir.path(), "build", &Before::take(dir.path()));
    assert_eq!(reuse.known()["a"]["emea"], emea_share(), "the share reads back as it was counted");
    assert!(reuse.reusable("a", &at).is_some());
    assert!(reuse.reusable("b", &at).is_none(), "b made no record");
    std::fs::write(out.path().join("page.html"), "edited by hand").unwrap();
    assert!(reuse.reusable("a", &at).is_none(), "a page changed since");
    let (reuse, _) = Reuse::open(out.path(), dir.path(), "build --no-lms", &Before::take(dir.path()));
    std::fs::write(out.path().join("page.html"), "page").unwrap();
    assert!(reuse.reusable("a", &at).is_none(), "other options");
    assert!(reuse.known().is_empty(), "no share is known from a build with other options");
}

/// A share with a fraction that must read back exactly, and a contribution.
fn emea_share() -> Share {
    let contribution = Contribution { file: "curricula/a/overlays/emea/m/l.md".into(), line: 7, words: 31 };
    Share {
        delivered: 997,
        regional: 31,
        core_words: 966,
        removed: 0,
        percent: 3.1093279839518555,
        contributions: vec![contribution],
    }
}

#[test]
fn a_kept_warning_reads_back_as_it_was() {
    let d = Diagnostic::warning("session-over-target", Location::new("c/course.yaml", 3, 7).with_len(4), "too long")
        .help("shorten it");
    let back = KeptDiagnostic::from(&d).warning();
    assert_eq!(back, d);
}

#[test]
fn a_file_that_changes_while_the_build_reads_it_keys_its_course_to_render_again() {
    let dir = workspace();
    let root = dir.path();
    let before = Before::take(root);
    // Written during the build, after it took the stamps: larger, so the stamp differs.
    std::fs::write(root.join("curricula/a/m/l.md"), "# Saved by an editor meanwhile\n").unwrap();
    let during = hash_inputs(root, "r", "build", None, &before);
    let settled = hash_inputs(root, "r", "build", None, &Before::take(root));
    assert_eq!(during.sources["curricula/a/m/l.md"].modified, 0, "recorded as unsettled");
    assert_ne!(during.keys["a"], settled.keys["a"], "the next build renders a again");
    assert_eq!(during.keys["b"], settled.keys["b"]);
    std::fs::remove_file(root.join("curricula/b/course.yaml")).unwrap();
    let gone = hash_inputs(root, "r", "build", None, &before);
    assert_eq!(gone.sources["curricula/b/course.yaml"].modified, 0, "a file deleted meanwhile is unsettled too");
}
