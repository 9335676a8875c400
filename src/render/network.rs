//! The staff page of deliveries, `status/deliveries/`: every cohort by region with its
//! dates, lead and co-trainers, and every trainer of the network with their
//! certifications (from and through which date), the cohorts they lead and their
//! languages. Like every staff page it is reached from the status page and not indexed.

use super::portal::{locale_name, workspace_page};
use super::theme::Theme;
use crate::delivery::{Cohort, Role};
use crate::diagnostics::Diagnostic;
use crate::l10n::dates;
use crate::output::OutputFile;
use crate::workspace::Workspace;
use serde_json::{Value, json};

pub const PATH: &str = "status/deliveries/";

pub fn render(ws: &Workspace, theme: &Theme) -> Result<OutputFile, Diagnostic> {
    let lang = ws.config.source_locale.clone();
    let chain = ws.chain(&lang);
    let regions: Vec<Value> = ws
        .regions
        .iter()
        .filter_map(|r| {
            let cohorts: Vec<Value> =
                ws.deliveries.cohorts.iter().filter(|c| c.region == r.id).map(|c| cohort(ws, c, &lang)).collect();
            let name = super::region_name(&ws.catalog, &chain, r);
            (!cohorts.is_empty()).then(|| json!({ "id": r.id, "name": name, "cohorts": cohorts }))
        })
        .collect();
    let trainers: Vec<Value> = ws.deliveries.trainers.iter().map(|t| trainer(ws, t, &lang)).collect();
    let title = ws.catalog.format(&chain, "status-deliveries", None).unwrap_or_default();
    let mut c = workspace_page(ws, PATH, &title);
    c.insert("regions", &regions);
    c.insert("trainers", &trainers);
    c.insert("noindex", &true);
    Ok(OutputFile::new(format!("{PATH}index.html"), theme.render("deliveries.html", &c)?))
}

fn course_title(ws: &Workspace, id: &str) -> String {
    ws.courses.iter().find(|c| c.id == id).map_or_else(|| id.to_string(), |c| c.meta.title.clone())
}

fn names(ws: &Workspace, c: &Cohort, role: Role) -> Vec<String> {
    c.trainers
        .iter()
        .filter(|(_, r)| *r == role)
        .map(|(id, _)| ws.deliveries.trainer(id).map_or_else(|| id.clone(), |t| t.name.clone()))
        .collect()
}

fn cohort(ws: &Workspace, c: &Cohort, lang: &str) -> Value {
    let delivery = ws.catalog.format(&ws.chain(lang), &format!("delivery-{}", c.delivery.id()), None);
    json!({
        "id": c.id,
        "title": c.title.clone().unwrap_or_else(|| c.id.clone()),
        "course": course_title(ws, &c.course),
        "locale": c.locale,
        "locale_name": locale_name(ws, &c.locale),
        "delivery": delivery.unwrap_or_else(|| c.delivery.id().to_string()),
        "timezone": c.timezone,
        "dates": c.sessions.iter().map(|s| json!({ "iso": s.date.to_string(), "text": dates::medium(lang, s.date) })).collect::<Vec<_>>(),
        "leads": names(ws, c, Role::Lead),
        "co_trainers": names(ws, c, Role::CoTrainer),
        "participants": c.participants,
        "certified_lead": crate::delivery::findings::has_certified_lead(&ws.deliveries, c),
        "url": format!("../../{}/{}/{}/cohorts/{}/index.html", c.course, c.region, c.locale, c.id),
    })
}

fn trainer(ws: &Workspace, t: &crate::delivery::Trainer, lang: &str) -> Value {
    let chain = ws.chain(lang);
    let certifications: Vec<Value> = t
        .certifications
        .iter()
        .map(|c| {
            json!({
                "course": course_title(ws, &c.course),
                "from": dates::medium(lang, c.date),
                "from_iso": c.date.to_string(),
                "until": dates::medium(lang, c.until),
                "until_iso": c.until.to_string(),
            })
        })
        .collect();
    let leads: Vec<Value> = ws
        .deliveries
        .cohorts
        .iter()
        .filter(|c| c.trainers.iter().any(|(id, r)| id == &t.id && *r == Role::Lead))
        .map(|c| json!({ "title": c.title.clone().unwrap_or_else(|| c.id.clone()), "url": format!("../../{}/{}/{}/cohorts/{}/index.html", c.course, c.region, c.locale, c.id) }))
        .collect();
    let regions: Vec<String> = t
        .regions
        .iter()
        .map(|id| ws.region(id).map_or_else(|| id.clone(), |r| super::region_name(&ws.catalog, &chain, r)))
        .collect();
    json!({
        "id": t.id,
        "name": t.name,
        "regions": regions,
        "languages": t.languages.iter().map(|l| json!({ "id": l, "name": locale_name(ws, l) })).collect::<Vec<_>>(),
        "certifications": certifications,
        "leads": leads,
    })
}
