//! Embeds the built-in theme (`themes/default`) and the theme's Fluent files
//! (`locales/`) into the binary, as a sorted list of (path, bytes).

use std::fmt::Write;
use std::path::Path;

fn main() {
    let mut code = String::from(
        "/// Built-in files as (repository-relative path, bytes), sorted by path.\npub static EMBEDDED: &[(&str, &[u8])] = &[\n",
    );
    let mut paths = Vec::new();
    for dir in ["themes/default", "locales"] {
        println!("cargo:rerun-if-changed={dir}");
        collect(Path::new(dir), &mut paths);
    }
    paths.sort();
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it");
    for p in paths {
        println!("cargo:rerun-if-changed={p}");
        writeln!(code, "    ({p:?}, include_bytes!(concat!({root:?}, \"/\", {p:?}))),").unwrap();
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets it")).join("embedded.rs");
    std::fs::write(out, code).expect("write embedded.rs");
}

fn collect(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, out);
        } else {
            out.push(path.to_string_lossy().replace('\\', "/"));
        }
    }
}
