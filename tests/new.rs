//! `glocal new`: a new workspace checks clean and builds; courses, regions and locales
//! are added without touching the rest of glocal.yaml; an existing id is an error.

mod common;

use common::{glocal, read};

#[test]
fn a_new_workspace_checks_clean_and_builds() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("academy");
    glocal().args(["new", "workspace"]).arg(&dir).assert().success();
    let check = glocal().args(["check", "--format", "json", "--root"]).arg(&dir).output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    assert_eq!((report["errors"].as_u64(), report["warnings"].as_u64()), (Some(0), Some(0)), "{report}");
    let out = tmp.path().join("site");
    glocal().arg("build").arg("--root").arg(&dir).arg("--out").arg(&out).assert().success();
    let vi = read(&out.join("shift-handover/sea/vi/01-handover/01-handover-basics/index.html"));
    assert!(vi.contains("Những điều cơ bản khi giao ca") && vi.contains("6 người"));
    assert!(dir.join("kits/shift-handover-sea-vi.zip").is_file());
    glocal().args(["new", "workspace"]).arg(&dir).assert().code(2);
}

#[test]
fn regions_and_locales_join_glocal_yaml_keeping_its_comments_and_an_existing_id_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("academy");
    glocal().args(["new", "workspace"]).arg(&dir).assert().success();
    let before = read(&dir.join("glocal.yaml"));
    glocal().args(["new", "region", "emea", "--locales", "en,de", "--root"]).arg(&dir).assert().success();
    glocal().args(["new", "locale", "pt-BR", "--root"]).arg(&dir).assert().success();
    let after = read(&dir.join("glocal.yaml"));
    assert!(after.starts_with(&before), "everything that was there stays, in order");
    assert!(
        after.ends_with("  - id: emea\n    name: emea\n    locales: [en, de]\nlocales:\n  - id: pt-BR\n"),
        "{after}"
    );
    assert!(dir.join("locales/pt-BR/workspace.ftl").is_file());
    let again = glocal().args(["new", "region", "emea", "--locales", "en", "--root"]).arg(&dir).output().unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already has a region `emea`"));
    assert_eq!(read(&dir.join("glocal.yaml")), after, "a refused id changes nothing");
    glocal().args(["check", "--root"]).arg(&dir).assert().success();
}

#[test]
fn a_new_course_builds_and_an_existing_one_is_not_overwritten() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("academy");
    glocal().args(["new", "workspace"]).arg(&dir).assert().success();
    glocal().args(["new", "course", "safety-walk", "--root"]).arg(&dir).assert().success();
    assert!(read(&dir.join("curricula/safety-walk/course.yaml")).starts_with("title: Safety Walk\n"));
    glocal().args(["check", "--root"]).arg(&dir).assert().success();
    let again = glocal().args(["new", "course", "shift-handover", "--root"]).arg(&dir).output().unwrap();
    assert_eq!(again.status.code(), Some(2));
    glocal().args(["new", "course", "Bad Id", "--root"]).arg(&dir).assert().code(2);
}

#[test]
fn a_flow_style_list_is_refused_unchanged_and_crlf_files_stay_crlf() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("academy");
    glocal().args(["new", "workspace"]).arg(&dir).assert().success();
    let config = dir.join("glocal.yaml");
    let flow = "title: A\r\nregions: [{id: sea, locales: [en]}]\r\n";
    std::fs::write(&config, flow).unwrap();
    glocal().args(["new", "region", "emea", "--locales", "en", "--root"]).arg(&dir).assert().code(2);
    assert_eq!(read(&config), flow);
    std::fs::write(&config, "title: A\r\nregions:\r\n  - id: sea\r\n    locales: [en]\r\n").unwrap();
    glocal().args(["new", "region", "emea", "--locales", "en", "--root"]).arg(&dir).assert().success();
    assert_eq!(
        read(&config),
        "title: A\r\nregions:\r\n  - id: sea\r\n    locales: [en]\r\n  - id: emea\r\n    name: emea\r\n    locales: [en]\r\n"
    );
}

#[test]
fn a_new_workspace_ignores_its_build_output_in_git_but_keeps_a_gitignore_already_there() {
    let tmp = tempfile::tempdir().unwrap();
    let fresh = tmp.path().join("fresh");
    glocal().args(["new", "workspace"]).arg(&fresh).assert().success();
    let ignored = read(&fresh.join(".gitignore"));
    for output in ["/public/", "/kits/", "/lms/"] {
        assert!(ignored.lines().any(|l| l == output), "{output} is ignored");
    }
    let repo = tmp.path().join("repo");
    std::fs::create_dir(&repo).unwrap();
    std::fs::write(repo.join(".gitignore"), "target/\n").unwrap();
    glocal().args(["new", "workspace"]).arg(&repo).assert().success();
    assert_eq!(read(&repo.join(".gitignore")), "target/\n");
}
