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
}

impl Origin {
    pub fn overlay(region: &str, file: &str, line: usize) -> Origin {
        Origin::Overlay(Arc::new(OverlayPlace { region: region.to_string(), file: file.to_string(), line }))
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
