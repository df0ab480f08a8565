//! The iOS app's library, and the checks of its Swift that run without a Swift compiler.
//!
//!     cargo xtask ios        the XCFramework for iPhones and the simulator, and the Swift
//!                            bindings, into ios/FamilyTimeKit (needs macOS with Xcode)
//!     cargo xtask ios-check  only the checks below
//!
//! `cargo xtask test` runs `check`: every Swift file of ios/ parsed by tree-sitter's Swift
//! grammar, every core name it uses found in the bindings generated from the current
//! library, screen parity with the Android app, and no words of the shells' own
//! (`ios/checks`, Python's unittest, the grammars from PyPI at pinned versions).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{Profile, cargo, root, run};

/// The phone's build of the library: the size-optimised profile, and the static library
/// alone (as for Android, one crate type at a time makes a smaller library).
const PHONE_BUILD: [&str; 8] =
    ["rustc", "-p", "familytime-ffi", "--lib", "--profile", "mobile", "--crate-type", "staticlib"];

/// Each Rust target the XCFramework holds: a phone, and the simulator on both kinds of Mac.
const DEVICE: &str = "aarch64-apple-ios";
const SIMULATORS: [&str; 2] = ["aarch64-apple-ios-sim", "x86_64-apple-ios"];

/// `cargo xtask ios`: the static library for each target, the simulator's two made one,
/// wrapped with the C header and module map as FamilyTimeCoreFFI.xcframework, and the
/// Swift bindings copied beside it into the local package.
pub fn build() -> Result<(), String> {
    let missing = missing(std::env::consts::OS, has_xcodebuild(), installed_targets());
    if !missing.is_empty() {
        return Err(needs(&missing));
    }
    crate::bindings(Profile::Debug)?;
    let root = root();
    for target in std::iter::once(DEVICE).chain(SIMULATORS) {
        run(
            Command::new(cargo()).args(PHONE_BUILD).args(["--target", target]),
            &format!("build the library ({target})"),
        )?;
    }
    let archive = |target: &str| root.join("target").join(target).join("mobile/libfamilytime_ffi.a");
    let work = root.join("target/ios");
    let simulator = work.join("libfamilytime_ffi-simulator.a");
    fs::create_dir_all(&work).map_err(|e| format!("cannot make {}: {e}", work.display()))?;
    let mut lipo = Command::new("lipo");
    lipo.arg("-create").args(SIMULATORS.map(archive)).arg("-output").arg(&simulator);
    run(&mut lipo, "join the simulator libraries (lipo)")?;

    let generated = root.join("ios/Generated");
    let headers = work.join("headers");
    reset(&headers)?;
    copy(&generated.join("FamilyTimeCoreFFI.h"), &headers.join("FamilyTimeCoreFFI.h"))?;
    // Xcode finds a framework's module map only under this name.
    copy(&generated.join("FamilyTimeCoreFFI.modulemap"), &headers.join("module.modulemap"))?;

    let kit = root.join("ios/FamilyTimeKit");
    let framework = kit.join("Frameworks/FamilyTimeCoreFFI.xcframework");
    if framework.exists() {
        fs::remove_dir_all(&framework).map_err(|e| format!("cannot clear {}: {e}", framework.display()))?;
    }
    let mut xcframework = Command::new("xcodebuild");
    xcframework.arg("-create-xcframework");
    for library in [archive(DEVICE), simulator] {
        xcframework.arg("-library").arg(library).arg("-headers").arg(&headers);
    }
    xcframework.arg("-output").arg(&framework);
    run(&mut xcframework, "make FamilyTimeCoreFFI.xcframework")?;
    copy(&generated.join("FamilyTimeCore.swift"), &kit.join("Sources/FamilyTimeCore/FamilyTimeCore.swift"))?;
    println!(
        "xtask: {} and the Swift bindings are in ios/FamilyTimeKit; next: cd ios && xcodegen generate",
        framework.display()
    );
    Ok(())
}

/// `cargo xtask ios-check`: the bindings the app compiles against (no test hooks), then
/// the checks in ios/checks, in a virtual environment under target/ with the grammars
/// pinned in ios/checks/requirements.txt.
pub fn check() -> Result<(), String> {
    crate::bindings(Profile::Debug)?;
    let root = root();
    let checks = root.join("ios/checks");
    let venv = root.join("target/ios-checks/venv");
    let python = venv.join("bin/python");
    if !python.exists() {
        run(Command::new("python3").args(["-m", "venv"]).arg(&venv), "make the checks' Python environment")?;
    }
    let mut pip = Command::new(&python);
    pip.args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--only-binary=:all:", "-r"]);
    pip.arg(checks.join("requirements.txt"));
    run(&mut pip, "pip install the Swift and Kotlin grammars")?;
    let mut tests = Command::new(&python);
    tests.current_dir(&checks).args(["-B", "-m", "unittest", "-v", "test_ios"]).env("FAMILYTIME_REPO", &root);
    run(&mut tests, "the iOS checks (ios/checks)")
}

fn has_xcodebuild() -> bool {
    Command::new("xcodebuild").arg("-version").output().is_ok_and(|o| o.status.success())
}

/// Rust's installed targets; `None` without rustup.
fn installed_targets() -> Option<Vec<String>> {
    Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).lines().map(str::to_owned).collect())
}

/// Every missing prerequisite on a machine running `os`, each saying how to get it.
fn missing(os: &str, xcodebuild: bool, targets: Option<Vec<String>>) -> Vec<String> {
    if os != "macos" {
        return vec![format!(
            "macOS with Xcode: Apple's compilers, SDKs and xcodebuild exist only there (this machine runs {os})"
        )];
    }
    let mut missing = Vec::new();
    if !xcodebuild {
        missing.push("Xcode and its command line tools: install Xcode, then xcode-select --install".to_owned());
    }
    let wanted: Vec<&str> = std::iter::once(DEVICE).chain(SIMULATORS).collect();
    match targets {
        None => missing.push(format!("rustup, to add Rust's iOS targets ({})", wanted.join(" "))),
        Some(installed) => {
            let absent: Vec<&str> = wanted.into_iter().filter(|t| !installed.iter().any(|i| i == t)).collect();
            if !absent.is_empty() {
                missing.push(format!("Rust's iOS targets: rustup target add {}", absent.join(" ")));
            }
        }
    }
    missing
}

fn needs(missing: &[String]) -> String {
    let lines: Vec<String> = missing.iter().map(|m| format!("  - {m}")).collect();
    format!(
        "building the iOS library needs what this machine lacks (nothing was built):\n{}\n\
         What can be checked of the iOS app here runs in `cargo xtask ios-check`; ios/README.md has the Mac's steps.",
        lines.join("\n")
    )
}

fn reset(folder: &Path) -> Result<(), String> {
    if folder.exists() {
        fs::remove_dir_all(folder).map_err(|e| format!("cannot clear {}: {e}", folder.display()))?;
    }
    fs::create_dir_all(folder).map_err(|e| format!("cannot make {}: {e}", folder.display()))
}

fn copy(from: &Path, to: &PathBuf) -> Result<(), String> {
    if let Some(parent) = to.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("cannot make {}: {e}", parent.display()))?;
    }
    fs::copy(from, to).map(|_| ()).map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_linux_machine_is_told_the_ios_library_needs_a_mac_with_xcode() {
        let message = needs(&missing("linux", false, None));
        assert!(message.contains("nothing was built"), "{message}");
        assert!(message.contains("macOS with Xcode") && message.contains("this machine runs linux"), "{message}");
        assert!(message.contains("cargo xtask ios-check") && message.contains("ios/README.md"), "{message}");
    }

    #[test]
    fn this_machine_gets_the_same_answer_unless_it_is_a_mac() {
        let answer = missing(std::env::consts::OS, has_xcodebuild(), installed_targets());
        if std::env::consts::OS != "macos" {
            assert_eq!(answer.len(), 1);
            assert!(answer[0].starts_with("macOS with Xcode"), "{answer:?}");
        }
    }

    #[test]
    fn a_mac_is_told_each_missing_piece_and_how_to_get_it() {
        let installed = Some(vec!["aarch64-apple-ios".to_owned(), "aarch64-apple-darwin".to_owned()]);
        assert_eq!(
            missing("macos", false, installed),
            [
                "Xcode and its command line tools: install Xcode, then xcode-select --install",
                "Rust's iOS targets: rustup target add aarch64-apple-ios-sim x86_64-apple-ios",
            ]
        );
        let all = Some([DEVICE, SIMULATORS[0], SIMULATORS[1]].map(str::to_owned).to_vec());
        assert!(missing("macos", true, all).is_empty());
    }
}
