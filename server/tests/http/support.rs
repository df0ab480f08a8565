//! A server on an ephemeral loopback port in a temporary folder, and devices that talk to it.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use chrono::{DateTime, TimeDelta, Utc};
use familytime_core::crypto::{self, CouncilKey, DeviceKeys, Envelope, PublicKeys, Routing, VouchedKey};
use familytime_core::keys::FileKeyStore;
use familytime_server::clock::Clock;
use familytime_server::config::{Config, Database};
use familytime_server::limits::RateLimit;
use familytime_server::{Purger, Server};
use reqwest::{Client, RequestBuilder, StatusCode};
use serde_json::{Value, json};
use tempfile::TempDir;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// A clock the test moves by hand.
pub struct TestClock(Mutex<DateTime<Utc>>);

impl TestClock {
    pub fn advance(&self, by: TimeDelta) {
        *self.0.lock().unwrap() += by;
    }
}

impl Clock for TestClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap()
    }
}

/// Which database a test's server keeps its devices and messages in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Writes each listed `async fn test(backend: Backend)` out as two tests,
/// `<module>::sqlite::<test>` and `<module>::postgres::<test>`.
#[macro_export]
macro_rules! on_both_backends {
    ($($test:ident),+ $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $test() {
                    super::$test($crate::support::Backend::Sqlite).await
                }
            )+
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $test() {
                    if $crate::support::postgres_wanted() {
                        super::$test($crate::support::Backend::Postgres).await
                    }
                }
            )+
        }
    };
}

const POSTGRES_VARIABLE: &str = "FAMILYTIME_TEST_POSTGRES";

/// Whether to run a PostgreSQL test: a missing database fails the test, so a backend
/// never silently goes untested, unless FAMILYTIME_SKIP_POSTGRES=1 says to skip it.
pub fn postgres_wanted() -> bool {
    if std::env::var_os(POSTGRES_VARIABLE).is_some() {
        return true;
    }
    if std::env::var("FAMILYTIME_SKIP_POSTGRES").is_ok_and(|skip| skip == "1") {
        eprintln!("skipped: FAMILYTIME_SKIP_POSTGRES=1");
        return false;
    }
    panic!(
        "the PostgreSQL tests need a database: set {POSTGRES_VARIABLE}=postgres://USER@127.0.0.1:5432/DB \
         (a database where USER may create schemas; each test makes its own and drops it), \
         or run `bash .ci/run`, which starts a throwaway PostgreSQL for them; \
         FAMILYTIME_SKIP_POSTGRES=1 skips them"
    );
}

/// What a server keeps and a restart finds again: its data folder and, on PostgreSQL, a
/// schema of its own, dropped with this.
pub struct TestData {
    pub dir: TempDir,
    schema: Option<TestSchema>,
}

impl TestData {
    pub fn new(backend: Backend) -> TestData {
        let schema = match backend {
            Backend::Sqlite => None,
            Backend::Postgres => Some(TestSchema::create()),
        };
        TestData { dir: tempfile::tempdir().unwrap(), schema }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn database(&self) -> Database {
        match &self.schema {
            None => Database::Sqlite,
            Some(schema) => Database::Postgres(schema.url.clone()),
        }
    }

    /// A server's configuration for this data, listening on a free loopback port.
    pub fn config(&self) -> Config {
        let mut config = Config::new(self.path(), "127.0.0.1:0".parse().unwrap());
        config.database = self.database();
        config
    }

    /// Everything stored, as (where, bytes): every file in the data folder and, on
    /// PostgreSQL, every row of the schema's tables as text (byte columns in hex).
    pub fn everything_stored(&self) -> Vec<(String, Vec<u8>)> {
        let mut stored: Vec<_> =
            files_under(self.path()).into_iter().map(|(path, bytes)| (path.display().to_string(), bytes)).collect();
        if let Some(schema) = &self.schema {
            stored.extend(schema.rows());
        }
        stored
    }
}

/// A schema of its own in FAMILYTIME_TEST_POSTGRES's database, so tests run in parallel.
struct TestSchema {
    admin_url: String,
    name: String,
    /// The server's URL: the admin URL with the schema first on its search path.
    url: String,
}

impl TestSchema {
    fn create() -> TestSchema {
        let admin_url = std::env::var(POSTGRES_VARIABLE).unwrap();
        let name = format!("test_{}", new_message_id());
        let separator = if admin_url.contains('?') { '&' } else { '?' };
        let url = format!("{admin_url}{separator}options=-c%20search_path%3D{name}");
        let schema = TestSchema { admin_url, name, url };
        schema.admin(&format!("CREATE SCHEMA {}", schema.name));
        schema
    }

    fn admin(&self, sql: &str) -> Vec<postgres::SimpleQueryMessage> {
        admin(&self.admin_url, sql).unwrap_or_else(|e| panic!("{POSTGRES_VARIABLE}: {e}"))
    }

    fn rows(&self) -> Vec<(String, Vec<u8>)> {
        let tables = self.admin(&format!(
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = '{}'",
            self.name
        ));
        let tables: Vec<String> = text_values(&tables);
        assert!(!tables.is_empty(), "the server made its tables in {}", self.name);
        let mut rows = Vec::new();
        for table in tables {
            let dump = self.admin(&format!("SELECT t::text FROM {}.{table} AS t", self.name));
            rows.extend(text_values(&dump).into_iter().map(|row| (format!("{}.{table}", self.name), row.into_bytes())));
        }
        rows
    }
}

impl Drop for TestSchema {
    fn drop(&mut self) {
        // Never a panic here: this also runs while a failed test unwinds.
        if let Err(e) = admin(&self.admin_url, &format!("DROP SCHEMA {} CASCADE", self.name)) {
            eprintln!("could not drop the test schema {}: {e}", self.name);
        }
    }
}

/// Runs `sql` as the tests' own user, on a thread of its own: a synchronous client cannot
/// run inside the test's async runtime.
fn admin(url: &str, sql: &str) -> Result<Vec<postgres::SimpleQueryMessage>, postgres::Error> {
    std::thread::scope(|scope| {
        scope.spawn(|| postgres::Client::connect(url, postgres::NoTls)?.simple_query(sql)).join().unwrap()
    })
}

fn text_values(messages: &[postgres::SimpleQueryMessage]) -> Vec<String> {
    messages
        .iter()
        .filter_map(|message| match message {
            postgres::SimpleQueryMessage::Row(row) => Some(row.get(0).unwrap().to_owned()),
            _ => None,
        })
        .collect()
}

pub struct TestServer {
    pub base: String,
    pub data: TestData,
    pub worker_token: String,
    pub clock: Arc<TestClock>,
    /// Deletes what is past its time by the test clock, as the server does every hour.
    pub purger: Purger,
    client: Client,
    shutdown: oneshot::Sender<()>,
    task: JoinHandle<std::io::Result<()>>,
}

impl TestServer {
    pub async fn start(backend: Backend) -> TestServer {
        TestServer::start_in(TestData::new(backend), RateLimit::default()).await
    }

    pub async fn start_in(data: TestData, rate_limit: RateLimit) -> TestServer {
        TestServer::start_configured(data, |config| config.rate_limit = rate_limit).await
    }

    /// A server on `data` with the test clock and whatever else `configure` sets.
    pub async fn start_configured(data: TestData, configure: impl FnOnce(&mut Config)) -> TestServer {
        install_tls_provider();
        let clock = Arc::new(TestClock(Mutex::new("2026-11-22T10:00:00Z".parse().unwrap())));
        let mut config = data.config();
        configure(&mut config);
        config.clock = clock.clone();
        let server = Server::bind(config).await.unwrap();
        let base = format!("http://{}", server.local_addr().unwrap());
        let worker_token = std::fs::read_to_string(server.worker_token_file()).unwrap().trim().to_owned();
        let purger = server.purger();
        let (shutdown, stopped) = oneshot::channel();
        let task = tokio::spawn(server.serve(async {
            let _ = stopped.await;
        }));
        TestServer { base, data, worker_token, clock, purger, client: Client::new(), shutdown, task }
    }

    /// Stops the server gracefully and hands back its data.
    pub async fn stop(self) -> TestData {
        self.shutdown.send(()).unwrap();
        self.task.await.unwrap().unwrap();
        self.data
    }

    pub fn post(&self, path: &str, token: Option<&str>) -> RequestBuilder {
        with_token(self.client.post(format!("{}{path}", self.base)), token)
    }

    pub fn delete(&self, path: &str, token: Option<&str>) -> RequestBuilder {
        with_token(self.client.delete(format!("{}{path}", self.base)), token)
    }

    pub fn get(&self, path: &str, token: Option<&str>) -> RequestBuilder {
        with_token(self.client.get(format!("{}{path}", self.base)), token)
    }

    /// Publishes a plan file at its own plan id, as the worker tool does.
    pub async fn publish(&self, plan_file: &[u8]) -> reqwest::Response {
        let plan_id = serde_json::from_slice::<Value>(plan_file).unwrap()["plan_id"].as_str().unwrap().to_owned();
        self.publish_at(&plan_id, plan_file).await
    }

    pub async fn publish_at(&self, plan_id: &str, plan_file: &[u8]) -> reqwest::Response {
        let request = self.put(&format!("/v1/plans/{plan_id}"), Some(&self.worker_token));
        request.body(plan_file.to_vec()).send().await.unwrap()
    }

    pub fn put(&self, path: &str, token: Option<&str>) -> RequestBuilder {
        with_token(self.client.put(format!("{}{path}", self.base)), token)
    }

    /// `GET /v1/plan` as `party`, with the ETag it holds.
    pub async fn fetch_plan(&self, party: &Party, etag: Option<&str>) -> reqwest::Response {
        let request = self.get("/v1/plan", Some(&party.token));
        let request = match etag {
            Some(etag) => request.header("if-none-match", format!("\"{etag}\"")),
            None => request,
        };
        request.send().await.unwrap()
    }

    pub async fn new_code(&self, child: &str) -> Value {
        let response =
            self.post("/v1/enrolment-codes", Some(&self.worker_token)).json(&json!({ "child": child })).send().await;
        let response = response.unwrap();
        assert_eq!(response.status(), StatusCode::CREATED);
        response.json().await.unwrap()
    }

    pub async fn enrol(&self, code: &str, keys: &PublicKeys) -> reqwest::Response {
        let body = json!({ "code": code, "signing_key": BASE64.encode(keys.signing), "sealing_key": BASE64.encode(keys.sealing) });
        self.post("/v1/enrol", None).json(&body).send().await.unwrap()
    }

    /// A child's device, enrolled with a fresh code for plan `plan`.
    pub async fn enrol_child(&self, plan: &str) -> Party {
        let code = self.new_code(plan).await;
        let keys = Keys::new();
        let response = self.enrol(code["code"].as_str().unwrap(), &keys.public()).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        let answer: Value = response.json().await.unwrap();
        Party::from_answer(keys, &answer)
    }

    pub async fn register_helper(&self, helper: &str) -> Party {
        let keys = Keys::new();
        let public = keys.public();
        let body = json!({
            "helper": helper,
            "signing_key": BASE64.encode(public.signing),
            "sealing_key": BASE64.encode(public.sealing),
        });
        let response = self.post("/v1/helper-devices", Some(&self.worker_token)).json(&body).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::CREATED);
        let answer: Value = response.json().await.unwrap();
        Party::from_answer(keys, &answer)
    }

    /// Submits `envelope` as `from`.
    pub async fn send(&self, from: &Party, envelope: &Envelope) -> reqwest::Response {
        self.send_bytes(&from.token, &envelope.to_bytes()).await
    }

    pub async fn send_bytes(&self, token: &str, bytes: &[u8]) -> reqwest::Response {
        let body = json!({ "envelope": BASE64.encode(bytes) });
        self.post("/v1/messages", Some(token)).json(&body).send().await.unwrap()
    }

    /// Everything waiting for `party`, from the start.
    pub async fn inbox(&self, party: &Party) -> Vec<Envelope> {
        let response = self.get("/v1/messages", Some(&party.token)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let answer: Value = response.json().await.unwrap();
        answer["messages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| Envelope::from_bytes(&BASE64.decode(m["envelope"].as_str().unwrap()).unwrap()).unwrap())
            .collect()
    }
}

/// reqwest may be built with rustls and no provider (see Cargo.toml); the tests speak
/// plain HTTP to 127.0.0.1 but a client still needs one to be built.
pub fn install_tls_provider() {
    // Another test in this process may have installed it already.
    let _ = rustls::crypto::ring::default_provider().install_default();
}

fn with_token(request: RequestBuilder, token: Option<&str>) -> RequestBuilder {
    match token {
        Some(token) => request.bearer_auth(token),
        None => request,
    }
}

/// A device's own keys, kept as the app keeps them, in a temporary key store.
pub struct Keys {
    pub keys: DeviceKeys,
    _dir: TempDir,
}

impl Keys {
    pub fn new() -> Keys {
        let dir = tempfile::tempdir().unwrap();
        let keys = DeviceKeys::load_or_create(&FileKeyStore::new(dir.path())).unwrap();
        Keys { keys, _dir: dir }
    }

    pub fn public(&self) -> PublicKeys {
        self.keys.public()
    }
}

/// An enrolled device as the server described it.
pub struct Party {
    pub device: String,
    pub token: String,
    pub vouched: VouchedKey,
    pub keys: Keys,
    pub answer: Value,
}

impl Party {
    pub fn from_answer(keys: Keys, answer: &Value) -> Party {
        Party {
            device: answer["device"].as_str().unwrap().to_owned(),
            token: answer["token"].as_str().unwrap().to_owned(),
            vouched: vouched(&answer["vouched"]),
            keys,
            answer: answer.clone(),
        }
    }

    /// The council key the device pinned at enrolment (children only).
    pub fn council(&self) -> CouncilKey {
        CouncilKey(bytes32(&self.answer["council_key"]))
    }

    /// Seals `text` to `to` as a new message in thread "t-1".
    pub fn seal(&self, council: &CouncilKey, to: &VouchedKey, text: &str) -> Envelope {
        self.seal_with_id(&new_message_id(), council, to, text)
    }

    pub fn seal_with_id(&self, id: &str, council: &CouncilKey, to: &VouchedKey, text: &str) -> Envelope {
        let routing = Routing { message_id: id, sender: &self.device, thread: "t-1" };
        crypto::seal(&self.keys.keys, &routing, to, council, text.as_bytes()).unwrap()
    }

    /// Opens a message from `sender` as this device does: checking keys and signature.
    pub fn open(&self, council: &CouncilKey, sender: &VouchedKey, envelope: &Envelope) -> String {
        String::from_utf8(crypto::open(&self.keys.keys, &self.device, sender, council, envelope).unwrap()).unwrap()
    }
}

pub fn vouched(value: &Value) -> VouchedKey {
    VouchedKey {
        device: value["device"].as_str().unwrap().to_owned(),
        keys: PublicKeys { signing: bytes32(&value["signing_key"]), sealing: bytes32(&value["sealing_key"]) },
        council_signature: BASE64.decode(value["council_signature"].as_str().unwrap()).unwrap(),
    }
}

fn bytes32(value: &Value) -> [u8; 32] {
    BASE64.decode(value.as_str().unwrap()).unwrap().try_into().unwrap()
}

/// A sample plan file from assets/samples, as the worker wrote it.
pub fn sample_file(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/samples").join(format!("{name}.json"))).unwrap()
}

/// A sample plan, to edit.
pub fn sample(name: &str) -> Value {
    serde_json::from_slice(&sample_file(name)).unwrap()
}

/// A plan as a worker's file holds it.
pub fn file(plan: &Value) -> Vec<u8> {
    serde_json::to_vec_pretty(plan).unwrap()
}

pub fn new_message_id() -> String {
    let mut bytes = [0u8; 16];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut bytes).unwrap();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Every file under `dir`, with its bytes.
pub fn files_under(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push((path.clone(), std::fs::read(&path).unwrap()));
        }
    }
    files
}

pub async fn error_code(response: reqwest::Response) -> (StatusCode, String) {
    let status = response.status();
    let body: Value = response.json().await.expect("errors are JSON");
    assert!(body["message"].as_str().is_some_and(|m| !m.is_empty()), "an error says what to do: {body}");
    (status, body["error"].as_str().unwrap().to_owned())
}

/// The server binary, started with no setup in a folder of its own on a free port.
pub struct ServerProcess {
    pub child: Child,
    /// "http://127.0.0.1:<port>", as the server printed it.
    pub base: String,
}

impl ServerProcess {
    pub fn start(cwd: &Path, database: &TestData) -> ServerProcess {
        let mut command = Command::new(env!("CARGO_BIN_EXE_familytime-server"));
        command.args(["serve", "--listen", "127.0.0.1:0"]).env_remove("FAMILYTIME_DATABASE_URL");
        if let Database::Postgres(url) = database.database() {
            command.args(["--database", &url]);
        }
        let mut child = command.current_dir(cwd).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        let base = line.trim().strip_prefix("listening on ").expect("the address is printed").to_owned();
        install_tls_provider();
        ServerProcess { child, base }
    }

    /// Sends `signal` ("INT" as Ctrl-C does, "TERM" as a service manager does) and waits
    /// for the process to end, at most 10 s.
    pub fn stop_with(&mut self, signal: &str) -> ExitStatus {
        let sent = Command::new("kill").args([&format!("-{signal}"), &self.child.id().to_string()]).status();
        assert!(sent.unwrap().success());
        let started = Instant::now();
        loop {
            if let Some(exit) = self.child.try_wait().unwrap() {
                return exit;
            }
            assert!(started.elapsed() < Duration::from_secs(10), "the server did not stop on SIG{signal}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}
