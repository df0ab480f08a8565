//! `familytime-server serve [--data DIR] [--listen ADDR] [--database postgres://user@host/db]
//! [--tls-cert FILE --tls-key FILE] [--keep-…-days N]`

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::TimeDelta;
use clap::{Parser, Subcommand};
use familytime_server::Server;
use familytime_server::config::{Config, DEFAULT_DATA_DIR, DEFAULT_LISTEN, Database, TlsFiles};

#[derive(Parser)]
#[command(name = "familytime-server", about = "The council's server for Family Time's sealed messages")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API until Ctrl-C; makes the data folder, council key and worker token on first start.
    Serve {
        /// Folder for the council key, the worker token and the SQLite database.
        #[arg(long, value_name = "DIR", default_value = DEFAULT_DATA_DIR)]
        data: PathBuf,
        /// Keep devices and messages in PostgreSQL instead of the SQLite file in the data folder.
        #[arg(long, value_name = "URL", env = "FAMILYTIME_DATABASE_URL", hide_env_values = true, value_parser = postgres_url)]
        database: Option<String>,
        /// Address to listen on; port 0 picks a free one.
        #[arg(long, value_name = "ADDR", default_value = DEFAULT_LISTEN)]
        listen: SocketAddr,
        /// Serve HTTPS with this PEM certificate chain (needed on any address but loopback).
        #[arg(long, value_name = "FILE", requires = "tls_key")]
        tls_cert: Option<PathBuf>,
        /// The certificate's PEM private key.
        #[arg(long, value_name = "FILE", requires = "tls_cert")]
        tls_key: Option<PathBuf>,
        #[command(flatten)]
        keep: Keep,
    },
    /// Copy the SQLite database to FILE while the server runs (on PostgreSQL, use pg_dump: see the README).
    Backup {
        /// Where to write the copy; it must not exist yet.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The server's data folder.
        #[arg(long, value_name = "DIR", default_value = DEFAULT_DATA_DIR)]
        data: PathBuf,
    },
}

/// How long the server keeps things, in days (see the README's "Retention").
#[derive(clap::Args)]
struct Keep {
    /// Keep a message and its receipts this long after its recipient has it (a helper: has read it).
    #[arg(long, value_name = "DAYS", default_value_t = 30, value_parser = days)]
    keep_finished_days: u16,
    /// Keep a message its recipient never had this long after it arrived.
    #[arg(long, value_name = "DAYS", default_value_t = 180, value_parser = days)]
    keep_unfinished_days: u16,
    /// Keep an enrolment code this long after it was used or expired.
    #[arg(long, value_name = "DAYS", default_value_t = 7, value_parser = days)]
    keep_spent_codes_days: u16,
}

fn days(value: &str) -> Result<u16, String> {
    value
        .parse()
        .ok()
        .filter(|days| (1..=3650).contains(days))
        .ok_or_else(|| "give a whole number of days from 1 to 3650".to_owned())
}

fn main() -> ExitCode {
    let (data, database, listen, tls_cert, tls_key, keep) = match Cli::parse().command {
        Command::Serve { data, database, listen, tls_cert, tls_key, keep } => {
            (data, database, listen, tls_cert, tls_key, keep)
        }
        Command::Backup { file, data } => return backup(&data, &file),
    };
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("familytime-server: could not start: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut config = Config::new(data, listen);
    config.database = database.map_or(Database::Sqlite, Database::Postgres);
    config.tls = tls_cert.zip(tls_key).map(|(cert, key)| TlsFiles { cert, key });
    let days = |days: u16| TimeDelta::days(i64::from(days));
    config.retention.finished = days(keep.keep_finished_days);
    config.retention.unfinished = days(keep.keep_unfinished_days);
    config.retention.spent_codes = days(keep.keep_spent_codes_days);
    runtime.block_on(serve(config))
}

fn backup(data: &std::path::Path, file: &std::path::Path) -> ExitCode {
    match familytime_server::backup(data, file) {
        Ok(()) => {
            eprintln!(
                "familytime-server: the database is copied to {}; keep copies of the council key and \
                 worker token from {} with it",
                file.display(),
                data.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("familytime-server: the backup failed: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Only PostgreSQL URLs: SQLite needs no setting.
fn postgres_url(value: &str) -> Result<String, String> {
    if value.starts_with("postgres://") || value.starts_with("postgresql://") {
        Ok(value.to_owned())
    } else {
        Err("give a PostgreSQL URL such as postgres://familytime@localhost/familytime, \
             or leave --database out to keep the SQLite file in the data folder"
            .to_owned())
    }
}

async fn serve(config: Config) -> ExitCode {
    let on_postgres = matches!(config.database, Database::Postgres(_));
    let server = match Server::bind(config).await {
        Ok(server) => server,
        Err(e) => {
            eprintln!("familytime-server: {e}");
            return ExitCode::FAILURE;
        }
    };
    let data_dir = std::path::absolute(server.data_dir()).unwrap_or_else(|_| server.data_dir().to_owned());
    let token_file = std::path::absolute(server.worker_token_file()).unwrap_or_default();
    eprintln!("familytime-server: data in {}", data_dir.display());
    if on_postgres {
        eprintln!("familytime-server: devices and messages are kept in PostgreSQL (--database)");
    }
    eprintln!("familytime-server: the worker tool's token is in {} (keep it secret)", token_file.display());
    match server.local_addr() {
        // On stdout, alone on its line, so a script (or a test) can read the port.
        Ok(addr) => println!("listening on {}://{addr}", server.scheme()),
        Err(e) => eprintln!("familytime-server: could not read the listening address: {e}"),
    }
    match server.serve(shutdown_signal()).await {
        Ok(()) => {
            eprintln!("familytime-server: stopped");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("familytime-server: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Ctrl-C, or SIGTERM from a service manager.
async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut terminate) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = terminate.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
