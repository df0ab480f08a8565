//! `familytime plan publish` against a real council server on 127.0.0.1: a plan goes out
//! only when it is the named child's, checks clean here, and passes the server's checks.

use std::path::{Path, PathBuf};
use std::process::Output;

use familytime_server::Server;
use familytime_server::config::Config;
use serde_json::{Value, json};

fn familytime(args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_familytime")).args(args).output().expect("the tool runs")
}

fn jay() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/samples/jay-8-10.json");
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

fn write(dir: &Path, name: &str, plan: &Value) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_vec_pretty(plan).unwrap()).unwrap();
    path
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn a_plan_is_published_only_for_its_own_child_and_only_once_every_check_passes() {
    let data = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(Server::bind(Config::new(data.path(), "127.0.0.1:0".parse().unwrap()))).unwrap();
    let url = format!("http://{}", server.local_addr().unwrap());
    let token_file = server.worker_token_file().to_str().unwrap().to_owned();
    runtime.spawn(server.serve(std::future::pending()));
    let files = tempfile::tempdir().unwrap();
    let publish = |file: &Path, child: &str| {
        let file = file.to_str().unwrap();
        familytime(&["plan", "publish", file, "--child", child, "--server", &url, "--worker-token-file", &token_file])
    };

    let plan = write(files.path(), "jay.json", &jay());
    let wrong_child = publish(&plan, "nct-5521-m");
    assert!(!wrong_child.status.success());
    assert!(
        stderr(&wrong_child).contains("this file is the plan \"kt-2026-0413\", not \"nct-5521-m\""),
        "{}",
        stderr(&wrong_child)
    );

    let mut broken = jay();
    broken["arrangements"][0]["changes"][1].as_object_mut().unwrap().remove("reason");
    let broken = write(files.path(), "broken.json", &broken);
    let refused = publish(&broken, "kt-2026-0413");
    assert!(!refused.status.success());
    let check = familytime(&["plan", "check", broken.to_str().unwrap()]);
    assert_eq!(
        stderr(&refused),
        format!("{}nothing was published\n", stderr(&check)),
        "problems as `plan check` lists them"
    );

    let published = publish(&plan, "kt-2026-0413");
    assert!(published.status.success(), "{}", stderr(&published));
    assert_eq!(
        String::from_utf8(published.stdout).unwrap(),
        "published version 7 of plan kt-2026-0413: the child's app will show it at its next sync\n"
    );

    // Valid on its own, so only the server, which knows version 7, can refuse it.
    let mut less = jay();
    less["version"] = json!(8);
    less["arrangements"][0]["schedule"]["duration_minutes"] = json!(60);
    let less = write(files.path(), "less.json", &less);
    assert!(familytime(&["plan", "check", less.to_str().unwrap()]).status.success());
    let refused = publish(&less, "kt-2026-0413");
    assert!(!refused.status.success());
    let report = stderr(&refused);
    assert!(report.starts_with(&format!("{}: 1 problem(s)\n  /arrangements/0\n", less.display())), "{report}");
    assert!(report.contains("less family time") && report.ends_with("nothing was published\n"), "{report}");

    let again = publish(&plan, "kt-2026-0413");
    assert!(again.status.success(), "publishing version 7 again is harmless: {}", stderr(&again));

    let mut older = jay();
    older["version"] = json!(6);
    let older = publish(&write(files.path(), "older.json", &older), "kt-2026-0413");
    assert!(!older.status.success());
    assert!(stderr(&older).contains("version 7 is already published"), "{}", stderr(&older));
}
