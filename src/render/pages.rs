//! The pages of one build target (course, region, locale): course home, lessons,
//! agenda, print, downloads, plus its search index and the assets its lessons use.

use super::cache::BodyCache;
use super::markdown::{BodyContext, Placement, Rendered, View, on_one_page};
use super::theme::Theme;
use crate::agenda::{self, Agenda};
use crate::diagnostics::{Diagnostic, Location};
use crate::output::OutputFile;
use crate::output::search;
use crate::source::model::{Course, Lesson, Module};
use crate::workspace::{Region, Workspace, locale};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeSet;
use std::sync::Arc;
use tera::Context;

/// What a build target is: one course, for one region, in one language.
pub struct Target<'w> {
    /// The course as the region delivers it.
    pub course: &'w Course,
    /// The core course, for the adaptation review.
    pub core: &'w Course,
    pub adaptation: &'w crate::overlay::Adaptation,
    pub region: &'w Region,
    pub locale: String,
    pub chain: Vec<String>,
}

impl Target<'_> {
    /// The target's folder in the site, with a trailing slash.
    pub fn dir(&self) -> String {
        format!("{}/{}/{}/", self.course.id, self.region.id, self.locale)
    }
}

#[derive(Serialize)]
struct NavLesson {
    id: String,
    title: String,
    /// ` lang dir` when the title fell back to another language.
    title_attrs: String,
    url: String,
    minutes: u32,
}

#[derive(Serialize)]
struct NavModule {
    id: String,
    title: String,
    title_attrs: String,
    summary: String,
    summary_attrs: String,
    url: String,
    minutes: u32,
    lessons: Vec<NavLesson>,
}

/// Everything a target's pages share.
pub struct TargetPages<'a> {
    ws: &'a Workspace,
    theme: &'a Theme,
    target: &'a Target<'a>,
    agenda: Agenda,
    /// What every page of the target shows, converted for the templates once: tera
    /// values share their contents, so each page's context costs a pointer copy.
    shared: Vec<(&'static str, tera::Value)>,
    cache: &'a BodyCache,
    switchboard: &'a super::switch::Switchboard,
    evaluation: Option<&'a crate::evaluation::figures::Report>,
}

/// The rendered target: files, its kit, and what went wrong.
pub struct RenderedTarget {
    pub files: Vec<OutputFile>,
    /// The kit zip, by path relative to the kits folder.
    pub kit: Option<OutputFile>,
    /// The LMS packages (one per format), by path relative to the LMS folder.
    pub lms: Vec<OutputFile>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Where kits go: nowhere, `kits/` in the site (`kits_public: true`), or a folder of
/// their own beside it (answer keys kept off the public site).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KitMode {
    Off,
    /// As glocal.yaml says: in the site with `kits_public`, else beside it.
    Default,
    Site,
    Elsewhere,
}

impl KitMode {
    /// `Default` made concrete by the workspace's `kits_public`.
    pub fn resolve(self, kits_public: bool) -> KitMode {
        match self {
            KitMode::Default if kits_public => KitMode::Site,
            KitMode::Default => KitMode::Elsewhere,
            other => other,
        }
    }
}

/// What every target of a build shares.
pub struct Build<'a> {
    pub ws: &'a Workspace,
    pub theme: &'a Theme,
    pub cache: &'a BodyCache,
    pub switchboard: &'a super::switch::Switchboard,
    /// The evaluation figures, for the impact pages (none when only lessons are redone).
    pub evaluation: Option<&'a crate::evaluation::figures::Report>,
}

/// Every page of a target and its search index and assets; `coverage` is the share of
/// it translated, shown on its impact page.
pub fn render_target(build: &Build, target: &Target, coverage: f64) -> RenderedTarget {
    let pages = TargetPages::new(build, target);
    let mut out = pages.render();
    if let Some(view) = pages.impact_view(coverage) {
        let mut extra = Context::new();
        extra.insert("impact", &view);
        extra.insert("noindex", &true);
        match pages.page("impact.html", "impact/", Some("impact"), extra) {
            Ok(f) => out.files.push(f),
            Err(d) => out.diagnostics.push(d),
        }
    }
    match pages.page("downloads.html", "downloads/", Some("downloads"), Context::new()) {
        Ok(f) => out.files.push(f),
        Err(d) => out.diagnostics.push(d),
    }
    out
}

/// The assessed knowledge check of a target, for its LMS package only (SPEC 2 and 10):
/// never part of the site. `None` when the course has no assessed question.
pub fn assessment_page(build: &Build, target: &Target, salt: &str) -> Option<Result<OutputFile, Diagnostic>> {
    use crate::source::directives::DirectiveKind;
    let found: Vec<crate::kit::collect::Found> =
        crate::kit::collect::delivered(target.course, target.region, DirectiveKind::Question)
            .into_iter()
            .filter(|f| f.directive.is_assessed())
            .collect();
    if found.is_empty() {
        return None;
    }
    let pages = TargetPages::new(build, target);
    let questions: Vec<serde_json::Value> = found
        .iter()
        .map(|f| {
            let ctx = pages.body_context(f.module, f.lesson, Placement::LessonPage { root: "../".into() }, 0);
            super::assessment::question(&ctx, f.directive, salt)
        })
        .collect();
    let mastery = target.course.meta.mastery_score.unwrap_or(80).min(100);
    let mut extra = Context::new();
    extra.insert(
        "assessment",
        &serde_json::json!({ "questions": questions, "count": questions.len(), "mastery": mastery, "salt": salt }),
    );
    extra.insert("noindex", &true);
    Some(pages.page("assessment.html", "assessment/", Some("assessment-title"), extra))
}

/// Only the pages of some lessons (`module`, `lesson`): what `serve` re-renders when
/// a lesson's text changes and nothing that lists it does.
pub fn render_lessons(build: &Build, target: &Target, wanted: &[(String, String)]) -> RenderedTarget {
    let pages = TargetPages::new(build, target);
    let all = pages.lesson_list();
    let mut out = RenderedTarget { files: Vec::new(), kit: None, lms: Vec::new(), diagnostics: Vec::new() };
    for (m, l, i) in all.iter().filter(|(m, l, _)| wanted.iter().any(|(wm, wl)| *wm == m.id && *wl == l.id)) {
        let (file, body, diags) = pages.lesson_page(m, l, *i, &all);
        out.files.extend(file);
        let dir = target.dir();
        for asset in body.assets.iter() {
            if let Ok(bytes) = std::fs::read(build.ws.root.join(&target.course.dir).join(asset)) {
                out.files.push(OutputFile::new(format!("{dir}{asset}"), bytes));
            }
        }
        out.diagnostics.extend(diags);
    }
    out
}

impl<'a> TargetPages<'a> {
    fn new(build: &Build<'a>, target: &'a Target<'a>) -> TargetPages<'a> {
        let (ws, theme, cache, switchboard) = (build.ws, build.theme, build.cache, build.switchboard);
        let evaluation = build.evaluation;
        let course = target.course;
        let nav: Vec<NavModule> = course
            .modules
            .iter()
            .map(|m| NavModule {
                id: m.id.clone(),
                title: m.meta.title.clone(),
                title_attrs: super::lang_attrs(&m.meta.fallback, "title"),
                summary: m.meta.summary.clone(),
                summary_attrs: super::lang_attrs(&m.meta.fallback, "summary"),
                url: m.lessons.first().map(|l| format!("{}/{}/", m.id, l.id)).unwrap_or_default(),
                minutes: m.lessons.iter().map(|l| l.front.duration).sum(),
                lessons: m
                    .lessons
                    .iter()
                    .map(|l| NavLesson {
                        id: l.id.clone(),
                        title: l.front.title.clone(),
                        title_attrs: super::lang_attrs(&l.front.fallback, "title"),
                        url: format!("{}/{}/", m.id, l.id),
                        minutes: l.front.duration,
                    })
                    .collect(),
            })
            .collect();
        let agenda = agenda::of(course, target.region);
        let course_value = serde_json::json!({
            "id": course.id,
            "title": course.meta.title,
            "title_attrs": super::lang_attrs(&course.meta.fallback, "title"),
            "summary": course.meta.summary,
            "summary_attrs": super::lang_attrs(&course.meta.fallback, "summary"),
            "audience": course.meta.audience,
            "objectives": course.meta.objectives.iter().map(|o| serde_json::json!({
                "id": o.id,
                "text": o.text,
                "attrs": super::lang_attrs(&course.meta.fallback, &format!("objective:{}", o.id)),
            })).collect::<Vec<_>>(),
        });
        let region = target.region;
        let name = super::region_name(ws.catalog_of(&course.id), &target.chain, region);
        let region_value = serde_json::json!({ "id": region.id, "name": name, "timezone": region.timezone });
        // Learner pages carry no adaptation share: that is for staff (SPEC 7).
        let shared = vec![
            ("nav", tera::Value::from_serializable(&nav)),
            ("agenda", tera::Value::from_serializable(&agenda)),
            ("course", tera::Value::from_serializable(&course_value)),
            ("region", tera::Value::from_serializable(&region_value)),
            ("chain", tera::Value::from_serializable(&target.chain)),
        ];
        TargetPages { ws, theme, target, agenda, shared, cache, switchboard, evaluation }
    }
}

impl<'a> TargetPages<'a> {
    /// Every lesson in course order, with its position (for previous and next links).
    fn lesson_list(&self) -> Vec<(&'a Module, &'a Arc<Lesson>, usize)> {
        self.target
            .course
            .modules
            .iter()
            .flat_map(|m| m.lessons.iter().map(move |l| (m, l)))
            .enumerate()
            .map(|(i, (m, l))| (m, l, i))
            .collect()
    }

    fn render(&self) -> RenderedTarget {
        let lessons = self.lesson_list();
        let rendered: Vec<(Option<OutputFile>, Arc<Rendered>, Vec<Diagnostic>)> =
            lessons.par_iter().map(|(m, l, i)| self.lesson_page(m, l, *i, &lessons)).collect();
        let mut files = Vec::new();
        let mut diagnostics = self.agenda_warnings();
        let mut bodies = Vec::new();
        let mut assets = BTreeSet::new();
        for (file, body, diags) in rendered {
            files.extend(file);
            assets.extend(body.assets.iter().cloned());
            bodies.push(body);
            diagnostics.extend(diags);
        }
        let dir = self.target.dir();
        let cohorts = super::cohorts::CohortContext { ws: self.ws, target: self.target, agenda: &self.agenda };
        let mut home = Context::new();
        home.insert("cohorts", &cohorts.summaries());
        for (template, path, title_id, extra) in
            [("course.html", "", None, home), ("agenda.html", "agenda/", Some("agenda"), Context::new())]
        {
            match self.page(template, path, title_id, extra) {
                Ok(f) => files.push(f),
                Err(d) => diagnostics.push(d),
            }
        }
        for (id, view, ics) in cohorts.pages() {
            let path = format!("cohorts/{id}/");
            let title = view["title"].as_str().unwrap_or_default().to_string();
            let mut extra = Context::new();
            extra.insert("cohort", &view);
            match self.page_titled("cohort.html", &path, &title, extra) {
                Ok(f) => files.push(f),
                Err(d) => diagnostics.push(d),
            }
            if let Some(ics) = ics {
                files.push(OutputFile::new(format!("{dir}{path}cohort.ics"), ics));
            }
        }
        if let Some(view) = super::adaptation::view(self.ws, self.target) {
            let mut extra = Context::new();
            extra.insert("changes", &view);
            extra.insert("noindex", &true);
            match self.page("adaptation.html", "adaptation/", Some("adaptation"), extra) {
                Ok(f) => files.push(f),
                Err(d) => diagnostics.push(d),
            }
        }
        let (print, print_assets, print_diagnostics) = self.print_page();
        files.extend(print);
        assets.extend(print_assets);
        diagnostics.extend(print_diagnostics);
        files.push(OutputFile::new(format!("{dir}agenda/agenda.csv"), agenda::to_csv(&self.agenda)));
        let index =
            search::index_script(bodies.iter().map(|b: &Arc<Rendered>| b.search.get().map_or("", String::as_str)));
        files.push(OutputFile::new(format!("{dir}search-index.js"), index));
        for asset in assets {
            if let Ok(bytes) = std::fs::read(self.ws.root.join(&self.target.course.dir).join(&asset)) {
                files.push(OutputFile::new(format!("{dir}{asset}"), bytes));
            }
        }
        RenderedTarget { files, kit: None, lms: Vec::new(), diagnostics }
    }

    /// The context every page of the target shares; `path` is the page's folder
    /// relative to the target's root.
    fn context(&self, path: &str, title: &str) -> Context {
        let t = self.target;
        let depth = path.matches('/').count();
        let root = "../".repeat(depth);
        let mut c = Context::new();
        c.insert("lang", &t.locale);
        c.insert("dir", locale::direction(&t.locale));
        c.insert("course_id", &t.course.id);
        c.insert("site_title", &self.ws.config.title);
        c.insert("root", &root);
        c.insert("site_root", &format!("{root}../../../"));
        c.insert("page_url", path);
        c.insert("page_title", title);
        c.insert("noindex", &false);
        c.insert("canonical", &format!("{}{}{}", base_url(&self.ws.config.base_url), t.dir(), path));
        for (key, value) in &self.shared {
            c.insert_value(*key, value.clone());
        }
        let (languages, regions, alternates) = self.switchboard.for_page(t, path, &root, &self.ws.config.base_url);
        c.insert("languages", &languages);
        c.insert("regions", &regions);
        c.insert("alternates", &alternates);
        c
    }

    fn page(
        &self,
        template: &str,
        path: &str,
        title_id: Option<&str>,
        extra: Context,
    ) -> Result<OutputFile, Diagnostic> {
        let title = match title_id {
            Some(id) => {
                self.ws.catalog_of(&self.target.course.id).format(&self.target.chain, id, None).unwrap_or_default()
            }
            None => self.target.course.meta.title.clone(),
        };
        self.page_titled(template, path, &title, extra)
    }

    fn page_titled(&self, template: &str, path: &str, title: &str, extra: Context) -> Result<OutputFile, Diagnostic> {
        let mut c = self.context(path, title);
        c.extend(extra);
        let html = self.theme.render(template, &c)?;
        Ok(OutputFile::new(format!("{}{path}index.html", self.target.dir()), html))
    }

    fn body_context<'b>(
        &'b self,
        module: &'b Module,
        lesson: &'b Lesson,
        placement: Placement,
        shift: u8,
    ) -> BodyContext<'b> {
        BodyContext {
            course: self.target.course,
            module: &module.id,
            lesson,
            view: View::Site,
            region: self.target.region,
            chain: &self.target.chain,
            catalog: self.ws.catalog_of(&self.target.course.id),
            placement,
            heading_shift: shift,
            trust_overlay_html: self.ws.config.trust_overlay_html,
        }
    }

    #[allow(clippy::type_complexity)]
    fn lesson_page(
        &self,
        module: &Module,
        lesson: &Arc<Lesson>,
        index: usize,
        all: &[(&Module, &Arc<Lesson>, usize)],
    ) -> (Option<OutputFile>, Arc<Rendered>, Vec<Diagnostic>) {
        let path = format!("{}/{}/", module.id, lesson.id);
        let ctx = self.body_context(module, lesson, Placement::LessonPage { root: "../../".into() }, 0);
        let body = self.cache.render(lesson, &ctx);
        let mut diagnostics = body.diagnostics.clone();
        body.search.get_or_init(|| {
            search::entries_json(&search::docs_from_html(&lesson.front.title, &format!("{path}index.html"), &body.html))
        });
        let link = |i: Option<usize>| {
            i.and_then(|i| all.get(i))
                .map(|(m, l, _)| serde_json::json!({ "title": l.front.title, "title_attrs": super::lang_attrs(&l.front.fallback, "title"), "url": format!("{}/{}/", m.id, l.id) }))
        };
        let meta = &self.target.course.meta;
        let objectives: Vec<serde_json::Value> = lesson
            .front
            .objectives
            .iter()
            .filter_map(|id| meta.objectives.iter().find(|o| &o.id == id))
            .map(|o| {
                let attrs = super::lang_attrs(&meta.fallback, &format!("objective:{}", o.id));
                serde_json::json!({ "text": o.text, "attrs": attrs })
            })
            .collect();
        let mut extra = Context::new();
        extra.insert("sections", &on_this_page(lesson, &self.target.locale));
        extra.insert("body", &body.html);
        extra.insert("lesson", &serde_json::json!({ "id": lesson.id, "title": lesson.front.title, "title_attrs": super::lang_attrs(&lesson.front.fallback, "title"), "minutes": lesson.front.duration, "objectives": objectives }));
        extra.insert("module", &serde_json::json!({ "id": module.id, "title": module.meta.title, "title_attrs": super::lang_attrs(&module.meta.fallback, "title") }));
        extra.insert("prev", &link(index.checked_sub(1)));
        extra.insert("next", &link(Some(index + 1)));
        let mut c = self.context(&path, &lesson.front.title);
        c.extend(extra);
        let file = match self.theme.render("lesson.html", &c) {
            Ok(html) => Some(OutputFile::new(format!("{}{path}index.html", self.target.dir()), html)),
            Err(d) => {
                diagnostics.push(d);
                None
            }
        };
        (file, body.clone(), diagnostics)
    }

    fn print_page(&self) -> (Option<OutputFile>, BTreeSet<String>, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        let mut assets = BTreeSet::new();
        let mut modules = Vec::new();
        for m in &self.target.course.modules {
            let mut lessons = Vec::new();
            for l in &m.lessons {
                // On paper a question has boxes to tick and room to write, as in the
                // participant workbook, whose renderings this page shares.
                let mut ctx = self.body_context(m, l, Placement::OnePage, 2);
                ctx.view = View::Workbook;
                let body = self.cache.render(l, &ctx);
                diagnostics.extend(body.diagnostics.iter().cloned());
                assets.extend(body.assets.iter().cloned());
                lessons.push(serde_json::json!({ "anchor": format!("{}--{}", m.id, l.id), "title": l.front.title, "title_attrs": super::lang_attrs(&l.front.fallback, "title"), "minutes": l.front.duration, "body": on_one_page(&body.html, "../") }));
            }
            modules.push(
                serde_json::json!({ "id": m.id, "title": m.meta.title, "title_attrs": super::lang_attrs(&m.meta.fallback, "title"), "summary": m.meta.summary, "summary_attrs": super::lang_attrs(&m.meta.fallback, "summary"), "lessons": lessons }),
            );
        }
        let mut extra = Context::new();
        extra.insert("modules", &modules);
        let file =
            self.page("print.html", "print/", Some("print-version"), extra).map_err(|d| diagnostics.push(d)).ok();
        (file, assets, diagnostics)
    }

    /// The impact page's view, when the evaluation has figures for this course and region.
    fn impact_view(&self, coverage: f64) -> Option<serde_json::Value> {
        let t = self.target;
        let report = self.evaluation?;
        let course = report.courses.iter().find(|c| c.course == t.course.id)?;
        let figures = course.regions.iter().find(|r| r.region == t.region.id)?;
        let words =
            super::impact::Words { catalog: self.ws.catalog_of(&t.course.id), chain: &t.chain, lang: &t.locale };
        let region =
            super::impact::region_view(&words, figures, t.course, &|m, l| format!("../{m}/{l}/index.html"), "impact");
        let share = t.adaptation.share.as_ref().map(|s| words.percent(s.percent / 100.0));
        Some(serde_json::json!({
            "min_group": report.min_group,
            "share": share,
            "coverage": words.percent(coverage / 100.0),
            "region": region,
        }))
    }

    /// A session of the region's agenda that runs past its target is a warning at the
    /// session's line in course.yaml.
    fn agenda_warnings(&self) -> Vec<Diagnostic> {
        let course = self.target.course;
        let text = self.ws.sources.get(&course.file).unwrap_or_default();
        self.agenda
            .sessions
            .iter()
            .filter(|s| s.over)
            .map(|s| {
                let (line, column) = crate::source::yaml::find_line(&text, &s.title);
                let target = s.target_minutes.unwrap_or_default();
                Diagnostic::warning(
                    "session-over-target",
                    Location::new(&course.file, line, column),
                    format!(
                        "session `{}` runs {} minutes for region `{}`, past its target of {target} minutes",
                        s.title, s.minutes, self.target.region.id
                    ),
                )
                .help("move a lesson to another session, shorten lessons, or raise `target_minutes`")
            })
            .collect()
    }
}

pub fn base_url(url: &str) -> String {
    if url.is_empty() || url.ends_with('/') { url.to_string() } else { format!("{url}/") }
}

/// A long lesson's top-level sections, for an "on this page" list: at least three with
/// an id and a title, each with its language when it is shown in another.
fn on_this_page(lesson: &Lesson, locale: &str) -> Vec<serde_json::Value> {
    let sections: Vec<serde_json::Value> = lesson
        .root
        .children
        .iter()
        .filter_map(|s| {
            let (id, heading) = (s.id()?, s.heading.as_ref()?);
            let lang = s.shown.lang.as_deref().filter(|l| *l != locale);
            let attrs = lang.map_or(String::new(), super::lang_dir);
            (!heading.title.trim().is_empty())
                .then(|| serde_json::json!({ "id": id, "title": heading.title, "attrs": attrs }))
        })
        .collect();
    if sections.len() >= 3 { sections } else { Vec::new() }
}
