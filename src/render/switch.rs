//! The language and region switchers and hreflang alternates of a page: links to the
//! same page in the course's other targets, or to that target's course home when the
//! page does not exist there.

use super::pages::{Target, base_url};
use crate::workspace::Workspace;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

struct Known {
    course: String,
    region: String,
    locale: String,
    locale_name: String,
    pages: BTreeSet<String>,
}

/// Every target of the build and its pages (by folder relative to the target root).
pub struct Switchboard {
    targets: Vec<Known>,
    /// Each region's name in each page language: (course, region, page locale).
    names: BTreeMap<(String, String, String), String>,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct SwitchLink {
    pub label: String,
    pub lang: String,
    pub url: String,
    pub current: bool,
    /// The language the link leads to, when following it changes the page's language.
    pub language: Option<String>,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct Alternate {
    pub hreflang: String,
    pub href: String,
}

/// The pages every target has, one per lesson, and one per cohort.
pub fn pages_of(ws: &Workspace, target: &Target) -> BTreeSet<String> {
    let mut pages: BTreeSet<String> = ["", "agenda/", "print/", "downloads/"].iter().map(|p| p.to_string()).collect();
    if target.region.id != "global" {
        pages.insert("adaptation/".into());
    }
    pages.extend(target.course.lessons().map(|(m, l)| format!("{}/{}/", m.id, l.id)));
    let cohorts = ws.deliveries.of_target(&target.course.id, &target.region.id, &target.locale);
    pages.extend(cohorts.map(|c| format!("cohorts/{}/", c.id)));
    pages
}

impl Switchboard {
    /// `report`, when given, adds the impact page to the targets it has figures for, so
    /// switching language there stays on it.
    pub fn new(ws: &Workspace, targets: &[Target], report: Option<&crate::evaluation::figures::Report>) -> Switchboard {
        let mut names = BTreeMap::new();
        for page in targets {
            for other in targets.iter().filter(|o| o.course.id == page.course.id) {
                let key = (page.course.id.clone(), other.region.id.clone(), page.locale.clone());
                names
                    .entry(key)
                    .or_insert_with(|| super::region_name(ws.catalog_of(&page.course.id), &page.chain, other.region));
            }
        }
        let targets = targets
            .iter()
            .map(|t| Known {
                course: t.course.id.clone(),
                region: t.region.id.clone(),
                locale: t.locale.clone(),
                locale_name: super::portal::locale_name(ws, &t.locale),
                pages: {
                    let mut pages = pages_of(ws, t);
                    let measured = report.is_some_and(|r| {
                        r.courses
                            .iter()
                            .any(|c| c.course == t.course.id && c.regions.iter().any(|x| x.region == t.region.id))
                    });
                    if measured {
                        pages.insert("impact/".into());
                    }
                    pages
                },
            })
            .collect();
        Switchboard { targets, names }
    }

    fn url(k: &Known, page: &str, root: &str) -> String {
        let page = if k.pages.contains(page) { page } else { "" };
        format!("{root}../../{}/{}/{page}index.html", k.region, k.locale)
    }

    /// The other languages of this region, the regions of this course (in this
    /// language where they have it), and the hreflang alternates of the page.
    pub fn for_page(
        &self,
        t: &Target,
        page: &str,
        root: &str,
        base: &str,
    ) -> (Vec<SwitchLink>, Vec<SwitchLink>, Vec<Alternate>) {
        let same_course = || self.targets.iter().filter(|k| k.course == t.course.id);
        let languages = same_course()
            .filter(|k| k.region == t.region.id)
            .map(|k| SwitchLink {
                label: k.locale_name.clone(),
                lang: k.locale.clone(),
                url: Self::url(k, page, root),
                current: k.locale == t.locale,
                language: None,
            })
            .collect();
        // Each region once, named in the page's language; in the page's language when
        // the region has it, else in its first, which the link then says.
        let mut regions: Vec<SwitchLink> = Vec::new();
        let mut seen = BTreeSet::new();
        for k in same_course().filter(|k| seen.insert(k.region.as_str())) {
            let best = same_course().find(|x| x.region == k.region && x.locale == t.locale).unwrap_or(k);
            let key = (t.course.id.clone(), k.region.clone(), t.locale.clone());
            regions.push(SwitchLink {
                label: self.names.get(&key).cloned().unwrap_or_else(|| k.region.clone()),
                lang: t.locale.clone(),
                url: Self::url(best, page, root),
                current: best.region == t.region.id,
                language: (best.locale != t.locale).then(|| best.locale_name.clone()),
            });
        }
        let alternates = same_course()
            .filter(|k| k.region == t.region.id && k.pages.contains(page))
            .map(|k| Alternate {
                hreflang: k.locale.clone(),
                href: format!("{}{}/{}/{}/{page}", base_url(base), k.course, k.region, k.locale),
            })
            .collect();
        (languages, regions, alternates)
    }
}
