//! Builds across runs: a rebuild renders only the courses whose inputs changed and
//! takes the others as the last build left them, with the bytes a clean build writes;
//! a corrupt cache is ignored with a warning; a build killed at any point, then built
//! again, gives the bytes of a clean build.

mod common;

use common::{fixture, glocal, snapshot};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

/// The fixture with a second course, a copy of the first under another id.
fn two_courses() -> (tempfile::TempDir, PathBuf) {
    let (tmp, root) = fixture("languages");
    let courses = root.join("curricula");
    common::copy_dir(&courses.join("onboarding"), &courses.join("induction"));
    (tmp, root)
}

/// Output folders of one build: the site, the kits and the LMS packages.
fn folders(dir: &Path) -> [PathBuf; 3] {
    [dir.join("site"), dir.join("kits"), dir.join("lms")]
}

fn build(root: &Path, dir: &Path) -> std::process::Output {
    let [site, kits, lms] = folders(dir);
    glocal()
        .args(["build", "--root"])
        .arg(root)
        .arg("--out")
        .arg(site)
        .arg("--kits-out")
        .arg(kits)
        .arg("--lms-out")
        .arg(lms)
        .output()
        .unwrap()
}

fn build_ok(root: &Path, dir: &Path) -> String {
    let out = build(root, dir);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    stderr
}

/// Every file of every folder but glocal's own bookkeeping.
fn everything(dir: &Path) -> Vec<(String, Vec<u8>)> {
    folders(dir)
        .iter()
        .flat_map(|f| {
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            snapshot(f)
                .into_iter()
                .filter(|(p, _)| !p.starts_with(".glocal"))
                .map(move |(p, b)| (format!("{name}/{p}"), b))
        })
        .collect()
}

fn assert_same_as_clean(root: &Path, dir: &Path, tmp: &Path) {
    let clean = tmp.join("clean");
    let _ = std::fs::remove_dir_all(&clean);
    build_ok(root, &clean);
    let (got, want) = (everything(dir), everything(&clean));
    let names = |s: &[(String, Vec<u8>)]| s.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    assert_eq!(names(&got), names(&want), "the same files as a clean build");
    for ((path, a), (_, b)) in got.iter().zip(&want) {
        assert!(a == b, "{path} differs from a clean build's");
    }
}

fn edit(root: &Path, course: &str, line: &str) {
    let lesson = root.join(format!("curricula/{course}/01-basics/01-welcome.md"));
    let text = std::fs::read_to_string(&lesson).unwrap();
    std::fs::write(&lesson, format!("{text}\n{line}\n")).unwrap();
}

#[test]
fn a_rebuild_renders_only_the_edited_course_and_writes_what_a_clean_build_writes() {
    let (tmp, root) = two_courses();
    let dir = tmp.path().join("out");
    build_ok(&root, &dir);
    edit(&root, "induction", "A line added after the first build.");
    let stderr = build_ok(&root, &dir);
    assert!(stderr.contains("1 of 2 courses as the last build left them"), "{stderr}");
    assert_same_as_clean(&root, &dir, tmp.path());

    // A page edited by hand in a course taken as it was: that course is rendered again.
    let page = dir.join("site/onboarding/global/en/index.html");
    std::fs::write(&page, "edited by hand").unwrap();
    edit(&root, "induction", "Another line.");
    let stderr = build_ok(&root, &dir);
    assert!(!stderr.contains("as the last build left them"), "{stderr}");
    assert_same_as_clean(&root, &dir, tmp.path());
}

#[test]
fn with_public_kits_the_cache_is_kept_in_the_lms_folder_and_still_takes_unchanged_courses() {
    let (tmp, root) = two_courses();
    let config = root.join("glocal.yaml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, format!("{text}\nkits_public: true\n")).unwrap();
    // Kits go into the site: there is no kits folder to keep the cache in.
    let build_public = |dir: &Path| {
        let out = glocal()
            .args(["build", "--root"])
            .arg(&root)
            .arg("--out")
            .arg(dir.join("site"))
            .arg("--lms-out")
            .arg(dir.join("lms"))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success(), "{stderr}");
        stderr
    };
    let dir = tmp.path().join("out");
    build_public(&dir);
    assert!(dir.join("site/kits").is_dir(), "the kits are in the site");
    assert!(dir.join("lms/.glocal-cache").exists(), "the cache is beside the site, in the LMS folder");
    assert!(!dir.join("site/kits/.glocal-cache").exists(), "never in the published site");
    assert!(!dir.join("site/.glocal-cache").exists(), "never in the published site");
    edit(&root, "induction", "A line added after the first build.");
    let stderr = build_public(&dir);
    assert!(stderr.contains("1 of 2 courses as the last build left them"), "{stderr}");
    let clean = tmp.path().join("clean");
    build_public(&clean);
    for folder in ["site", "lms"] {
        let files = |d: &Path| {
            snapshot(&d.join(folder)).into_iter().filter(|(p, _)| !p.contains(".glocal")).collect::<Vec<_>>()
        };
        assert!(files(&dir) == files(&clean), "{folder} is as a clean build writes it");
    }
}

#[test]
fn a_shared_input_renders_every_course_again() {
    let (tmp, root) = two_courses();
    let dir = tmp.path().join("out");
    build_ok(&root, &dir);
    let config = root.join("glocal.yaml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, text.replacen("title: ", "title: The ", 1)).unwrap();
    let stderr = build_ok(&root, &dir);
    assert!(!stderr.contains("as the last build left them"), "{stderr}");
    assert_same_as_clean(&root, &dir, tmp.path());
}

#[test]
fn a_corrupt_cache_is_ignored_with_a_warning_and_never_trusted() {
    let (tmp, root) = two_courses();
    let dir = tmp.path().join("out");
    build_ok(&root, &dir);
    let cache = dir.join("kits/.glocal-cache");
    assert!(cache.exists(), "the cache is kept beside the site, in the kits folder");
    assert!(!dir.join("site/.glocal-cache").exists(), "never in the published site");
    let bytes = std::fs::read(&cache).unwrap();
    std::fs::write(&cache, &bytes[..bytes.len() / 2]).unwrap();
    edit(&root, "induction", "An edit after the cache was damaged.");
    let stderr = build_ok(&root, &dir);
    assert!(stderr.contains("warning: ignoring the build cache"), "{stderr}");
    assert!(!stderr.contains("as the last build left them"), "{stderr}");
    assert_same_as_clean(&root, &dir, tmp.path());
}

#[test]
fn a_build_killed_at_any_point_then_built_again_gives_the_bytes_of_a_clean_build() {
    let (tmp, root) = two_courses();
    let dir = tmp.path().join("out");
    build_ok(&root, &dir);
    let [site, kits, lms] = folders(&dir);
    // Delays spread over a whole build (under a second here), the same on every run.
    for (i, delay) in [10u64, 60, 120, 200, 300, 420, 560, 700].iter().enumerate() {
        edit(&root, if i % 2 == 0 { "induction" } else { "onboarding" }, &format!("Edit {i}."));
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_glocal"))
            .args(["build", "--quiet", "--root"])
            .arg(&root)
            .args(["--out".as_ref(), site.as_os_str(), "--kits-out".as_ref(), kits.as_os_str()])
            .args(["--lms-out".as_ref(), lms.as_os_str()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(*delay));
        let _ = child.kill();
        let _ = child.wait();
    }
    build_ok(&root, &dir);
    assert_same_as_clean(&root, &dir, tmp.path());
}
