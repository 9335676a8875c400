//! Localization: Fluent catalogs layered built-in, workspace, course (SPEC section 5),
//! looked up along a locale chain.

pub mod catalog;
pub mod coverage;
pub mod cycles;
pub mod dates;
pub mod localize;
pub mod numbers;
pub mod references;
pub mod targets;
pub mod translations;
pub mod verify;
pub use catalog::{Catalog, FtlFile, Layer};
