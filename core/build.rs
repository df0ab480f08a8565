//! Embeds every Fluent file under `assets/l10n/<locale>/` in the library, so a new
//! language is a new folder: no code changes, and shells ship no word files. And answers
//! SQLCipher's request for OpenSSL with nothing (see `no_openssl`).

use std::fmt::Write;
use std::path::Path;
use std::{env, fs};

fn main() {
    no_openssl();
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("cargo sets this")).join("../assets/l10n");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut locales: Vec<_> = fs::read_dir(&root)
        .expect("assets/l10n exists")
        .map(|e| e.expect("a readable entry").path())
        .filter(|p| p.is_dir())
        .collect();
    locales.sort();
    let mut out = String::from("/// (locale, file name, contents) of every embedded Fluent file.\n");
    out.push_str("pub(crate) static FILES: &[(&str, &str, &str)] = &[\n");
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
    fs::write(Path::new(&env::var("OUT_DIR").expect("cargo sets this")).join("l10n_files.rs"), out)
        .expect("OUT_DIR is writable");
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
