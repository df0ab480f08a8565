//! The worker tool against a real council server on 127.0.0.1: publishing plans, and a
//! helper's desk when a plan changes who the child may tell.

use std::path::{Path, PathBuf};
use std::process::Output;

use familytime::desk::Desk;
use familytime_core::crypto::{self, DeviceKeys, Routing};
use familytime_core::keys::FileKeyStore;
use familytime_core::messages::{Message, Payload, Topic};
use familytime_core::relay::{Enrolment, Relay, RelayError};
use familytime_server::config::Config;
use familytime_server::{Purger, Server};
use serde_json::{Value, json};
use tempfile::TempDir;
use tokio::runtime::Runtime;

/// A server with its data in a temporary folder, serving until dropped.
struct Council {
    url: String,
    token_file: String,
    runtime: Runtime,
    /// Runs the server's retention now.
    purger: Purger,
    _data: TempDir,
}

impl Council {
    fn start() -> Council {
        Council::start_with(|_| {})
    }

    fn start_with(configure: impl FnOnce(&mut Config)) -> Council {
        let data = tempfile::tempdir().unwrap();
        let runtime = Runtime::new().unwrap();
        let mut config = Config::new(data.path(), "127.0.0.1:0".parse().unwrap());
        configure(&mut config);
        let server = runtime.block_on(Server::bind(config)).unwrap();
        let url = format!("http://{}", server.local_addr().unwrap());
        let token_file = server.worker_token_file().to_str().unwrap().to_owned();
        let purger = server.purger();
        runtime.spawn(server.serve(std::future::pending()));
        Council { url, token_file, runtime, purger, _data: data }
    }

    /// The worker tool with `args` and this council's address and worker token.
    fn worker(&self, args: &[&str]) -> Output {
        familytime(&[args, &["--server", &self.url, "--worker-token-file", &self.token_file]].concat())
    }

    /// A child's phone for `plan`, enrolled with a code from the tool's library, sending
    /// `text` to the helper device `to` as a new thread; gives the phone and the message id.
    fn phone_sends(&self, plan: &str, to: &str, text: &str) -> (Relay, Enrolment, String) {
        let relay = Relay::new(&self.url, None).unwrap();
        let keys = DeviceKeys::load_or_create(&FileKeyStore::new(tempfile::tempdir().unwrap().path())).unwrap();
        let worker_token = std::fs::read_to_string(&self.token_file).unwrap();
        let phone = self.runtime.block_on(async {
            let (code, _) = relay.new_code(worker_token.trim(), plan).await.unwrap();
            relay.enrol(&code, &keys.public()).await.unwrap()
        });
        let helper = phone.helpers.iter().find(|h| h.device == to).unwrap();
        let id = new_id();
        let routing = Routing { message_id: &id, sender: &phone.device, thread: &id };
        let envelope =
            crypto::seal(&keys, &routing, helper, &phone.council, &payload("amira", Topic::Worry, text)).unwrap();
        self.runtime.block_on(relay.submit(&phone.token, &envelope, false)).unwrap();
        (relay, phone, id)
    }

    fn publish(&self, file: &Path, child: &str) -> Output {
        let file = file.to_str().unwrap();
        let server = ["--server", &self.url, "--worker-token-file", &self.token_file];
        familytime(&[&["plan", "publish", file, "--child", child][..], &server].concat())
    }

    /// Joins a helper's desk in `dir`, returning its device id.
    fn join(&self, helper: &str, dir: &Path) -> String {
        let server = ["--server", &self.url, "--worker-token-file", &self.token_file];
        let joined =
            familytime(&[&["desk", "join", "--helper", helper, "--dir", dir.to_str().unwrap()][..], &server].concat());
        let text = String::from_utf8(joined.stdout).unwrap();
        text.strip_prefix("joined as device ").and_then(|rest| rest.split(':').next()).unwrap().to_owned()
    }
}

/// A child's message as the phone seals it.
fn payload(to: &str, topic: Topic, text: &str) -> Vec<u8> {
    let message =
        Message { to: to.into(), topic, change: None, about_person: None, about_session: None, text: text.into() };
    serde_json::to_vec(&Payload::Message(message)).unwrap()
}

/// A fresh message id: 128 random bits in hex.
fn new_id() -> String {
    familytime_core::keys::random_key().unwrap()[..16].iter().map(|b| format!("{b:02x}")).collect()
}

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
    let council = Council::start();
    let files = tempfile::tempdir().unwrap();
    let publish = |file: &Path, child: &str| council.publish(file, child);

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
    assert!(report.starts_with(&format!("{}: 1 problem\n  /arrangements/0\n", less.display())), "{report}");
    assert!(report.contains("less family time") && report.ends_with("nothing was published\n"), "{report}");
    // The server's problem, sent as an id and its values, is said in the worker's language.
    let server = ["--server", &council.url, "--worker-token-file", &council.token_file];
    let in_welsh =
        [&["plan", "publish", less.to_str().unwrap(), "--child", "kt-2026-0413", "--lang", "cy"][..], &server];
    let welsh = stderr(&familytime(&in_welsh.concat()));
    assert!(
        welsh.contains("mae fersiwn 8 yn rhoi llai o amser teulu i'r plentyn yn \"mum-and-kai\" na fersiwn 7")
            && welsh.ends_with("ni chyhoeddwyd dim\n"),
        "{welsh}"
    );

    let again = publish(&plan, "kt-2026-0413");
    assert!(again.status.success(), "publishing version 7 again is harmless: {}", stderr(&again));

    let mut older = jay();
    older["version"] = json!(6);
    let older = publish(&write(files.path(), "older.json", &older), "kt-2026-0413");
    assert!(!older.status.success());
    assert!(stderr(&older).contains("version 7 is already published"), "{}", stderr(&older));
}

#[test]
fn a_helper_taken_off_a_plan_still_reads_their_inbox_is_told_why_they_cannot_answer_and_the_duty_team_sees_it() {
    let council = Council::start();
    let (amira_dir, tom_dir, child_dir) =
        (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let amira = council.join("amira", amira_dir.path());
    council.join("tom", tom_dir.path());

    // Jay's phone enrols and sends Tom an urgent message before Jay's plan is published.
    let relay = Relay::new(&council.url, None).unwrap();
    let keys = DeviceKeys::load_or_create(&FileKeyStore::new(child_dir.path())).unwrap();
    let worker_token = std::fs::read_to_string(&council.token_file).unwrap();
    let phone = council.runtime.block_on(async {
        let (code, _) = relay.new_code(worker_token.trim(), "kt-2026-0413").await.unwrap();
        relay.enrol(&code, &keys.public()).await.unwrap()
    });
    let tom = phone.helpers.iter().find(|h| h.device != amira).unwrap();
    let id = "0123456789abcdef0123456789abcdef";
    let routing = Routing { message_id: id, sender: &phone.device, thread: id };
    let payload = payload("tom", Topic::UnsafeNow, "I don't feel safe");
    let envelope = crypto::seal(&keys, &routing, tom, &phone.council, &payload).unwrap();
    council.runtime.block_on(relay.submit(&phone.token, &envelope, true)).unwrap();

    // Then the plan is published with only Amira's desk on it.
    let mut plan = jay();
    plan["helpers"][0]["device"] = json!(amira);
    let plan = write(child_dir.path(), "jay.json", &plan);
    assert!(council.publish(&plan, "kt-2026-0413").status.success());

    let inbox = familytime(&["desk", "inbox", "--dir", tom_dir.path().to_str().unwrap()]);
    assert!(inbox.status.success(), "{}", stderr(&inbox));
    assert_eq!(String::from_utf8(inbox.stdout).unwrap(), "no messages\n");
    let welsh = familytime(&["desk", "inbox", "--dir", tom_dir.path().to_str().unwrap(), "--lang", "cy"]);
    assert_eq!(String::from_utf8(welsh.stdout).unwrap(), "dim negeseuon\n", "the desk's lines in Welsh");
    // Answering is refused at once, saying why and who can answer instead (decision 44);
    // nothing is sent that the child's phone would drop.
    let reply = familytime(&["desk", "reply", id, "I'm here", "--dir", tom_dir.path().to_str().unwrap()]);
    assert!(!reply.status.success());
    let why = stderr(&reply);
    assert!(why.contains("no longer on the plan") && why.contains("duty team"), "{why}");
    let server = ["--server", &council.url, "--worker-token-file", &council.token_file];
    let duty = familytime(&[&["desk", "duty"][..], &server].concat());
    let duty = String::from_utf8(duty.stdout).unwrap();
    assert!(duty.starts_with(&format!("URGENT: the child feels unsafe now. {id} to device {}", tom.device)), "{duty}");
}

/// A council CA and a certificate it issued for 127.0.0.1, as PEM files in `dir`;
/// gives the CA's file.
fn council_ca(dir: &Path, name: &str) -> PathBuf {
    use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};
    let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.distinguished_name.push(DnType::CommonName, format!("{name} council CA"));
    let ca = CertifiedIssuer::self_signed(params, KeyPair::generate().unwrap()).unwrap();
    let key = KeyPair::generate().unwrap();
    let cert = CertificateParams::new(vec!["127.0.0.1".to_owned()]).unwrap().signed_by(&key, &ca).unwrap();
    std::fs::write(dir.join(format!("{name}-cert.pem")), cert.pem()).unwrap();
    std::fs::write(dir.join(format!("{name}-key.pem")), key.serialize_pem()).unwrap();
    let ca_file = dir.join(format!("{name}-ca.pem"));
    std::fs::write(&ca_file, ca.pem()).unwrap();
    ca_file
}

#[test]
fn the_worker_tool_reaches_an_https_council_trusting_only_the_council_ca() {
    let files = tempfile::tempdir().unwrap();
    let ca = council_ca(files.path(), "north");
    let other_ca = council_ca(files.path(), "south");
    let data = tempfile::tempdir().unwrap();
    let runtime = Runtime::new().unwrap();
    let mut config = Config::new(data.path(), "127.0.0.1:0".parse().unwrap());
    config.tls = Some(familytime_server::config::TlsFiles {
        cert: files.path().join("north-cert.pem"),
        key: files.path().join("north-key.pem"),
    });
    let server = runtime.block_on(Server::bind(config)).unwrap();
    let url = format!("https://127.0.0.1:{}/", server.local_addr().unwrap().port());
    let token_file = server.worker_token_file().to_str().unwrap().to_owned();
    runtime.spawn(server.serve(std::future::pending()));
    let council = |ca: Option<&Path>| -> Vec<String> {
        let mut args = vec!["--server".to_owned(), url.clone(), "--worker-token-file".to_owned(), token_file.clone()];
        if let Some(ca) = ca {
            args.extend(["--ca".to_owned(), ca.to_str().unwrap().to_owned()]);
        }
        args
    };
    let run = |command: &[&str], ca: Option<&Path>| {
        let council = council(ca);
        familytime(&[command, &council.iter().map(String::as_str).collect::<Vec<_>>()].concat())
    };

    // With the council's CA, codes and the duty list work over HTTPS.
    let code = run(&["desk", "code", "--child", "kt-1"], Some(&ca));
    assert!(code.status.success(), "{}", stderr(&code));
    assert!(String::from_utf8_lossy(&code.stdout).starts_with("enrolment code for kt-1: "));
    let duty = run(&["desk", "duty"], Some(&ca));
    assert!(duty.status.success(), "{}", stderr(&duty));

    // Another authority's CA, or none (Mozilla's roots, as a phone has), and the server is
    // not trusted.
    for ca in [Some(other_ca.as_path()), None] {
        let refused = run(&["desk", "code", "--child", "kt-1"], ca);
        assert!(!refused.status.success(), "trusted a server with {ca:?}");
        assert!(!String::from_utf8_lossy(&refused.stdout).contains("enrolment code"));
    }

    // A desk joined with the CA keeps trusting it, and only it, for what it does later.
    let desk = tempfile::tempdir().unwrap();
    let dir = desk.path().to_str().unwrap();
    let joined = run(&["desk", "join", "--helper", "amira", "--dir", dir], Some(&ca));
    assert!(joined.status.success(), "{}", stderr(&joined));
    let inbox = familytime(&["desk", "inbox", "--dir", dir]);
    assert!(inbox.status.success(), "{}", stderr(&inbox));
    assert_eq!(String::from_utf8_lossy(&inbox.stdout), "no messages\n");

    // A plan is published over HTTPS too; a missing CA file is named.
    let plan = write(files.path(), "jay.json", &jay());
    let published = run(&["plan", "publish", plan.to_str().unwrap(), "--child", "kt-2026-0413"], Some(&ca));
    assert!(published.status.success(), "{}", stderr(&published));
    let missing = run(&["desk", "duty"], Some(&files.path().join("nowhere.pem")));
    assert!(stderr(&missing).contains("nowhere.pem"), "{}", stderr(&missing));

    // A device is removed over HTTPS with the council's CA, and not without it.
    let device = String::from_utf8_lossy(&joined.stdout).split(':').next().unwrap().replace("joined as device ", "");
    let remove = ["desk", "remove-device", "--helper-device", device.as_str()];
    assert!(!run(&remove, Some(&other_ca)).status.success(), "trusted another authority's server");
    let removed = run(&remove, Some(&ca));
    assert!(removed.status.success(), "{}", stderr(&removed));
}

#[test]
fn a_lost_phone_and_an_old_desk_are_removed_and_the_worker_is_told_what_that_did() {
    let council = Council::start();
    let (amira_dir, tom_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let amira = council.join("amira", amira_dir.path());
    let tom = council.join("tom", tom_dir.path());
    let (relay, phone, _) = council.phone_sends("kt-1", &amira, "I lost my phone charger");

    let removed = council.worker(&["desk", "remove-device", "--child", "kt-1"]);
    assert!(removed.status.success(), "{}", stderr(&removed));
    assert_eq!(
        String::from_utf8(removed.stdout).unwrap(),
        format!(
            "Removed the child's devices for plan kt-1 ({}): they can no longer sign in, and no helper can send to \
             them.\n  Messages waiting for the removed device, deleted (only it could open them; send again what is \
             still needed): 0\n  Messages it sent, kept for the helpers they were for, whose desks can still open \
             them: 1\nTo give the child a new phone, make a code for it: familytime desk code --child kt-1\n",
            phone.device
        )
    );
    let refused = council.runtime.block_on(relay.fetch(&phone.token, 0)).expect_err("the phone is refused");
    assert!(matches!(refused, RelayError::Refused { status: 401, .. }), "{refused:?}");
    // What the child wrote stays on the server for Amira (the server's tests show it is
    // still delivered); her desk keeps working.
    let inbox = familytime(&["desk", "inbox", "--dir", amira_dir.path().to_str().unwrap()]);
    assert!(inbox.status.success(), "{}", stderr(&inbox));
    let listed = String::from_utf8(inbox.stdout).unwrap();
    assert!(listed.contains("I lost my phone charger"), "the removed phone's message opens at the desk: {listed}");

    let removed = council.worker(&["desk", "remove-device", "--helper-device", &tom]);
    assert!(removed.status.success(), "{}", stderr(&removed));
    let said = String::from_utf8(removed.stdout).unwrap();
    assert!(said.starts_with(&format!("Removed helper device {tom}: it can no longer sign in")), "{said}");
    let gone = familytime(&["desk", "inbox", "--dir", tom_dir.path().to_str().unwrap()]);
    assert!(!gone.status.success() && stderr(&gone).contains("401"), "{}", stderr(&gone));

    let again = council.worker(&["desk", "remove-device", "--helper-device", &tom]);
    assert!(!again.status.success());
    assert!(stderr(&again).contains("404 device_unknown"), "{}", stderr(&again));
    let neither = council.worker(&["desk", "remove-device"]);
    assert!(!neither.status.success() && stderr(&neither).contains("--child"), "{}", stderr(&neither));
}

#[test]
fn a_desk_marking_read_a_message_retention_already_deleted_still_notes_it_read() {
    // Retention that deletes every message nobody has read at its next round.
    let council = Council::start_with(|config| config.retention.unfinished = chrono::TimeDelta::days(-1));
    let desk_dir = tempfile::tempdir().unwrap();
    let amira = council.join("amira", desk_dir.path());
    let (_, _, id) = council.phone_sends("kt-1", &amira, "Can Nan come?");
    let desk = Desk::open(desk_dir.path()).unwrap();
    let seen = council.runtime.block_on(desk.messages(chrono::Utc::now())).unwrap();
    assert_eq!((seen.len(), seen[0].read), (1, false));

    // The worker opens it just after the server deleted it: the server no longer knows it
    // (404 `message_unknown`), and the desk, which has its own copy, marks it read anyway.
    assert_eq!(council.runtime.block_on(council.purger.purge()).unwrap().messages, 1);
    council.runtime.block_on(desk.mark_read(&id)).unwrap();
}
