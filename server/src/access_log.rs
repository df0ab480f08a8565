//! One line per request on stderr: a request id (also sent back as `x-request-id`, so a
//! council's IT can find a complaint's request), the method, the endpoint's route, the
//! status and the time taken. Never a body, a token, a query or a path as typed: those
//! can hold what a child wrote, a secret, or a name.

use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use ring::rand::{SecureRandom, SystemRandom};

/// Copies the matched route onto the response, where [`log`] (which runs outside the
/// router) can read it. Added with `route_layer`, so only matched routes have one.
pub async fn keep_route(route: MatchedPath, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    response.extensions_mut().insert(route);
    response
}

pub async fn log(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let id = request_id();
    let method = request.method().clone();
    let mut response = next.run(request).await;
    let route = response.extensions().get::<MatchedPath>().map_or("(no such endpoint)", MatchedPath::as_str);
    eprintln!(
        "familytime-server: request {id} {method} {route} {} {:.1} ms",
        response.status().as_u16(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert("x-request-id", value);
    }
    response
}

/// 64 random bits in hex: unique enough to find one line in a day's log, and unlinked
/// to the device that sent the request.
fn request_id() -> String {
    let mut bytes = [0u8; 8];
    // A request id is no secret: an all-zero one after a failure of the random source is harmless.
    let _ = SystemRandom::new().fill(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
