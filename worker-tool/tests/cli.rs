//! The worker tool as a social worker runs it: every sample plan checks clean and
//! previews; a broken plan lists its problems and previews nothing.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn familytime(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_familytime")).args(args).output().expect("the tool runs")
}

fn samples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/samples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 3, "at least three sample plans");
    files
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn every_sample_checks_clean_and_previews_the_same_in_text_and_json() {
    for file in samples() {
        let name = file.file_stem().unwrap().to_string_lossy().into_owned();
        let path = file.to_str().unwrap();
        let check = familytime(&["plan", "check", path]);
        assert!(check.status.success(), "{name}: {}", String::from_utf8_lossy(&check.stderr));
        assert!(stdout(&check).ends_with("no problems found\n"));

        let json = familytime(&["plan", "preview", path, "--as-of", "2026-11-22", "--json"]);
        let preview: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
        assert_eq!(preview["home"]["today"], "2026-11-22", "{name}");
        let people = preview["home"]["people"].as_array().unwrap();
        assert!(!people.is_empty(), "{name}");
        let text = stdout(&familytime(&["plan", "preview", path, "--as-of", "2026-11-22"]));
        // The text says everything the JSON's home screen says about each person.
        for person in people {
            assert!(text.contains(person["words"]["next"].as_str().unwrap()), "{name}");
            assert!(text.contains(person["words"]["label"].as_str().unwrap()), "{name}");
        }
    }
}

/// The child's screens in words, for every sample, language and age band: read these
/// snapshots to review what children see.
#[test]
fn every_sample_reads_well_in_each_language_and_age_band() {
    for file in samples() {
        let name = file.file_stem().unwrap().to_string_lossy().into_owned();
        for lang in ["en-GB", "cy"] {
            for band in ["4-7", "8-10", "11-18"] {
                let args = ["plan", "preview", file.to_str().unwrap(), "--as-of", "2026-11-22", "--lang", lang];
                let output = familytime(&[&args[..], &["--age-band", band]].concat());
                assert!(output.status.success(), "{name} {lang} {band}: {}", String::from_utf8_lossy(&output.stderr));
                insta::assert_snapshot!(format!("{name}-{lang}-{band}"), stdout(&output));
            }
        }
    }
}

fn broken_plan(dir: &Path) -> PathBuf {
    let jay = Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/samples/jay-8-10.json");
    let mut plan: serde_json::Value = serde_json::from_slice(&std::fs::read(jay).unwrap()).unwrap();
    plan["arrangements"][0]["venue"]["description"] = "the family centre, CF10 1AA".into();
    plan["arrangements"][0]["with"].as_array_mut().unwrap().push("nobody-by-this-id".into());
    let path = dir.join("broken.json");
    std::fs::write(&path, plan.to_string()).unwrap();
    path
}

#[test]
fn a_broken_plan_lists_each_problem_with_where_and_how_to_fix() {
    let dir = tempfile::tempdir().unwrap();
    let path = broken_plan(dir.path());
    let check = familytime(&["plan", "check", path.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(1));
    let report = String::from_utf8(check.stderr).unwrap();
    assert!(report.contains(": 2 problems\n"), "{report}");
    assert!(report.contains("/arrangements/0/with/2\n    there is no person with the id \"nobody-by-this-id\""));
    assert!(report.contains("/arrangements/0/venue/description\n    this looks like it contains a postcode"));
    assert!(!report.contains("CF10"), "the address is not repeated");

    let json = familytime(&["plan", "check", path.to_str().unwrap(), "--json"]);
    assert_eq!(json.status.code(), Some(1));
    let result: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(result["ok"], false);
    assert_eq!(result["problems"].as_array().unwrap().len(), 2);
    assert!(result["problems"][0]["fix"].as_str().unwrap().starts_with("use one of the ids in people"));

    let preview = familytime(&["plan", "preview", path.to_str().unwrap(), "--as-of", "2026-11-22"]);
    assert_eq!(preview.status.code(), Some(1));
    assert!(preview.stdout.is_empty(), "nothing is previewed from a refused plan");
}

/// A plan with a problem of each common kind: a person who is not in the plan, a
/// postcode, a weekly rule with a numbered day, a session of no length, and a cut with
/// no reason.
fn plan_with_several_problems(dir: &Path) -> PathBuf {
    let path = broken_plan(dir);
    let mut plan: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    plan["arrangements"][0]["schedule"]["repeat"] = "FREQ=WEEKLY;BYDAY=1SA".into();
    plan["arrangements"][1]["schedule"]["duration_minutes"] = 0.into();
    plan["arrangements"][0]["changes"][1].as_object_mut().unwrap().remove("reason");
    std::fs::write(&path, plan.to_string()).unwrap();
    path
}

/// What a worker reads, in English and in Welsh: read these snapshots to review the words.
#[test]
fn a_plan_check_says_each_problem_in_the_worker_s_language() {
    let dir = tempfile::tempdir().unwrap();
    plan_with_several_problems(dir.path());
    for lang in ["en-GB", "cy"] {
        let check = Command::new(env!("CARGO_BIN_EXE_familytime"))
            .args(["plan", "check", "broken.json", "--lang", lang])
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert_eq!(check.status.code(), Some(1));
        let report = String::from_utf8(check.stderr).unwrap();
        insta::assert_snapshot!(format!("problems-{lang}"), report);
    }

    let welsh =
        familytime(&["plan", "check", dir.path().join("broken.json").to_str().unwrap(), "--lang", "cy", "--json"]);
    let result: serde_json::Value = serde_json::from_slice(&welsh.stdout).unwrap();
    let first = &result["problems"][0];
    assert_eq!(first["path"], "/arrangements/0/with/2");
    assert_eq!(first["id"], "person-unknown");
    assert_eq!(first["args"]["id"], "nobody-by-this-id");
    assert_eq!(first["message"], "does dim person â'r dynodydd \"nobody-by-this-id\"");
    assert!(first["fix"].as_str().unwrap().starts_with("defnyddiwch un o'r dynodyddion yn people: "), "{first}");

    let unknown = familytime(&["plan", "check", "broken.json", "--lang", "fr"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&unknown.stderr).contains("no words for the language \"fr\"; the app has: cy, en-GB")
    );
}

#[test]
fn a_missing_file_and_a_bad_date_get_clear_messages() {
    let missing = familytime(&["plan", "check", "no-such-plan.json"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&missing.stderr)
            .contains("the file cannot be read: there is no file with that name\n    fix: check the file name")
    );

    let sample = samples()[0].to_str().unwrap().to_owned();
    let bad_date = familytime(&["plan", "preview", &sample, "--as-of", "2026-13-01"]);
    assert!(!bad_date.status.success());
    assert!(String::from_utf8_lossy(&bad_date.stderr).contains("is not a date (YYYY-MM-DD)"));

    let bad_lang = familytime(&["plan", "preview", &sample, "--lang", "fr"]);
    assert_eq!(bad_lang.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad_lang.stderr).contains("there are no words for the language \"fr\""));
}

/// Jay's sample plan as a JSON value, to make the next version from.
fn jay() -> serde_json::Value {
    let file = samples().into_iter().find(|f| f.ends_with("jay-8-10.json")).unwrap();
    serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap()
}

#[test]
fn a_worker_sees_what_the_child_will_be_told_changed_or_why_it_would_be_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (v7, v8, v9) = (dir.path().join("v7.json"), dir.path().join("v8.json"), dir.path().join("v9.json"));
    let mut plan = jay();
    std::fs::write(&v7, plan.to_string()).unwrap();
    plan["version"] = 8.into();
    plan["session_changes"].as_array_mut().unwrap().push(serde_json::json!({
        "arrangement": "mum-and-kai", "planned": "2026-12-02T16:00", "kind": "cancelled",
        "reason": "Mum has to go to hospital that day for a check-up.", "decided_by": "social_worker"
    }));
    std::fs::write(&v8, plan.to_string()).unwrap();
    let (v7, v8) = (v7.to_str().unwrap(), v8.to_str().unwrap());

    let told = familytime(&["plan", "preview", v8, "--since", v7, "--as-of", "2026-11-22"]);
    assert!(told.status.success(), "{}", String::from_utf8_lossy(&told.stderr));
    let text = stdout(&told);
    assert!(text.starts_with("\n== What's changed ==\n  Family time with Mum and Kai\n"), "{text}");
    assert!(text.contains("    Why: Mum has to go to hospital that day for a check-up.\n"), "{text}");
    let json = familytime(&["plan", "preview", v8, "--since", v7, "--as-of", "2026-11-22", "--json"]);
    let preview: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(preview["changes"]["cards"][0]["less"], true);
    let plain = familytime(&["plan", "preview", v8, "--as-of", "2026-11-22", "--json"]);
    assert!(serde_json::from_slice::<serde_json::Value>(&plain.stdout).unwrap().get("changes").is_none());

    // Shortening the visits in place, with no reason: refused, and the worker is told how to fix it.
    plan["version"] = 9.into();
    plan["arrangements"][0]["schedule"]["duration_minutes"] = 60.into();
    std::fs::write(&v9, plan.to_string()).unwrap();
    let refused = familytime(&["plan", "preview", v9.to_str().unwrap(), "--since", v8, "--as-of", "2026-11-22"]);
    assert!(!refused.status.success());
    let errors = String::from_utf8_lossy(&refused.stderr);
    assert!(errors.contains("/arrangements/0\n"), "{errors}");
    assert!(errors.contains("fix: add a change of kind \"reduced\""), "{errors}");
    assert!(errors.contains("the server would refuse this version"), "{errors}");
    assert!(stdout(&refused).is_empty(), "nothing is previewed");
}

#[test]
fn a_reader_that_stops_early_ends_the_tool_quietly() {
    let sample = samples()[0].to_str().unwrap().to_owned();
    for args in [vec!["plan", "preview", &sample, "--as-of", "2026-11-22"], vec!["plan", "check", &sample, "--json"]] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_familytime"))
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Like `| head` that has already read what it wanted: nobody reads standard output.
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{args:?}: {} {stderr}", output.status);
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
}

#[test]
fn plan_check_never_repeats_a_refused_plan_s_text() {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures/address-leaks.json");
    let leaks: Vec<serde_json::Value> = serde_json::from_slice(&std::fs::read(fixtures).unwrap()).unwrap();
    for leak in leaks {
        let mut plan = jay();
        let (parent, key) = leak["at"].as_str().unwrap().rsplit_once('/').unwrap();
        match plan.pointer_mut(parent).unwrap() {
            serde_json::Value::Array(items) => items[key.parse::<usize>().unwrap()] = leak["value"].clone(),
            object => drop(object.as_object_mut().unwrap().insert(key.into(), leak["value"].clone())),
        }
        let path = dir.path().join("leak.json");
        std::fs::write(&path, plan.to_string()).unwrap();
        for (json, lang) in [(false, "en-GB"), (true, "en-GB"), (false, "cy"), (true, "cy")] {
            let args =
                [&["plan", "check", path.to_str().unwrap(), "--lang", lang][..], if json { &["--json"] } else { &[] }]
                    .concat();
            let output = familytime(&args);
            assert_eq!(output.status.code(), Some(1), "{}", leak["how"]);
            let said = format!("{}{}", stdout(&output), String::from_utf8_lossy(&output.stderr));
            assert!(!said.contains("QXV") && !said.contains("Acacia"), "{} ({lang}): {said}", leak["how"]);
        }
    }
}
