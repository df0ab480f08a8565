//! Embeds every Fluent file under `assets/l10n/<locale>/` (the child's words) and
//! `assets/l10n-problems/<locale>/` (what a plan check found, for adults) in the library,
//! so a new language is a new folder: no code changes, and shells ship no word files. And
//! answers SQLCipher's request for OpenSSL with nothing (see `no_openssl`).

use std::fmt::Write;
use std::path::Path;
use std::{env, fs};

fn main() {
    no_openssl();
    let assets = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("cargo sets this")).join("../assets");
    let mut out = String::new();
    embed(&mut out, "FILES", &assets.join("l10n"));
    embed(&mut out, "PROBLEM_FILES", &assets.join("l10n-problems"));
    fs::write(Path::new(&env::var("OUT_DIR").expect("cargo sets this")).join("l10n_files.rs"), out)
        .expect("OUT_DIR is writable");
}

/// Writes `static NAME` listing (locale, file name, contents) of every `.ftl` under `root`.
fn embed(out: &mut String, name: &str, root: &Path) {
    println!("cargo:rerun-if-changed={}", root.display());
    let mut locales: Vec<_> = fs::read_dir(root)
        .unwrap_or_else(|e| panic!("{} exists: {e}", root.display()))
        .map(|e| e.expect("a readable entry").path())
        .filter(|p| p.is_dir())
        .collect();
    locales.sort();
    out.push_str("/// (locale, file name, contents) of every embedded Fluent file in one folder.\n");
    writeln!(out, "pub(crate) static {name}: &[(&str, &str, &str)] = &[").expect("writing to a String");
    for locale in &locales {
        let mut files: Vec<_> = fs::read_dir(locale)
            .expect("a readable locale folder")
            .map(|e| e.expect("a readable entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = |p: &Path| p.file_name().expect("a name").to_string_lossy().into_owned();
            let path = file.canonicalize().expect("a real path");
            writeln!(out, "    ({:?}, {:?}, include_str!({:?})),", name(locale), name(&file), path)
                .expect("writing to a String");
        }
    }
    out.push_str("];\n");
}

/// libsqlite3-sys's bundled SQLCipher always asks the linker for OpenSSL's libcrypto, but
/// the core's SQLCipher is compiled with the core's own crypto (src/store/cipher.rs,
/// docs/decisions.md 91) and calls none of it. An empty archive named libcrypto, found
/// before any system one, answers that request: no OpenSSL is needed to build the core,
/// and none is linked into it.
fn no_openssl() {
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets this")).join("no-openssl");
    fs::create_dir_all(&out).expect("OUT_DIR is writable");
    fs::write(out.join("libcrypto.a"), b"!<arch>\n").expect("OUT_DIR is writable");
    println!("cargo:rustc-link-search=native={}", out.display());
}
