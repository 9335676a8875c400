//! Localization: Fluent catalogs layered built-in, workspace, course (SPEC section 5),
//! looked up along a locale chain.

pub mod catalog;
pub use catalog::{Catalog, FtlFile, Layer};
