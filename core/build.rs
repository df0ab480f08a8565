//! Embeds every Fluent file under `assets/l10n/<locale>/` (the child's words) and
//! `assets/l10n-problems/<locale>/` (what a plan check found, for adults) in the library,
//! so a new language is a new folder: no code changes, and shells ship no word files. They
//! are embedded deflated and without the comments written for translators: a quarter of
//! their size in the phone's library (src/l10n.rs inflates them). And
//! answers SQLCipher's request for OpenSSL with nothing (see `no_openssl`).

use std::fmt::Write;
use std::path::Path;
use std::{env, fs};

fn main() {
    no_openssl();
    let assets = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("cargo sets this")).join("../assets");
    let mut out = String::new();
    let out_dir = Path::new(&env::var("OUT_DIR").expect("cargo sets this")).join("l10n");
    embed(&mut out, "DEFLATED_FILES", &assets.join("l10n"), &out_dir.join("child"));
    embed(&mut out, "DEFLATED_PROBLEM_FILES", &assets.join("l10n-problems"), &out_dir.join("problems"));
    fs::write(out_dir.join("files.rs"), out).expect("OUT_DIR is writable");
}

/// Writes `static NAME` listing (locale, file name, deflated contents) of every `.ftl`
/// under `root`, each written without its comments and deflated into `copies`.
fn embed(out: &mut String, name: &str, root: &Path, copies: &Path) {
    println!("cargo:rerun-if-changed={}", root.display());
    let mut locales: Vec<_> = fs::read_dir(root)
        .unwrap_or_else(|e| panic!("{} exists: {e}", root.display()))
        .map(|e| e.expect("a readable entry").path())
        .filter(|p| p.is_dir())
        .collect();
    locales.sort();
    out.push_str("/// (locale, file name, deflated contents) of every embedded Fluent file in one folder.\n");
    writeln!(out, "static {name}: &[(&str, &str, &[u8])] = &[").expect("writing to a String");
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
            let copy = copies.join(name(locale)).join(name(&file));
            fs::create_dir_all(copy.parent().expect("a folder")).expect("OUT_DIR is writable");
            let text = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{} is UTF-8 text: {e}", file.display()));
            let deflated = miniz_oxide::deflate::compress_to_vec(without_comments(&text).as_bytes(), 10);
            fs::write(&copy, deflated).expect("OUT_DIR is writable");
            writeln!(out, "    ({:?}, {:?}, include_bytes!({:?})),", name(locale), name(&file), copy)
                .expect("writing to a String");
        }
    }
    out.push_str("];\n");
}

/// A Fluent file without its comments. A comment is a line that starts with `#`: a
/// message's text that goes on over several lines is indented, so no such line is part of
/// one (the words tests parse what is embedded, and fail on anything broken).
fn without_comments(text: &str) -> String {
    text.lines().filter(|line| !line.starts_with('#')).flat_map(|line| [line, "\n"]).collect()
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
