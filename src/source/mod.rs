//! Reading the core curriculum: front matter, YAML, directives, sections, message
//! references, and the course model they make up.

pub mod attrs;
pub mod directives;
pub mod frontmatter;
pub mod listing;
pub mod load;
pub mod messages;
pub mod model;
pub mod origin;
pub mod question;
pub mod sections;
pub mod validate;
pub mod yaml;
