//! `results-templates/` in each kit: the CSV files the kit's own target reads back
//! (SPEC 9), with exactly its columns: the region's reaction question ids, the ids of
//! the questions its knowledge check prints, and the KPI ids, so what trainers type
//! comes back to the figures without renaming anything.

use crate::evaluation::Version;
use crate::render::pages::Target;

/// The templates, by file name.
pub fn templates(target: &Target) -> Vec<(String, Vec<u8>)> {
    let v = Version::of(target.course, target.region);
    let row = |cells: Vec<String>| -> Vec<u8> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(&cells).expect("in-memory csv");
        w.into_inner().expect("in-memory csv")
    };
    let mut reaction = vec!["respondent".to_string(), "module".to_string()];
    reaction.extend(v.reaction.iter().cloned());
    reaction.push("comment".into());
    let mut knowledge = vec!["respondent".to_string(), "phase".to_string()];
    knowledge.extend(v.questions.iter().map(|q| q.id.clone()));
    let behaviour = ["respondent", "behaviour", "day", "rating", "observer"].map(String::from).to_vec();
    let kpi = ["kpi", "period", "value"].map(String::from).to_vec();
    vec![
        ("results-templates/reaction.csv".into(), row(reaction)),
        ("results-templates/knowledge.csv".into(), row(knowledge)),
        ("results-templates/behaviour.csv".into(), row(behaviour)),
        ("results-templates/kpi.csv".into(), row(kpi)),
    ]
}
