//! The theme: the built-in `default` templates and static files, any same-named file
//! under the workspace's `themes/<theme>/` replacing its namesake, compiled into one
//! Tera environment with a `t()` function that reads the page's locale chain.

use crate::diagnostics::{Diagnostic, Location};
use crate::l10n::Catalog;
use crate::workspace::Workspace;
use fluent::FluentArgs;
use std::collections::BTreeMap;
use std::sync::Arc;
use tera::{Context, Kwargs, State, Tera, Value};

pub struct Theme {
    tera: Tera,
    /// Template name -> the file it came from, for error locations.
    origins: BTreeMap<String, String>,
    /// Static files, by path under `static/`, sorted.
    pub static_files: BTreeMap<String, Vec<u8>>,
}

const BUILTIN: &str = "themes/default/";

/// Loads the theme; every template syntax error is reported.
pub fn load(ws: &Workspace, out: &mut Vec<Diagnostic>) -> Option<Theme> {
    let mut templates: BTreeMap<String, (String, String)> = BTreeMap::new();
    let mut static_files = BTreeMap::new();
    for (path, bytes) in crate::embedded::files(BUILTIN) {
        let rel = &path[BUILTIN.len()..];
        if let Some(name) = rel.strip_prefix("templates/") {
            templates.insert(name.to_string(), (path.to_string(), String::from_utf8_lossy(bytes).into_owned()));
        } else if let Some(name) = rel.strip_prefix("static/") {
            static_files.insert(name.to_string(), bytes.to_vec());
        }
    }
    let theme_dir = format!("themes/{}", ws.config.theme);
    let dir = ws.root.join(&theme_dir);
    let named = crate::source::attrs::is_safe_id(&ws.config.theme);
    if !named || (ws.config.theme != "default" && !dir.is_dir()) {
        let (line, column) =
            crate::source::yaml::find_line(&ws.sources.get("glocal.yaml").unwrap_or_default(), "theme:");
        let message = if named {
            format!("there is no theme folder `{theme_dir}`")
        } else {
            format!(
                "`{}` is not a theme name: a theme is a folder of themes/, named with letters, digits, `-` and `_`",
                ws.config.theme
            )
        };
        out.push(
            Diagnostic::error("unknown-theme", Location::new("glocal.yaml", line, column), message)
                .help("use `theme: default`, or create the folder with templates/ and static/"),
        );
        if !named {
            return None;
        }
    }
    // The same listing as the courses': a link out of the workspace is refused.
    let listing = crate::source::listing::list(&ws.root, &theme_dir, &ws.sources);
    out.extend(ws.sources.take_failures());
    for rel in &listing.files {
        let path = format!("{theme_dir}/{rel}");
        if let Some(name) = rel.strip_prefix("templates/") {
            if let Some(text) = ws.sources.read(&ws.root, &path) {
                templates.insert(name.to_string(), (path, text.to_string()));
            }
        } else if let Some(name) = rel.strip_prefix("static/")
            && let Ok(bytes) = std::fs::read(dir.join(rel))
        {
            static_files.insert(name.to_string(), bytes);
        }
    }
    out.extend(ws.sources.take_failures());
    let mut tera = Tera::new();
    tera.autoescape_on(vec![".html", ".xml"]);
    register_functions(&mut tera, ws.catalogs.clone(), ws.catalog.clone());
    let origins: BTreeMap<String, String> = templates.iter().map(|(n, (p, _))| (n.clone(), p.clone())).collect();
    let sources: Vec<(String, String)> = templates.into_iter().map(|(n, (_, text))| (n, text)).collect();
    if let Err(e) = tera.add_raw_templates(sources.iter().map(|(n, t)| (n.as_str(), t.as_str()))) {
        out.push(template_error(&origins, &e));
        return None;
    }
    Some(Theme { tera, origins, static_files })
}

impl Theme {
    /// Renders a template; a failure is a diagnostic at the template's line.
    pub fn render(&self, template: &str, context: &Context) -> Result<String, Diagnostic> {
        self.tera.render(template, context).map_err(|e| template_error(&self.origins, &e))
    }
}

fn template_error(origins: &BTreeMap<String, String>, e: &tera::Error) -> Diagnostic {
    let report = match e.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => Some(r),
        _ => None,
    };
    let mut message = report.map_or_else(|| e.to_string(), |r| r.message().to_string());
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        message.push_str(": ");
        message.push_str(&s.to_string());
        source = s.source();
    }
    let location = match report {
        Some(r) => {
            let file = origins.get(r.filename()).cloned().unwrap_or_else(|| r.filename().to_string());
            let span = r.span();
            Location::new(file, span.start_line, span.start_col + 1)
        }
        None => Location::file("themes"),
    };
    Diagnostic::error("template", location, message)
}

/// `t(id="...", count=3)`: the message for the page's `chain`, from the catalog of the
/// page's `course_id` (or the workspace's).
fn register_functions(tera: &mut Tera, catalogs: Arc<BTreeMap<String, Catalog>>, workspace: Arc<Catalog>) {
    // `{{ time | digits }}`: clock times and other numbers in the page language's digits.
    tera.register_filter("digits", |value: Value, _: Kwargs, state: &State| -> tera::TeraResult<String> {
        let lang: String = state.get("lang")?.unwrap_or_default();
        let text = value.as_str().map_or_else(|| value_text(&value), str::to_string);
        let primary = lang.split('-').next().unwrap_or("");
        Ok(crate::l10n::numbers::NumberFormat::for_language(primary).native_digits(&text))
    });
    tera.register_function("t", move |kwargs: Kwargs, state: &State| -> tera::TeraResult<String> {
        let id: String = kwargs.must_get("id")?;
        let chain: Vec<String> = state.get("chain")?.unwrap_or_default();
        let course: String = state.get("course_id")?.unwrap_or_default();
        let catalog = catalogs.get(&course).unwrap_or(&workspace);
        let mut args = FluentArgs::new();
        for (key, value) in kwargs.iter() {
            let Some(key) = key.as_str().filter(|k| *k != "id") else {
                continue;
            };
            if let Some(n) = value.as_f64() {
                args.set(key.to_string(), n);
            } else if let Some(n) = value.as_i64() {
                args.set(key.to_string(), n);
            } else if let Some(s) = value.as_str() {
                args.set(key.to_string(), s.to_string());
            } else {
                args.set(key.to_string(), value_text(value));
            }
        }
        catalog
            .format(&chain, &id, Some(&args))
            .ok_or_else(|| tera::Error::message(format!("no Fluent message `{id}` in {}", chain.join(", "))))
    });
}

fn value_text(v: &Value) -> String {
    v.to_string()
}
