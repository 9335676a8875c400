//! Regions end to end: overlays applied in region sites, the share and its budget,
//! the adaptation page, overlay errors, sanitised partner HTML, and the pin round trip.

mod common;

use common::{build, build_ok, fixture, glocal, read};
use std::path::Path;

fn check_json(root: &Path) -> serde_json::Value {
    let out = glocal().args(["check", "--format", "json", "--root"]).arg(root).output().unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

fn codes(report: &serde_json::Value) -> Vec<(String, String, u64)> {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["code"].as_str().unwrap().into(), d["file"].as_str().unwrap().into(), d["line"].as_u64().unwrap()))
        .collect()
}

#[test]
fn a_region_site_shows_its_overlays_and_global_shows_the_core() {
    let (tmp, root) = fixture("regions");
    let out = tmp.path().join("site");
    build_ok(&root, &out);
    let sea = read(&out.join("onboarding/sea/en/01-basics/01-welcome/index.html"));
    let global = read(&out.join("onboarding/global/en/01-basics/01-welcome/index.html"));
    assert!(sea.contains("<h1>Welcome to the Jurong hub</h1>"));
    assert!(sea.contains("Walk the floor with a buddy") && !sea.contains("Walk the floor in pairs"));
    assert!(sea.contains("<div class=\"regional\" data-region=\"sea\">\n<h2 id=\"local-rules\">Local rules</h2>"));
    assert!(!global.contains("Jurong") && !global.contains("class=\"regional\""));
    assert!(out.join("onboarding/sea/en/01-basics/04-heat-stress/index.html").is_file());
    assert!(!out.join("onboarding/global/en/01-basics/04-heat-stress").exists());
    let walk = read(&out.join("onboarding/sea/en/01-basics/02-safety-walk/index.html"));
    assert!(walk.contains("monsoon drains"), "the sea-only block of the core");
    let order = [walk.find("id=\"route\"").unwrap(), walk.find("id=\"monsoon\"").unwrap()];
    assert!(order[0] < order[1]);
}

#[test]
fn partner_html_in_overlays_is_sanitised_unless_the_workspace_trusts_it() {
    let (tmp, root) = fixture("regions");
    let out = tmp.path().join("site");
    build_ok(&root, &out);
    let page = read(&out.join("onboarding/sea/en/01-basics/01-welcome/index.html"));
    assert!(!page.contains("<script>alert"), "scripts from overlays are dropped");
    assert!(page.contains("<em>Hall C</em>"), "harmless inline markup stays");
    let config = read(&root.join("glocal.yaml"));
    std::fs::write(root.join("glocal.yaml"), format!("{config}trust_overlay_html: true\n")).unwrap();
    build_ok(&root, &out);
    assert!(
        read(&out.join("onboarding/sea/en/01-basics/01-welcome/index.html"))
            .contains("<script>alert(\"partner\")</script>")
    );
}

#[test]
fn the_status_page_links_each_region_to_its_adaptation_page_which_shows_each_change() {
    let (tmp, root) = fixture("regions");
    let out = tmp.path().join("site");
    build_ok(&root, &out);
    let status = read(&out.join("status/index.html"));
    assert!(status.contains("<a href=\"../onboarding/sea/vi/adaptation/index.html\">Southeast Asia</a>"), "{status}");
    let page = read(&out.join("onboarding/sea/en/adaptation/index.html"));
    assert!(page.contains("<meta name=\"robots\" content=\"noindex\">"));
    assert!(page.contains("Adaptation share: 41.5% of a 60% budget."), "{page}");
    // Sections are named by their titles, and the text is shown as read, not as Markdown.
    assert!(page.contains("<h3>Adds a section after “The site map”</h3>"), "{page}");
    assert!(page.contains("<h3>Replaces “Walk the floor”</h3>"));
    assert!(page.contains("curricula/onboarding/overlays/sea/01-basics/01-welcome.md:12"));
    assert!(!page.contains("<pre>") && !page.contains("::::") && !page.contains("## "), "no raw Markdown");
    // Only the words that changed are marked.
    assert!(page.contains(
        "<td data-label=\"Core\">Walk the floor <del>in pairs</del>.</td><td data-label=\"Regional\">Walk the floor <ins>with a buddy from another shift</ins>.</td>"
    ), "{page}");
    assert!(page.contains("<p class=\"paragraph\"><ins>Singapore&#39;s Workplace Safety and Health Act applies on every shift.</ins></p>"), "an added section: {page}");
    assert!(!out.join("onboarding/global/en/adaptation").exists());
}

#[test]
fn a_region_over_its_budget_fails_check_with_its_largest_contributions() {
    let (_tmp, root) = fixture("regions");
    let config = read(&root.join("glocal.yaml"))
        .replace("adaptation_budget: 60%\n  - id: emea", "adaptation_budget: 10%\n  - id: emea");
    std::fs::write(root.join("glocal.yaml"), config).unwrap();
    let report = check_json(&root);
    let over: Vec<&serde_json::Value> =
        report["diagnostics"].as_array().unwrap().iter().filter(|d| d["code"] == "over-budget").collect();
    assert_eq!(over.len(), 1, "{report}");
    assert_eq!(over[0]["message"], "region `sea` adapts 41.5% of `onboarding`, over its budget of 10%");
    assert!(over[0]["help"].as_str().unwrap().starts_with("largest contributions: curricula/onboarding/overlays/sea/"));
}

#[test]
fn overlay_mistakes_are_errors_at_the_overlay_line_with_the_closest_alternative() {
    let (_tmp, root) = fixture("regions");
    let dir = root.join("curricula/onboarding/overlays");
    std::fs::write(
        dir.join("sea/01-basics/02-safety-walk.md"),
        "## {#rout .append}\n\nx\n\n## {#route replace}\n\ny\n\n## {#route .remove}\n",
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("apac/01-basics")).unwrap();
    std::fs::write(dir.join("apac/01-basics/01-welcome.md"), "## {#site-map .remove}\n").unwrap();
    std::fs::write(dir.join("sea/01-basics/05-orphan.md"), "---\ntitle: Orphan\nduration: 5\n---\nText.\n").unwrap();
    std::fs::write(
        dir.join("sea/01-basics/06-misplaced.md"),
        "---\ntitle: Misplaced\nduration: 5\nafter: 09-nowhere\n---\nText.\n",
    )
    .unwrap();
    let report = check_json(&root);
    let found = codes(&report);
    let file = |f: &str| format!("curricula/onboarding/overlays/{f}");
    for expected in [
        ("overlay-target".to_string(), file("sea/01-basics/02-safety-walk.md"), 1),
        ("overlay-operation".to_string(), file("sea/01-basics/02-safety-walk.md"), 5),
        ("locked-section".to_string(), file("sea/01-basics/02-safety-walk.md"), 9),
        ("unknown-region".to_string(), file("apac/01-basics/01-welcome.md"), 1),
        ("overlay-target".to_string(), file("sea/01-basics/05-orphan.md"), 2),
        ("overlay-after".to_string(), file("sea/01-basics/06-misplaced.md"), 4),
    ] {
        assert!(found.contains(&expected), "missing {expected:?} in {found:?}");
    }
    let helps: Vec<&str> =
        report["diagnostics"].as_array().unwrap().iter().filter_map(|d| d["help"].as_str()).collect();
    assert!(helps.iter().any(|h| h.starts_with("did you mean `route`?")), "{helps:?}");
    assert!(
        report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["message"].as_str().unwrap().contains("without its dot: write `.replace`"))
    );
}

fn git(root: &Path, args: &[&str]) {
    let ok = std::process::Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
        .args(args)
        .output()
        .unwrap()
        .status
        .success();
    assert!(ok, "git {args:?}");
}

#[test]
fn pin_round_trip_pin_change_the_core_see_it_stale_with_a_diff_pin_again() {
    let (_tmp, root) = fixture("regions");
    git(&root, &["init", "-q"]);
    git(&root, &["add", "-A"]);
    git(&root, &["commit", "-qm", "start"]);
    let overlay = root.join("curricula/onboarding/overlays/sea/01-basics/02-safety-walk.md");
    let before = read(&overlay);
    glocal().arg("pin").arg("--root").arg(&root).args(["--region", "sea"]).assert().success();
    let pinned = read(&overlay);
    assert!(pinned.starts_with("---\nbased_on:\n  route: \""), "{pinned}");
    assert!(pinned.ends_with(&before), "the body is kept byte for byte");
    let unpinned =
        |r: &serde_json::Value| codes(r).iter().filter(|c| c.0 == "overlay-unpinned" && c.1.contains("/sea/")).count();
    assert_eq!(unpinned(&check_json(&root)), 0);
    git(&root, &["commit", "-qam", "pinned"]);

    let core = root.join("curricula/onboarding/01-basics/02-safety-walk.md");
    std::fs::write(&core, read(&core).replace("end at the canteen", "end at the new canteen")).unwrap();
    let report = check_json(&root);
    let stale: Vec<&serde_json::Value> =
        report["diagnostics"].as_array().unwrap().iter().filter(|d| d["code"] == "overlay-stale").collect();
    assert_eq!(stale.len(), 1, "{report}");
    let help = stale[0]["help"].as_str().unwrap();
    assert!(help.contains("-Start at the gate, end at the canteen."), "{help}");
    assert!(help.contains("+Start at the gate, end at the new canteen."), "{help}");
    assert_eq!(stale[0]["severity"], "warning");
    let message = stale[0]["message"].as_str().unwrap();
    assert!(message.contains("“Route” (`route`)"), "named by its title: {message}");

    let status = glocal().args(["status", "--format", "json", "--root"]).arg(&root).output().unwrap();
    let status: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    let sea = status["regions"].as_array().unwrap().iter().find(|r| r["region"] == "sea").unwrap();
    assert_eq!(sea["stale"][0]["section"], "route");

    glocal().arg("pin").arg("--root").arg(&root).assert().success();
    let report = check_json(&root);
    assert!(!codes(&report).iter().any(|c| c.0 == "overlay-stale"), "{report}");
}

#[test]
fn diff_prints_each_change_against_the_core() {
    let (_tmp, root) = fixture("regions");
    let out = glocal().arg("diff").arg("--root").arg(&root).args(["--region", "sea"]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("# onboarding for sea: 41.5% adapted (budget 60%)"), "{text}");
    assert!(
        text.contains("### replace `tour` (line 4)\n- :::: activity {#tour minutes=15 title=\"Walk the floor\"}"),
        "{text}"
    );
    assert!(text.contains("+ Singapore's Workplace Safety and Health Act applies on every shift."));
    assert!(text.contains("## + lesson 01-basics/04-heat-stress after 02-safety-walk"));
    assert!(text.contains("## core content chosen for sea (`only` blocks and activity variants)\n  curricula/onboarding/01-basics/02-safety-walk.md:"), "{text}");
}

#[test]
fn an_unknown_region_for_diff_is_a_usage_error() {
    let (tmp, root) = fixture("regions");
    let out = build(&root, &tmp.path().join("site"), &["--region", "seaa"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean `sea`?"));
}

#[test]
fn nothing_may_load_from_another_host_or_run_a_script_link_even_from_a_partner() {
    let (_tmp, root) = fixture("regions");
    let overlay = root.join("curricula/onboarding/overlays/sea/01-basics/02-safety-walk.md");
    std::fs::write(&overlay, "## Monsoon season {#monsoon after=route}\n\nSee <img src=\"https://tracker.example/p.gif\"> and [this](javascript:alert(2)).\n").unwrap();
    let report = check_json(&root);
    let found = codes(&report);
    let file = "curricula/onboarding/overlays/sea/01-basics/02-safety-walk.md".to_string();
    assert!(found.contains(&("remote-content".to_string(), file.clone(), 3)), "{found:?}");
    assert!(found.contains(&("broken-link".to_string(), file, 3)), "{found:?}");
}

#[test]
fn a_misspelt_region_or_profile_key_in_a_condition_is_an_error_with_the_closest_name() {
    let (_tmp, root) = fixture("regions");
    let lesson = root.join("curricula/onboarding/01-basics/02-safety-walk.md");
    let text = read(&lesson).replace("::: only {region=sea}", "::: only {region=saa}\nx\n:::\n\n::: only {regoin=sea}");
    std::fs::write(&lesson, text).unwrap();
    let welcome = root.join("curricula/onboarding/01-basics/01-welcome.md");
    std::fs::write(
        &welcome,
        read(&welcome).replace("::: variant {activity_style=debate}", "::: variant {activity_styel=debate}"),
    )
    .unwrap();
    let report = check_json(&root);
    let helps: Vec<(String, String)> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "unknown-region" || d["code"] == "unknown-condition")
        .map(|d| (d["code"].as_str().unwrap().to_string(), d["help"].as_str().unwrap_or("").to_string()))
        .collect();
    assert!(helps.contains(&("unknown-region".into(), "did you mean `sea`?".into())), "{helps:?}");
    assert!(helps.contains(&("unknown-condition".into(), "did you mean `region`?".into())), "{helps:?}");
    assert!(helps.contains(&("unknown-condition".into(), "did you mean `activity_style`?".into())), "{helps:?}");
}

#[test]
fn a_profile_value_no_region_has_warns_with_the_closest_value() {
    let (_tmp, root) = fixture("regions");
    let welcome = root.join("curricula/onboarding/01-basics/01-welcome.md");
    let text = read(&welcome);
    assert!(text.contains("::: variant {activity_style=debate}"));
    std::fs::write(&welcome, text.replace("::: variant {activity_style=debate}", "::: variant {activity_style=debat}"))
        .unwrap();
    let out = glocal().args(["check", "--format", "json", "--root"]).arg(&root).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "a warning, not an error");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let found: Vec<&serde_json::Value> =
        report["diagnostics"].as_array().unwrap().iter().filter(|d| d["code"] == "unmatched-condition").collect();
    assert_eq!(found.len(), 1, "{report}");
    assert_eq!(found[0]["help"], "did you mean `debate`?");
}

#[test]
fn an_only_block_for_a_profile_value_no_region_has_warns_but_an_unused_variant_style_does_not() {
    let (_tmp, root) = fixture("regions");
    let walk = root.join("curricula/onboarding/01-basics/02-safety-walk.md");
    std::fs::write(&walk, format!("{}\n::: only {{activity_style=lecture}}\nNobody sees this.\n:::\n", read(&walk)))
        .unwrap();
    let welcome = root.join("curricula/onboarding/01-basics/01-welcome.md");
    let text = read(&welcome).replace("::: variant {activity_style=debate}", "::: variant {activity_style=lecture}");
    std::fs::write(&welcome, text).unwrap();
    let found: Vec<serde_json::Value> = check_json(&root)["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "unmatched-condition")
        .cloned()
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0]["file"].as_str().unwrap().ends_with("02-safety-walk.md"));
}

#[test]
fn errors_about_a_regional_course_or_lesson_point_at_the_line_that_names_the_wrong_id() {
    let (_tmp, root) = fixture("regions");
    let course = root.join("curricula/onboarding/overlays/sea/course.yaml");
    std::fs::write(&course, format!("{}exclude: [01-basics/09-nope]\n", read(&course))).unwrap();
    let heat = root.join("curricula/onboarding/overlays/sea/01-basics/04-heat-stress.md");
    let text = read(&heat);
    let after_line = text.lines().position(|l| l.starts_with("after:")).expect("the regional lesson has after:") + 1;
    let text =
        text.lines().map(|l| if l.starts_with("after:") { "after: 02-safety-wlak" } else { l }).collect::<Vec<_>>();
    std::fs::write(&heat, text.join("\n") + "\n").unwrap();
    let report = check_json(&root);
    let at = |code: &str, file: &str| -> (u64, u64) {
        let d = report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["code"] == code && d["file"].as_str().unwrap().ends_with(file));
        let d = d.unwrap_or_else(|| panic!("no {code} in {file}: {report}"));
        (d["line"].as_u64().unwrap(), d["column"].as_u64().unwrap())
    };
    let course_lines = read(&course).lines().count() as u64;
    assert_eq!(at("overlay-target", "sea/course.yaml"), (course_lines, 11));
    assert_eq!(at("overlay-after", "04-heat-stress.md"), (after_line as u64, 1));
}

#[test]
fn the_adaptation_page_writes_numbers_and_kpi_names_in_the_pages_language() {
    // The example course: its German KPI names and a region that changes KPI targets.
    let tmp = tempfile::tempdir().unwrap();
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    common::copy_dir(&repo.join("curricula"), &tmp.path().join("curricula"));
    std::fs::copy(repo.join("glocal.yaml"), tmp.path().join("glocal.yaml")).unwrap();
    let out = tmp.path().join("site");
    let run = common::build(tmp.path(), &out, &["--region", "emea", "--locale", "de", "--no-kits", "--no-lms"]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let page = read(&out.join("first-line-leadership/emea/de/adaptation/index.html"));
    let german = read(&tmp.path().join("curricula/first-line-leadership/course.de.yaml"));
    let kpi = german
        .lines()
        .find_map(|l| l.trim().strip_prefix("text: Kommissioniergenauigkeit"))
        .expect("a German KPI name");
    assert!(page.contains(&format!("Kommissioniergenauigkeit{kpi}")), "the KPI named as the German course names it");
    assert!(page.contains("<del>99,2</del> 99,4 %"), "decimal comma: {page}");
    let words = page.split("<dd>").nth(1).unwrap().split('<').next().unwrap();
    assert!(words.contains('.') && !words.contains(','), "thousands grouped the German way: {words}");
}
