//! The writer's promises: nothing foreign overwritten, nothing torn, nothing orphaned.

use super::*;

fn write(out: &Path, files: &[OutputFile]) -> Result<WriteReport, WriteError> {
    write_with(out, files, true)
}

fn files(list: &[(&str, &str)]) -> Vec<OutputFile> {
    list.iter().map(|(p, b)| OutputFile::new(*p, b.as_bytes())).collect()
}

#[test]
fn unchanged_files_are_not_rewritten_and_stale_ones_are_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    std::fs::write(out.join("CNAME"), "academy.example.com").unwrap();
    let first = write(out, &files(&[("a/index.html", "A"), ("b/index.html", "B")])).unwrap();
    assert_eq!(first, WriteReport { written: 2, unchanged: 0, deleted: 0 });
    let second = write(out, &files(&[("a/index.html", "A2")])).unwrap();
    assert_eq!(second, WriteReport { written: 1, unchanged: 0, deleted: 1 });
    assert!(!out.join("b").exists(), "the emptied folder is removed");
    assert_eq!(std::fs::read_to_string(out.join("CNAME")).unwrap(), "academy.example.com");
    let third = write(out, &files(&[("a/index.html", "A2")])).unwrap();
    assert_eq!(third, WriteReport { written: 0, unchanged: 1, deleted: 0 });
    assert!(!out.join(STAGING).exists() && !out.join(JOURNAL).exists(), "a finished build leaves no work files");
}

#[test]
fn a_narrowed_build_deletes_nothing_and_keeps_the_others_on_record() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    write(out, &files(&[("sea/index.html", "S"), ("emea/index.html", "E")])).unwrap();
    let report = write_with(out, &files(&[("sea/index.html", "S2")]), false).unwrap();
    assert_eq!(report.deleted, 0);
    assert!(out.join("emea/index.html").is_file());
    let full = write(out, &files(&[("sea/index.html", "S2")])).unwrap();
    assert_eq!(full.deleted, 1, "a full build still removes what it no longer makes");
}

#[test]
fn a_file_glocal_did_not_write_is_never_overwritten_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    std::fs::write(out.join("index.html"), "my own page").unwrap();
    let err = write(out, &files(&[("a/index.html", "A"), ("index.html", "portal")])).unwrap_err();
    match &err {
        WriteError::Foreign { paths, .. } => assert_eq!(paths, &vec!["index.html".to_string()]),
        other => panic!("expected a foreign file, got {other}"),
    }
    assert!(err.is_usage());
    assert!(err.to_string().contains("index.html"), "{err}");
    assert_eq!(std::fs::read_to_string(out.join("index.html")).unwrap(), "my own page");
    assert!(!out.join("a").exists(), "nothing is written when one file is foreign");
}

#[test]
fn a_users_file_with_the_same_bytes_is_left_as_it_is_and_stays_theirs() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    std::fs::write(out.join("index.html"), "portal").unwrap();
    let report = write(out, &files(&[("index.html", "portal")])).unwrap();
    assert_eq!(report.unchanged, 1);
    assert!(!std::fs::read_to_string(out.join(RECORD)).unwrap().contains("index.html"), "not on glocal's record");
    write(out, &files(&[])).unwrap();
    assert!(out.join("index.html").is_file(), "so a later build never deletes it");
}

#[test]
fn the_files_a_killed_build_was_writing_are_removed_by_the_next_build() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    write(out, &files(&[("a/index.html", "A")])).unwrap();
    // A build killed midway: it journalled and wrote b and c, and left a staged file.
    std::fs::create_dir_all(out.join("b")).unwrap();
    std::fs::write(out.join("b/index.html"), "B").unwrap();
    std::fs::write(out.join("c.html"), "C").unwrap();
    std::fs::write(out.join(JOURNAL), "b/index.html\nc.html\n").unwrap();
    std::fs::create_dir_all(out.join(STAGING)).unwrap();
    std::fs::write(out.join(STAGING).join("7"), "torn").unwrap();
    let report = write(out, &files(&[("a/index.html", "A")])).unwrap();
    assert_eq!(report.deleted, 2);
    assert!(!out.join("b").exists() && !out.join("c.html").exists());
    assert!(!out.join(STAGING).exists());
    assert_eq!(std::fs::read_to_string(out.join(RECORD)).unwrap(), "a/index.html\n");
}

#[cfg(unix)]
#[test]
fn a_link_in_the_output_folder_is_never_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, out.join("course")).unwrap();
    let err = write(&out, &files(&[("course/index.html", "C")])).unwrap_err();
    assert!(matches!(err, WriteError::Link(_)), "{err}");
    assert!(std::fs::read_dir(&elsewhere).unwrap().next().is_none(), "nothing written through the link");
}

#[cfg(unix)]
#[test]
fn a_recorded_file_replaced_by_a_link_is_replaced_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    write(&out, &files(&[("page.html", "old")])).unwrap();
    let target = dir.path().join("precious.txt");
    std::fs::write(&target, "precious").unwrap();
    std::fs::remove_file(out.join("page.html")).unwrap();
    std::os::unix::fs::symlink(&target, out.join("page.html")).unwrap();
    write(&out, &files(&[("page.html", "new")])).unwrap();
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "precious");
    assert_eq!(std::fs::read_to_string(out.join("page.html")).unwrap(), "new");
}

#[test]
fn a_page_of_glocals_that_must_become_a_folder_makes_way_and_a_users_file_stops_the_build() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    write(out, &files(&[("a", "old"), ("b/index.html", "B")])).unwrap();
    let report = write(out, &files(&[("a/index.html", "new"), ("b/index.html", "B2")])).unwrap();
    assert_eq!(report.written, 2);
    assert_eq!(std::fs::read_to_string(out.join("a/index.html")).unwrap(), "new");
    std::fs::write(out.join("c"), "the user's").unwrap();
    let err = write(out, &files(&[("c/index.html", "C"), ("b/index.html", "B3")])).unwrap_err();
    assert!(matches!(&err, WriteError::Foreign { paths, .. } if paths == &vec!["c".to_string()]), "{err}");
    assert_eq!(std::fs::read_to_string(out.join("b/index.html")).unwrap(), "B2", "nothing moved");
    assert_eq!(std::fs::read_to_string(out.join("c")).unwrap(), "the user's");
}

#[cfg(unix)]
#[test]
fn a_link_in_place_of_glocals_own_record_is_never_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    let precious = dir.path().join("precious.txt");
    std::fs::write(&precious, "precious").unwrap();
    std::os::unix::fs::symlink(&precious, out.join(RECORD_ASIDE)).unwrap();
    std::os::unix::fs::symlink(&precious, out.join(RECORD)).unwrap();
    write(&out, &files(&[("x.html", "X")])).unwrap();
    assert_eq!(std::fs::read_to_string(&precious).unwrap(), "precious");
    assert!(!std::fs::symlink_metadata(out.join(RECORD)).unwrap().file_type().is_symlink());
}

#[test]
fn a_second_build_into_the_same_folder_waits_for_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().to_path_buf();
    let first = Session::open(&out, || panic!("the first build does not wait")).unwrap();
    let waited = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = waited.clone();
    let second = std::thread::spawn(move || {
        write_waiting(&out, &files(&[("x.html", "X")]), true, || flag.store(true, Ordering::SeqCst)).unwrap()
    });
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert!(!dir.path().join("x.html").exists(), "the second build does not write while the first holds the folder");
    first.commit(true).unwrap();
    assert_eq!(second.join().unwrap().written, 1);
    assert!(waited.load(Ordering::SeqCst));
}
