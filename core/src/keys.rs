//! Secrets the platform keeps for the core.
//!
//! On a phone the platform seals them (Android Keystore, iOS Keychain) behind the
//! [`KeyStore`] trait; the worker tool and tests use [`FileKeyStore`]. The core makes
//! every secret itself from the system's random source: none is derived from a name.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use ring::rand::{SecureRandom, SystemRandom};

/// The name the encrypted store's key is kept under.
pub const STORE_KEY: &str = "store-key";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the key store could not {action}: {detail}")]
pub struct KeyStoreError {
    pub action: String,
    pub detail: String,
}

/// Keeps named secrets. Implementations must make `save` durable before returning: a
/// store encrypted under a key that was then lost can never be opened again.
pub trait KeyStore: Send + Sync {
    /// The secret kept under `name`, or `None` if none was ever saved.
    fn load(&self, name: &str) -> Result<Option<Vec<u8>>, KeyStoreError>;
    fn save(&self, name: &str, secret: &[u8]) -> Result<(), KeyStoreError>;
}

/// 32 bytes from the operating system's cryptographic random source.
pub fn random_key() -> Result<[u8; 32], KeyStoreError> {
    let mut key = [0u8; 32];
    SystemRandom::new().fill(&mut key).map_err(|_| KeyStoreError {
        action: "make a new key".into(),
        detail: "the system's random source failed".into(),
    })?;
    Ok(key)
}

/// Secrets as files (mode 0600) in one folder, for the worker tool and tests; a phone
/// keeps them in its hardware-backed store instead.
pub struct FileKeyStore {
    dir: PathBuf,
}

impl FileKeyStore {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        FileKeyStore { dir: dir.into() }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{name}.key"))
    }
}

impl KeyStore for FileKeyStore {
    fn load(&self, name: &str) -> Result<Option<Vec<u8>>, KeyStoreError> {
        match fs::read(self.path(name)) {
            Ok(secret) => Ok(Some(secret)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io_error("read a key", &self.path(name), e)),
        }
    }

    fn save(&self, name: &str, secret: &[u8]) -> Result<(), KeyStoreError> {
        let path = self.path(name);
        let temporary = self.dir.join(format!(".{name}.key.new"));
        let fail = |e| io_error("save a key", &path, e);
        fs::create_dir_all(&self.dir).map_err(fail)?;
        let mut options = fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&temporary).map_err(fail)?;
        file.write_all(secret).map_err(fail)?;
        file.sync_all().map_err(fail)?;
        // Rename, then sync the folder, so a crash leaves the old key or the new one.
        fs::rename(&temporary, &path).map_err(fail)?;
        fs::File::open(&self.dir).and_then(|d| d.sync_all()).map_err(fail)?;
        Ok(())
    }
}

fn io_error(action: &str, path: &Path, e: std::io::Error) -> KeyStoreError {
    KeyStoreError { action: action.into(), detail: format!("{}: {e}", path.display()) }
}
