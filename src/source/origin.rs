//! Where a piece of a lesson comes from (its provenance): the core curriculum, or a
//! region's overlay file and line. Every section and directive carries one, so the
//! adaptation share, the review page and regional marks are derived, never guessed.

use std::sync::Arc;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Origin {
    #[default]
    Core,
    Overlay(Arc<OverlayPlace>),
}

/// The overlay operation a piece of content came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverlayPlace {
    pub region: String,
    pub file: String,
    pub line: usize,
    /// The id an overlay translation repeats for this operation's content.
    pub key: Option<String>,
}

impl Origin {
    pub fn overlay(region: &str, file: &str, line: usize) -> Origin {
        Origin::Overlay(Arc::new(OverlayPlace { region: region.to_string(), file: file.to_string(), line, key: None }))
    }

    /// The same place, keyed by the id its translations repeat.
    pub fn with_key(&self, key: &str) -> Origin {
        match self {
            Origin::Core => Origin::Core,
            Origin::Overlay(p) => {
                Origin::Overlay(Arc::new(OverlayPlace { key: Some(key.to_string()), ..(**p).clone() }))
            }
        }
    }

    pub fn is_overlay(&self) -> bool {
        matches!(self, Origin::Overlay(_))
    }

    /// The file a piece's source lines belong to: the overlay's, or `core_file`.
    pub fn file<'a>(&'a self, core_file: &'a str) -> &'a str {
        match self {
            Origin::Core => core_file,
            Origin::Overlay(p) => &p.file,
        }
    }
}

/// The language a section's or directive's own text is shown in once localized, and
/// whether its translation is older than its source. `lang: None` before localizing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Shown {
    pub lang: Option<String>,
    pub stale: bool,
    /// The translation file the text comes from, for messages about it.
    pub file: Option<String>,
}
