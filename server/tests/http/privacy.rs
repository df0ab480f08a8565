//! What the server keeps: never a message's words, never a token.

use crate::support::{TestServer, files_under};

#[tokio::test]
async fn a_sealed_message_leaves_no_trace_of_its_words_or_tokens_in_the_data_folder() {
    let server = TestServer::start().await;
    let helper = server.register_helper("amira").await;
    let child = server.enrol_child("kt-1").await;
    let canary = "canary-7f1c2a9e-Jay-is-scared-at-the-family-centre";
    let envelope = child.seal(&child.council(), &helper.vouched, canary);
    assert!(server.send(&child, &envelope).await.status().is_success());
    assert_eq!(helper.open(&child.council(), &child.vouched, &server.inbox(&helper).await[0]), canary);

    let worker_token = server.worker_token.clone();
    let data = server.stop().await;
    let files = files_under(data.path());
    assert!(files.iter().any(|(path, _)| path.extension().is_some_and(|e| e == "sqlite")), "{files:?}");
    for (path, bytes) in &files {
        let contains = |needle: &str| bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
        assert!(!contains(canary), "the message's words are in {}", path.display());
        for token in [&child.token, &helper.token] {
            assert!(!contains(token), "a device token is in {}", path.display());
        }
        if !path.ends_with("worker-token") {
            assert!(!contains(&worker_token), "the worker token is in {}", path.display());
        }
    }
}

#[tokio::test]
async fn secrets_files_are_readable_only_by_the_server_s_user() {
    use std::os::unix::fs::PermissionsExt;
    let server = TestServer::start().await;
    for name in ["council-key.pk8", "worker-token"] {
        let mode = std::fs::metadata(server.data.path().join(name)).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{name}");
    }
}
