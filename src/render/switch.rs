//! The language and region switchers and hreflang alternates of a page: links to the
//! same page in the course's other targets, or to that target's course home when the
//! page does not exist there.

use super::pages::{Target, base_url};
use crate::workspace::Workspace;
use serde::Serialize;
use std::collections::BTreeSet;

struct Known {
    course: String,
    region: String,
    region_name: String,
    locale: String,
    locale_name: String,
    pages: BTreeSet<String>,
}

/// Every target of the build and its pages (by folder relative to the target root).
pub struct Switchboard {
    targets: Vec<Known>,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct SwitchLink {
    pub label: String,
    pub lang: String,
    pub url: String,
    pub current: bool,
}

#[derive(Debug, Serialize, PartialEq)]
pub struct Alternate {
    pub hreflang: String,
    pub href: String,
}

/// The pages every target has, and one per lesson.
pub fn pages_of(target: &Target) -> BTreeSet<String> {
    let mut pages: BTreeSet<String> = ["", "agenda/", "print/", "downloads/"].iter().map(|p| p.to_string()).collect();
    if target.region.id != "global" {
        pages.insert("adaptation/".into());
    }
    pages.extend(target.course.lessons().map(|(m, l)| format!("{}/{}/", m.id, l.id)));
    pages
}

impl Switchboard {
    pub fn new(ws: &Workspace, targets: &[Target]) -> Switchboard {
        let targets = targets
            .iter()
            .map(|t| Known {
                course: t.course.id.clone(),
                region: t.region.id.clone(),
                region_name: super::region_name(ws.catalog_of(&t.course.id), &t.chain, t.region),
                locale: t.locale.clone(),
                locale_name: super::portal::locale_name(ws, &t.locale),
                pages: pages_of(t),
            })
            .collect();
        Switchboard { targets }
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
            })
            .collect();
        let mut regions: Vec<SwitchLink> = Vec::new();
        for k in same_course() {
            if regions.iter().any(|r| r.label == k.region_name) {
                continue;
            }
            let best = same_course().find(|x| x.region == k.region && x.locale == t.locale).unwrap_or(k);
            regions.push(SwitchLink {
                label: best.region_name.clone(),
                lang: best.locale.clone(),
                url: Self::url(best, page, root),
                current: best.region == t.region.id,
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
