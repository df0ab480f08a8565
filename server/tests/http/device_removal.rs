//! A social worker removes a device: a child's lost phone by the child's plan id, a
//! helper's old laptop by its device id. Its token is refused from the next request on
//! (though this server had it in memory), what waited for it is deleted, what it sent is
//! still delivered, it leaves every contact list, and retention deletes its row once no
//! message refers to it; on both backends.

use chrono::TimeDelta;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::{Backend, Party, TestServer, error_code};

async fn remove(server: &TestServer, path: &str) -> reqwest::Response {
    server.delete(path, Some(&server.worker_token)).send().await.unwrap()
}

async fn removed(server: &TestServer, path: &str) -> Value {
    let response = remove(server, path).await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

/// The device ids `party` may message, as `GET /v1/contacts` lists them.
async fn contacts(server: &TestServer, party: &Party) -> Vec<String> {
    let response = server.get("/v1/contacts", Some(&party.token)).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let answer: Value = response.json().await.unwrap();
    answer["contacts"].as_array().unwrap().iter().map(|c| c["device"].as_str().unwrap().to_owned()).collect()
}

/// What `party`'s token gets now: 200, or 401 once it is removed.
async fn token_works(server: &TestServer, party: &Party) -> bool {
    let status = server.get("/v1/messages", Some(&party.token)).send().await.unwrap().status();
    assert!(status == StatusCode::OK || status == StatusCode::UNAUTHORIZED, "{status}");
    status == StatusCode::OK
}

async fn only_the_worker_removes_devices(backend: Backend) {
    let server = TestServer::start(backend).await;
    let helper = server.register_helper("amira").await;
    let child = server.enrol_child("kt-1").await;
    let path = format!("/v1/helper-devices/{}", helper.device);
    for token in [None, Some(helper.token.as_str()), Some(child.token.as_str())] {
        let refused = server.delete(&path, token).send().await.unwrap();
        assert_eq!(error_code(refused).await, (StatusCode::UNAUTHORIZED, "unauthorized".into()));
        let refused = server.delete("/v1/children/kt-1/devices", token).send().await.unwrap();
        assert_eq!(error_code(refused).await, (StatusCode::UNAUTHORIZED, "unauthorized".into()));
    }
    assert!(token_works(&server, &helper).await && token_works(&server, &child).await, "nothing was removed");
    assert_eq!(contacts(&server, &child).await, std::slice::from_ref(&helper.device));
}

async fn a_removed_helper_device_is_refused_at_once_and_leaves_every_contact_list(backend: Backend) {
    let server = TestServer::start(backend).await;
    let amira = server.register_helper("amira").await;
    let tom = server.register_helper("tom").await;
    let child = server.enrol_child("kt-1").await;
    // The server now has Amira's device in memory, by token and by id.
    assert_eq!(contacts(&server, &amira).await, std::slice::from_ref(&child.device));
    let waiting = child.seal(&child.council(), &amira.vouched, "Can Nan come?");
    assert_eq!(server.send(&child, &waiting).await.status(), StatusCode::CREATED);
    let answer = amira.seal(&child.council(), &child.vouched, "Yes, Nan can come.");
    assert_eq!(server.send(&amira, &answer).await.status(), StatusCode::CREATED);

    let answer_body = removed(&server, &format!("/v1/helper-devices/{}", amira.device)).await;
    assert_eq!(answer_body, json!({ "removed": [amira.device], "messages_deleted": 1, "messages_kept": 1 }));

    assert!(!token_works(&server, &amira).await, "the removed token is refused at once");
    assert!(token_works(&server, &tom).await);
    assert_eq!(contacts(&server, &child).await, std::slice::from_ref(&tom.device));
    let again = child.seal(&child.council(), &amira.vouched, "Are you there?");
    assert_eq!(
        error_code(server.send(&child, &again).await).await,
        (StatusCode::FORBIDDEN, "recipient_not_linked".into())
    );
    // What Amira wrote before is still the child's to read.
    let inbox: Vec<String> = server.inbox(&child).await.into_iter().map(|e| e.message_id).collect();
    assert_eq!(inbox, std::slice::from_ref(&answer.message_id));

    let twice = remove(&server, &format!("/v1/helper-devices/{}", amira.device)).await;
    assert_eq!(error_code(twice).await, (StatusCode::NOT_FOUND, "device_unknown".into()));
    // A child's device is removed by the child's plan id, not as a helper's.
    let not_a_helper = remove(&server, &format!("/v1/helper-devices/{}", child.device)).await;
    assert_eq!(error_code(not_a_helper).await, (StatusCode::NOT_FOUND, "device_unknown".into()));
    assert!(token_works(&server, &child).await);
}

async fn a_lost_phone_is_removed_by_the_childs_plan_id_and_what_the_child_wrote_is_still_delivered(backend: Backend) {
    let server = TestServer::start(backend).await;
    let amira = server.register_helper("amira").await;
    let phone = server.enrol_child("kt-1").await;
    let tablet = server.enrol_child("kt-1").await;
    let other_child = server.enrol_child("kt-2").await;
    assert!(token_works(&server, &phone).await);
    let unread = phone.seal(&phone.council(), &amira.vouched, "I lost my bus pass");
    assert_eq!(server.send(&phone, &unread).await.status(), StatusCode::CREATED);
    for to in [&phone, &tablet] {
        let waiting = amira.seal(&phone.council(), &to.vouched, "I'll get you a new one");
        assert_eq!(server.send(&amira, &waiting).await.status(), StatusCode::CREATED);
    }
    // The phone's message to Amira had got as far as her desk, not read.
    let receipt = json!({ "message_id": unread.message_id, "state": "delivered" });
    let delivered = server.post("/v1/receipts", Some(&amira.token)).json(&receipt).send().await.unwrap();
    assert_eq!(delivered.status(), StatusCode::NO_CONTENT);

    let mut answer = removed(&server, "/v1/children/kt-1/devices").await;
    // Devices enrolled in the same second come in id order.
    let mut both = [phone.device.clone(), tablet.device.clone()];
    both.sort();
    assert_eq!(answer["removed"].take(), json!(both));
    assert_eq!(answer, json!({ "removed": null, "messages_deleted": 2, "messages_kept": 1 }));

    assert!(!token_works(&server, &phone).await && !token_works(&server, &tablet).await);
    assert!(token_works(&server, &other_child).await);
    // The removed phone stays Amira's contact while the server holds what it sent her, so
    // her desk can open it; she can no longer send to it.
    assert_eq!(contacts(&server, &amira).await, [other_child.device.clone(), phone.device.clone()]);
    // Amira still gets, and can open and mark read, what the child wrote.
    let inbox = server.inbox(&amira).await;
    assert_eq!(inbox.iter().map(|e| e.message_id.as_str()).collect::<Vec<_>>(), [unread.message_id.as_str()]);
    assert_eq!(amira.open(&phone.council(), &phone.vouched, &inbox[0]), "I lost my bus pass");
    let read = json!({ "message_id": unread.message_id, "state": "read" });
    assert_eq!(
        server.post("/v1/receipts", Some(&amira.token)).json(&read).send().await.unwrap().status(),
        StatusCode::NO_CONTENT
    );
    let reply = amira.seal(&phone.council(), &phone.vouched, "Got it");
    assert_eq!(
        error_code(server.send(&amira, &reply).await).await,
        (StatusCode::FORBIDDEN, "recipient_not_linked".into())
    );

    let twice = remove(&server, "/v1/children/kt-1/devices").await;
    assert_eq!(error_code(twice).await, (StatusCode::NOT_FOUND, "device_unknown".into()));
    let unknown = remove(&server, "/v1/children/kt-404/devices").await;
    assert_eq!(error_code(unknown).await, (StatusCode::NOT_FOUND, "device_unknown".into()));
    // The child can have a new phone at once.
    let new_phone = server.enrol_child("kt-1").await;
    assert_eq!(contacts(&server, &new_phone).await, std::slice::from_ref(&amira.device));
}

async fn retention_deletes_a_removed_device_only_once_no_message_refers_to_it(backend: Backend) {
    let server = TestServer::start(backend).await;
    let amira = server.register_helper("amira").await;
    let phone = server.enrol_child("kt-1").await;
    let message = phone.seal(&phone.council(), &amira.vouched, "Can Nan come?");
    assert_eq!(server.send(&phone, &message).await.status(), StatusCode::CREATED);
    removed(&server, "/v1/children/kt-1/devices").await;
    let key = &phone.vouched.keys.signing;
    let held = |stored: &[(String, Vec<u8>)]| {
        let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
        stored
            .iter()
            .any(|(_, bytes)| bytes.windows(32).any(|w| w == key) || bytes.windows(64).any(|w| w == hex.as_bytes()))
    };

    // Amira has not read the child's message: it stays, and so does the device it is from.
    let purged = server.purger.purge().await.unwrap();
    assert_eq!((purged.messages, purged.devices), (0, 0));
    assert_eq!(server.inbox(&amira).await.len(), 1);
    assert!(held(&server.data.everything_stored()), "the removed phone's key is kept while its message is");

    let read = json!({ "message_id": message.message_id, "state": "read" });
    assert_eq!(
        server.post("/v1/receipts", Some(&amira.token)).json(&read).send().await.unwrap().status(),
        StatusCode::NO_CONTENT
    );
    server.clock.advance(TimeDelta::days(30) + TimeDelta::seconds(1));
    let purged = server.purger.purge().await.unwrap();
    assert_eq!((purged.messages, purged.devices), (1, 1));
    assert!(!held(&server.data.everything_stored()), "nothing of the removed phone is left");
    assert_eq!(server.purger.purge().await.unwrap().devices, 0);
}

crate::on_both_backends!(
    only_the_worker_removes_devices,
    a_removed_helper_device_is_refused_at_once_and_leaves_every_contact_list,
    a_lost_phone_is_removed_by_the_childs_plan_id_and_what_the_child_wrote_is_still_delivered,
    retention_deletes_a_removed_device_only_once_no_message_refers_to_it,
);
