//! `glocal.yaml`: the workspace's title, address, languages, regions and budget,
//! read and validated (SPEC section 1).

use crate::diagnostics::{Diagnostic, Location};
use crate::source::yaml::{self, YamlSource};
use serde::{Deserialize, Deserializer};
use std::collections::BTreeMap;

pub const FILE: &str = "glocal.yaml";

const SCHEMA: &[(&str, &[&str])] = &[
    (
        "",
        &[
            "title",
            "base_url",
            "source_locale",
            "theme",
            "adaptation_budget",
            "locales",
            "regions",
            "trust_overlay_html",
            "kits_public",
            "evaluation",
            "lms",
        ],
    ),
    ("evaluation", &["min_group", "flag_below"]),
    ("lms", &["formats"]),
    ("locales", &["id", "fallback", "name"]),
    ("regions", &["id", "name", "locales", "timezone", "profile", "adaptation_budget"]),
];

#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    pub title: String,
    #[serde(default)]
    pub base_url: String,
    #[serde(default = "default_locale")]
    pub source_locale: String,
    #[serde(default = "default_theme")]
    pub theme: String,
    #[serde(default)]
    pub adaptation_budget: Option<Percent>,
    #[serde(default)]
    pub locales: Vec<LocaleSettings>,
    #[serde(default)]
    pub regions: Vec<RegionEntry>,
    #[serde(default)]
    pub trust_overlay_html: bool,
    /// Kits under `public/kits/` (an intranet) instead of `kits/` beside the site.
    #[serde(default)]
    pub kits_public: bool,
    /// How results are shown (SPEC 9): the smallest group a figure is shown for, and
    /// the reaction mean below which a module is flagged.
    #[serde(default)]
    pub evaluation: Evaluation,
    /// Which LMS package formats a build writes (SPEC 10): SCORM 1.2 unless told.
    #[serde(default)]
    pub lms: Lms,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Lms {
    #[serde(default = "default_formats")]
    pub formats: Vec<LmsFormat>,
}

impl Default for Lms {
    fn default() -> Self {
        Lms { formats: default_formats() }
    }
}

fn default_formats() -> Vec<LmsFormat> {
    vec![LmsFormat::Scorm12]
}

/// `scorm12` (every LMS imports it) or `scorm2004` (3rd edition: more room for saved
/// state, separate completion and success).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LmsFormat {
    Scorm12,
    Scorm2004,
}

impl LmsFormat {
    pub fn id(self) -> &'static str {
        match self {
            LmsFormat::Scorm12 => "scorm12",
            LmsFormat::Scorm2004 => "scorm2004",
        }
    }
}

#[derive(Debug, Clone, Copy, Deserialize)]
pub struct Evaluation {
    #[serde(default = "default_min_group")]
    pub min_group: u32,
    #[serde(default = "default_flag_below")]
    pub flag_below: f64,
}

impl Default for Evaluation {
    fn default() -> Self {
        Evaluation { min_group: default_min_group(), flag_below: default_flag_below() }
    }
}

fn default_min_group() -> u32 {
    5
}

fn default_flag_below() -> f64 {
    3.5
}

fn default_locale() -> String {
    "en".into()
}

fn default_theme() -> String {
    "default".into()
}

#[derive(Debug, Clone, Deserialize)]
pub struct LocaleSettings {
    pub id: String,
    #[serde(default)]
    pub fallback: Vec<String>,
    #[serde(default)]
    pub name: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct RegionEntry {
    pub id: String,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub locales: Vec<String>,
    #[serde(default)]
    pub timezone: Option<String>,
    #[serde(default)]
    pub profile: BTreeMap<String, String>,
    #[serde(default)]
    pub adaptation_budget: Option<Percent>,
}

/// A share written `20%` (or a bare number of percent).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Percent(pub f64);

impl<'de> Deserialize<'de> for Percent {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Number(f64),
            Text(String),
        }
        let value = match Raw::deserialize(d)? {
            // A bare 0.25 is most likely a fraction meant as 25%: make the author say which.
            Raw::Number(n) if n > 0.0 && n < 1.0 => {
                return Err(serde::de::Error::custom(format!(
                    "a bare {n} would mean {n}%: write `{}%`, or `{n}%` if that is meant",
                    (n * 1e8).round() / 1e6
                )));
            }
            Raw::Number(n) => n,
            Raw::Text(t) => t
                .trim()
                .trim_end_matches('%')
                .trim()
                .parse::<f64>()
                .map_err(|_| serde::de::Error::custom(format!("expected a percentage like `20%`, found `{t}`")))?,
        };
        if !(0.0..=100.0).contains(&value) {
            return Err(serde::de::Error::custom(format!("a percentage between 0% and 100%, found {value}%")));
        }
        Ok(Percent(value))
    }
}

/// Reads glocal.yaml; `None` when it cannot be read at all.
pub fn parse(text: &str, out: &mut Vec<Diagnostic>) -> Option<Config> {
    let src = YamlSource { file: FILE, text, line_offset: 0, schema: SCHEMA };
    let config: Config = yaml::parse(&src, out)?;
    validate(&config, text, out);
    Some(config)
}

/// A time zone should be an IANA name: the agenda prints it for trainers to plan by.
fn timezone(tz: &str, at: Location, out: &mut Vec<Diagnostic>) {
    if crate::delivery::zone::get(tz).is_some() {
        return;
    }
    let names = crate::delivery::zone::names();
    out.push(
        Diagnostic::warning("timezone", at, format!("`{tz}` is not an IANA time zone"))
            .suggest(tz, names.iter().map(String::as_str))
            .help_if_none("write a name such as `Europe/Berlin` or `Asia/Ho_Chi_Minh`".into()),
    );
}

fn validate(config: &Config, text: &str, out: &mut Vec<Diagnostic>) {
    if config.base_url.trim().is_empty() {
        out.push(
            Diagnostic::warning(
                "no-base-url",
                Location::new(FILE, 1, 1),
                "no `base_url`: the sitemap, canonical and hreflang links need the site's address",
            )
            .help("add `base_url: https://academy.example.com/` (where the site is published)"),
        );
    }
    let at = |needle: &str| {
        let (line, column) = yaml::find_line(text, needle);
        Location::new(FILE, line, column).with_len(needle.chars().count())
    };
    let mut locale_ids: Vec<&str> = vec![config.source_locale.as_str()];
    locale_ids.extend(config.locales.iter().map(|l| l.id.as_str()));
    locale_ids.extend(config.locales.iter().flat_map(|l| l.fallback.iter().map(String::as_str)));
    locale_ids.extend(config.regions.iter().flat_map(|r| r.locales.iter().map(String::as_str)));
    for id in locale_ids {
        if id.parse::<unic_langid::LanguageIdentifier>().is_err() || id.contains('_') {
            out.push(
                Diagnostic::error("locale-id", at(id), format!("`{id}` is not a BCP 47 language tag"))
                    .help("write tags like `en`, `vi`, `pt-BR`, `zh-Hant`"),
            );
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    for region in &config.regions {
        if let Some(tz) = &region.timezone {
            timezone(tz, at(tz), out);
        }
        if !seen.insert(region.id.as_str()) {
            out.push(Diagnostic::error(
                "duplicate-id",
                at(&format!("id: {}", region.id)),
                format!("region `{}` is declared twice", region.id),
            ));
        }
        if region.id == "global" {
            if region.timezone.is_some() || !region.profile.is_empty() || region.adaptation_budget.is_some() {
                out.push(
                    Diagnostic::error(
                        "global-region",
                        at("id: global"),
                        "the `global` region takes only `name` and `locales`",
                    )
                    .help("`global` is the core alone: it has no profile, time zone or budget"),
                );
            }
        } else if region.locales.is_empty() {
            out.push(
                Diagnostic::error(
                    "region-locales",
                    at(&format!("id: {}", region.id)),
                    format!("region `{}` lists no locales", region.id),
                )
                .help("add `locales: [en]` with the languages the region is taught in"),
            );
        }
        if !region.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') || region.id.is_empty()
        {
            out.push(Diagnostic::error(
                "region-id",
                at(&region.id),
                format!("region id `{}` must be lowercase letters, digits and `-`", region.id),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_config_reads_with_budgets_and_profiles() {
        let text = "title: A\nbase_url: https://x.example/\nsource_locale: en\nadaptation_budget: 20%\nregions:\n  - id: sea\n    locales: [vi, en]\n    profile: { activity_style: consensus }\n    adaptation_budget: 25%\n";
        let mut out = Vec::new();
        let c = parse(text, &mut out).unwrap();
        assert!(out.is_empty(), "{out:?}");
        assert_eq!(c.adaptation_budget, Some(Percent(20.0)));
        assert_eq!(c.regions[0].profile["activity_style"], "consensus");
        assert_eq!(c.regions[0].adaptation_budget, Some(Percent(25.0)));
        let mut out = Vec::new();
        assert!(
            parse("title: A\nbase_url: https://x.example/\nsource_locale: en\nadaptation_budget: 0.25\n", &mut out)
                .is_none()
        );
        assert!(out[0].message.contains("write `25%`"), "{:?}", out[0].message);
    }

    #[test]
    fn a_misspelt_time_zone_is_an_error_at_its_value_with_the_closest_name() {
        let mut out = Vec::new();
        let text = "title: A\nbase_url: https://x.example/\nsource_locale: en\nregions:\n  - id: emea\n    locales: [en]\n    timezone: Europe/Berln\n";
        parse(text, &mut out);
        assert_eq!(out.len(), 1, "{out:?}");
        assert_eq!((out[0].code, out[0].location.line, out[0].location.column), ("timezone", 7, 15));
        assert_eq!(out[0].help.as_deref(), Some("did you mean `Europe/Berlin`?"));
    }

    #[test]
    fn a_bad_locale_tag_and_a_global_profile_are_errors_at_their_lines() {
        let text = "title: A\nbase_url: https://x.example/\nregions:\n  - id: global\n    profile: { a: b }\n  - id: emea\n    locales: [en_GB]\n";
        let mut out = Vec::new();
        parse(text, &mut out).unwrap();
        let codes: Vec<_> = out.iter().map(|d| (d.code, d.location.line)).collect();
        assert_eq!(codes, [("locale-id", 7), ("global-region", 4)]);
    }

    #[test]
    fn a_workspace_without_base_url_is_warned() {
        let mut out = Vec::new();
        parse("title: A\n", &mut out).unwrap();
        assert_eq!(out[0].code, "no-base-url");
    }

    #[test]
    fn a_misspelled_key_is_caught() {
        let mut out = Vec::new();
        parse("title: A\nsource_locle: en\n", &mut out).unwrap();
        assert_eq!(out[0].help.as_deref(), Some("did you mean `source_locale`?"));
    }
}
