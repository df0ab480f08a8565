//! The council's secrets, kept as files in the data folder and never in the database:
//! its Ed25519 key, which vouches for device keys and signs published plans, and the
//! worker token, which lets the worker tool publish plans, create enrolment codes and
//! register helpers' devices.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use familytime_core::crypto::{CouncilKey, VouchedKey};
use familytime_core::signed;
use ring::rand::SystemRandom;
use ring::signature::{Ed25519KeyPair, KeyPair};

use crate::secrets;
use crate::storage::{Device, SecretHash};

const COUNCIL_KEY_FILE: &str = "council-key.pk8";
const WORKER_TOKEN_FILE: &str = "worker-token";

#[derive(Debug, thiserror::Error)]
pub enum SecretFileError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("{0} is readable by other users; run `chmod 600 {0}` and start again")]
    TooOpen(PathBuf),
    #[error("{0} does not hold an Ed25519 key in PKCS#8 form; restore it from a backup")]
    BadKey(PathBuf),
    #[error("the system's random source failed")]
    Random,
}

pub struct Council {
    key: Ed25519KeyPair,
    worker_token_hash: SecretHash,
    worker_token_path: PathBuf,
}

impl Council {
    /// Reads the council key and worker token from `dir`, making each on first start.
    pub fn load_or_create(dir: &Path) -> Result<Council, SecretFileError> {
        let key_path = dir.join(COUNCIL_KEY_FILE);
        let pkcs8 = read_or_create(&key_path, || {
            Ed25519KeyPair::generate_pkcs8(&SystemRandom::new())
                .map(|document| document.as_ref().to_vec())
                .map_err(|_| SecretFileError::Random)
        })?;
        let key = Ed25519KeyPair::from_pkcs8(&pkcs8).map_err(|_| SecretFileError::BadKey(key_path))?;

        let worker_token_path = dir.join(WORKER_TOKEN_FILE);
        let token = read_or_create(&worker_token_path, || {
            let (token, _) = secrets::new_token().map_err(|_| SecretFileError::Random)?;
            Ok(format!("{token}\n").into_bytes())
        })?;
        // Only the hash stays in memory; the file is what the worker tool reads.
        let worker_token_hash = secrets::hash_secret(String::from_utf8_lossy(&token).trim());
        Ok(Council { key, worker_token_hash, worker_token_path })
    }

    /// The public key devices pin at enrolment, in base64.
    pub fn public_key(&self) -> String {
        BASE64.encode(self.key.public_key().as_ref())
    }

    /// The public key as a device pins it.
    pub fn pinned(&self) -> CouncilKey {
        CouncilKey(self.key.public_key().as_ref().try_into().expect("an Ed25519 public key is 32 bytes"))
    }

    /// A plan file signed as devices receive it. Ed25519 signatures are deterministic, so
    /// the same file always signs to the same bytes.
    pub fn sign_plan(&self, plan_file: &[u8]) -> Vec<u8> {
        signed::sign(plan_file, &self.key)
    }

    pub fn vouch(&self, device: &Device) -> VouchedKey {
        VouchedKey::vouch(&self.key, &device.id, device.keys)
    }

    pub fn worker_token_hash(&self) -> &SecretHash {
        &self.worker_token_hash
    }

    pub fn worker_token_path(&self) -> &Path {
        &self.worker_token_path
    }
}

/// The secret in `path`, or a new one from `make` written there with mode 0600.
fn read_or_create(
    path: &Path,
    make: impl FnOnce() -> Result<Vec<u8>, SecretFileError>,
) -> Result<Vec<u8>, SecretFileError> {
    let io = |source| SecretFileError::Io { path: path.to_owned(), source };
    match fs::read(path) {
        Ok(secret) => {
            if !owner_only(path).map_err(io)? {
                return Err(SecretFileError::TooOpen(path.to_owned()));
            }
            Ok(secret)
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let secret = make()?;
            write_new(path, &secret).map_err(io)?;
            Ok(secret)
        }
        Err(e) => Err(io(e)),
    }
}

/// Whether only the owner can read `path`.
fn owner_only(path: &Path) -> io::Result<bool> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Ok(fs::metadata(path)?.permissions().mode() & 0o077 == 0)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(true)
    }
}

/// Writes a secret durably without ever leaving a readable or half-written file:
/// a temporary file made with mode 0600, synced, then renamed into place.
fn write_new(path: &Path, secret: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let temporary = path.with_extension("new");
    // A leftover from a crash may have been made before its mode was set: start afresh.
    match fs::remove_file(&temporary) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&temporary)?;
    file.write_all(secret)?;
    file.sync_all()?;
    fs::rename(&temporary, path)?;
    fs::File::open(dir)?.sync_all()
}
