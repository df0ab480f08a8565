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
