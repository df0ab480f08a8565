//! docs/openapi.yaml against the real server: every answer to a tour of real requests
//! fits what the document says for its operation and status (body, content type and
//! headers), the tour reaches every operation the document describes, and the server
//! has no endpoint the document leaves out.

use std::collections::BTreeSet;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use jsonschema::Validator;
use reqwest::{RequestBuilder, StatusCode};
use serde_json::{Value, json};

use crate::support::{Backend, Keys, TestServer};

/// The document, with its schemas' references rewritten to `$defs`, where a JSON Schema
/// validator finds them.
struct Description {
    doc: Value,
    /// (method, path template) of every operation the tour reached.
    reached: BTreeSet<(String, String)>,
}

impl Description {
    fn load() -> Description {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/openapi.yaml");
        let text = std::fs::read_to_string(path).expect("docs/openapi.yaml exists");
        let doc: Value = serde_norway::from_str(&text).expect("docs/openapi.yaml is YAML");
        assert_eq!(doc["openapi"], "3.1.0");
        let doc = serde_json::to_string(&doc).unwrap().replace("#/components/schemas/", "#/$defs/");
        Description { doc: serde_json::from_str(&doc).unwrap(), reached: BTreeSet::new() }
    }

    /// Every (method, path template) the document describes.
    fn operations(&self) -> BTreeSet<(String, String)> {
        let paths = self.doc["paths"].as_object().unwrap();
        paths
            .iter()
            .flat_map(|(path, item)| item.as_object().unwrap().keys().map(move |method| (method.clone(), path.clone())))
            .collect()
    }

    /// The template of `path` as sent: `{name}` matches one segment.
    fn template(&self, path: &str) -> Option<String> {
        let segments: Vec<&str> = path.split('/').collect();
        self.doc["paths"]
            .as_object()
            .unwrap()
            .keys()
            .find(|template| {
                let parts: Vec<&str> = template.split('/').collect();
                parts.len() == segments.len()
                    && parts.iter().zip(&segments).all(|(part, segment)| part.starts_with('{') || part == segment)
            })
            .cloned()
    }

    /// Follows a local `$ref`.
    fn resolve<'a>(&'a self, value: &'a Value) -> &'a Value {
        match value["$ref"].as_str() {
            Some(pointer)
                if pointer.starts_with("#/components/responses/") || pointer.starts_with("#/components/headers/") =>
            {
                self.doc.pointer(&pointer[1..]).unwrap_or_else(|| panic!("{pointer} is defined"))
            }
            _ => value,
        }
    }

    fn validator(&self, schema: &Value) -> Validator {
        let mut schema = schema.clone();
        schema["$defs"] = self.doc["components"]["schemas"].clone();
        jsonschema::draft202012::options().should_validate_formats(true).build(&schema).expect("the schema compiles")
    }

    /// Checks one answer against the document and notes its operation as reached.
    async fn check(&mut self, method: &str, path: &str, response: reqwest::Response) -> (StatusCode, Value) {
        let what = format!("{method} {path}");
        let path = path.split('?').next().unwrap();
        let template = self.template(path).unwrap_or_else(|| panic!("{what}: the document has no such path"));
        let operation = &self.doc["paths"][&template][method.to_lowercase()];
        assert!(operation.is_object(), "{what}: the document has no {method} for {template}");
        let status = response.status();
        let described = self.resolve(&operation["responses"][status.as_str()]);
        assert!(described.is_object(), "{what}: answered {status}, which the document does not describe");
        for (name, header) in described["headers"].as_object().into_iter().flatten() {
            let header = self.resolve(header);
            let value = response.headers().get(name).unwrap_or_else(|| panic!("{what}: {status} has no {name}"));
            let value = value.to_str().unwrap();
            let value = value.parse::<i64>().map(Value::from).unwrap_or_else(|_| Value::from(value));
            let errors: Vec<String> =
                self.validator(&header["schema"]).iter_errors(&value).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{what}: {status}'s {name} {value}: {errors:?}");
        }
        let content_type = response.headers().get("content-type").map(|v| v.to_str().unwrap().to_owned());
        let bytes = response.bytes().await.unwrap();
        let body = match described["content"]["application/json"]["schema"].as_object() {
            Some(_) => {
                assert_eq!(content_type.as_deref(), Some("application/json"), "{what}: {status}'s content type");
                let body: Value = serde_json::from_slice(&bytes).unwrap_or_else(|_| panic!("{what}: {status} is JSON"));
                let schema = &described["content"]["application/json"]["schema"];
                let errors: Vec<String> = self.validator(schema).iter_errors(&body).map(|e| e.to_string()).collect();
                assert!(errors.is_empty(), "{what}: {status} {body} does not fit the document: {errors:?}");
                body
            }
            None => {
                assert!(bytes.is_empty(), "{what}: {status} should have no body");
                Value::Null
            }
        };
        self.reached.insert((method.to_lowercase(), template));
        (status, body)
    }
}

/// Sends `request` (made for `method` and `path`) and checks the answer.
async fn call(doc: &mut Description, method: &str, path: &str, request: RequestBuilder) -> (StatusCode, Value) {
    doc.check(method, path, request.send().await.unwrap()).await
}

fn keys_body(keys: &Keys) -> Value {
    let public = keys.public();
    json!({ "signing_key": BASE64.encode(public.signing), "sealing_key": BASE64.encode(public.sealing) })
}

fn jay() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../assets/samples/jay-8-10.json");
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

async fn every_answer_fits_the_api_description(backend: Backend) {
    let server = TestServer::start(backend).await;
    let mut doc = Description::load();
    let d = &mut doc;
    let worker = Some(server.worker_token.as_str());

    assert_eq!(call(d, "GET", "/healthz", server.get("/healthz", None)).await.0, StatusCode::OK);

    // Codes and enrolment.
    let codes = "/v1/enrolment-codes";
    let (status, code) = call(d, "POST", codes, server.post(codes, worker).json(&json!({ "child": "kt-1" }))).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(
        call(d, "POST", codes, server.post(codes, None).json(&json!({ "child": "kt-1" }))).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        call(d, "POST", codes, server.post(codes, worker).json(&json!({ "child": 5 }))).await.0,
        StatusCode::BAD_REQUEST
    );
    let big = json!({ "child": "x".repeat(20_000) });
    assert_eq!(call(d, "POST", codes, server.post(codes, worker).json(&big)).await.0, StatusCode::PAYLOAD_TOO_LARGE);
    let child_keys = Keys::new();
    let mut enrol = keys_body(&child_keys);
    enrol["code"] = code["code"].clone();
    let (status, child) = call(d, "POST", "/v1/enrol", server.post("/v1/enrol", None).json(&enrol)).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(call(d, "POST", "/v1/enrol", server.post("/v1/enrol", None).json(&enrol)).await.0, StatusCode::GONE);
    enrol["code"] = json!("AAAA-AAAA-AAAA-AAAA");
    assert_eq!(
        call(d, "POST", "/v1/enrol", server.post("/v1/enrol", None).json(&enrol)).await.0,
        StatusCode::FORBIDDEN
    );
    enrol["signing_key"] = json!("short");
    assert_eq!(
        call(d, "POST", "/v1/enrol", server.post("/v1/enrol", None).json(&enrol)).await.0,
        StatusCode::BAD_REQUEST
    );
    let child_token = child["token"].as_str().unwrap().to_owned();

    let helpers = "/v1/helper-devices";
    let helper_keys = Keys::new();
    let mut join = keys_body(&helper_keys);
    join["helper"] = json!("amira");
    let (status, helper) = call(d, "POST", helpers, server.post(helpers, worker).json(&join)).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(
        call(d, "POST", helpers, server.post(helpers, worker).json(&json!({}))).await.0,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        call(d, "POST", helpers, server.post(helpers, Some("nope")).json(&join)).await.0,
        StatusCode::UNAUTHORIZED
    );
    let helper_token = helper["token"].as_str().unwrap().to_owned();

    // A forgotten PIN.
    let resets = "/v1/pin-reset-codes";
    let (status, reset) = call(d, "POST", resets, server.post(resets, worker).json(&json!({ "child": "kt-1" }))).await;
    assert_eq!(status, StatusCode::CREATED);
    let spend = |token: &str| server.post("/v1/pin-resets", Some(token)).json(&json!({ "code": reset["code"] }));
    assert_eq!(call(d, "POST", "/v1/pin-resets", spend(&helper_token)).await.0, StatusCode::FORBIDDEN);
    assert_eq!(call(d, "POST", "/v1/pin-resets", spend(&child_token)).await.0, StatusCode::NO_CONTENT);
    assert_eq!(call(d, "POST", "/v1/pin-resets", spend(&child_token)).await.0, StatusCode::GONE);
    let unknown = server.post("/v1/pin-resets", Some(&child_token)).json(&json!({ "code": "AAAA-AAAA-AAAA-AAAA" }));
    assert_eq!(call(d, "POST", "/v1/pin-resets", unknown).await.0, StatusCode::FORBIDDEN);
    let no_body = server.post("/v1/pin-resets", Some(&child_token)).json(&json!({}));
    assert_eq!(call(d, "POST", "/v1/pin-resets", no_body).await.0, StatusCode::BAD_REQUEST);

    // Plans.
    let plan = jay();
    let plan_path = "/v1/plans/kt-2026-0413";
    let put = |body: &Value| server.put(plan_path, worker).body(serde_json::to_vec(body).unwrap());
    assert_eq!(call(d, "PUT", plan_path, put(&plan)).await.0, StatusCode::CREATED);
    assert_eq!(call(d, "PUT", plan_path, put(&plan)).await.0, StatusCode::OK);
    let mut older = plan.clone();
    older["version"] = json!(6);
    assert_eq!(call(d, "PUT", plan_path, put(&older)).await.0, StatusCode::CONFLICT);
    let mut broken = plan.clone();
    broken["version"] = json!(8);
    broken["people"] = json!("nobody");
    let (status, refused) = call(d, "PUT", plan_path, put(&broken)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    // The problem as data a client can say in its own language, and in English for any other.
    assert_eq!(refused["problems"][0]["id"], "not-list", "{refused}");
    assert_eq!(refused["problems"][0]["message"], "this is not a list in [ ]", "{refused}");
    let elsewhere = server.put("/v1/plans/kt-9", worker).body(serde_json::to_vec(&plan).unwrap());
    assert_eq!(call(d, "PUT", "/v1/plans/kt-9", elsewhere).await.0, StatusCode::BAD_REQUEST);
    assert_eq!(call(d, "PUT", plan_path, server.put(plan_path, None).body("{}")).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(call(d, "GET", plan_path, server.get(plan_path, worker)).await.0, StatusCode::OK);
    let unpublished = server.get("/v1/plans/kt-9", worker);
    assert_eq!(call(d, "GET", "/v1/plans/kt-9", unpublished).await.0, StatusCode::NOT_FOUND);

    let jay_child = server.enrol_child("kt-2026-0413").await;
    let (status, _) = call(d, "GET", "/v1/plan", server.get("/v1/plan", Some(&jay_child.token))).await;
    assert_eq!(status, StatusCode::OK);
    let etag = server.fetch_plan(&jay_child, None).await.headers()["etag"].to_str().unwrap().to_owned();
    let again = server.get("/v1/plan", Some(&jay_child.token)).header("if-none-match", etag);
    assert_eq!(call(d, "GET", "/v1/plan", again).await.0, StatusCode::NOT_MODIFIED);
    assert_eq!(call(d, "GET", "/v1/plan", server.get("/v1/plan", Some(&child_token))).await.0, StatusCode::NOT_FOUND);
    assert_eq!(call(d, "GET", "/v1/plan", server.get("/v1/plan", Some(&helper_token))).await.0, StatusCode::FORBIDDEN);
    assert_eq!(call(d, "GET", "/v1/plan", server.get("/v1/plan", None)).await.0, StatusCode::UNAUTHORIZED);

    // Contacts and messages.
    assert_eq!(call(d, "GET", "/v1/contacts", server.get("/v1/contacts", Some(&child_token))).await.0, StatusCode::OK);
    assert_eq!(call(d, "GET", "/v1/contacts", server.get("/v1/contacts", None)).await.0, StatusCode::UNAUTHORIZED);
    let child_party = crate::support::Party::from_answer(child_keys, &child);
    let helper_party = crate::support::Party::from_answer(helper_keys, &helper);
    let envelope = child_party.seal(&child_party.council(), &helper_party.vouched, "Can Nan come?");
    let send = |token: &str, bytes: &[u8]| {
        server.post("/v1/messages", Some(token)).json(&json!({ "envelope": BASE64.encode(bytes), "urgent": false }))
    };
    let messages = "/v1/messages";
    assert_eq!(call(d, "POST", messages, send(&child_token, &envelope.to_bytes())).await.0, StatusCode::CREATED);
    assert_eq!(call(d, "POST", messages, send(&child_token, &envelope.to_bytes())).await.0, StatusCode::OK);
    let same_id =
        child_party.seal_with_id(&envelope.message_id, &child_party.council(), &helper_party.vouched, "Other");
    assert_eq!(call(d, "POST", messages, send(&child_token, &same_id.to_bytes())).await.0, StatusCode::CONFLICT);
    assert_eq!(call(d, "POST", messages, send(&child_token, b"not an envelope")).await.0, StatusCode::BAD_REQUEST);
    let answer = helper_party.seal(&child_party.council(), &child_party.vouched, "Yes");
    assert_eq!(call(d, "POST", messages, send(&child_token, &answer.to_bytes())).await.0, StatusCode::FORBIDDEN);
    let oversized = vec![0u8; 80 * 1024];
    assert_eq!(call(d, "POST", messages, send(&child_token, &oversized)).await.0, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        call(d, "POST", messages, server.post(messages, None).json(&json!({}))).await.0,
        StatusCode::UNAUTHORIZED
    );
    let (status, page) = call(d, "GET", messages, server.get(messages, Some(&helper_token))).await;
    assert_eq!((status, page["messages"].as_array().unwrap().len()), (StatusCode::OK, 1));
    let bad_cursor = "/v1/messages?after=yesterday";
    assert_eq!(
        call(d, "GET", bad_cursor, server.get(bad_cursor, Some(&helper_token))).await.0,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(call(d, "GET", messages, server.get(messages, None)).await.0, StatusCode::UNAUTHORIZED);

    // Receipts.
    let receipts = "/v1/receipts";
    let post = |token: &str, id: &str, state: &str| {
        server.post(receipts, Some(token)).json(&json!({ "message_id": id, "state": state }))
    };
    let id = envelope.message_id.as_str();
    assert_eq!(call(d, "POST", receipts, post(&helper_token, id, "read")).await.0, StatusCode::NO_CONTENT);
    assert_eq!(call(d, "POST", receipts, post(&helper_token, id, "delivered")).await.0, StatusCode::CONFLICT);
    assert_eq!(call(d, "POST", receipts, post(&child_token, id, "read")).await.0, StatusCode::FORBIDDEN);
    let unknown = "0".repeat(32);
    assert_eq!(call(d, "POST", receipts, post(&helper_token, &unknown, "read")).await.0, StatusCode::NOT_FOUND);
    assert_eq!(call(d, "POST", receipts, post(&helper_token, id, "lost")).await.0, StatusCode::BAD_REQUEST);
    assert_eq!(call(d, "POST", receipts, server.post(receipts, None)).await.0, StatusCode::UNAUTHORIZED);
    let (status, page) = call(d, "GET", receipts, server.get(receipts, Some(&child_token))).await;
    assert_eq!((status, page["receipts"].as_array().unwrap().len()), (StatusCode::OK, 1));
    let bad_cursor = "/v1/receipts?after=-1";
    assert_eq!(call(d, "GET", bad_cursor, server.get(bad_cursor, Some(&child_token))).await.0, StatusCode::BAD_REQUEST);
    assert_eq!(call(d, "GET", receipts, server.get(receipts, None)).await.0, StatusCode::UNAUTHORIZED);

    // The duty list.
    let unsafe_now = child_party.seal(&child_party.council(), &helper_party.vouched, "help");
    let urgent = json!({ "envelope": BASE64.encode(unsafe_now.to_bytes()), "urgent": true });
    assert_eq!(
        call(d, "POST", messages, server.post(messages, Some(&child_token)).json(&urgent)).await.0,
        StatusCode::CREATED
    );
    let (status, duty) = call(d, "GET", "/v1/duty", server.get("/v1/duty", worker)).await;
    assert_eq!((status, duty["unread"].as_array().unwrap().len()), (StatusCode::OK, 1));
    let hours = "/v1/duty?unread_for_hours=0";
    assert_eq!(call(d, "GET", hours, server.get(hours, worker)).await.0, StatusCode::BAD_REQUEST);
    assert_eq!(call(d, "GET", "/v1/duty", server.get("/v1/duty", None)).await.0, StatusCode::UNAUTHORIZED);

    // Removing devices: a helper's desk, then the child's phone.
    let long = "x".repeat(129);
    let helper_path = format!("/v1/helper-devices/{}", helper["device"].as_str().unwrap());
    for path in [helper_path.as_str(), "/v1/children/kt-1/devices"] {
        assert_eq!(call(d, "DELETE", path, server.delete(path, None)).await.0, StatusCode::UNAUTHORIZED);
        let (status, removed) = call(d, "DELETE", path, server.delete(path, worker)).await;
        assert_eq!((status, removed["removed"].as_array().unwrap().len()), (StatusCode::OK, 1));
        assert_eq!(call(d, "DELETE", path, server.delete(path, worker)).await.0, StatusCode::NOT_FOUND);
    }
    for path in [format!("/v1/helper-devices/{long}"), format!("/v1/children/{long}/devices")] {
        assert_eq!(call(d, "DELETE", &path, server.delete(&path, worker)).await.0, StatusCode::BAD_REQUEST);
    }

    // The tour reached everything the document describes, and the server has nothing else.
    let described = doc.operations();
    let unreached: Vec<_> = described.difference(&doc.reached).collect();
    assert!(unreached.is_empty(), "the tour never reached {unreached:?}");
    let served: BTreeSet<(String, String)> = familytime_server::endpoints()
        .into_iter()
        .map(|(method, path)| (method.as_str().to_lowercase(), path.to_owned()))
        .collect();
    let undescribed: Vec<_> = served.difference(&described).collect();
    assert!(undescribed.is_empty(), "docs/openapi.yaml does not describe {undescribed:?}");
    let gone: Vec<_> = described.difference(&served).collect();
    assert!(gone.is_empty(), "docs/openapi.yaml describes {gone:?}, which the server does not have");
}

crate::on_both_backends!(every_answer_fits_the_api_description);
