//! hyper's own refusals in the project's JSON error shape.
//!
//! A request whose first line or headers hyper cannot read never reaches the router:
//! hyper answers it itself (400, 414 or 431) with an empty body and closes the
//! connection, and offers no hook to change that answer. So the connection's writes pass
//! through [`JsonRefusals`], which replaces exactly that answer with the same JSON as
//! every other refusal. It can tell hyper's answer apart because every answer the router
//! gives with one of those statuses has a JSON body, never `content-length: 0`.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// The statuses hyper answers by itself, with the code and message the client gets.
const REFUSALS: &[(&str, &str, &str)] = &[
    (
        "400",
        "malformed_request",
        "the request's first line or headers could not be read as HTTP/1.1; check the client sending it",
    ),
    ("414", "uri_too_long", "the request's address is too long; ids and cursors are short, so check the address"),
    ("431", "headers_too_large", "the request's headers are larger than 16 KiB; send only the headers the API needs"),
];

/// A connection whose writes are passed on unchanged, except hyper's own refusal.
pub struct JsonRefusals<T> {
    inner: T,
    /// The JSON answer still to write, from `written` on.
    pending: Option<(Vec<u8>, usize)>,
}

impl<T> JsonRefusals<T> {
    pub fn new(inner: T) -> Self {
        JsonRefusals { inner, pending: None }
    }
}

/// The JSON answer for `head` if it is hyper's own refusal: the whole of a response head
/// with one of [`REFUSALS`]' statuses and an empty body.
fn json_refusal(head: &[u8]) -> Option<Vec<u8>> {
    let text = std::str::from_utf8(head).ok()?;
    let rest = text.strip_prefix("HTTP/1.1 ")?;
    let (status, code, message) = REFUSALS.iter().find(|(status, ..)| rest.starts_with(status))?;
    let (status_line, headers) = text.split_once("\r\n")?;
    let headers = headers.strip_suffix("\r\n\r\n")?;
    if headers.contains("\r\n\r\n") || !headers.split("\r\n").any(|h| h.eq_ignore_ascii_case("content-length: 0")) {
        return None;
    }
    let date = headers.split("\r\n").find(|h| h.get(..5).is_some_and(|name| name.eq_ignore_ascii_case("date:")));
    let body = serde_json::json!({ "error": code, "message": message }).to_string();
    eprintln!("familytime-server: request - (not read) {status}: {code}");
    let mut answer = format!(
        "{status_line}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n",
        body.len()
    );
    if let Some(date) = date {
        answer.push_str(date);
        answer.push_str("\r\n");
    }
    answer.push_str("\r\n");
    answer.push_str(&body);
    Some(answer.into_bytes())
}

impl<T: AsyncWrite + Unpin> JsonRefusals<T> {
    /// Writes what is left of a JSON refusal.
    fn poll_pending(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while let Some((answer, written)) = &mut self.pending {
            if *written == answer.len() {
                self.pending = None;
                break;
            }
            let n = ready!(Pin::new(&mut self.inner).poll_write(cx, &answer[*written..]))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            *written += n;
        }
        Poll::Ready(Ok(()))
    }
}

impl<T: AsyncRead + Unpin> AsyncRead for JsonRefusals<T> {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for JsonRefusals<T> {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        ready!(self.poll_pending(cx))?;
        // hyper hands a response head over in one write, as writes here are not vectored.
        if let Some(answer) = json_refusal(buf) {
            self.pending = Some((answer, 0));
            return Poll::Ready(Ok(buf.len()));
        }
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.poll_pending(cx))?;
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.poll_pending(cx))?;
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    fn is_write_vectored(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::json_refusal;

    #[test]
    fn only_an_empty_refusal_is_replaced() {
        let hyper = b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\ndate: Sun, 06 Dec 2026 04:30:00 GMT\r\n\r\n";
        let answer = String::from_utf8(json_refusal(hyper).unwrap()).unwrap();
        assert!(answer.starts_with("HTTP/1.1 431 Request Header Fields Too Large\r\n"), "{answer}");
        assert!(answer.ends_with(r#"{"error":"headers_too_large","message":"the request's headers are larger than 16 KiB; send only the headers the API needs"}"#));
        let ours = b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: 57\r\n\r\n";
        assert_eq!(json_refusal(ours), None);
        assert_eq!(json_refusal(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n"), None);
    }
}
