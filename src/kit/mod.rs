//! Train-the-trainer kits (SPEC section 7): for every build target, a zip of documents
//! that open offline and print well: facilitator guide, participant workbook, agenda,
//! materials checklist, Kirkpatrick level 1 to 4 assessments, the trainer certification
//! checklist, and a manifest with every file's SHA-256.

pub mod archive;
pub mod collect;
mod documents;
mod guide;
pub mod pdf;
mod results;

use crate::agenda::Agenda;
use crate::diagnostics::Diagnostic;
use crate::render::cache::BodyCache;
use crate::render::pages::Target;
use crate::render::theme::Theme;
use crate::workspace::Workspace;
use archive::Manifest;

/// Where a course's kits come from, for their manifests.
pub struct Provenance {
    pub source_hash: String,
    pub git_commit: Option<String>,
}

impl Provenance {
    /// The provenance of one course's kits: a hash of every source file read that is
    /// not another course's (path and the SHA-256 of its bytes, in path order), so that
    /// a change to one course leaves the others' kits as they were; and the git commit,
    /// when the workspace is a repository.
    pub fn of(ws: &Workspace, course: &str, git_commit: Option<String>) -> Provenance {
        let own = format!("curricula/{course}/");
        let mut h = sha2::Sha256::default();
        for (path, digest) in ws.sources.digests(|p| !p.starts_with("curricula/") || p.starts_with(&own)) {
            sha2::Digest::update(&mut h, path.as_bytes());
            sha2::Digest::update(&mut h, [0u8]);
            sha2::Digest::update(&mut h, digest);
        }
        let source_hash = sha2::Digest::finalize(h).iter().map(|b| format!("{b:02x}")).collect();
        Provenance { source_hash, git_commit }
    }
}

/// The commit checked out in the git repository at `root`, if it is one.
pub fn git_commit_at(root: &std::path::Path) -> Option<String> {
    std::process::Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["rev-parse", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success() && root.join(".git").exists())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
}

/// A built kit: its name (without `.zip`) and its zip.
pub struct Kit {
    pub name: String,
    pub zip: Vec<u8>,
}

pub struct KitInput<'a> {
    pub ws: &'a Workspace,
    pub theme: &'a Theme,
    pub target: &'a Target<'a>,
    pub agenda: &'a Agenda,
    pub cache: &'a BodyCache,
    pub provenance: &'a Provenance,
    pub coverage: f64,
    /// Whether the kit also carries PDFs of its printed documents (`--pdf`).
    pub printed: bool,
}

/// Builds the kit of a target; rendering problems are returned as diagnostics.
pub fn build(input: &KitInput, printer: Option<&pdf::Printer>) -> Result<Kit, Vec<Diagnostic>> {
    let t = input.target;
    let name = format!("{}-{}-{}", t.course.id, t.region.id, t.locale);
    let mut files = documents::all(input)?;
    files.extend(results::templates(t));
    if let Some(printer) = printer {
        let pdfs = printer.print(&name, &files).map_err(|e| {
            let at = crate::diagnostics::Location::file(format!("{name}.zip"));
            vec![Diagnostic::error("pdf-failed", at, e).help("build without --pdf, or check that Chromium runs here")]
        })?;
        files.extend(pdfs);
    }
    let manifest = Manifest {
        course: t.course.id.clone(),
        region: t.region.id.clone(),
        locale: t.locale.clone(),
        glocal_version: env!("CARGO_PKG_VERSION"),
        source_hash: input.provenance.source_hash.clone(),
        git_commit: input.provenance.git_commit.clone(),
        adaptation_share: t.adaptation.share.as_ref().map(|s| crate::overlay::share::round1(s.percent)),
        translation_coverage: input.coverage,
        files: Manifest::list(&files),
    };
    let json = serde_json::to_string_pretty(&manifest).expect("the manifest serializes") + "\n";
    files.push(("manifest.json".into(), json.into_bytes()));
    let zip = archive::zip(&name, &files);
    Ok(Kit { name, zip })
}
