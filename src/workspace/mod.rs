//! The workspace: glocal.yaml, its regions and locales, every course, the Fluent
//! layers, and the text of every source file read (for diagnostics and hashes).

pub mod config;
pub mod locale;

use crate::diagnostics::{Diagnostic, Location};
use crate::l10n::translations::Translations;
use crate::l10n::{Catalog, FtlFile, Layer};
use crate::overlay::model::RegionOverlays;
use crate::source::load::{self, LoadContext};
use crate::source::model::Course;
use crate::sources::SourceMap;
use config::{Config, Percent};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A region that builds: `global` (the core alone) or one declared in glocal.yaml.
#[derive(Debug, Clone)]
pub struct Region {
    pub id: String,
    pub name: String,
    pub locales: Vec<String>,
    pub timezone: Option<String>,
    pub profile: BTreeMap<String, String>,
    pub budget: Option<Percent>,
}

pub struct Workspace {
    pub root: PathBuf,
    pub config: Config,
    pub regions: Vec<Region>,
    pub known_locales: BTreeSet<String>,
    pub courses: Vec<Course>,
    /// Per course: its catalog (built-in, workspace, course layers).
    pub catalogs: Arc<BTreeMap<String, Catalog>>,
    /// The catalog of pages outside any course (the portal, the status page).
    pub catalog: Arc<Catalog>,
    pub sources: SourceMap,
    /// Per course, per region: what the region's partners wrote.
    pub overlays: BTreeMap<String, BTreeMap<String, RegionOverlays>>,
    /// Per course: the translated siblings of its files.
    pub translations: BTreeMap<String, Translations>,
    /// The trainer network and the cohorts that deliver the courses (SPEC 8).
    pub deliveries: crate::delivery::Deliveries,
}

pub struct LoadOptions {
    pub drafts: bool,
    /// Read every course's translations now and keep them in [`Workspace::translations`]
    /// (`serve`, `status`); else a build reads each course's with
    /// [`Workspace::read_translations`] when it renders that course, and lets them go.
    pub translations: bool,
}

impl Workspace {
    pub fn chain(&self, locale: &str) -> Vec<String> {
        locale::chain(&self.config, locale)
    }

    /// The catalog of a course's pages, or the workspace's outside any course.
    pub fn catalog_of(&self, course: &str) -> &Catalog {
        self.catalogs.get(course).unwrap_or(&self.catalog)
    }

    pub fn region(&self, id: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.id == id)
    }

    /// Reads and checks one course's translations, for a build that reads them course
    /// by course; every problem found is placed at its line.
    pub fn read_translations(&self, course: &Course, out: &mut Vec<Diagnostic>) -> Translations {
        let mut diags = Vec::new();
        let overlays = self.overlays.get(&course.id);
        let built = built_locales(&self.config, &self.regions);
        let t = course_translations(&self.root, course, overlays, &built, &self.sources, &mut diags);
        diags.extend(self.sources.take_failures());
        crate::diagnostics::place(&mut diags, |file| self.sources.get(file));
        out.extend(diags);
        t
    }

    /// Forgets the text of a course's translated siblings once it is rendered: they are
    /// most of a large workspace's sources, and a diagnostic rereads its file.
    pub fn release_translations(&self, course: &Course) {
        let dir = format!("{}/", course.dir);
        self.sources.release(|path| {
            path.starts_with(&dir)
                && path.rsplit_once('.').is_some_and(|(stem, _)| crate::naming::translation_locale(stem).is_some())
        });
    }
}

/// A translation is shown when its locale is on the chain of a locale some target
/// builds (`pt` through `pt-BR`'s fallback, say).
fn built_locales(config: &Config, regions: &[Region]) -> BTreeSet<String> {
    regions.iter().flat_map(|r| r.locales.iter()).flat_map(|l| locale::chain(config, l)).collect()
}

/// A course's translated siblings, read and checked against the course and its overlays.
fn course_translations(
    root: &Path,
    course: &Course,
    overlays: Option<&BTreeMap<String, RegionOverlays>>,
    built: &BTreeSet<String>,
    sources: &SourceMap,
    out: &mut Vec<Diagnostic>,
) -> Translations {
    let translations = crate::l10n::translations::load(root, &course.dir, &course.files, built, sources, out);
    crate::l10n::verify::check(course, overlays, &translations, out);
    translations
}

/// Loads everything; `None` when glocal.yaml is missing or unreadable.
pub fn load(root: &Path, options: &LoadOptions, out: &mut Vec<Diagnostic>) -> Option<Workspace> {
    let sources = SourceMap::default();
    let Some(text) = sources.read(root, config::FILE) else {
        let failures = sources.take_failures();
        if !failures.is_empty() {
            out.extend(failures);
            return None;
        }
        out.push(
            Diagnostic::error(
                "no-workspace",
                Location::file(config::FILE),
                format!("no glocal.yaml in {}", root.display()),
            )
            .help("run glocal in a workspace folder, pass --root DIR, or create one with `glocal new workspace DIR`"),
        );
        return None;
    };
    let config = config::parse(&text, out)?;
    let regions = regions(&config);
    let known_locales = known_locales(&config, &regions);
    let builtin = builtin_layer(out);
    let workspace_layer = ftl_layer(root, "locales", &sources, out);
    let ids = course_ids(root, &sources);
    let ctx = LoadContext { root, known_locales: &known_locales, drafts: options.drafts, sources: &sources };
    type Loaded = (Option<Course>, BTreeMap<String, RegionOverlays>, Translations, Layer, Vec<Diagnostic>);
    let built = built_locales(&config, &regions);
    let loaded: Vec<Loaded> = ids
        .par_iter()
        .map(|id| {
            let mut diags = Vec::new();
            let course = load::course(&ctx, id, &mut diags);
            let overlays = course
                .as_ref()
                .map(|c| crate::overlay::load::course_overlays(&ctx, c, &regions, &mut diags))
                .unwrap_or_default();
            let translations = course
                .as_ref()
                .filter(|_| options.translations)
                .map(|c| course_translations(root, c, Some(&overlays), &built, &sources, &mut diags))
                .unwrap_or_default();
            if let Some(c) = &course {
                let known = conditions_known(&regions);
                for (_, l) in c.lessons() {
                    crate::source::validate::conditions(&l.file, &l.root, &known, &mut diags);
                }
                for ov in overlays.values().flat_map(|r| &r.lessons) {
                    crate::source::validate::conditions(&ov.file, &ov.root, &known, &mut diags);
                }
            }
            let layer = ftl_layer(root, &format!("curricula/{id}/locales"), &sources, &mut diags);
            (course, overlays, translations, layer, diags)
        })
        .collect();
    let mut courses = Vec::new();
    let mut catalogs = BTreeMap::new();
    let mut overlays = BTreeMap::new();
    let mut translations = BTreeMap::new();
    let mut course_layers = Vec::new();
    for (course, region_overlays, course_translations, layer, diags) in loaded {
        out.extend(diags);
        if let Some(course) = course {
            overlays.insert(course.id.clone(), region_overlays);
            if options.translations {
                translations.insert(course.id.clone(), course_translations);
            }
            catalogs.insert(course.id.clone(), Catalog::new(&[&builtin, &workspace_layer, &layer]));
            courses.push(course);
        }
        course_layers.push(layer);
    }
    check_messages(&builtin, &workspace_layer, &course_layers, out);
    let deliveries = crate::delivery::load(
        &crate::delivery::Context {
            root,
            sources: &sources,
            courses: &courses,
            regions: &regions,
            overlays: &overlays,
        },
        out,
    );
    out.extend(sources.take_failures());
    let catalog = Arc::new(Catalog::new(&[&builtin, &workspace_layer]));
    let catalogs = Arc::new(catalogs);
    let root = root.to_path_buf();
    Some(Workspace {
        root,
        config,
        regions,
        known_locales,
        courses,
        catalogs,
        catalog,
        sources,
        overlays,
        translations,
        deliveries,
    })
}

fn conditions_known(regions: &[Region]) -> crate::source::validate::Conditions<'_> {
    let mut profile_keys: Vec<&str> = regions.iter().flat_map(|r| r.profile.keys().map(String::as_str)).collect();
    profile_keys.sort();
    profile_keys.dedup();
    let mut profile_values: Vec<(&str, &str)> =
        regions.iter().flat_map(|r| r.profile.iter().map(|(k, v)| (k.as_str(), v.as_str()))).collect();
    profile_values.sort();
    profile_values.dedup();
    crate::source::validate::Conditions {
        regions: regions.iter().map(|r| r.id.as_str()).collect(),
        profile_keys,
        profile_values,
    }
}

fn regions(config: &Config) -> Vec<Region> {
    let global_entry = config.regions.iter().find(|r| r.id == "global");
    let mut out = vec![Region {
        id: "global".into(),
        name: global_entry.and_then(|g| g.name.clone()).unwrap_or_else(|| "Global".into()),
        locales: global_entry
            .map(|g| g.locales.clone())
            .filter(|l| !l.is_empty())
            .unwrap_or_else(|| vec![config.source_locale.clone()]),
        timezone: None,
        profile: BTreeMap::new(),
        budget: None,
    }];
    out.extend(config.regions.iter().filter(|r| r.id != "global").map(|r| Region {
        id: r.id.clone(),
        name: r.name.clone().unwrap_or_else(|| r.id.clone()),
        locales: r.locales.clone(),
        timezone: r.timezone.clone(),
        profile: r.profile.clone(),
        budget: r.adaptation_budget,
    }));
    out
}

fn known_locales(config: &Config, regions: &[Region]) -> BTreeSet<String> {
    let mut known: BTreeSet<String> = BTreeSet::from([config.source_locale.clone()]);
    known.extend(regions.iter().flat_map(|r| r.locales.iter().cloned()));
    known.extend(config.locales.iter().map(|l| l.id.clone()));
    known
}

/// The course folders under `curricula/`; a missing or unreadable one is an error, for
/// a build of nothing would empty the site.
fn course_ids(root: &Path, sources: &SourceMap) -> Vec<String> {
    let entries = match std::fs::read_dir(root.join("curricula")) {
        Ok(entries) => entries,
        Err(e) => {
            let (message, help) = match e.kind() {
                std::io::ErrorKind::NotFound => {
                    ("the workspace has no curricula/ folder".to_string(), "create it with `glocal new course ID`")
                }
                _ => (format!("the curricula/ folder cannot be read: {e}"), "check its permissions"),
            };
            sources.fail(Diagnostic::error("no-courses", Location::file("curricula"), message).help(help));
            return Vec::new();
        }
    };
    let mut ids = Vec::new();
    for entry in entries {
        match entry {
            Ok(e) if e.path().is_dir() => ids.push(e.file_name().to_string_lossy().into_owned()),
            Ok(_) => {}
            Err(e) => sources.fail(Diagnostic::error(
                "unreadable",
                Location::file("curricula"),
                format!("a folder in curricula/ cannot be read: {e}"),
            )),
        }
    }
    ids.retain(|n| !n.starts_with('.'));
    ids.sort();
    ids
}

/// Duplicate ids within a layer, and references that a catalog could not resolve.
fn check_messages(builtin: &Layer, workspace: &Layer, courses: &[Layer], out: &mut Vec<Diagnostic>) {
    use crate::l10n::references;
    builtin.check_duplicates(out);
    workspace.check_duplicates(out);
    for layer in courses {
        layer.check_duplicates(out);
        references::check(layer, &[builtin, workspace, layer], out);
        references::check_loops(layer, &[builtin, workspace, layer], out);
    }
    // A workspace message is formatted in every course's catalog, so what it refers to
    // must be there in each; the same miss in several courses is merged later.
    let no_course = Layer::default();
    for layer in courses.iter().chain(courses.is_empty().then_some(&no_course)) {
        references::check(workspace, &[builtin, workspace, layer], out);
        references::check_loops(workspace, &[builtin, workspace, layer], out);
    }
}

/// The theme's Fluent files compiled into the binary.
pub(crate) fn builtin_layer(out: &mut Vec<Diagnostic>) -> Layer {
    let files = crate::embedded::files("locales/")
        .filter_map(|(path, bytes)| {
            let (locale, name) = path.strip_prefix("locales/")?.split_once('/')?;
            name.ends_with(".ftl").then(|| FtlFile::parse(path, locale, &String::from_utf8_lossy(bytes), out))
        })
        .collect();
    Layer { files }
}

/// Every `<dir>/<locale>/*.ftl` of the workspace.
fn ftl_layer(root: &Path, dir: &str, sources: &SourceMap, out: &mut Vec<Diagnostic>) -> Layer {
    let mut files = Vec::new();
    let listing = crate::source::listing::list(root, dir, sources);
    for rel in listing.files.iter().filter(|f| f.ends_with(".ftl") && f.matches('/').count() == 1) {
        let path = format!("{dir}/{rel}");
        let locale = rel.split('/').next().unwrap_or("").to_string();
        if let Some(text) = sources.read(root, &path) {
            files.push(FtlFile::parse(&path, &locale, &text, out));
        }
    }
    Layer { files }
}
