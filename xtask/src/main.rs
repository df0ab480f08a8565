//! `cargo xtask COMMAND`: the steps around the FFI library that cargo alone cannot do.
//!
//!     cargo xtask test        every test: `cargo test`, then the generated Kotlin on a JVM
//!     cargo xtask jvm-test    only the JVM tests (builds what they need first)
//!     cargo xtask bindings [--release]
//!                             the library for this machine, and the Kotlin and Swift the
//!                             shells compile, in android/generated/kotlin and ios/Generated
//!     cargo xtask bench-jvm   the cost of one FFI call for the home screen (release build)
//!     cargo xtask android | android-size | android-check
//!                             the library for each Android ABI, its size, or the checks
//!                             of the app module (android.rs)
//!     cargo xtask desk-test   only the browser desk's tests (Playwright, Chromium)
//!     cargo xtask desktop …   the child's app on this computer (see desktop.rs)
//!     cargo xtask ios | ios-check
//!                             the iOS library (a Mac with Xcode), or the checks of the
//!                             iOS app's Swift that run anywhere (ios.rs)

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

mod android;
mod desk;
mod desktop;
mod ios;

const LIBRARY: &str = "familytime_ffi";
const USAGE: &str = "usage: cargo xtask test | jvm-test | bindings [--release] | bench-jvm | android | android-size \
                     | android-check | desk-test | desktop [OPTIONS] | desktop-test | bench-desktop | ios | ios-check";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["test"] => test(),
        ["jvm-test"] => jvm(Profile::Debug, JvmRun::Tests { build_tools: true }),
        ["bindings"] => bindings(Profile::Debug),
        ["bindings", "--release"] => bindings(Profile::Release),
        ["bench-jvm"] => jvm(Profile::Release, JvmRun::Benchmark),
        ["android"] => android::build(),
        ["android-size"] => android::size(),
        ["android-check"] => android::check(),
        ["desk-test"] => desk::test(true),
        ["desktop", options @ ..] => desktop::app(options),
        ["desktop-test"] => desktop::test(true),
        ["bench-desktop"] => desktop::bench(),
        ["ios"] => ios::build(),
        ["ios-check"] => ios::check(),
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Profile {
    Debug,
    Release,
}

impl Profile {
    fn dir(self) -> &'static str {
        match self {
            Profile::Debug => "debug",
            Profile::Release => "release",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum JvmRun {
    Tests { build_tools: bool },
    Benchmark,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_owned()
}

fn test() -> Result<(), String> {
    run(Command::new(cargo()).arg("test"), "cargo test")?;
    // `cargo test` built the server and the worker tool for their own tests; building
    // them again with `-p` would unify other features and compile them a second time.
    jvm(Profile::Debug, JvmRun::Tests { build_tools: false })?;
    desktop::test(false)?;
    android::check()?;
    ios::check()?;
    desk::test(false)
}

/// The library without the test hooks, and the bindings the shells compile.
fn bindings(profile: Profile) -> Result<(), String> {
    let library = build_library(profile, false)?;
    let root = root();
    generate(&library, "kotlin", &root.join("android/generated/kotlin"))?;
    generate(&library, "swift", &root.join("ios/Generated"))?;
    println!("xtask: library {}", library.display());
    println!("xtask: Kotlin in android/generated/kotlin, Swift in ios/Generated");
    Ok(())
}

/// The JVM tests (or the timing harness) through bindings generated from a library built
/// with the test hooks; those bindings stay under target/ so the shells never see them.
fn jvm(profile: Profile, what: JvmRun) -> Result<(), String> {
    let root = root();
    let hooked = test_library(profile)?;
    // The tests start the real server and use the worker tool's desk.
    if what == (JvmRun::Tests { build_tools: true }) {
        build_tools()?;
    }
    let mut mvn = maven(&root.join("android/jvm-tests"), &hooked);
    mvn.arg("test");
    if what == JvmRun::Benchmark {
        mvn.args(["-Dfamilytime.groups=benchmark", "-Dfamilytime.excluded=none"]);
    }
    run(&mut mvn, "mvn test (android/jvm-tests)")
}

/// The library with its test hooks, copied, and the Kotlin generated from it.
struct HookedLibrary {
    libdir: PathBuf,
    generated: PathBuf,
}

/// Builds the library with the test hooks and generates its Kotlin under target/jvm-tests.
fn test_library(profile: Profile) -> Result<HookedLibrary, String> {
    let work = root().join("target/jvm-tests");
    let library = build_library(profile, true)?;
    // A copy: a later cargo build must not swap the library under a running JVM.
    let libdir = work.join("lib");
    fs::create_dir_all(&libdir).map_err(|e| format!("cannot make {}: {e}", libdir.display()))?;
    let copy = libdir.join(library.file_name().expect("a file"));
    fs::copy(&library, &copy).map_err(|e| format!("cannot copy the library to {}: {e}", copy.display()))?;
    let generated = work.join("kotlin");
    generate(&copy, "kotlin", &generated)?;
    Ok(HookedLibrary { libdir, generated })
}

fn build_tools() -> Result<(), String> {
    run(
        Command::new(cargo()).args(["build", "-p", "familytime-server", "-p", "familytime"]),
        "build the server and worker tool",
    )
}

/// Maven, batch mode, in `project`, told where the library, its Kotlin, the built tools
/// and the repository are.
fn maven(project: &Path, hooked: &HookedLibrary) -> Command {
    let root = root();
    let mut mvn = Command::new("mvn");
    mvn.current_dir(project).args(["-B", "-ntp"]);
    mvn.arg(property("familytime.generated", &hooked.generated));
    mvn.arg(property("familytime.libdir", &hooked.libdir));
    mvn.arg(property("familytime.bindir", &root.join("target/debug")));
    mvn.arg(property("familytime.repo", &root));
    mvn
}

fn property(name: &str, value: &Path) -> String {
    format!("-D{name}={}", value.display())
}

/// Builds the library unstripped: uniffi-bindgen reads the API from its symbols.
fn build_library(profile: Profile, test_hooks: bool) -> Result<PathBuf, String> {
    let mut build = Command::new(cargo());
    build.args(["build", "-p", "familytime-ffi"]).env("CARGO_PROFILE_RELEASE_STRIP", "false");
    if profile == Profile::Release {
        build.arg("--release");
    }
    if test_hooks {
        build.args(["--features", "test-hooks"]);
    }
    run(&mut build, "build the FFI library")?;
    let file = format!("{}{LIBRARY}{}", std::env::consts::DLL_PREFIX, std::env::consts::DLL_SUFFIX);
    Ok(root().join("target").join(profile.dir()).join(file))
}

/// Generates one language's bindings into `out`, replacing what was there.
fn generate(library: &Path, language: &str, out: &Path) -> Result<(), String> {
    // Built on its own: its `cli` feature must not reach the library's build.
    run(Command::new(cargo()).args(["build", "-p", "uniffi-bindgen"]), "build uniffi-bindgen")?;
    if out.exists() {
        fs::remove_dir_all(out).map_err(|e| format!("cannot clear {}: {e}", out.display()))?;
    }
    let bindgen = root().join("target/debug").join(format!("uniffi-bindgen{}", std::env::consts::EXE_SUFFIX));
    let mut generate = Command::new(bindgen);
    // No ktlint or swift-format here; the files are generated, not read.
    generate.arg("generate").arg(library).args([OsStr::new("--language"), OsStr::new(language)]);
    generate.arg("--out-dir").arg(out).arg("--no-format").current_dir(root());
    run(&mut generate, &format!("generate {language}"))
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())
}

fn run(command: &mut Command, what: &str) -> Result<(), String> {
    let started = Instant::now();
    println!("xtask: {what}");
    let status = command.status().map_err(|e| format!("{what}: could not start {:?}: {e}", command.get_program()))?;
    println!("xtask: {what}: {:.1} s", started.elapsed().as_secs_f64());
    if status.success() { Ok(()) } else { Err(format!("{what} failed ({status})")) }
}
