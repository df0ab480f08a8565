//! HTTPS in the server itself: the child's device and the worker's tools reach it with
//! the council's own CA as the only root, made here in the test; plain HTTP is refused
//! anywhere but loopback.

use familytime_core::crypto::{self, Routing};
use familytime_core::relay::{Relay, RelayError};
use familytime_server::config::TlsFiles;
use familytime_server::{Server, StartError};
use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};
use tempfile::TempDir;
use tokio::sync::oneshot;

use crate::support::{Backend, Keys, TestData, install_tls_provider, new_message_id};

/// A council CA and a certificate it issued for this machine, as PEM files in a folder.
struct TestCa {
    dir: TempDir,
    ca_pem: String,
}

impl TestCa {
    fn new(name: &str) -> TestCa {
        let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.distinguished_name.push(DnType::CommonName, format!("{name} test CA"));
        let ca = CertifiedIssuer::self_signed(params, KeyPair::generate().unwrap()).unwrap();
        let server_key = KeyPair::generate().unwrap();
        let server = CertificateParams::new(vec!["127.0.0.1".to_owned(), "localhost".to_owned()])
            .unwrap()
            .signed_by(&server_key, &ca)
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("cert.pem"), server.pem()).unwrap();
        std::fs::write(dir.path().join("key.pem"), server_key.serialize_pem()).unwrap();
        TestCa { dir, ca_pem: ca.pem() }
    }

    fn files(&self) -> TlsFiles {
        TlsFiles { cert: self.dir.path().join("cert.pem"), key: self.dir.path().join("key.pem") }
    }
}

/// Serves HTTPS until the returned sender is dropped; gives its address and worker token.
async fn serve_tls(data: &TestData, ca: &TestCa) -> (String, String, oneshot::Sender<()>) {
    install_tls_provider();
    let mut config = data.config();
    config.tls = Some(ca.files());
    let server = Server::bind(config).await.unwrap();
    assert_eq!(server.scheme(), "https");
    let url = format!("https://127.0.0.1:{}/", server.local_addr().unwrap().port());
    let token = std::fs::read_to_string(server.worker_token_file()).unwrap().trim().to_owned();
    let (stop, stopped) = oneshot::channel::<()>();
    tokio::spawn(server.serve(async {
        let _ = stopped.await;
    }));
    (url, token, stop)
}

async fn a_child_and_a_helper_talk_over_https_trusting_only_the_council_ca(backend: Backend) {
    let data = TestData::new(backend);
    let ca = TestCa::new("council");
    let (url, worker_token, _stop) = serve_tls(&data, &ca).await;
    let relay = Relay::new(&url, Some(ca.ca_pem.as_bytes())).unwrap();

    // The worker's side (as `familytime desk join` and `desk code` do) and the child's app.
    let helper_keys = Keys::new();
    let helper = relay.register_helper(&worker_token, "amira", &helper_keys.public()).await.unwrap();
    let (code, _) = relay.new_code(&worker_token, "kt-1").await.unwrap();
    let child_keys = Keys::new();
    let child = relay.enrol(&code, &child_keys.public()).await.unwrap();
    let id = new_message_id();
    let routing = Routing { message_id: &id, sender: &child.device, thread: "t-1" };
    let words = b"can I see Nan at Christmas?";
    let envelope = crypto::seal(&child_keys.keys, &routing, &helper.vouched, &child.council, words).unwrap();
    relay.submit(&child.token, &envelope, false).await.unwrap();

    let (inbox, _) = relay.fetch(&helper.token, 0).await.unwrap();
    assert_eq!(inbox.len(), 1);
    let opened = crypto::open(&helper_keys.keys, &helper.device, &child.vouched, &helper.council, &inbox[0].1);
    assert_eq!(opened.unwrap(), words);

    // Another CA's certificate is not trusted, and plain HTTP gets no answer.
    let stranger = TestCa::new("stranger");
    let refused = Relay::new(&url, Some(stranger.ca_pem.as_bytes())).unwrap().contacts(&child.token).await;
    assert!(matches!(refused, Err(RelayError::Unavailable(_))), "{refused:?}");
    let plain = url.replace("https://", "http://");
    let refused = Relay::new(&plain, None).unwrap().contacts(&child.token).await;
    assert!(refused.is_err(), "{refused:?}");
}

async fn plain_http_is_refused_anywhere_but_loopback(backend: Backend) {
    let data = TestData::new(backend);
    let mut config = data.config();
    config.listen = "0.0.0.0:0".parse().unwrap();
    let refused = Server::bind(config).await.err().expect("plain HTTP on every address is refused");
    assert!(matches!(refused, StartError::PlainHttpOffLoopback(_)));
    let message = refused.to_string();
    assert!(message.contains("--tls-cert") && message.contains("127.0.0.1"), "{message}");

    // With a certificate, the same address is served.
    let ca = TestCa::new("council");
    let mut config = data.config();
    config.listen = "0.0.0.0:0".parse().unwrap();
    config.tls = Some(ca.files());
    assert_eq!(Server::bind(config).await.unwrap().scheme(), "https");
}

#[tokio::test]
async fn a_key_that_is_not_pem_stops_the_server_with_the_file_named() {
    let data = TestData::new(Backend::Sqlite);
    let ca = TestCa::new("council");
    std::fs::write(ca.files().key, "not a key").unwrap();
    let mut config = data.config();
    config.tls = Some(ca.files());
    let message = Server::bind(config).await.err().expect("refused").to_string();
    assert!(message.contains("key.pem"), "{message}");
}

crate::on_both_backends!(
    a_child_and_a_helper_talk_over_https_trusting_only_the_council_ca,
    plain_http_is_refused_anywhere_but_loopback,
);
