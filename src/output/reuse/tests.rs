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
    std::fs::write(out.path().join(FILE), "{ not a cache").unwrap();
    let (reuse, warning) = Reuse::open(out.path(), dir.path(), "build", &Before::take(dir.path()));
    assert!(reuse.same.is_empty());
    assert!(warning.unwrap().contains("is not a glocal build cache"));

    // Cut short: it begins as a cache of this format but ends midway.
    let whole = Cache { format: FORMAT, root: "/somewhere".into(), ..Default::default() };
    save(out.path(), &whole).unwrap();
    let bytes = std::fs::read(out.path().join(FILE)).unwrap();
    std::fs::write(out.path().join(FILE), &bytes[..bytes.len() - 3]).unwrap();
    let (reuse, warning) = Reuse::open(out.path(), dir.path(), "build", &Before::take(dir.path()));
    assert!(reuse.same.is_empty());
    assert!(warning.unwrap().contains("is not a glocal build cache"));

    let other = Cache { format: FORMAT, root: "/somewhere/else".into(), ..Default::default() };
    save(out.path(), &other).unwrap();
    let (reuse, warning) = Reuse::open(out.path(), dir.path(), "build", &Before::take(dir.path()));
    assert!(reuse.same.is_empty());
    assert!(warning.unwrap().contains("another workspace"));

    let older = Cache { format: FORMAT - 1, root: "/somewhere/else".into(), ..Default::default() };
    save(out.path(), &older).unwrap();
    let (reuse, warning) = Reuse::open(out.path(), dir.path(), "build", &Before::take(dir.path()));
    assert!(reuse.same.is_empty());
    assert!(warning.is_none(), "a cache of another format is left without a word: {warning:?}");

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
    save(out.path(), &reuse.finish(vec![made], &at, &[]).unwrap()).unwrap();
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

/// One course as a build made it, with nothing in it.
fn made(course: &str, taken: bool) -> Made {
    Made {
        course: course.into(),
        taken,
        outputs: vec![],
        coverage: vec![],
        warnings: vec![],
        shares: Default::default(),
    }
}

/// A build whose only folder is a site at `dir`.
fn site_at(dir: &Path) -> Locator {
    Locator { site: Some(dir.to_path_buf()), kits: None, lms: None }
}

#[test]
fn a_course_rendered_from_a_file_changed_while_the_build_read_it_is_left_unrecorded() {
    let (dir, out) = (workspace(), tempfile::tempdir().unwrap());
    let (root, at) = (dir.path(), site_at(out.path()));
    let reuse = || Reuse::open(out.path(), root, "build", &Before::take(root)).0;
    // Written during the build, after it took the stamps: larger, so the stamp differs.
    let during = reuse();
    std::fs::write(root.join("curricula/a/m/l.md"), "# Saved by an editor meanwhile\n").unwrap();
    let cache = during.finish(vec![made("a", false), made("b", false)], &at, &[]).unwrap();
    assert!(!cache.courses.contains_key("a"), "a is not recorded: the next build renders it again");
    assert!(cache.courses.contains_key("b"));
    // Saved and then put back as it was: the same bytes, a later time.
    let reverted = reuse();
    let lesson = std::fs::File::options().write(true).open(root.join("curricula/a/m/l.md")).unwrap();
    lesson.set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(5)).unwrap();
    let cache = reverted.finish(vec![made("a", false), made("b", false)], &at, &[]).unwrap();
    assert!(!cache.courses.contains_key("a"), "the text read may have been the other one");
    // A course taken as it was: an edit to its files is the next build's to find.
    let taking = reuse();
    std::fs::write(root.join("curricula/b/course.yaml"), "title: B, edited meanwhile\n").unwrap();
    let cache = taking.finish(vec![made("a", false), made("b", true)], &at, &[]).unwrap();
    assert!(cache.courses.contains_key("a") && cache.courses.contains_key("b"));
    // A shared source changed: nothing is vouched for.
    let shared = reuse();
    std::fs::remove_file(root.join("locales/en/site.ftl")).unwrap();
    assert!(shared.finish(vec![made("a", false)], &at, &[]).is_none(), "a shared file deleted meanwhile");
}

#[test]
fn a_file_created_after_the_build_keyed_its_sources_and_read_leaves_its_course_unrecorded() {
    let (dir, out) = (workspace(), tempfile::tempdir().unwrap());
    let (root, at) = (dir.path(), site_at(out.path()));
    let reuse = || Reuse::open(out.path(), root, "build", &Before::take(root)).0;
    let lesson = stamp(&root.join("curricula/a/m/l.md")).unwrap();
    let as_keyed = vec![("curricula/a/m/l.md".to_string(), lesson)];
    let cache = reuse().finish(vec![made("a", false), made("b", false)], &at, &as_keyed).unwrap();
    assert!(cache.courses.contains_key("a"), "read as keyed");
    // Read, then gone before the next build lists the sources: only the read knows.
    let appeared = vec![("curricula/a/m/new.md".to_string(), (12, 1))];
    let cache = reuse().finish(vec![made("a", false), made("b", false)], &at, &appeared).unwrap();
    assert!(!cache.courses.contains_key("a") && cache.courses.contains_key("b"));
    let shared = vec![("locales/en/new.ftl".to_string(), (12, 1))];
    assert!(reuse().finish(vec![made("a", false)], &at, &shared).is_none(), "a shared file appeared");
}
