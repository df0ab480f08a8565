//! The child's app on a desktop JVM: the Compose UI in `android/ui` compiled with JetBrains
//! Compose for desktop (`android/desktop`, a Maven project) over the real library.
//!
//!     cargo xtask desktop [--sample NAME] [--lang en-GB|cy] [--band 4-7|8-10|11-18]
//!                         [--dark] [--headless OUT]
//!                             the app in a window on a sample plan in a fresh store, or
//!                             every screen written to PNG files in OUT
//!     cargo xtask desktop-test    only the desktop tests (pictures, flows, accessibility)
//!     cargo xtask bench-desktop   opening the app to its first home frame, and the month grid

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::{HookedLibrary, Profile, build_tools, maven, root, run, test_library};

const PROJECT: &str = "android/desktop";
const MAIN_CLASS: &str = "app.familytime.desktop.MainKt";

/// `mvn test`: pictures of every screen, the flows against a real server, accessibility.
/// `FAMILYTIME_RECORD=1` records the reference images again instead of comparing.
pub fn test(build_the_tools: bool) -> Result<(), String> {
    let hooked = test_library(Profile::Debug)?;
    if build_the_tools {
        build_tools()?;
    }
    let mut mvn = maven(&root().join(PROJECT), &hooked);
    mvn.arg("test");
    if std::env::var_os("FAMILYTIME_RECORD").is_some_and(|v| v == "1") {
        mvn.arg("-Dfamilytime.record=true");
    }
    run(&mut mvn, "mvn test (android/desktop)")
}

/// The timing harness, on a release library, with the benchmarks' 30-person, 5-year plan.
pub fn bench() -> Result<(), String> {
    let hooked = test_library(Profile::Release)?;
    let plan = root().join("target/desktop/big-plan.json");
    fs::create_dir_all(plan.parent().expect("in target")).map_err(|e| format!("cannot make target/desktop: {e}"))?;
    let mut big = Command::new(crate::cargo());
    big.args(["run", "--release", "-p", "familytime-benches", "--bin", "big-plan", "--", "30", "5"]).arg(&plan);
    run(&mut big, "write the 30-person, 5-year plan")?;
    let mut mvn = maven(&root().join(PROJECT), &hooked);
    mvn.args(["test", "-Dfamilytime.groups=timing", "-Dfamilytime.excluded=none"]);
    mvn.arg(crate::property("familytime.bigplan", &plan));
    run(&mut mvn, "mvn test, timing harness (android/desktop)")
}

/// The desktop app, with `args` passed to it (checked there, where the usage is printed).
pub fn app(args: &[&str]) -> Result<(), String> {
    let hooked = test_library(Profile::Debug)?;
    let classpath = compile(&hooked)?;
    let mut java = Command::new("java");
    java.arg(format!("-Djna.library.path={}", hooked.libdir.display()));
    java.arg(format!("-Dskiko.data.path={}", root().join("target/desktop/skiko").display()));
    java.arg(format!("-Dfamilytime.repo={}", root().display()));
    if args.contains(&"--headless") {
        java.arg("-Djava.awt.headless=true");
    }
    java.arg("-cp").arg(classpath).arg(MAIN_CLASS).args(args);
    run(&mut java, "the desktop app")
}

/// Compiles the UI and the desktop host; returns the classpath to run them.
fn compile(hooked: &HookedLibrary) -> Result<String, String> {
    let project = root().join(PROJECT);
    let listing = project.join("target/classpath.txt");
    let mut mvn = maven(&project, hooked);
    mvn.args(["-q", "compile", "dependency:build-classpath"]);
    mvn.arg(format!("-Dmdep.outputFile={}", listing.display()));
    run(&mut mvn, "mvn compile (android/desktop)")?;
    let dependencies = fs::read_to_string(&listing).map_err(|e| format!("cannot read {}: {e}", listing.display()))?;
    Ok(format!("{}:{}", classes(&project).display(), dependencies.trim()))
}

fn classes(project: &Path) -> std::path::PathBuf {
    project.join("target/classes")
}
