//! The command line (SPEC section 6): every subcommand and flag, with clap's derive.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "glocal",
    version,
    about = "One global curriculum, adapted per region, in every language, with train-the-trainer kits."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args, Clone)]
pub struct Root {
    /// The workspace folder (the one holding glocal.yaml).
    #[arg(long, default_value = ".", global = true)]
    pub root: PathBuf,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build every course site (and kit) into the output folder.
    Build(BuildArgs),
    /// Report every error and warning with file:line:column; exit 1 on any error.
    Check {
        #[command(flatten)]
        root: Root,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Check draft lessons too.
        #[arg(long)]
        drafts: bool,
    },
    /// Serve every target with live rebuild and browser reload on every change.
    Serve {
        #[command(flatten)]
        root: Root,
        /// Port to listen on (0 picks a free one).
        #[arg(long, default_value_t = 4000)]
        port: u16,
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
    },
    /// Per region: adaptation share against the budget, stale and unpinned overlays.
    Status {
        #[command(flatten)]
        root: Root,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// The day deliveries are judged on (YYYY-MM-DD): certifications expiring within
        /// 90 days of it, trainers certified on it. Default: today (UTC).
        #[arg(long, value_name = "DATE", value_parser = parse_day)]
        today: Option<jiff::civil::Date>,
    },
    /// The evaluation figures (Kirkpatrick levels 1-4) from results/.
    Report {
        #[command(flatten)]
        root: Root,
        #[arg(long)]
        course: Option<String>,
        #[arg(long)]
        region: Option<String>,
        /// Cohorts whose last session falls in this quarter, and KPI periods in it: 2027-Q2.
        #[arg(long)]
        quarter: Option<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: crate::commands::report::ReportFormat,
    },
    /// What a region changes, section by section, against the core.
    Diff {
        #[command(flatten)]
        root: Root,
        #[arg(long)]
        region: String,
        #[arg(long)]
        course: Option<String>,
    },
    /// Accept the current core under a region's overlays (writes `based_on` hashes).
    Pin {
        #[command(flatten)]
        root: Root,
        #[arg(long)]
        region: Option<String>,
    },
    /// Start a workspace, or add a course, region or locale to one.
    New {
        #[command(subcommand)]
        what: NewCommand,
    },
    /// Translation tools.
    L10n {
        #[command(subcommand)]
        command: L10nCommand,
    },
    /// Write a large synthetic workspace for benchmarks.
    #[command(hide = true)]
    GenerateBenchmark {
        /// Folder to create.
        dir: PathBuf,
        /// How many lessons in all.
        #[arg(long, default_value_t = 2000)]
        lessons: usize,
        /// How many courses to deal them into (default: one per 1,000 lessons).
        #[arg(long)]
        courses: Option<usize>,
    },
}

#[derive(Debug, Subcommand)]
pub enum NewCommand {
    /// A workspace that builds at once and shows the format by example.
    Workspace { dir: PathBuf },
    /// A course under curricula/.
    Course {
        #[command(flatten)]
        root: Root,
        id: String,
    },
    /// A region in glocal.yaml.
    Region {
        #[command(flatten)]
        root: Root,
        id: String,
        /// Its languages, such as `en,vi`.
        #[arg(long, required = true)]
        locales: Vec<String>,
    },
    /// A locale in glocal.yaml, with a folder for its messages.
    Locale {
        #[command(flatten)]
        root: Root,
        id: String,
    },
    /// A cohort file under cohorts/REGION/, one line per scheduled session to fill in.
    Cohort {
        #[command(flatten)]
        root: Root,
        region: String,
        id: String,
        #[arg(long)]
        course: String,
        #[arg(long)]
        locale: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum L10nCommand {
    /// Accept the current source under translations (writes `source_hashes`).
    Stamp {
        #[command(flatten)]
        root: Root,
        /// Translation files, such as curricula/c/m/01-why.vi.md.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub root: Root,
    /// Output folder [default: `public` in the workspace folder]; a path given here is
    /// relative to the current directory.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Build only this course.
    #[arg(long)]
    pub course: Option<String>,
    /// Build only this region.
    #[arg(long)]
    pub region: Option<String>,
    /// Build only this locale.
    #[arg(long)]
    pub locale: Option<String>,
    /// Include lessons marked `draft: true`.
    #[arg(long)]
    pub drafts: bool,
    /// Build the sites without train-the-trainer kits.
    #[arg(long, conflicts_with_all = ["kits_only", "kits_out"])]
    pub no_kits: bool,
    /// Build only the kits.
    #[arg(long)]
    pub kits_only: bool,
    /// Write kits here instead of `<out>/kits` (keeps answer keys off the public site).
    #[arg(long)]
    pub kits_out: Option<PathBuf>,
    /// Add PDFs of the guide, workbook, agenda and forms to each kit, printed by
    /// headless Chromium (found on PATH, or set GLOCAL_CHROMIUM).
    #[arg(long, conflicts_with = "no_kits")]
    pub pdf: bool,
    /// Build no LMS (SCORM) packages.
    #[arg(long, conflicts_with = "lms_out")]
    pub no_lms: bool,
    /// Write LMS packages here instead of `lms/` in the workspace.
    #[arg(long)]
    pub lms_out: Option<PathBuf>,
    /// Print how long each stage took and the memory held when it ended.
    #[arg(long)]
    pub timings: bool,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
}

fn parse_day(text: &str) -> Result<jiff::civil::Date, String> {
    crate::delivery::parse_date(text)
        .ok_or_else(|| format!("`{text}` is not a date: write YYYY-MM-DD, like 2027-03-02"))
}
