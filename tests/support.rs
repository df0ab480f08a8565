//! What the end-to-end tests share: a real server on 127.0.0.1 that can be stopped and
//! started again on the same address, and a PostgreSQL schema of a test's own.
#![allow(dead_code)] // each test file uses its own share of these

use std::net::SocketAddr;
use std::path::Path;

use familytime_server::Server;
use familytime_server::config::{Config, Database};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub struct Running {
    pub address: SocketAddr,
    stop: oneshot::Sender<()>,
    task: JoinHandle<()>,
}

pub async fn start(data: &Path, database: &Database, listen: SocketAddr) -> Running {
    let mut config = Config::new(data, listen);
    config.database = database.clone();
    let server = Server::bind(config).await.expect("the server starts");
    let address = server.local_addr().unwrap();
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        server.serve(async move { drop(stopped.await) }).await.expect("the server serves");
    });
    Running { address, stop, task }
}

impl Running {
    pub async fn stop(self) {
        let _ = self.stop.send(());
        self.task.await.unwrap();
    }
}

/// The worker token the server made in its data folder on first start.
pub fn worker_token(data: &Path) -> String {
    std::fs::read_to_string(data.join("worker-token")).unwrap().trim().to_owned()
}

/// A schema of its own in FAMILYTIME_TEST_POSTGRES's database, dropped afterwards.
/// Without the variable the test fails and says why, unless FAMILYTIME_SKIP_POSTGRES=1.
pub struct Schema {
    admin: String,
    name: String,
    pub url: String,
}

impl Schema {
    pub fn create() -> Option<Schema> {
        let Ok(admin) = std::env::var("FAMILYTIME_TEST_POSTGRES") else {
            assert!(
                std::env::var("FAMILYTIME_SKIP_POSTGRES").is_ok_and(|v| v == "1"),
                "this test needs FAMILYTIME_TEST_POSTGRES=postgres://USER@127.0.0.1:PORT/DB (bash .ci/run sets it), \
                 or FAMILYTIME_SKIP_POSTGRES=1 to skip PostgreSQL knowingly"
            );
            return None;
        };
        let name = format!("e2e_{}", std::process::id());
        let separator = if admin.contains('?') { '&' } else { '?' };
        let url = format!("{admin}{separator}options=-c%20search_path%3D{name}");
        let schema = Schema { admin, name, url };
        schema.run(&format!("CREATE SCHEMA {}", schema.name));
        Some(schema)
    }

    /// On a thread of its own: the synchronous client cannot run inside the test's runtime.
    fn run(&self, sql: &str) {
        let (url, sql) = (self.admin.clone(), sql.to_owned());
        std::thread::spawn(move || {
            let mut client = postgres::Client::connect(&url, postgres::NoTls).expect("the test database");
            client.batch_execute(&sql).expect("the schema statement runs");
        })
        .join()
        .unwrap();
    }
}

impl Drop for Schema {
    fn drop(&mut self) {
        self.run(&format!("DROP SCHEMA {} CASCADE", self.name));
    }
}
