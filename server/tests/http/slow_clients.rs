//! Slow or broken clients cannot hold the server: unfinished headers and bodies run out
//! of time, connections are capped, and a broken body is answered in the usual JSON.

use std::time::{Duration, Instant};

use familytime_server::Server;
use familytime_server::limits::ConnectionLimits;
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::oneshot;

use crate::support::{Backend, TestData, install_tls_provider};

const LIMITS: ConnectionLimits = ConnectionLimits {
    header_timeout: Duration::from_millis(800),
    body_timeout: Duration::from_millis(800),
    max_connections: 4,
};

/// Serves with short limits until the returned sender is dropped.
async fn serve(data: &TestData) -> (std::net::SocketAddr, oneshot::Sender<()>) {
    install_tls_provider();
    let mut config = data.config();
    config.connections = LIMITS;
    let server = Server::bind(config).await.unwrap();
    let addr = server.local_addr().unwrap();
    let (stop, stopped) = oneshot::channel::<()>();
    tokio::spawn(server.serve(async {
        let _ = stopped.await;
    }));
    (addr, stop)
}

/// Sends `bytes` and reads until the server closes the connection; gives what it
/// answered and how long it kept the connection. Fails if it is still open after 10 s.
async fn send_and_wait(addr: std::net::SocketAddr, bytes: &[u8]) -> (String, Duration) {
    let started = Instant::now();
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream.write_all(bytes).await.unwrap();
    let mut answer = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut answer)).await;
    assert!(read.is_ok(), "the connection was still open after 10 s: {:?}", String::from_utf8_lossy(&answer));
    (String::from_utf8_lossy(&answer).into_owned(), started.elapsed())
}

/// The JSON body of an HTTP answer.
fn json_body(answer: &str) -> Value {
    let (_, body) = answer.split_once("\r\n\r\n").expect("an HTTP answer");
    serde_json::from_str(body).unwrap_or_else(|_| panic!("a JSON body: {answer}"))
}

#[tokio::test]
async fn unfinished_headers_and_a_trickled_method_are_cut_off() {
    let data = TestData::new(Backend::Sqlite);
    let (addr, _stop) = serve(&data).await;
    for partial in [&b"POST /v1/messages HTTP/1.1\r\nHost: x\r\n"[..], b"PO", b""] {
        let (_, open_for) = send_and_wait(addr, partial).await;
        assert!(open_for < Duration::from_secs(5), "{partial:?} held a connection for {open_for:?}");
    }
}

/// Sends `request` and expects a 400 `unreadable_body` in JSON, then the connection closed.
async fn refused_as_unreadable(request: &[u8]) {
    let data = TestData::new(Backend::Sqlite);
    let (addr, _stop) = serve(&data).await;
    let (answer, open_for) = send_and_wait(addr, request).await;
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    assert_eq!(json_body(&answer)["error"], "unreadable_body");
    assert!(open_for < Duration::from_secs(5), "{open_for:?}");
}

#[tokio::test]
async fn a_body_shorter_than_it_said_is_refused_in_json_when_its_time_is_up() {
    refused_as_unreadable(
        b"POST /v1/enrol HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 9000\r\n\r\n{\"code\":",
    )
    .await;
}

#[tokio::test]
async fn an_impossible_chunk_size_is_refused_in_json() {
    refused_as_unreadable(
        b"POST /v1/enrol HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffff\r\n",
    )
    .await;
}

#[tokio::test]
async fn connections_beyond_the_cap_wait_until_a_slot_is_free() {
    let data = TestData::new(Backend::Sqlite);
    let (addr, _stop) = serve(&data).await;
    // Fill every slot with a client that says nothing.
    let mut silent = Vec::new();
    for _ in 0..LIMITS.max_connections {
        silent.push(TcpStream::connect(addr).await.unwrap());
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    let started = Instant::now();
    let (answer, _) = send_and_wait(addr, b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    // Answered only once the silent ones ran out of time, and they were closed.
    assert!(started.elapsed() >= LIMITS.header_timeout / 2, "answered at once: the cap did not hold");
    for mut stream in silent {
        let mut rest = Vec::new();
        let closed = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut rest)).await;
        assert!(closed.is_ok(), "a silent connection was kept open");
    }
}

/// Sends `request` and gives the status line and JSON body of what came back.
async fn hyper_refusal(request: &[u8]) -> (String, Value) {
    let data = TestData::new(Backend::Sqlite);
    let (addr, _stop) = serve(&data).await;
    let (answer, _) = send_and_wait(addr, request).await;
    let (head, _) = answer.split_once("\r\n\r\n").expect("an HTTP answer");
    assert!(head.to_ascii_lowercase().contains("\r\ncontent-type: application/json"), "{answer}");
    (head.lines().next().unwrap().to_owned(), json_body(&answer))
}

#[tokio::test]
async fn a_request_line_that_is_not_http_is_refused_in_json() {
    let (status, body) = hyper_refusal(b"HELLO THERE\r\nHost: x\r\n\r\n").await;
    assert_eq!(status, "HTTP/1.1 400 Bad Request");
    assert_eq!(body["error"], "malformed_request");
    assert!(body["message"].as_str().unwrap().contains("could not be read as HTTP/1.1"), "{body}");
}

#[tokio::test]
async fn headers_too_large_are_refused_in_json() {
    let mut request = b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Filler: ".to_vec();
    request.extend(std::iter::repeat_n(b'a', 17 * 1024));
    request.extend(b"\r\n\r\n");
    let (status, body) = hyper_refusal(&request).await;
    assert_eq!(status, "HTTP/1.1 431 Request Header Fields Too Large");
    assert_eq!(body["error"], "headers_too_large");
}
