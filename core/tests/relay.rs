//! The client's behaviour when the server is not there, too slow, or not HTTPS.

use std::time::{Duration, Instant};

use familytime_core::crypto::PublicKeys;
use familytime_core::relay::{Relay, RelayError, Timeouts};

const KEYS: PublicKeys = PublicKeys { signing: [1; 32], sealing: [2; 32] };

#[test]
fn only_https_is_allowed_except_to_this_machine() {
    assert!(matches!(Relay::new("http://council.example.org", None), Err(RelayError::Insecure(_))));
    assert!(matches!(Relay::new("ftp://127.0.0.1", None), Err(RelayError::Insecure(_))));
    assert!(matches!(Relay::new("not a url", None), Err(RelayError::BadAddress(_))));
    assert!(Relay::new("https://council.example.org", None).is_ok());
    assert!(Relay::new("http://127.0.0.1:9", None).is_ok());
    let broken_ca = Relay::new("https://council.example.org", Some(b"-----BEGIN CERTIFICATE-----\nnope\n"));
    assert!(matches!(broken_ca, Err(RelayError::BadCertificate(_))));
    let no_certificate = Relay::new("https://council.example.org", Some(b"a council's CA, said in words"));
    assert_eq!(no_certificate.err(), Some(RelayError::BadCertificate("there is no certificate in it".into())));
}

#[test]
fn a_server_name_must_be_plain_letters_as_the_library_has_no_unicode_host_names() {
    // The phone's library leaves out the Unicode tables for international host names
    // (decision 97); a council's name is ASCII, or written in its ASCII form.
    assert!(Relay::new("https://cyngor.example.cymru", None).is_ok());
    assert!(Relay::new("https://xn--caf-dma.example", None).is_ok());
    assert!(matches!(Relay::new("https://café.example", None), Err(RelayError::BadAddress(_))));
}

#[tokio::test]
async fn a_server_that_is_down_is_temporary() {
    // Bind and drop: nothing listens on the port any more.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let relay = Relay::new(&format!("http://127.0.0.1:{port}/"), None).unwrap();
    let error = relay.enrol("ABCD", &KEYS).await.unwrap_err();
    assert!(error.is_temporary(), "{error}");
    assert!(error.to_string().contains("cannot be reached right now"));
}

#[tokio::test]
async fn a_server_that_never_answers_times_out() {
    // A real socket that accepts and then says nothing.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            held.push(socket);
        }
    });
    let timeouts = Timeouts {
        connect: Duration::from_secs(1),
        read: Duration::from_millis(300),
        total: Duration::from_millis(600),
    };
    let relay = Relay::with_timeouts(&format!("http://{address}/"), None, timeouts).unwrap();
    let started = Instant::now();
    let error = relay.enrol("ABCD", &KEYS).await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(error, RelayError::Unavailable("it took too long to answer".into()));
}

/// A server at 127.0.0.1 that answers one request with `head`, then sends `chunk` (HTTP
/// chunked) until the client hangs up.
fn endless_server(head: &'static str, chunk: Option<usize>) -> String {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        let (mut socket, _) = listener.accept().unwrap();
        let mut request = Vec::new();
        let mut byte = [0u8];
        while !request.ends_with(b"\r\n\r\n") && socket.read(&mut byte).unwrap() == 1 {
            request.push(byte[0]);
        }
        socket.write_all(head.as_bytes()).unwrap();
        if let Some(size) = chunk {
            let mut framed = format!("{size:x}\r\n").into_bytes();
            framed.extend(std::iter::repeat_n(b'{', size));
            framed.extend_from_slice(b"\r\n");
            while socket.write_all(&framed).is_ok() {}
        }
    });
    format!("http://{address}/")
}

#[tokio::test]
async fn a_server_cannot_make_the_phone_read_an_endless_plan() {
    let endless =
        endless_server("HTTP/1.1 200 OK\r\nETag: \"x\"\r\nTransfer-Encoding: chunked\r\n\r\n", Some(64 * 1024));
    let error = Relay::new(&endless, None).unwrap().fetch_plan("token", None).await.unwrap_err();
    assert!(matches!(error, RelayError::Malformed(_)), "{error}");

    // One that says how long it is, is refused before any of it is read.
    let announced = endless_server("HTTP/1.1 200 OK\r\nETag: \"x\"\r\nContent-Length: 1000000000\r\n\r\n", None);
    let error = Relay::new(&announced, None).unwrap().fetch_plan("token", None).await.unwrap_err();
    assert!(matches!(error, RelayError::Malformed(_)), "{error}");
}
