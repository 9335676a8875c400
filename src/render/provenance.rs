//! Marks that say where rendered text comes from: regional content (an overlay's file
//! and line), and text in another language than the page's (a `lang`/`dir` wrapper
//! with a localized notice), or a translation older than its source.

use crate::source::origin::{Origin, Shown};
use crate::workspace::locale::direction;
use std::rc::Rc;

/// The source of the text being assembled.
#[derive(Debug, Clone, Default)]
pub(super) struct Source {
    pub origin: Origin,
    /// The translation file the text comes from, when it is translated.
    pub file: Option<String>,
    /// The language of the text, when localized.
    pub lang: Option<String>,
}

impl Source {
    /// The file that diagnostics about this text point into.
    pub fn file<'a>(&'a self, lesson_file: &'a str) -> &'a str {
        self.file.as_deref().unwrap_or_else(|| self.origin.file(lesson_file))
    }

    /// The source of a section or directive inside this one.
    pub fn entering(self: &Rc<Self>, origin: &Origin, shown: &Shown) -> Rc<Source> {
        let origin = if origin.is_overlay() { origin.clone() } else { self.origin.clone() };
        let (file, lang) = match &shown.lang {
            Some(lang) => (shown.file.clone(), Some(lang.clone())),
            None => (self.file.clone(), self.lang.clone()),
        };
        Rc::new(Source { origin, file, lang })
    }
}

/// HTML to put before and after a piece when its source differs from its parent's.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Marks {
    pub open: String,
    pub close: String,
}

/// What the renderer provides to word the notices in the page's language.
pub(super) trait Wording {
    fn page_lang(&self) -> &str;
    fn not_translated(&self, lang: &str) -> String;
    fn stale(&self) -> String;
    /// A visible "adapted for" label, in documents for trainers.
    fn regional_label(&self) -> Option<String>;
}

pub(super) fn marks(parent: &Source, next: &Source, shown: &Shown, words: &dyn Wording) -> Marks {
    let mut m = Marks::default();
    if let (Origin::Overlay(p), false) = (&next.origin, parent.origin.is_overlay()) {
        let label = words.regional_label();
        // The overlay file is named in documents for trainers only: learner pages show
        // no file paths (SPEC 7).
        let source = match &label {
            Some(_) => format!(" data-source=\"{}:{}\"", super::escape_html(&p.file), p.line),
            None => String::new(),
        };
        m.open.push_str(&format!("<div class=\"regional\" data-region=\"{}\"{source}>", super::escape_html(&p.region)));
        if let Some(label) = label {
            m.open.push_str(&format!("<p class=\"regional-label\">{}</p>", super::escape_html(&label)));
        }
        m.close.push_str("</div>");
    }
    let parent_lang = parent.lang.as_deref().unwrap_or(words.page_lang());
    if let Some(lang) = next.lang.as_deref().filter(|l| *l != parent_lang) {
        if lang != words.page_lang() {
            m.open
                .push_str(&format!("<p class=\"l10n-notice\">{}</p>", super::escape_html(&words.not_translated(lang))));
        }
        m.open.push_str(&format!("<div class=\"l10n-lang\"{}>", super::lang_dir(lang)));
        m.close.insert_str(0, "</div>");
    }
    if shown.stale {
        let notice = format!(
            "<p class=\"l10n-notice stale\" lang=\"{0}\" dir=\"{1}\">{2}</p>",
            words.page_lang(),
            direction(words.page_lang()),
            super::escape_html(&words.stale())
        );
        m.open.push_str(&notice);
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    struct En;
    impl Wording for En {
        fn page_lang(&self) -> &str {
            "vi"
        }
        fn not_translated(&self, lang: &str) -> String {
            format!("shown in {lang}")
        }
        fn stale(&self) -> String {
            "old".into()
        }
        fn regional_label(&self) -> Option<String> {
            None
        }
    }

    #[test]
    fn a_fallback_section_gets_its_lang_and_dir_and_a_notice_in_the_page_language() {
        let page = Source { lang: Some("vi".into()), ..Default::default() };
        let next = Source { lang: Some("en".into()), ..Default::default() };
        let m = marks(&page, &next, &Shown::default(), &En);
        assert_eq!(m.open, "<p class=\"l10n-notice\">shown in en</p><div class=\"l10n-lang\" lang=\"en\" dir=\"ltr\">");
        assert_eq!(m.close, "</div>");
    }

    #[test]
    fn text_in_the_page_language_and_a_stale_translation() {
        let page = Source { lang: Some("vi".into()), ..Default::default() };
        let same = Source { lang: Some("vi".into()), ..Default::default() };
        assert_eq!(marks(&page, &same, &Shown::default(), &En), Marks::default());
        let stale = Shown { lang: Some("vi".into()), stale: true, file: None };
        assert!(marks(&page, &same, &stale, &En).open.contains("class=\"l10n-notice stale\""));
    }

    #[test]
    fn an_arabic_fallback_is_right_to_left() {
        let page = Source { lang: Some("en".into()), ..Default::default() };
        let next = Source { lang: Some("ar".into()), ..Default::default() };
        assert!(marks(&page, &next, &Shown::default(), &En).open.contains("lang=\"ar\" dir=\"rtl\""));
    }
}
