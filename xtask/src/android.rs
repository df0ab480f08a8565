//! The Android app's native library, and the checks of the app module that run here.
//!
//!     cargo xtask android        the library for each Android ABI into the app's jniLibs
//!                                (needs the NDK, cargo-ndk and Rust's Android targets),
//!                                and the Kotlin bindings the app compiles
//!     cargo xtask android-size   the phone's library built for this machine (Linux), as
//!                                a proxy for its size where no NDK is installed
//!     cargo xtask android-check  only the checks of the app module below
//!
//! `cargo xtask test` runs `check`: the app module's Kotlin linted by ktlint, and every
//! name it takes from the core found in the shells' generated bindings.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{Profile, cargo, property, root, run};

/// Each ABI the app ships, with the Rust target that builds it.
const ABIS: [(&str, &str); 3] = [
    ("arm64-v8a", "aarch64-linux-android"),
    ("armeabi-v7a", "armv7-linux-androideabi"),
    ("x86_64", "x86_64-linux-android"),
];

/// The app's minSdk (android/app/build.gradle.kts): the NDK links against its API level.
const MIN_SDK: &str = "26";

/// What builds the phone's library: the size-optimised profile, and the shared library
/// alone. Built in one go with the crate's other types (lib, staticlib), as `cargo build`
/// does, it came out 1.2 MB larger (docs/performance.md).
const PHONE_BUILD: [&str; 8] =
    ["rustc", "-p", "familytime-ffi", "--lib", "--profile", "mobile", "--crate-type", "cdylib"];

/// The C compiler's flags for the phone's library (SQLite, ring): no unwinding tables, as
/// no panic unwinds through C; the Rust code keeps its own for uniffi (decision 40, 97).
const PHONE_CFLAGS: (&str, &str) = ("CFLAGS", "-fno-asynchronous-unwind-tables -fno-unwind-tables");

/// `cargo xtask android`: the Kotlin the app compiles, then the library for every ABI
/// into android/app/src/main/jniLibs/<abi>/.
pub fn build() -> Result<(), String> {
    let probe = Probe::of_this_machine();
    let ndk = match (&probe.ndk, missing(&probe)) {
        (Ok(ndk), missing) if missing.is_empty() => ndk.clone(),
        (_, missing) => return Err(needs(&missing)),
    };
    crate::bindings(Profile::Debug)?;
    let jni_libs = root().join("android/app/src/main/jniLibs");
    let mut ndk_build = Command::new(cargo());
    ndk_build.env("ANDROID_NDK_HOME", &ndk).env(PHONE_CFLAGS.0, PHONE_CFLAGS.1).args(["ndk", "--platform", MIN_SDK]);
    for (abi, _) in ABIS {
        ndk_build.args(["-t", abi]);
    }
    ndk_build.arg("-o").arg(&jni_libs).args(PHONE_BUILD);
    run(&mut ndk_build, "build the library for Android (cargo ndk)")?;
    for (abi, _) in ABIS {
        report_size(&jni_libs.join(abi).join("libfamilytime_ffi.so"))?;
    }
    Ok(())
}

/// `cargo xtask android-size`: the phone's build of the library for this machine, linked
/// as the NDK's lld links it for Android (.cargo/config.toml): relocations packed, in the
/// form Linux knows (RELR), and identical code folded, so the size is comparable.
pub fn size() -> Result<(), String> {
    let mut build = Command::new(cargo());
    build.env(PHONE_CFLAGS.0, PHONE_CFLAGS.1).args(PHONE_BUILD);
    build.args(["--", "-C", "link-arg=-Wl,-z,pack-relative-relocs", "-C", "link-arg=-Wl,--icf=all"]);
    run(&mut build, "build the phone's library for this machine")?;
    let file = format!("{}{}{}", std::env::consts::DLL_PREFIX, crate::LIBRARY, std::env::consts::DLL_SUFFIX);
    report_size(&root().join("target/mobile").join(file))
}

/// Prints the size of a stripped library as shipped, and gzipped as it is downloaded.
fn report_size(library: &Path) -> Result<(), String> {
    let bytes = fs::metadata(library).map_err(|e| format!("cannot read {}: {e}", library.display()))?.len();
    let gzip = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(library)
        .output()
        .map_err(|e| format!("could not start gzip: {e}"))?;
    let mb = |n: u64| n as f64 / 1_000_000.0;
    println!(
        "xtask: {}: {:.2} MB stripped, {:.2} MB gzipped",
        library.display(),
        mb(bytes),
        mb(gzip.stdout.len() as u64)
    );
    Ok(())
}

/// The app module's checks for `cargo xtask test`: the bindings the shells compile (no
/// test hooks, so the app cannot come to rely on one), then the Maven project that lints
/// the app and looks up every name it takes from them.
pub fn check() -> Result<(), String> {
    crate::bindings(Profile::Debug)?;
    let android = root().join("android");
    let mut mvn = Command::new("mvn");
    mvn.current_dir(android.join("app-check")).args(["-B", "-ntp", "test"]);
    mvn.arg(property("familytime.generated", &android.join("generated/kotlin")));
    mvn.arg(property("familytime.android", &android));
    run(&mut mvn, "mvn test (android/app-check)")
}

/// What this machine has of what building for Android needs.
struct Probe {
    ndk: Result<PathBuf, String>,
    cargo_ndk: bool,
    /// Rust's installed targets; `None` without rustup.
    targets: Option<Vec<String>>,
}

impl Probe {
    fn of_this_machine() -> Probe {
        let cargo_ndk = Command::new(cargo()).args(["ndk", "--version"]).output().is_ok_and(|o| o.status.success());
        let targets = Command::new("rustup")
            .args(["target", "list", "--installed"])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).lines().map(str::to_owned).collect());
        Probe { ndk: find_ndk(|name| std::env::var_os(name).map(PathBuf::from)), cargo_ndk, targets }
    }
}

/// The NDK named by ANDROID_NDK_HOME (or ANDROID_NDK_ROOT), else the newest one the
/// Android SDK holds (ANDROID_HOME or ANDROID_SDK_ROOT, under ndk/).
fn find_ndk(var: impl Fn(&str) -> Option<PathBuf>) -> Result<PathBuf, String> {
    for name in ["ANDROID_NDK_HOME", "ANDROID_NDK_ROOT"] {
        if let Some(ndk) = var(name) {
            return if is_ndk(&ndk) {
                Ok(ndk)
            } else {
                Err(format!("{name} is {}, which is not an Android NDK (it has no toolchains/llvm)", ndk.display()))
            };
        }
    }
    for name in ["ANDROID_HOME", "ANDROID_SDK_ROOT"] {
        let Some(sdk) = var(name) else { continue };
        let mut versions: Vec<PathBuf> = fs::read_dir(sdk.join("ndk"))
            .map(|entries| entries.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| is_ndk(p)).collect())
            .unwrap_or_default();
        versions.sort();
        if let Some(newest) = versions.pop() {
            return Ok(newest);
        }
    }
    Err("the Android NDK: install it (Android Studio: Settings > SDK Manager > SDK Tools > NDK (Side by side)) \
         and set ANDROID_NDK_HOME to it, e.g. $ANDROID_HOME/ndk/<version>"
        .to_owned())
}

fn is_ndk(path: &Path) -> bool {
    path.join("toolchains/llvm").is_dir()
}

/// Every missing prerequisite, each as a line saying how to get it.
fn missing(probe: &Probe) -> Vec<String> {
    let mut missing = Vec::new();
    if let Err(ndk) = &probe.ndk {
        missing.push(ndk.clone());
    }
    if !probe.cargo_ndk {
        missing.push("cargo-ndk, which drives the NDK's compilers: cargo install cargo-ndk".to_owned());
    }
    let wanted = ABIS.map(|(_, target)| target);
    match &probe.targets {
        None => missing.push(format!("rustup, to add Rust's Android targets ({})", wanted.join(" "))),
        Some(installed) => {
            let absent: Vec<&str> = wanted.into_iter().filter(|t| !installed.iter().any(|i| i == t)).collect();
            if !absent.is_empty() {
                missing.push(format!("Rust's Android targets: rustup target add {}", absent.join(" ")));
            }
        }
    }
    missing
}

fn needs(missing: &[String]) -> String {
    let lines: Vec<String> = missing.iter().map(|m| format!("  - {m}")).collect();
    format!(
        "building the Android library needs what this machine lacks (nothing was built):\n{}\n\
         See android/README.md for the whole Android build.",
        lines.join("\n")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nothing_installed() -> Probe {
        Probe { ndk: find_ndk(|_| None), cargo_ndk: false, targets: Some(vec!["x86_64-unknown-linux-gnu".into()]) }
    }

    #[test]
    fn a_machine_without_the_ndk_is_told_each_thing_to_install_and_how() {
        let message = needs(&missing(&nothing_installed()));
        assert!(message.contains("nothing was built"), "{message}");
        assert!(message.contains("Android NDK") && message.contains("ANDROID_NDK_HOME"), "{message}");
        assert!(message.contains("cargo install cargo-ndk"), "{message}");
        assert!(
            message.contains("rustup target add aarch64-linux-android armv7-linux-androideabi x86_64-linux-android"),
            "{message}"
        );
    }

    #[test]
    fn only_the_targets_still_missing_are_asked_for() {
        let probe = Probe {
            ndk: Ok(PathBuf::from("/ndk")),
            cargo_ndk: true,
            targets: Some(vec!["aarch64-linux-android".into(), "x86_64-linux-android".into()]),
        };
        assert_eq!(missing(&probe), ["Rust's Android targets: rustup target add armv7-linux-androideabi"]);
        let ready = Probe { targets: Some(ABIS.map(|(_, t)| t.to_owned()).to_vec()), ..probe };
        assert!(missing(&ready).is_empty());
    }

    #[test]
    fn without_rustup_the_targets_are_named() {
        let probe = Probe { targets: None, ..nothing_installed() };
        assert!(missing(&probe).iter().any(|m| m.starts_with("rustup") && m.contains("armv7-linux-androideabi")));
    }

    #[test]
    fn an_ndk_variable_that_points_nowhere_is_named() {
        let error = find_ndk(|name| (name == "ANDROID_NDK_HOME").then(|| PathBuf::from("/no/such/ndk"))).unwrap_err();
        assert_eq!(error, "ANDROID_NDK_HOME is /no/such/ndk, which is not an Android NDK (it has no toolchains/llvm)");
    }

    #[test]
    fn the_newest_ndk_in_the_sdk_is_found() {
        let sdk = std::env::temp_dir().join(format!("xtask-android-sdk-{}", std::process::id()));
        for version in ["26.3.11579264", "27.2.12479018"] {
            fs::create_dir_all(sdk.join("ndk").join(version).join("toolchains/llvm")).expect("a folder");
        }
        fs::create_dir_all(sdk.join("ndk/28.0-incomplete")).expect("a folder");
        let found = find_ndk(|name| (name == "ANDROID_HOME").then(|| sdk.clone()));
        fs::remove_dir_all(&sdk).expect("removed");
        assert_eq!(found, Ok(sdk.join("ndk/27.2.12479018")));
    }
}
