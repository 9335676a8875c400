//! Evaluation (SPEC 9) as users meet it: every results error at its line and column
//! with the closest id, figures that match a hand computation, no figure from fewer
//! than `min_group` people nor one that subtraction would reveal, comments never in
//! any output, and `report` in its three formats.

mod common;

use common::{fixture, glocal, write};
use serde_json::Value;
use std::path::Path;

/// Each diagnostic's code, file, line, column and hint.
fn codes(root: &Path) -> Vec<(String, String, u64, u64, String)> {
    common::check_json(root)
        .iter()
        .map(|d| {
            let (code, file, line, column) = common::place(d);
            (code, file, line, column, d["help"].as_str().unwrap_or("").to_string())
        })
        .collect()
}

/// A second emea cohort of two respondents, ending in June.
fn small_june_cohort(root: &Path) {
    write(
        root,
        "cohorts/emea/berlin-june.yaml",
        "course: induction\nlocale: en\ndelivery: in-person\nlocation: Room 1\ntrainers:\n  - { id: lena, role: lead }\nsessions:\n  - { date: 2027-06-01 }\n  - { date: 2027-06-02 }\n",
    );
    write(root, "results/berlin-june/reaction.csv", "respondent,module,relevance\nj1,01-arrive,2\nj2,01-arrive,3\n");
}

fn report(root: &Path, args: &[&str]) -> Value {
    let out = glocal().args(["report", "--format", "json", "--root"]).arg(root).args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn every_results_error_is_reported_at_its_line_and_column_with_the_closest_id() {
    let (_tmp, root) = fixture("deliveries");
    write(&root, "results/berlin-sprng/reaction.csv", "respondent,module,relevance\nr1,01-arrive,4\n");
    write(
        &root,
        "results/berlin-spring/reaction.csv",
        "respondent,module,relevence,trainer\n\
         r1,01-arive,4,4\n\
         r2,01-arrive,4,6\n\
         anna@example.com,01-arrive,4,4\n\
         Anna Schmidt,01-arrive,4,4\n\
         r2,01-arrive,3,3\n\
         r3,01-arrive,4,4,4\n",
    );
    write(
        &root,
        "results/berlin-spring/knowledge.csv",
        "respondent,phase,q-exit,q-lift-limt\nr1,pre,d,a\nr1,mid,b,a\n",
    );
    write(
        &root,
        "results/berlin-spring/behaviour.csv",
        "respondent,behaviour,day,rating,observer\nr1,lifts-safly,30,4,buddy\nr1,lifts-safely,45,4,buddy\nr1,lifts-safely,60,0,buddy\n",
    );
    write(
        &root,
        "results/kpi/induction/emea.csv",
        "kpi,period,value\nincident,2027-Q1,8\nincidents,Q3-2027,5\nincidents,2027-Q2,many\n",
    );
    write(&root, "results/kpi/induction/emae.csv", "kpi,period,value\n");
    let found = codes(&root);
    let got: Vec<(&str, &str, u64, u64)> =
        found.iter().map(|(c, f, l, k, _)| (c.as_str(), f.as_str(), *l, *k)).collect();
    assert_eq!(
        got,
        [
            ("unknown-behaviour", "results/berlin-spring/behaviour.csv", 2, 4),
            ("day", "results/berlin-spring/behaviour.csv", 3, 17),
            ("score", "results/berlin-spring/behaviour.csv", 4, 20),
            ("unknown-question", "results/berlin-spring/knowledge.csv", 1, 25),
            ("answer-letter", "results/berlin-spring/knowledge.csv", 2, 8),
            ("phase", "results/berlin-spring/knowledge.csv", 3, 4),
            ("unknown-question", "results/berlin-spring/reaction.csv", 1, 19),
            ("unknown-module", "results/berlin-spring/reaction.csv", 2, 4),
            ("score", "results/berlin-spring/reaction.csv", 3, 16),
            ("respondent", "results/berlin-spring/reaction.csv", 4, 1),
            ("respondent", "results/berlin-spring/reaction.csv", 5, 1),
            ("duplicate-row", "results/berlin-spring/reaction.csv", 6, 1),
            ("csv", "results/berlin-spring/reaction.csv", 7, 1),
            ("unknown-cohort", "results/berlin-sprng/reaction.csv", 1, 1),
            ("unknown-region", "results/kpi/induction/emae.csv", 1, 1),
            ("unknown-kpi", "results/kpi/induction/emea.csv", 2, 1),
            ("period", "results/kpi/induction/emea.csv", 3, 11),
            ("kpi-value", "results/kpi/induction/emea.csv", 4, 19),
        ],
        "{found:#?}"
    );
    let help = |code: &str| found.iter().find(|d| d.0 == code).unwrap().4.clone();
    assert_eq!(help("unknown-cohort"), "did you mean `berlin-spring`?");
    assert_eq!(help("unknown-module"), "did you mean `01-arrive`?");
    assert_eq!(help("unknown-behaviour"), "did you mean `lifts-safely`?");
    assert_eq!(help("unknown-kpi"), "did you mean `incidents`?");
    assert_eq!(help("unknown-region"), "did you mean `emea`?");
    assert!(help("answer-letter").contains("a to c"), "q-exit has three options");
    let reaction_question = found.iter().find(|d| d.0 == "unknown-question" && d.1.ends_with("reaction.csv")).unwrap();
    assert_eq!(reaction_question.4, "did you mean `relevance`?");
}

#[test]
fn one_regions_figures_match_a_hand_computation() {
    let (_tmp, root) = fixture("deliveries");
    // Alone, emea needs nothing withheld to protect sea's two respondents.
    std::fs::remove_dir_all(root.join("results/hcm-may")).unwrap();
    let r = report(&root, &["--region", "emea"]);
    assert_eq!(r["min_group"], 3);
    let region = &r["courses"][0]["regions"][0];
    let f = &region["figures"];
    // Reaction: 23 scores summing to 79 from 3 people; module 01 46/12, module 02 33/11.
    assert_eq!(f["reaction"]["value"], 3.43);
    assert_eq!(f["modules"][0]["module"], "01-arrive");
    assert_eq!(f["modules"][0]["mean"]["value"], 3.83);
    assert_eq!(f["modules"][0]["flagged"], false);
    assert_eq!(f["modules"][1]["mean"]["value"], 3.0);
    assert_eq!(f["modules"][1]["flagged"], true, "3.0 is below flag_below 3.5");
    let q = |m: usize, i: usize| f["modules"][m]["questions"][i].clone();
    assert_eq!(q(0, 0), serde_json::json!(["relevance", { "value": 4.0, "n": 3, "suppressed": false }]));
    assert_eq!(q(0, 1)[1]["value"], 3.33);
    assert_eq!(q(0, 2)[1]["value"], 4.33);
    assert_eq!(q(0, 3)[1]["value"], 3.67);
    assert_eq!(q(1, 3), serde_json::json!(["recommend", { "value": null, "n": 2, "suppressed": true }]), "two answers");
    // Knowledge: pre scores 0, 1, 0; post 1, 1, 0 (letters in any case, several as a;c).
    assert_eq!(f["pre"]["value"], 0.333);
    assert_eq!(f["post"]["value"], 0.667);
    assert_eq!(f["gain"]["value"], 0.333);
    assert_eq!(f["questions"][0]["question"], "q-exit");
    assert_eq!(f["questions"][0]["right"]["value"], 0.667);
    assert_eq!(f["questions"][0]["most_chosen_wrong"], serde_json::json!(["a", 0.333]));
    assert_eq!(f["questions"][1]["most_chosen_wrong"], serde_json::json!(["b", 0.333]));
    // Behaviour: day 30 ratings 4, 3, 5, 2 from three people; day 90 from two.
    assert_eq!(
        f["behaviour_days"][0],
        serde_json::json!({ "day": 30, "share": { "value": 0.5, "n": 3, "suppressed": false } })
    );
    assert_eq!(f["behaviour_days"][2]["share"], serde_json::json!({ "value": null, "n": 2, "suppressed": true }));
    assert_eq!(f["behaviours"][0]["behaviour"], "lifts-safely");
    assert_eq!(f["behaviours"][1]["days"][0]["share"]["suppressed"], true, "one rating");
    assert_eq!(
        f["behaviours"][0]["days"][0]["share"],
        serde_json::json!({ "value": null, "n": 3, "suppressed": true }),
        "2 of 3 beside the day's 2 of 4 would give the one rating away"
    );
    let cohort = &region["cohorts"][0];
    assert_eq!((cohort["respondents"].clone(), cohort["response_rate"].clone()), (3.into(), 0.25.into()));
    let kpi = &region["kpis"][0];
    assert_eq!(
        kpi["periods"],
        serde_json::json!([
            { "period": "2027-Q1", "value": 8.0, "progress": 0.0 },
            { "period": "2027-Q2", "value": 6.0, "progress": 0.5 }
        ])
    );
}

#[test]
fn a_region_whose_figure_would_reveal_a_withheld_one_is_withheld_too() {
    let (_tmp, root) = fixture("deliveries");
    let r = report(&root, &[]);
    let course = &r["courses"][0];
    let (emea, sea) = (&course["regions"][0], &course["regions"][1]);
    assert_eq!(sea["figures"]["reaction"], serde_json::json!({ "value": null, "n": 2, "suppressed": true }));
    // The course's mean (115 / 31) beside emea's would give sea's away.
    assert_eq!(course["overall"]["reaction"]["value"], 3.71);
    assert_eq!(emea["figures"]["reaction"], serde_json::json!({ "value": null, "n": 3, "suppressed": true }));
    assert_eq!(emea["figures"]["modules"][0]["mean"]["value"], Value::Null, "module 01 too");
    assert_eq!(emea["cohorts"][0]["reaction"]["value"], Value::Null, "the one cohort's row is the region's total");
    let narrowed = report(&root, &["--region", "emea"]);
    assert_eq!(
        narrowed["courses"][0]["regions"][0]["figures"]["reaction"]["value"],
        Value::Null,
        "asking for one region shows no more than the whole course does"
    );
    assert_eq!(
        emea["figures"]["modules"][1]["mean"]["value"],
        Value::Null,
        "module means and their answer counts add up to the withheld region mean"
    );
    assert_eq!(emea["figures"]["modules"][1]["flagged"], false, "no flag beside a withheld figure");
}

#[test]
fn a_cohort_whose_row_would_reveal_a_small_cohort_beside_the_region_total_is_withheld() {
    let (_tmp, root) = fixture("deliveries");
    std::fs::remove_dir_all(root.join("results/hcm-may")).unwrap();
    small_june_cohort(&root);
    let r = report(&root, &["--region", "emea"]);
    let region = &r["courses"][0]["regions"][0];
    let rows: Vec<(String, Value)> = region["cohorts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["cohort"].as_str().unwrap().to_string(), c["reaction"]["value"].clone()))
        .collect();
    assert_eq!(rows, [("berlin-spring".to_string(), Value::Null), ("berlin-june".to_string(), Value::Null)]);
    // (79 + 5) / (23 + 2)
    assert_eq!(region["figures"]["reaction"]["value"], 3.36);
}

#[test]
fn a_quarter_selects_cohorts_by_their_last_session_and_kpis_by_period() {
    let (_tmp, root) = fixture("deliveries");
    let r = report(&root, &["--quarter", "2027-Q2"]);
    let regions: Vec<&str> =
        r["courses"][0]["regions"].as_array().unwrap().iter().map(|x| x["region"].as_str().unwrap()).collect();
    assert_eq!(regions, ["emea", "sea"]);
    assert_eq!(r["courses"][0]["regions"][0]["cohorts"], serde_json::json!([]), "berlin-spring ended in Q1");
    assert_eq!(r["courses"][0]["regions"][0]["kpis"][0]["periods"][0]["period"], "2027-Q2");
    assert_eq!(r["courses"][0]["regions"][1]["cohorts"][0]["cohort"], "hcm-may");
    glocal().args(["report", "--quarter", "2027-5", "--root"]).arg(&root).assert().code(2);
}

#[test]
fn comments_are_never_in_any_output() {
    let (tmp, root) = fixture("deliveries");
    let (site, kits) = (tmp.path().join("site"), tmp.path().join("kits"));
    let built = common::build(&root, &site, &["--kits-out", kits.to_str().unwrap()]);
    assert!(built.status.success(), "{}", String::from_utf8_lossy(&built.stderr));
    let mut outputs: Vec<Vec<u8>> = common::snapshot(&site).into_iter().map(|(_, b)| b).collect();
    for (_, zip) in common::snapshot(&kits).into_iter().filter(|(p, _)| p.ends_with(".zip")) {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
        for i in 0..archive.len() {
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut archive.by_index(i).unwrap(), &mut bytes).unwrap();
            outputs.push(bytes);
        }
    }
    for format in ["text", "json", "csv"] {
        outputs.push(glocal().args(["report", "--format", format, "--root"]).arg(&root).output().unwrap().stdout);
    }
    outputs.push(
        glocal()
            .args(["status", "--format", "json", "--today", "2027-01-01", "--root"])
            .arg(&root)
            .output()
            .unwrap()
            .stdout,
    );
    for bytes in &outputs {
        assert!(!String::from_utf8_lossy(bytes).contains("Great tour"), "a comment was published");
    }
}

#[test]
fn status_sends_authors_to_the_module_the_results_flag() {
    let (_tmp, root) = fixture("deliveries");
    // Without sea's two respondents, nothing in emea needs withholding to protect them.
    std::fs::remove_dir_all(root.join("results/hcm-may")).unwrap();
    let out = glocal().args(["status", "--today", "2027-01-01", "--root"]).arg(&root).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("flagged by results\n  induction emea\n    module 02-work: reaction 3.00, below 3.5\n"),
        "{text}"
    );
}

#[test]
fn report_json_snapshot() {
    let (_tmp, root) = fixture("deliveries");
    insta::assert_snapshot!("report", serde_json::to_string_pretty(&report(&root, &[])).unwrap());
}

#[test]
fn the_kit_carries_templates_with_its_own_targets_columns() {
    let (tmp, root) = fixture("deliveries");
    let (site, kits) = (tmp.path().join("site"), tmp.path().join("kits"));
    assert!(common::build(&root, &site, &["--kits-out", kits.to_str().unwrap()]).status.success());
    let zip = std::fs::read(kits.join("induction-emea-de.zip")).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
    let mut read = |name: &str| {
        let mut text = String::new();
        std::io::Read::read_to_string(
            &mut archive.by_name(&format!("induction-emea-de/results-templates/{name}")).unwrap(),
            &mut text,
        )
        .unwrap();
        text
    };
    assert_eq!(read("reaction.csv"), "respondent,module,relevance,confidence,trainer,recommend,comment\n");
    assert_eq!(read("knowledge.csv"), "respondent,phase,q-exit,q-lift-limit\n");
    assert_eq!(read("behaviour.csv"), "respondent,behaviour,day,rating,observer\n");
    assert_eq!(read("kpi.csv"), "kpi,period,value\n");
    assert!(read("index.html").contains("results/kpi/induction/emea.csv"), "the guide names where the KPI file goes");
}

#[test]
fn impact_pages_show_charts_beside_tables_for_staff_only() {
    let (tmp, root) = fixture("deliveries");
    let site = tmp.path().join("site");
    assert!(common::build(&root, &site, &["--no-kits"]).status.success());
    let read = |p: &str| std::fs::read_to_string(site.join(p)).unwrap_or_else(|_| panic!("{p} was written"));
    let target = read("induction/emea/de/impact/index.html");
    assert!(target.contains("<meta name=\"robots\" content=\"noindex\">"));
    assert!(target.contains("<svg class=\"chart\" role=\"img\" aria-labelledby=\"impact-l1-title impact-l1-desc\""));
    assert!(target.contains("href=\"../01-arrive/01-welcome/index.html\""), "a question links its lesson");
    assert!(target.contains("33,3"), "German decimals: {target}");
    let across = read("induction/impact/index.html");
    assert!(across.contains("href=\"../emea/en/impact/index.html\""));
    assert!(
        across.contains("href=\"../reviews/2027-Q1/index.html\"")
            && across.contains("href=\"../reviews/2027-Q2/index.html\"")
    );
    let review = read("induction/reviews/2027-Q1/index.html");
    assert!(review.contains("data-print"), "a review prints");
    assert!(review.contains("withheld"), "berlin-spring's figures beside sea's withheld ones");
    let status = read("status/index.html");
    assert!(status.contains("href=\"../induction/impact/index.html\""));
    let sitemap = read("sitemap.xml");
    assert!(!sitemap.contains("impact/") && !sitemap.contains("reviews/"));
    for p in common::walk(&site) {
        let rel = p.strip_prefix(&site).unwrap().to_string_lossy().replace('\\', "/");
        let staff = rel.starts_with("status/")
            || rel.contains("impact/")
            || rel.contains("reviews/")
            || rel.contains("/adaptation/");
        if !staff && rel.ends_with(".html") {
            let text = std::fs::read_to_string(&p).unwrap();
            assert!(!text.contains("impact/index.html") && !text.contains("reviews/"), "{rel} links a staff page");
        }
    }
}

#[test]
fn impact_page_main_snapshot() {
    let (tmp, root) = fixture("deliveries");
    let site = tmp.path().join("site");
    assert!(common::build(&root, &site, &["--no-kits"]).status.success());
    let html = std::fs::read_to_string(site.join("induction/emea/en/impact/index.html")).unwrap();
    let main = &html[html.find("<main").unwrap()..html.find("</main>").unwrap() + "</main>".len()];
    insta::assert_snapshot!("impact_main", main);
}

#[test]
fn a_quarter_cannot_be_subtracted_from_the_whole() {
    let (_tmp, root) = fixture("deliveries");
    std::fs::remove_dir_all(root.join("results/hcm-may")).unwrap();
    small_june_cohort(&root);
    let whole = report(&root, &[]);
    assert_eq!(whole["courses"][0]["regions"][0]["figures"]["reaction"]["n"], 5);
    assert_eq!(whole["courses"][0]["regions"][0]["figures"]["reaction"]["value"], 3.36);
    // Q2 (two people) is withheld; Q1 beside the whole would give it back.
    let q1 = report(&root, &["--quarter", "2027-Q1"]);
    assert_eq!(q1["courses"][0]["regions"][0]["figures"]["reaction"]["value"], Value::Null);
    assert_eq!(q1["courses"][0]["regions"][0]["cohorts"][0]["reaction"]["value"], Value::Null);
}

#[test]
fn an_empty_row_counts_nobody_and_a_repeated_column_is_an_error() {
    let (_tmp, root) = fixture("deliveries");
    std::fs::remove_dir_all(root.join("results/hcm-may")).unwrap();
    let path = root.join("results/berlin-spring/reaction.csv");
    let text = std::fs::read_to_string(&path).unwrap() + "r4,01-arrive,,,,,\nr5,01-arrive,,,,,\n";
    std::fs::write(&path, text).unwrap();
    let r = report(&root, &["--region", "emea"]);
    assert_eq!(r["courses"][0]["regions"][0]["figures"]["modules"][0]["mean"]["n"], 3, "two empty rows pad nothing");
    write(&root, "results/berlin-spring/knowledge.csv", "respondent,phase,q-exit,q-exit\nr1,pre,a,a\n");
    write(&root, "results/berlin-spring/behaviour.csv", "respondent,behaviour,day,rating,obsever\n");
    write(&root, "results/kpi/induction/emea.csv", "kpi,period,value\nincidents,2027-Q3,\n");
    let found = codes(&root);
    let got: Vec<(&str, &str, u64, u64)> =
        found.iter().map(|(c, f, l, k, _)| (c.as_str(), f.as_str(), *l, *k)).collect();
    assert_eq!(
        got,
        [
            ("csv-column", "results/berlin-spring/behaviour.csv", 1, 33),
            ("csv-column", "results/berlin-spring/knowledge.csv", 1, 25),
        ],
        "an empty KPI value is a figure not collected yet: {found:#?}"
    );
    assert_eq!(found[0].4, "did you mean `observer`?");
}

#[test]
fn an_empty_results_file_and_a_missing_column_are_errors_at_the_file() {
    let (_tmp, root) = fixture("deliveries");
    write(&root, "results/berlin-spring/reaction.csv", "");
    write(&root, "results/berlin-spring/behaviour.csv", "respondent,behaviour,rating\n");
    let found = codes(&root);
    let got: Vec<(&str, &str, u64)> = found.iter().map(|(c, f, l, _, _)| (c.as_str(), f.as_str(), *l)).collect();
    assert_eq!(
        got,
        [
            ("csv-column", "results/berlin-spring/behaviour.csv", 1),
            ("csv-header", "results/berlin-spring/reaction.csv", 1)
        ],
        "{found:#?}"
    );
}
