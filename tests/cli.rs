//! The command line as users meet it: exit codes, messages with file:line:column, and
//! what `build` writes and leaves alone. Fixtures are copied to a temporary folder.

mod common;

use common::{build, fixture, glocal, snapshot};
use std::path::Path;

fn json_check(root: &Path) -> serde_json::Value {
    let out = glocal().args(["check", "--format", "json", "--root"]).arg(root).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn check_reports_every_defect_of_the_workspace_in_one_run_with_file_line_and_column() {
    let (_tmp, root) = fixture("broken");
    let report = json_check(&root);
    let found: Vec<(String, String, u64, u64)> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().into(),
                d["file"].as_str().unwrap().into(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect();
    let expect = [
        ("unknown-key", "curricula/c/01-m/01-a.md", 3, 1),
        ("missing-message", "curricula/c/01-m/01-a.md", 6, 12),
        ("duplicate-id", "curricula/c/01-m/01-a.md", 10, 1),
        ("unknown-directive", "curricula/c/01-m/01-a.md", 12, 5),
        ("attribute-misparse", "curricula/c/01-m/01-a.md", 16, 9),
        ("broken-link", "curricula/c/01-m/01-a.md", 18, 5),
        ("broken-link", "curricula/c/01-m/01-a.md", 18, 27),
        ("broken-link", "curricula/c/01-m/01-a.md", 18, 46),
        ("unclosed-directive", "curricula/c/01-m/03-c.md", 7, 1),
        ("yaml", "curricula/c/01-m/05-d.md", 3, 11),
        ("missing-item", "curricula/c/01-m/module.yaml", 2, 29),
        ("missing-item", "curricula/c/course.yaml", 2, 17),
        ("unknown-key", "glocal.yaml", 2, 1),
        ("fluent-syntax", "locales/en/extra.ftl", 2, 8),
    ];
    let expect: Vec<(String, String, u64, u64)> =
        expect.iter().map(|(c, f, l, k)| (c.to_string(), f.to_string(), *l, *k)).collect();
    assert_eq!(found, expect);
    assert_eq!(report["errors"], 13);
    assert_eq!(report["warnings"], 1);
}

#[test]
fn check_hints_name_the_closest_valid_alternative() {
    let (_tmp, root) = fixture("broken");
    let report = json_check(&root);
    let helps: Vec<&str> =
        report["diagnostics"].as_array().unwrap().iter().filter_map(|d| d["help"].as_str()).collect();
    for hint in [
        "did you mean `duration`?",
        "did you mean `trainer`?",
        "did you mean `source_locale`?",
        "did you mean `01-m/03-c.md`?",
        "ids there: goal",
        "write `.replace`",
    ] {
        assert!(helps.contains(&hint), "missing hint {hint:?} in {helps:?}");
    }
}

#[test]
fn check_on_a_terminal_shows_the_source_line_under_the_location() {
    let (_tmp, root) = fixture("broken");
    let out = glocal().arg("check").arg("--root").arg(&root).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stderr).unwrap();
    assert!(text.contains("error[unknown-directive]: unknown directive `trainr`"), "{text}");
    assert!(text.contains("curricula/c/01-m/01-a.md:12:5"), "{text}");
    assert!(text.contains("12 | ::: trainr"), "{text}");
    assert!(text.ends_with("13 errors, 1 warning\n"), "{text}");
}

#[test]
fn a_clean_workspace_checks_with_exit_zero() {
    let (_tmp, root) = fixture("minimal");
    let out = glocal().args(["check", "--format", "json", "--root"]).arg(&root).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["errors"], 0);
    assert_eq!(report["diagnostics"][0]["code"], "session-over-target", "{report}");
    assert_eq!(report["diagnostics"][0]["line"], 10);
}

#[test]
fn usage_errors_exit_with_two() {
    glocal().args(["build", "--no-such-flag"]).assert().code(2);
    glocal().args(["check", "--root", "/no/such/folder"]).assert().code(2);
    let (_tmp, root) = fixture("minimal");
    let out = glocal().arg("build").arg("--root").arg(&root).args(["--course", "onbording"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean `onboarding`?"));
}

#[test]
fn a_folder_without_glocal_yaml_is_a_usage_error_with_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    let out = glocal().arg("check").arg("--root").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("glocal new workspace"));
}

#[test]
fn two_builds_are_byte_identical_and_the_second_writes_nothing() {
    let (tmp, root) = fixture("minimal");
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    assert!(build(&root, &a, &[]).status.success());
    assert!(build(&root, &b, &[]).status.success());
    assert_eq!(snapshot(&a), snapshot(&b));
    let again = build(&root, &a, &[]);
    let said = String::from_utf8_lossy(&again.stderr);
    assert!(said.contains("nothing changed since the last build (2 warnings"), "{said}");
    assert_eq!(snapshot(&a), snapshot(&b));

    // A page removed by hand, or a changed option, brings the build back.
    std::fs::remove_file(a.join("onboarding/global/en/index.html")).unwrap();
    let restored = build(&root, &a, &[]);
    assert!(
        String::from_utf8_lossy(&restored.stderr).contains("(1 written,"),
        "{}",
        String::from_utf8_lossy(&restored.stderr)
    );
    assert!(a.join("onboarding/global/en/index.html").is_file());
    let drafts = build(&root, &a, &["--drafts"]);
    assert!(!String::from_utf8_lossy(&drafts.stderr).contains("nothing changed"));

    // An edited lesson too, and then only what changed is written.
    let lesson = root.join("curricula/onboarding/01-basics/01-welcome.md");
    std::fs::write(&lesson, std::fs::read_to_string(&lesson).unwrap() + "\nOne more line.\n").unwrap();
    let edited = build(&root, &a, &["--drafts"]);
    let said = String::from_utf8_lossy(&edited.stderr);
    assert!(!said.contains("nothing changed") && !said.contains("(0 written,"), "{said}");
}

#[test]
fn a_build_with_errors_writes_nothing_and_keeps_the_previous_site() {
    let (tmp, root) = fixture("minimal");
    let out = tmp.path().join("site");
    assert!(build(&root, &out, &[]).status.success());
    let before = snapshot(&out);
    let lesson = root.join("curricula/onboarding/01-basics/01-welcome.md");
    let text = std::fs::read_to_string(&lesson).unwrap();
    std::fs::write(&lesson, text.replace("Welcome to", "Welcome to {{ missing-one }}")).unwrap();
    let failed = build(&root, &out, &[]);
    assert_eq!(failed.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&failed.stderr).contains("nothing was written"));
    assert_eq!(snapshot(&out), before);
}

#[test]
fn build_removes_only_files_it_wrote_and_keeps_foreign_ones() {
    let (tmp, root) = fixture("minimal");
    let out = tmp.path().join("site");
    assert!(build(&root, &out, &[]).status.success());
    std::fs::write(out.join("CNAME"), "academy.example.com\n").unwrap();
    let page = out.join("onboarding/global/en/01-basics/02-safety-walk/index.html");
    assert!(page.is_file());
    std::fs::remove_file(root.join("curricula/onboarding/01-basics/02-safety-walk.md")).unwrap();
    let lesson = root.join("curricula/onboarding/01-basics/01-welcome.md");
    let text = std::fs::read_to_string(&lesson).unwrap();
    std::fs::write(&lesson, text.replace(" and the [safety walk](02-safety-walk.md#route)", "")).unwrap();
    let rebuilt = build(&root, &out, &[]);
    assert!(rebuilt.status.success(), "{}", String::from_utf8_lossy(&rebuilt.stderr));
    assert!(!page.exists());
    assert_eq!(std::fs::read_to_string(out.join("CNAME")).unwrap(), "academy.example.com\n");
}

#[test]
fn an_output_folder_holding_the_workspace_is_refused() {
    let (_tmp, root) = fixture("minimal");
    let out = build(&root, &root, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("holds the workspace's sources"));
    assert!(!root.join("index.html").exists());
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let (tmp, root) = fixture("minimal");
    let out = tmp.path().join("site");
    assert!(build(&root, &out, &[]).status.success());
    let draft = out.join("onboarding/global/en/01-basics/03-draft-lesson/index.html");
    assert!(!draft.exists());
    let walk = root.join("curricula/onboarding/01-basics/02-safety-walk.md");
    let text = std::fs::read_to_string(&walk).unwrap();
    std::fs::write(&walk, format!("{text}\nSee [the next one](03-draft-lesson.md).\n")).unwrap();
    let linked = build(&root, &out, &[]);
    assert!(String::from_utf8_lossy(&linked.stderr).contains("is not part of this build: it is a draft"));
    assert!(build(&root, &out, &["--drafts"]).status.success());
    std::fs::write(&walk, text).unwrap();
    assert!(build(&root, &out, &["--drafts"]).status.success());
    assert!(draft.exists());
}

#[test]
fn timings_print_each_stage() {
    let (tmp, root) = fixture("minimal");
    let out = build(&root, &tmp.path().join("site"), &["--timings"]);
    let err = String::from_utf8_lossy(&out.stderr);
    for stage in ["load:", "theme:", "render:", "write:"] {
        assert!(err.contains(stage), "{err}");
    }
}

#[test]
fn quiet_prints_nothing_on_success() {
    let (tmp, root) = fixture("minimal");
    let out = build(&root, &tmp.path().join("site"), &["--quiet"]);
    assert!(out.status.success());
    assert!(out.stderr.is_empty() && out.stdout.is_empty());
}

#[test]
fn a_broken_module_yaml_does_not_hide_the_problems_of_its_lessons() {
    let (_tmp, root) = fixture("minimal");
    let module = root.join("curricula/onboarding/01-basics/module.yaml");
    std::fs::write(&module, "title: The basics\nsummary: [Where\n").unwrap();
    let lesson = root.join("curricula/onboarding/01-basics/02-safety-walk.md");
    let text = std::fs::read_to_string(&lesson).unwrap();
    std::fs::write(&lesson, text.replace("::: only {region=sea}", "::: onyl {region=sea}")).unwrap();
    let report = json_check(&root);
    let codes: Vec<&str> =
        report["diagnostics"].as_array().unwrap().iter().map(|d| d["code"].as_str().unwrap()).collect();
    assert!(codes.contains(&"yaml") && codes.contains(&"unknown-directive"), "{codes:?}");
}

#[test]
fn without_out_the_site_goes_to_public_in_the_workspace_wherever_the_command_runs() {
    let (tmp, root) = fixture("minimal");
    let elsewhere = tmp.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    glocal().current_dir(&elsewhere).arg("build").arg("--root").arg(&root).assert().success();
    assert!(root.join("public/index.html").is_file());
    assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0, "nothing is written where the command ran");
}

#[test]
fn kits_only_reports_the_kits_it_built_and_where_not_a_site() {
    let (tmp, root) = fixture("minimal");
    let out = tmp.path().join("out");
    let result = build(&root, &out, &["--kits-only"]);
    assert!(!out.exists(), "no site folder is made");
    assert!(result.status.success());
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(stderr.contains("kits in") && stderr.contains(&root.join("kits").display().to_string()), "{stderr}");
    assert!(!stderr.contains("index.html"), "no site to open: {stderr}");
}

#[test]
fn a_lesson_that_cannot_be_read_is_reported_once_not_again_at_every_link_to_it() {
    let (_tmp, root) = fixture("minimal");
    let basics = root.join("curricula/onboarding/01-basics");
    let walk = basics.join("02-safety-walk.md");
    let text = std::fs::read_to_string(&walk).unwrap();
    std::fs::write(&walk, text.replace("duration: 40", "duration: forty")).unwrap();
    let welcome = basics.join("01-welcome.md");
    let text = std::fs::read_to_string(&welcome).unwrap();
    std::fs::write(&welcome, format!("{text}\nSee [the walk](02-safety-walk.md#route).\n")).unwrap();
    let report = json_check(&root);
    let codes: Vec<&str> =
        report["diagnostics"].as_array().unwrap().iter().map(|d| d["code"].as_str().unwrap()).collect();
    assert!(codes.contains(&"yaml"), "{codes:?}");
    assert!(!codes.contains(&"broken-link"), "{codes:?}");
}

/// Codes of a `check --format json` run, with file and line.
fn check_codes(root: &std::path::Path) -> (Option<i32>, Vec<(String, String, u64)>) {
    let out = glocal().args(["check", "--format", "json", "--root"]).arg(root).output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let codes = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let code = d["code"].as_str().unwrap().to_string();
            (code, d["file"].as_str().unwrap().to_string(), d["line"].as_u64().unwrap())
        })
        .collect();
    (out.status.code(), codes)
}

#[test]
fn check_reports_a_repeated_listing_a_null_title_a_trainer_operation_and_a_repeated_behaviour() {
    let (_tmp, root) = fixture("regions");
    let course = root.join("curricula/onboarding");
    let module = "title: The basics\nsummary: Where things are.\nlessons: [01-welcome, 02-safety-walk, 01-welcome]\n";
    std::fs::write(course.join("01-basics/module.yaml"), module).unwrap();
    let safety = std::fs::read_to_string(course.join("01-basics/02-safety-walk.md")).unwrap();
    std::fs::write(course.join("01-basics/02-safety-walk.md"), safety.replacen("title:", "title: ~\nx-title:", 1))
        .unwrap();
    let overlay = course.join("overlays/emea/01-basics/01-welcome.md");
    let text = std::fs::read_to_string(&overlay).unwrap();
    std::fs::write(&overlay, format!("{text}\n::: trainer {{#tour .replace}}\nA note.\n:::\n")).unwrap();
    let sea = course.join("overlays/sea/course.yaml");
    let behaviours =
        "behaviours:\n  - { id: walks-safely, text: Walks the route }\n  - { id: walks-safely, text: Again }\n";
    std::fs::write(&sea, format!("{}{behaviours}", std::fs::read_to_string(&sea).unwrap())).unwrap();
    let (code, codes) = check_codes(&root);
    assert_eq!(code, Some(1));
    let has = |c: &str, file: &str, line: u64| codes.iter().any(|(x, f, l)| x == c && f.ends_with(file) && *l == line);
    assert!(has("duplicate-item", "01-basics/module.yaml", 3), "{codes:?}");
    assert!(has("yaml", "01-basics/02-safety-walk.md", 2), "{codes:?}");
    assert!(codes.iter().any(|(c, f, _)| c == "overlay-operation" && f.contains("overlays/emea")), "{codes:?}");
    assert!(has("duplicate-id", "overlays/sea/course.yaml", 6), "{codes:?}");
}

#[test]
fn a_source_that_cannot_be_read_is_an_error_naming_it_and_a_byte_order_mark_is_fine() {
    let (tmp, root) = fixture("minimal");
    let course = root.join("curricula/onboarding");
    let yaml = std::fs::read(course.join("course.yaml")).unwrap();
    std::fs::write(course.join("course.yaml"), [b"\xEF\xBB\xBF".as_slice(), &yaml].concat()).unwrap();
    let lesson = course.join("01-basics/01-welcome.md");
    let text = std::fs::read_to_string(&lesson).unwrap();
    // "Café" saved as Latin-1: one byte 0xE9 that is not UTF-8.
    let mut bytes = text.replacen("Welcome", "Caf", 1).into_bytes();
    let at = bytes.windows(3).position(|w| w == b"Caf").unwrap() + 3;
    bytes.insert(at, 0xE9);
    std::fs::write(&lesson, bytes).unwrap();
    std::fs::create_dir_all(course.join("01-basics/09-folder.md")).unwrap();
    let (code, codes) = check_codes(&root);
    assert_eq!(code, Some(1));
    let errors: Vec<&(String, String, u64)> = codes.iter().filter(|(c, _, _)| c != "session-over-target").collect();
    assert!(errors.iter().any(|(c, f, _)| c == "not-utf8" && f.ends_with("01-welcome.md")), "{codes:?}");
    assert!(errors.iter().any(|(c, f, _)| c == "unreadable" && f.ends_with("09-folder.md")), "{codes:?}");
    assert!(!errors.iter().any(|(c, _, _)| c == "yaml"), "the byte-order mark is accepted: {codes:?}");
    let out = tmp.path().join("site");
    assert_eq!(build(&root, &out, &[]).status.code(), Some(1));
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn a_theme_that_is_a_path_out_of_the_workspace_is_refused() {
    let (_tmp, root) = fixture("minimal");
    let config = std::fs::read_to_string(root.join("glocal.yaml")).unwrap();
    std::fs::write(root.join("glocal.yaml"), format!("{config}theme: ../../etc\n")).unwrap();
    let (code, codes) = check_codes(&root);
    assert_eq!(code, Some(1));
    assert!(codes.iter().any(|(c, f, l)| c == "unknown-theme" && f == "glocal.yaml" && *l > 1), "{codes:?}");
}

#[test]
fn an_error_in_one_file_is_reported_once_without_knock_on_errors_elsewhere() {
    let (_tmp, root) = fixture("regions");
    let course = root.join("curricula/onboarding/course.yaml");
    std::fs::write(&course, std::fs::read_to_string(&course).unwrap() + "objectives: [ { id: x\n").unwrap();
    let (_, codes) = check_codes(&root);
    let errors: Vec<&str> = codes.iter().map(|(c, _, _)| c.as_str()).filter(|c| *c != "overlay-unpinned").collect();
    assert!(!errors.contains(&"unknown-objective"), "a broken course.yaml alone: {codes:?}");

    let (_tmp, root) = fixture("regions");
    let lesson = root.join("curricula/onboarding/01-basics/01-welcome.md");
    std::fs::write(&lesson, std::fs::read_to_string(&lesson).unwrap().replace("duration: 30", "duration: soon"))
        .unwrap();
    let (_, codes) = check_codes(&root);
    assert!(codes.iter().any(|(c, f, l)| c == "yaml" && f.ends_with("01-welcome.md") && *l == 3), "{codes:?}");
    assert!(!codes.iter().any(|(c, _, _)| c == "overlay-target"), "its overlays are not blamed: {codes:?}");
}
