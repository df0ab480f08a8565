//! `cargo xtask desk-test`: the browser desk in Debian's Chromium with Playwright
//! (`worker-tool/desk-tests`), against a real council server, the worker tool's desk and
//! a child's phone driven by `familytime-child-device`.

use std::process::Command;

use crate::{cargo, root, run};

/// `build`: build the three programs first (`cargo test` has already built them when
/// this runs after it, and a `-p` build would compile them again with other features).
pub fn test(build: bool) -> Result<(), String> {
    let root = root();
    if build {
        run(
            Command::new(cargo()).args([
                "build",
                "-p",
                "familytime-server",
                "-p",
                "familytime",
                "-p",
                "familytime-e2e",
            ]),
            "build the server, the worker tool and the child's phone",
        )?;
    }
    let project = root.join("worker-tool/desk-tests");
    run(Command::new("npm").current_dir(&project).args(["ci", "--no-audit", "--no-fund"]), "npm ci (desk tests)")?;
    let bin = root.join("target/debug");
    run(
        Command::new("npm")
            .current_dir(&project)
            .arg("test")
            .env("FAMILYTIME_SERVER", bin.join("familytime-server"))
            .env("FAMILYTIME_TOOL", bin.join("familytime"))
            .env("FAMILYTIME_CHILD", bin.join("familytime-child-device")),
        "the desk in Chromium",
    )
}
