//! Load on the council's server from a second process over loopback: many children's
//! devices sending sealed messages at once. Reports durable messages per second and
//! latency percentiles (each is acknowledged only after its transaction commits).
//!
//!     cargo build --release -p familytime-server
//!     cargo run --release -p familytime-benches --bin loadgen -- target/release/familytime-server \
//!         [devices] [per-device] [concurrency] [postgres://… to use PostgreSQL]

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use familytime_core::crypto::{self, DeviceKeys, Envelope, Routing};
use familytime_core::keys::FileKeyStore;
use familytime_core::relay::Relay;
use tokio::sync::Semaphore;

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let binary = args.get(1).expect("the path of the familytime-server binary");
    let number = |i: usize, default: usize| args.get(i).map_or(default, |a| a.parse().expect("a number"));
    let (devices, per_device, concurrency) = (number(2, 100), number(3, 50), number(4, 32));

    let data = tempfile::tempdir().unwrap();
    let mut command = Command::new(binary);
    command.args(["serve", "--listen", "127.0.0.1:0", "--data"]).arg(data.path());
    if let Some(database) = args.get(5) {
        command.args(["--database", database]);
    }
    let mut server = command.stdout(Stdio::piped()).stderr(Stdio::null()).spawn().expect("the server starts");
    let url = BufReader::new(server.stdout.take().unwrap())
        .lines()
        .map_while(Result::ok)
        .find_map(|line| line.strip_prefix("listening on ").map(|a| format!("{a}/")))
        .expect("the server says where it listens");
    let token = std::fs::read_to_string(data.path().join("worker-token")).unwrap();
    let relay = Arc::new(Relay::new(&url, None).unwrap());
    let keys_dir = tempfile::tempdir().unwrap();
    let keys = |name: &str| DeviceKeys::load_or_create(&FileKeyStore::new(keys_dir.path().join(name))).unwrap();
    let helper_keys = keys("helper");
    let helper = relay.register_helper(token.trim(), "amira", &helper_keys.public()).await.unwrap();

    // Seal everything first: the load is the server's, not the client's crypto.
    let mut work: Vec<(String, Envelope)> = Vec::new();
    for d in 0..devices {
        let child_keys = keys(&format!("child-{d}"));
        let (code, _) = relay.new_code(token.trim(), &format!("plan-{d}")).await.unwrap();
        let child = relay.enrol(&code, &child_keys.public()).await.unwrap();
        for m in 0..per_device {
            let id = format!("{:016x}{:016x}", d, m);
            let routing = Routing { message_id: &id, sender: &child.device, thread: &id };
            let text = format!("message {m}: I would like to see my brother more often, please.");
            let envelope =
                crypto::seal(&child_keys, &routing, &helper.vouched, &child.council, text.as_bytes()).unwrap();
            work.push((child.token.clone(), envelope));
        }
    }

    let limit = Arc::new(Semaphore::new(concurrency));
    let started = Instant::now();
    let mut tasks = Vec::with_capacity(work.len());
    for (token, envelope) in work {
        let (relay, limit) = (relay.clone(), limit.clone());
        tasks.push(tokio::spawn(async move {
            let _permit = limit.acquire().await.unwrap();
            let sent = Instant::now();
            relay.submit(&token, &envelope, false).await.map(|()| sent.elapsed())
        }));
    }
    let mut latencies: Vec<Duration> = Vec::with_capacity(tasks.len());
    let mut failures = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(latency) => latencies.push(latency),
            Err(_) => failures += 1,
        }
    }
    let elapsed = started.elapsed();
    server.kill().unwrap();
    server.wait().unwrap();
    latencies.sort();
    let at = |q: f64| latencies[((latencies.len() as f64 * q) as usize).min(latencies.len() - 1)];
    println!(
        "{} messages from {devices} devices, {concurrency} at a time: {:.0} durable messages/s; \
         p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms; {failures} failed",
        latencies.len(),
        latencies.len() as f64 / elapsed.as_secs_f64(),
        at(0.50).as_secs_f64() * 1000.0,
        at(0.99).as_secs_f64() * 1000.0,
        latencies.last().unwrap().as_secs_f64() * 1000.0,
    );
}
