//! The server's own connections: plain HTTP/1 on loopback or TLS (rustls on ring), with a
//! cap on open connections and a deadline for a request's headers, so slow or
//! abandoned clients cannot hold the server's sockets.

use std::future::Future;
use std::io;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio_rustls::TlsAcceptor;

use crate::config::TlsFiles;
use crate::limits::ConnectionLimits;
use crate::protocol_refusals::JsonRefusals;

/// Headers larger than this are refused: a request here is a few short headers.
const MAX_HEADER_BYTES: usize = 16 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    #[error("the certificate file {path} could not be read as PEM certificates: {reason}")]
    Certificate { path: String, reason: String },
    #[error("the key file {path} could not be read as a PEM private key: {reason}")]
    Key { path: String, reason: String },
    #[error("the certificate and key do not make a TLS configuration: {0}")]
    Config(rustls::Error),
}

/// A TLS acceptor for the certificate chain and key in `files`, on ring alone.
pub fn acceptor(files: &TlsFiles) -> Result<TlsAcceptor, TlsError> {
    let show = |path: &Path| path.display().to_string();
    let chain = CertificateDer::pem_file_iter(&files.cert)
        .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
        .map_err(|e| TlsError::Certificate { path: show(&files.cert), reason: e.to_string() })?;
    if chain.is_empty() {
        return Err(TlsError::Certificate { path: show(&files.cert), reason: "it holds no certificate".into() });
    }
    let key = PrivateKeyDer::from_pem_file(&files.key)
        .map_err(|e| TlsError::Key { path: show(&files.key), reason: e.to_string() })?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .and_then(|builder| builder.with_no_client_auth().with_single_cert(chain, key))
        .map_err(TlsError::Config)?;
    Ok(TlsAcceptor::from(Arc::new(config)))
}

/// Serves `router` on `listener` until `shutdown`, then lets requests under way finish.
pub async fn serve(
    listener: TcpListener,
    tls: Option<TlsAcceptor>,
    limits: ConnectionLimits,
    router: Router,
    shutdown: impl Future<Output = ()>,
) -> io::Result<()> {
    let permits = Arc::new(Semaphore::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(limits.header_timeout).max_buf_size(MAX_HEADER_BYTES);
    let http = Arc::new(http);
    tokio::pin!(shutdown);
    loop {
        // Waiting for a free slot before accepting leaves extra clients in the kernel's queue.
        let permit = tokio::select! {
            permit = Arc::clone(&permits).acquire_owned() => permit.expect("the semaphore is never closed"),
            () = &mut shutdown => break,
        };
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    // Out of file descriptors, or a client gone before accept: wait a moment.
                    eprintln!("familytime-server: could not accept a connection: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let (http, router, watcher, tls) = (Arc::clone(&http), router.clone(), graceful.watcher(), tls.clone());
        tokio::spawn(async move {
            let _permit = permit;
            match tls {
                None => connection(&http, stream, router, watcher).await,
                // The handshake is part of the request's headers' time; a failed one just ends.
                Some(tls) => {
                    if let Ok(Ok(stream)) = tokio::time::timeout(limits.header_timeout, tls.accept(stream)).await {
                        connection(&http, stream, router, watcher).await;
                    }
                }
            }
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}

async fn connection(
    http: &http1::Builder,
    io: impl AsyncRead + AsyncWrite + Unpin + Send + 'static,
    router: Router,
    watcher: hyper_util::server::graceful::Watcher,
) {
    let connection = http.serve_connection(TokioIo::new(JsonRefusals::new(io)), TowerToHyperService::new(router));
    // A client that goes away or breaks the protocol ends only its own connection.
    let _ = watcher.watch(connection).await;
}
