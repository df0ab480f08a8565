//! What the server keeps: never a message's words, never a token, never the council's key.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;

use crate::support::{Backend, TestServer, file, sample};

/// The 32-byte secret inside the council key's PKCS#8 file (RFC 8410, as ring writes it).
fn council_secret(pkcs8: &[u8]) -> Vec<u8> {
    assert_eq!(&pkcs8[14..16], [0x04, 0x20], "an Ed25519 private key's OCTET STRING comes here");
    pkcs8[16..48].to_vec()
}

async fn a_sealed_message_leaves_no_trace_of_its_words_or_tokens_in_what_the_server_keeps(backend: Backend) {
    let server = TestServer::start(backend).await;
    let helper = server.register_helper("amira").await;
    let child = server.enrol_child("kt-1").await;
    let canary = "canary-7f1c2a9e-Jay-is-scared-at-the-family-centre";
    let envelope = child.seal(&child.council(), &helper.vouched, canary);
    assert!(server.send(&child, &envelope).await.status().is_success());
    assert_eq!(helper.open(&child.council(), &child.vouched, &server.inbox(&helper).await[0]), canary);
    // The council key signs every published plan: it must still live only in its file.
    assert!(server.publish(&file(&sample("jay-8-10"))).await.status().is_success());

    let worker_token = server.worker_token.clone();
    let data = server.stop().await;
    let secret = council_secret(&std::fs::read(data.path().join("council-key.pk8")).unwrap());
    let stored = data.everything_stored();
    let in_sqlite = stored.iter().any(|(place, _)| place.ends_with(".sqlite"));
    assert_eq!(
        in_sqlite,
        backend == Backend::Sqlite,
        "{:?}",
        stored.iter().map(|(place, _)| place).collect::<Vec<_>>()
    );
    for (place, bytes) in &stored {
        // PostgreSQL's rows come as text, with byte columns in hex.
        let contains = |needle: &[u8]| {
            let hex: String = needle.iter().map(|b| format!("{b:02x}")).collect();
            [needle, hex.as_bytes()].iter().any(|n| bytes.windows(n.len()).any(|w| w == *n))
        };
        assert!(!contains(canary.as_bytes()), "the message's words are in {place}");
        for token in [&child.token, &helper.token] {
            assert!(!contains(token.as_bytes()), "a device token is in {place}");
        }
        if !place.ends_with("worker-token") {
            assert!(!contains(worker_token.as_bytes()), "the worker token is in {place}");
        }
        if !place.ends_with("council-key.pk8") {
            for form in [secret.clone(), BASE64.encode(&secret).into_bytes()] {
                assert!(!contains(&form), "the council's secret key is in {place}");
            }
        }
    }
}

async fn secrets_files_are_readable_only_by_the_server_s_user(backend: Backend) {
    use std::os::unix::fs::PermissionsExt;
    let server = TestServer::start(backend).await;
    for name in ["council-key.pk8", "worker-token"] {
        let mode = std::fs::metadata(server.data.path().join(name)).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{name}");
    }
}

crate::on_both_backends!(
    a_sealed_message_leaves_no_trace_of_its_words_or_tokens_in_what_the_server_keeps,
    secrets_files_are_readable_only_by_the_server_s_user,
);
