//! The built-in theme and Fluent files, compiled into the binary by build.rs, so a
//! workspace with only glocal.yaml and curricula/ builds.

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// The embedded files under `prefix`, in path order.
pub fn files(prefix: &str) -> impl Iterator<Item = (&'static str, &'static [u8])> + '_ {
    EMBEDDED.iter().copied().filter(move |(p, _)| p.starts_with(prefix))
}
